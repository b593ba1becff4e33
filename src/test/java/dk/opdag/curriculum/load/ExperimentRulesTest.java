package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.EXPERIMENT;
import static dk.opdag.curriculum.load.Fixture.ROBOT;
import static dk.opdag.curriculum.load.Fixture.SOLUTION;
import static dk.opdag.curriculum.load.Fixture.START;
import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static dk.opdag.curriculum.load.ProblemAssert.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Each rule for {@code experiments/<id>/}, proven by breaking the base fixture's robot-gang experiment. */
class ExperimentRulesTest {

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    private int line(String text) {
        return fixture.lineOf(EXPERIMENT, text);
    }

    @Test
    void readsEveryField() {
        LoadResult result = fixture.load();
        Experiment e = result.curriculum().experiment("robot-gang").orElseThrow();

        assertThat(result.errors()).isEmpty();
        assertThat(e.title()).isEqualTo("Robotten går hen til flaget");
        assertThat(e.goal()).isEqualTo("Få robotten hen til flaget for enden af gangen.");
        assertThat(e.grades()).isEqualTo(new GradeRange(1, 3));
        assertThat(e.world()).isEqualTo("robot");
        assertThat(e.first().hints()).containsExactly("Tæl felterne hen til flaget.", "Robotten skal gå tre felter frem.");
        assertThat(e.first().startWorkspace()).isEqualTo(fixture.read(START));
        assertThat(e.first().solution()).isEqualTo(fixture.read(SOLUTION));
        assertThat(e.contentHash()).hasSize(64);
        assertThat(e.first().spec().path("world").asString()).isEqualTo("robot");
        assertThat(e.first().spec().path("start").path("map").get(1).asString()).isEqualTo("#R..F#");
        assertThat(e.first().spec().path("checks").get(0).path("type").asString()).isEqualTo("reach_flag");
    }

    @Test
    void specRunsInTheEngine() {
        Experiment e = fixture.load().curriculum().experiment("robot-gang").orElseThrow();
        ExperimentSpec spec = ExperimentSpec.fromJson(e.first().spec());

        assertThat(Engine.run(spec, e.first().solution()).passed()).isTrue();
        assertThat(Engine.run(spec, e.first().startWorkspace()).passed()).isFalse();
    }

    @Test
    void toolboxIsBlocklyJsonWithDefaultsAndPresets() {
        JsonNode toolbox = fixture.load().curriculum().experiment("robot-gang").orElseThrow().first().toolbox();

        assertThat(toolbox.path("kind").asString()).isEqualTo("categoryToolbox");
        JsonNode robot = toolbox.path("contents").get(0);
        assertThat(robot.path("kind").asString()).isEqualTo("category");
        assertThat(robot.path("name").asString()).isEqualTo("Robot");
        assertThat(robot.path("colour").asString()).isEqualTo("210");
        assertThat(robot.path("contents")).extracting(b -> b.path("type").asString())
                .containsExactly("robot_move", "robot_turn_left", "robot_turn_right");
        JsonNode repeat = toolbox.path("contents").get(1).path("contents").get(0);
        assertThat(repeat.toString()).isEqualTo("{\"kind\":\"block\",\"type\":\"controls_repeat_ext\",\"inputs\":"
                + "{\"TIMES\":{\"shadow\":{\"type\":\"math_number\",\"fields\":{\"NUM\":3}}}}}");
    }

    @Test
    void flatToolboxIsAFlyout() {
        fixture.replace(EXPERIMENT, """
                toolbox:
                  - category: Robot
                    blocks: [robot_move, robot_turn_left, robot_turn_right]
                  - category: Løkker
                    blocks:
                      - controls_repeat_ext: {TIMES: 3}
                """, "toolbox: [robot_move, controls_repeat_ext]\n");

        JsonNode toolbox = fixture.load().curriculum().experiment("robot-gang").orElseThrow().first().toolbox();

        assertThat(toolbox.path("kind").asString()).isEqualTo("flyoutToolbox");
        assertThat(toolbox.path("contents").get(1).path("inputs").path("TIMES").path("shadow").path("fields")
                .path("NUM").asInt()).isEqualTo(10);
    }

