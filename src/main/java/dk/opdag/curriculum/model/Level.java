package dk.opdag.curriculum.model;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One level of an experiment: what the pupil sees, what the engine runs and the reference solution.
 *
 * @param id             slug, unique in its experiment, stable (pupils' work is stored under it); {@link #SINGLE}
 *                       for the one level of an experiment in the older single-goal form
 * @param number         1-based position
 * @param kind           what the level asks for
 * @param title          short, for the pupil ("Ret beskeden")
 * @param task           the level's task for the pupil, one to three sentences
 * @param spec           what {@code dk.opdag.experiment.level.LevelSpec.fromJson} reads: world, start, checks, cases,
 *                       required, idealBlocks, maxBlocks, seed, hiddenMessage
 * @param toolbox        Blockly toolbox JSON
 * @param startWorkspace Blockly workspace JSON the pupil starts from ({@code "{}"} for an empty workspace)
 * @param solution       a reference solution (Blockly workspace JSON): perfect on every case
 * @param hints          the ladder, from a nudge to nearly there, before the worked example
 * @param example        the last rung: a worked example on another case; null in the older single-goal form
 */
public record Level(String id, int number, LevelKind kind, String title, String task, JsonNode spec,
                    JsonNode toolbox, String startWorkspace, String solution, List<String> hints,
                    WorkedExample example) {

    /** The id of the only level of an experiment in the older single-goal form. */
    public static final String SINGLE = "";

    public Level {
        hints = List.copyOf(hints);
    }

    /**
     * The last rung of the hint ladder: the same idea shown on another case, never the level's own answer.
     *
     * @param text      what the example shows, for the pupil
     * @param workspace the example program (Blockly workspace JSON), or null when the text is enough
     */
    public record WorkedExample(String text, String workspace) {
    }
}
