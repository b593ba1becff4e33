package dk.opdag.curriculum.model;

import java.util.Locale;
import java.util.Optional;

/** The four steps a level can be, in the order an experiment climbs them (as Blockly Games and Code.org do). */
public enum LevelKind {
    /** A program that almost works: find and fix the mistake. */
    FIX,
    /** Build a program for the task from the blocks. */
    BUILD,
    /** Make the program work for every case, also the hidden ones: no hard-coded answers. */
    GENERALISE,
    /** Use what was learned in a program of one's own. */
    CREATE;

    /** The word used in experiment.yaml: fix, build, generalise, create. */
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LevelKind> fromYaml(String value) {
        for (LevelKind k : values()) {
            if (k.yaml().equals(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