    @Test
    void unknownWorld() {
        fixture.replace(EXPERIMENT, "world: robot", "world: robott");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_WORLD, EXPERIMENT, line("world:"));
        assertThat(p.message()).startsWith("verdenen 'robott' findes ikke – mente du 'robot'?")
                .contains("turtle, robot, greenhouse, data, text, music");
    }

    @Test
    void checkTheWorldDoesNotSupport() {
        fixture.replace(EXPERIMENT, "  - type: reach_flag", "  - type: reach_flag\n  - type: polygon\n    sides: 4\n"
                + "    length: 10");

        Problem p = onlyError(fixture.load(), Rule.CHECK_WORLD, EXPERIMENT, line("type: polygon"));
        assertThat(p.message()).startsWith("regel 2 (polygon) kan ikke bruges i verdenen 'robot'")
                .contains("reach_flag", "collect_all_items", "max_blocks");
    }

    @Test
    void malformedCheck() {
        fixture.replace(EXPERIMENT, "  - type: reach_flag", "  - type: reach_flag\n  - type: max_blocks");

        Problem p = onlyError(fixture.load(), Rule.CHECK_MALFORMED, EXPERIMENT, line("type: max_blocks"));
        assertThat(p.message()).isEqualTo("Regel 2 (max_blocks): mangler 'max'.");
    }

    @Test
    void unknownCheckType() {
        fixture.replace(EXPERIMENT, "type: reach_flag", "type: reach_the_flag");

        Problem p = onlyError(fixture.load(), Rule.CHECK_MALFORMED, EXPERIMENT, line("reach_the_flag"));
        assertThat(p.message()).contains("ukendt type 'reach_the_flag'");
    }

    @Test
    void noChecks() {
        fixture.replace(EXPERIMENT, "checks:\n  - type: reach_flag\n", "checks: []\n");

        onlyError(fixture.load(), Rule.WRONG_TYPE, EXPERIMENT, line("checks:"));
    }

    @Test
    void malformedStartState() {
        fixture.replace(EXPERIMENT, "\"#R..F#\"", "\"#...F#\"");

        Problem p = onlyError(fixture.load(), Rule.START_STATE, EXPERIMENT, line("start:"));
        assertThat(p.message()).isEqualTo("startværdierne passer ikke til verdenen 'robot': Banen mangler en "
                + "robot (R).");
    }

    @Test
    void startThatIsNotAnObject() {
        fixture.replace(EXPERIMENT, "start:\n  map: [\"######\", \"#R..F#\", \"######\"]\n  direction: east\n",
                "start: [1, 2]\n");

        onlyError(fixture.load(), Rule.START_STATE, EXPERIMENT, line("start:"));
    }

    @Test
    void toolboxBlockUnknownToTheWorld() {
        fixture.replace(EXPERIMENT, "robot_turn_left, robot_turn_right]", "robot_turn_left, turtle_forward]");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_BLOCK, EXPERIMENT, line("turtle_forward"));
        assertThat(p.message()).startsWith("blokken 'turtle_forward' findes hverken blandt Blocklys standardblokke "
                + "eller i verdenen 'robot'");
    }

    @Test
    void toolboxPresetForAnInputTheBlockLacks() {
        fixture.replace(EXPERIMENT, "{TIMES: 3}", "{TIMEZ: 3}");

        Problem p = onlyError(fixture.load(), Rule.TOOLBOX_PRESET, EXPERIMENT, line("TIMEZ"));
        assertThat(p.message()).contains("'controls_repeat_ext' har intet input eller felt 'TIMEZ'", "TIMES");
    }

    @Test
    void toolboxPresetOfTheWrongKind() {
        fixture.replace(EXPERIMENT, "{TIMES: 3}", "{TIMES: tre}");

        Problem p = onlyError(fixture.load(), Rule.TOOLBOX_PRESET, EXPERIMENT, line("TIMES"));
        assertThat(p.message()).isEqualTo("inputtet TIMES på 'controls_repeat_ext' tager et tal, så 'tre' passer ikke");
    }

    @Test
    void missingRequiredFields() {
        fixture.replace(EXPERIMENT, "goal: Få robotten hen til flaget for enden af gangen.\n", "");

        Problem p = onlyError(fixture.load(), Rule.REQUIRED_FIELD, EXPERIMENT, null);
        assertThat(p.message()).isEqualTo("feltet 'goal' mangler");
    }

    @Test
    void missingToolbox() {
        String toolbox = fixture.read(EXPERIMENT).substring(fixture.read(EXPERIMENT).indexOf("toolbox:"),
                fixture.read(EXPERIMENT).indexOf("hints:"));
        fixture.replace(EXPERIMENT, toolbox, "");

        Problem p = onlyError(fixture.load(), Rule.REQUIRED_FIELD, EXPERIMENT, null);
        assertThat(p.message()).contains("'toolbox' mangler");
    }

    @Test
    void unknownFieldIsATypo() {
        fixture.replace(EXPERIMENT, "hints:", "hint:");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_FIELD, EXPERIMENT, line("hint:"));
        assertThat(p.message()).contains("mente du 'hints'?");
    }

    @Test
    void moreThanThreeHints() {
        fixture.replace(EXPERIMENT, "  - \"Robotten skal gå tre felter frem.\"",
                "  - \"Robotten skal gå tre felter frem.\"\n  - \"Brug gentag.\"\n  - \"Gentag 3 gange: gå frem.\"");

        Problem p = onlyError(fixture.load(), Rule.HINTS_TOO_MANY, EXPERIMENT, line("hints:"));
        assertThat(p.message()).startsWith("der er 4 hints, men højst 3");
    }

    @Test
    void gradesOutsideZeroToNine() {
        fixture.replace(EXPERIMENT, "grades: [1, 3]", "grades: [1, 10]");

        onlyError(fixture.load(), Rule.GRADE_RANGE, EXPERIMENT, line("grades:"));
    }

    @Test
    void gradesMayCrossBands() {
        fixture.replace(EXPERIMENT, "grades: [1, 3]", "grades: [3, 5]");

        assertThat(fixture.load().errors()).isEmpty();
    }

    @Test
    void maxBlocksBelowOne() {
        fixture.replace(EXPERIMENT, "checks:", "maxBlocks: 0\nchecks:");

        onlyError(fixture.load(), Rule.VALUE_RANGE, EXPERIMENT, line("maxBlocks:"));
    }

    @Test
    void solutionThatFails() {
        fixture.replace(SOLUTION, "\"NUM\": 3", "\"NUM\": 2");

        Problem p = onlyError(fixture.load(), Rule.SOLUTION_FAILS, SOLUTION, null);
        assertThat(p.message()).isEqualTo("referenceløsningen når ikke målet, når motoren kører den: reach_flag: "
                + "Robotten nåede ikke flaget. Den holder 1 felt derfra.");
    }

    @Test
    void solutionOverTheBlockLimit() {
        fixture.replace(EXPERIMENT, "checks:", "maxBlocks: 1\nchecks:");

        Problem p = onlyError(fixture.load(), Rule.SOLUTION_FAILS, SOLUTION, null);
        assertThat(p.message()).contains("max_blocks: Du brugte 2 blokke, men du må højst bruge 1.");
    }

    @Test
    void startThatAlreadyPasses() {
        fixture.copy(SOLUTION, START);

        Problem p = onlyError(fixture.load(), Rule.START_PASSES, START, null);
        assertThat(p.message()).contains("startprogrammet klarer allerede alle regler");
    }

    @Test
    void emptyStartThatPasses() {
        fixture.delete(START).replace(EXPERIMENT, "type: reach_flag", "type: no_error");

        Problem p = onlyError(fixture.load(), Rule.START_PASSES, EXPERIMENT, line("checks:"));
        assertThat(p.message()).startsWith("et tomt arbejdsområde klarer allerede alle regler");
    }

    @Test
    void noStartFileMeansTheEmptyWorkspace() {
        fixture.delete(START);

        LoadResult result = fixture.load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.curriculum().experiment("robot-gang").orElseThrow().first().startWorkspace()).isEqualTo("{}");
    }

    @Test
    void missingSolution() {
        fixture.delete(SOLUTION);

        Problem p = onlyError(fixture.load(), Rule.MISSING_FILE, SOLUTION, null);
        assertThat(p.message()).startsWith("referenceløsningen mangler");
    }

    @Test
    void missingExperimentYaml() {
        fixture.delete(EXPERIMENT);

        Problem p = onlyError(fixture.load(), Rule.MISSING_FILE, EXPERIMENT, null);
        assertThat(p.message()).isEqualTo("eksperimentmappen mangler sin experiment.yaml");
    }

    @Test
    void solutionThatIsNotJson() {
        fixture.write(SOLUTION, "{\n  \"blocks\": {\n    \"languageVersion\": 0,\n    \"blocks\": [\n  }\n}\n");

        Problem p = onlyError(fixture.load(), Rule.WORKSPACE_JSON, SOLUTION, 5);
        assertThat(p.message()).startsWith("filen er ikke gyldig JSON");
    }

    @Test
    void startThatIsNotAWorkspace() {
        fixture.write(START, "[1, 2, 3]\n");

        Problem p = onlyError(fixture.load(), Rule.WORKSPACE_JSON, START, null);
        assertThat(p.message()).contains("Blockly-arbejdsområde");
    }

    @Test
    void unknownBlockInTheSolution() {
        fixture.replace(SOLUTION, "\"type\": \"robot_move\"", "\"type\": \"robot_jump\"");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_BLOCK, SOLUTION, fixture.lineOf(SOLUTION, "robot_jump"));
        assertThat(p.message()).startsWith("blokken 'robot_jump' findes hverken");
    }

    @Test
    void solutionUsingABlockThePupilCannotGet() {
        fixture.replace(EXPERIMENT, "  - category: Løkker\n    blocks:\n      - controls_repeat_ext: {TIMES: 3}\n", "");

        Problem p = onlyError(fixture.load(), Rule.SOLUTION_BLOCK_NOT_OFFERED, SOLUTION, null);
        assertThat(p.message()).isEqualTo("referenceløsningen bruger blokken controls_repeat_ext, som eleven ikke "
                + "kan finde i værktøjskassen (toolbox) eller i startprogrammet");
    }

    @Test
    void idDiffersFromTheFolder() {
        fixture.replace(EXPERIMENT, "id: robot-gang", "id: robot-gangen");

        LoadResult result = fixture.load();

        // The activity still finds the experiment by its folder, so the only error is the naming.
        Problem p = onlyError(result, Rule.ID_FILENAME, EXPERIMENT, 1);
        assertThat(p.message()).isEqualTo("id er 'robot-gangen', men mappen hedder 'robot-gang'; de skal være ens");
    }

    @Test
    void duplicateIds() {
        String copy = "experiments/robot-gang-kopi/";
        fixture.copy(EXPERIMENT, copy + "experiment.yaml").copy(SOLUTION, copy + "solution.json");

        LoadResult result = fixture.load();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.errors()).extracting(Problem::rule, Problem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ID_FILENAME.id(), copy + "experiment.yaml"),
                        org.assertj.core.groups.Tuple.tuple(Rule.DUPLICATE_ID.id(), copy + "experiment.yaml"));
        assertThat(result.curriculum().experiments()).extracting(Experiment::id).containsExactly("robot-gang");
    }

    @Test
    void brokenYamlIsStillKnownToActivities() {
        fixture.replace(EXPERIMENT, "title: Robotten går hen til flaget", "title: \"Robotten går hen til flaget");

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule).containsExactly(Rule.YAML_SYNTAX.id());
    }

    @Test
    void fileDirectlyInExperimentsIsAWarning() {
        fixture.write("experiments/robot-gang.yaml", "id: robot-gang\n");

        Problem p = onlyWarning(fixture.load(), Rule.IGNORED_FILE, "experiments/robot-gang.yaml", null);
        assertThat(p.message()).contains("experiments/<id>/experiment.yaml");
    }

    @Test
    void strayFileInAnExperimentFolderIsAWarning() {
        fixture.write("experiments/robot-gang/solution-old.json", "{}");

        onlyWarning(fixture.load(), Rule.IGNORED_FILE, "experiments/robot-gang/solution-old.json", null);
    }

    @Test
    void everyProblemAtOnce() {
        fixture.replace(EXPERIMENT, "world: robot", "world: robot\nmaxBlocks: nul")
                .replace(EXPERIMENT, "{TIMES: 3}", "{TIMEZ: 3}")
                .replace(EXPERIMENT, "grades: [1, 3]", "grades: [1, 12]")
                .replace(SOLUTION, "\"NUM\": 3", "\"NUM\": 2")
                .replace(ROBOT, "experiments: [robot-gang]", "experiments: [robot-gang, ukendt]");

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule).containsExactlyInAnyOrder(
                Rule.UNKNOWN_EXPERIMENT.id(), Rule.GRADE_RANGE.id(), Rule.WRONG_TYPE.id(), Rule.TOOLBOX_PRESET.id());
    }
}
