package dk.opdag.curriculum.model;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One block experiment, read from {@code experiments/<id>/} ({@code experiment.yaml}, {@code solution.json} and the
 * optional {@code start.json}): what the pupil sees and what the engine runs.
 *
 * @param id              stable slug = folder name
 * @param title           for the pupil, e.g. "Tegn en sekskant"
 * @param goal            one sentence for the pupil: what counts as success
 * @param grades          klassetrin it is written for
 * @param world           engine world id ({@code turtle}, {@code robot}, {@code greenhouse}, {@code data},
 *                        {@code text}, {@code music})
 * @param spec            what {@code dk.opdag.experiment.ExperimentSpec.fromJson} reads: world, start, checks,
 *                        maxBlocks, seed
 * @param toolbox         Blockly toolbox JSON ({@code categoryToolbox} or {@code flyoutToolbox}) with the blocks the
 *                        pupil may drag in; the world blocks' shapes are in {@code dk/opdag/experiment/world-blocks.json}
 * @param startWorkspace  Blockly workspace JSON the pupil starts from ({@code "{}"}, Blockly's empty workspace, when
 *                        there is no start.json)
 * @param solution        a reference solution (Blockly workspace JSON) that passes every check
 * @param hints           up to three, from a nudge to nearly the solution
 * @param contentHash     SHA-256 (hex) of the three files' bytes
 */
public record Experiment(String id, String title, String goal, GradeRange grades, String world, JsonNode spec,
                         JsonNode toolbox, String startWorkspace, String solution, List<String> hints,
                         String contentHash) {

    public Experiment {
        hints = List.copyOf(hints);
    }
}
