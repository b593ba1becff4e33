package dk.opdag.lab;

import dk.opdag.curriculum.model.Experiment;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.world.Worlds;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An experiment as the lab runs it: a catalogue experiment with its spec already parsed, or the free console
 * experiment ("Frit eksperiment").
 *
 * @param id             curriculum id, or {@link #FREE_ID}
 * @param title          for the pupil
 * @param goal           one sentence for the pupil (empty for the free experiment)
 * @param spec           what the engine runs
 * @param toolbox        Blockly toolbox JSON
 * @param startWorkspace Blockly workspace JSON the pupil starts from
 * @param hints          up to three, revealed one at a time
 */
public record LabExperiment(String id, String title, String goal, ExperimentSpec spec, String toolbox,
                            String startWorkspace, List<String> hints) {

    /** The id the free experiment's work is stored under; no curriculum id can look like it (no slug has "/"). */
    public static final String FREE_ID = "frit/konsol";

    public LabExperiment {
        hints = List.copyOf(hints);
        startWorkspace = startWorkspace == null || startWorkspace.isBlank() ? "{}" : startWorkspace;
    }

    /** A catalogue experiment; throws IllegalArgumentException when its spec is not runnable. */
    public static LabExperiment of(Experiment e) {
        return new LabExperiment(e.id(), e.title(), e.goal(), ExperimentSpec.fromJson(e.spec()),
                e.toolbox() == null ? null : e.toolbox().toString(), e.startWorkspace(), e.hints());
    }

    /** The world before the program runs, as the client draws it (the start of every replay). */
    public JsonNode startWorld() {
        return Worlds.get(spec.worldId()).create(spec.startState(), spec.seed()).snapshot();
    }

    public String worldId() {
        return spec.worldId();
    }

    /** The free experiment's work is the pupil's own play: stored, but not reported as progress. */
    public boolean free() {
        return FREE_ID.equals(id);
    }
}
