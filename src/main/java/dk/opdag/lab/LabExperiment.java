package dk.opdag.lab;

import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.Level;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.world.Worlds;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One level of an experiment as the lab runs it (a catalogue experiment's level with its spec already parsed), or the
 * free console experiment ("Frit eksperiment"). Everything here stays on the server: the view shows the visible
 * case's world, the texts and the hints; the hidden cases and the reference solution never go to a pupil's browser.
 *
 * @param id               curriculum id of the experiment, or {@link #FREE_ID}
 * @param levelId          the level's id ({@code ""} for an experiment without levels and for the free experiment)
 * @param title            the experiment's title, for the pupil
 * @param goal             the experiment's one-sentence goal (empty for the free experiment)
 * @param levelTitle       the level's title ("Ret beskeden"); the experiment's title for a single level
 * @param task             the level's task; the goal for a single level
 * @param levelNumber      1-based
 * @param levelCount       how many levels the experiment has
 * @param levelSpec        what the engine runs and how it grades: cases (some hidden), required blocks, ideal count
 * @param toolbox          Blockly toolbox JSON
 * @param startWorkspace   Blockly workspace JSON the pupil starts from
 * @param hints            revealed one at a time, before the worked example
 * @param exampleText      the worked example on another case, the last rung of the hints; null for none
 * @param exampleWorkspace its program (Blockly JSON), or null
 * @param solution         the reference solution, for staff only (the teacher's try mode); null for none
 */
public record LabExperiment(String id, String levelId, String title, String goal, String levelTitle, String task,
                            int levelNumber, int levelCount, LevelSpec levelSpec, String toolbox,
                            String startWorkspace, List<String> hints, String exampleText, String exampleWorkspace,
                            String solution) {

    /** The id the free experiment's work is stored under; no curriculum id can look like it (no slug has "/"). */
    public static final String FREE_ID = "frit/konsol";

    public LabExperiment {
        hints = List.copyOf(hints);
        startWorkspace = startWorkspace == null || startWorkspace.isBlank() ? "{}" : startWorkspace;
        levelId = levelId == null ? Level.SINGLE : levelId;
    }

    /** An experiment with one level and one visible case: the older single-goal form, and tests. */
    public LabExperiment(String id, String title, String goal, ExperimentSpec spec, String toolbox,
                         String startWorkspace, List<String> hints) {
        this(id, Level.SINGLE, title, goal, title, goal, 1, 1, LevelSpec.single(spec), toolbox, startWorkspace, hints,
                null, null, null);
    }

    /** One level of a catalogue experiment; throws IllegalArgumentException when its spec is not runnable. */
    public static LabExperiment of(Experiment e, Level level) {
        Level.WorkedExample example = level.example();
        return new LabExperiment(e.id(), level.id(), e.title(), e.goal() == null ? "" : e.goal(),
                level.title() == null ? e.title() : level.title(), level.task() == null ? "" : level.task(),
                level.number(), e.levels().size(), LevelSpec.fromJson(level.spec()),
                level.toolbox() == null ? null : level.toolbox().toString(), level.startWorkspace(), level.hints(),
                example == null ? null : example.text(), example == null ? null : example.workspace(),
                level.solution());
    }

    /** The visible case: what the world shows before a run and what a replay starts from. */
    public ExperimentSpec spec() {
        return levelSpec.visibleSpec();
    }

    /** The world before the program runs, as the client draws it (the start of every replay). */
    public JsonNode startWorld() {
        ExperimentSpec visible = spec();
        return Worlds.get(visible.worldId()).create(visible.startState(), visible.seed()).snapshot();
    }

    public String worldId() {
        return levelSpec.worldId();
    }

    /** Free play's work (in any of its worlds, {@code frit/…}) is the pupil's own play: stored, not progress. */
    public boolean free() {
        return id.startsWith("frit/");
    }

    /** True when the experiment has more than one level (the view then shows the level path). */
    public boolean leveled() {
        return levelCount > 1 || !levelId.isEmpty();
    }
}
