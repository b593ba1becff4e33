package dk.opdag.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Free play's toolbox fits the band: no trigonometry for the youngest, the turtle and the robot for everyone. */
class FreePlayTest {

    private static final String STANDARD = new LabBlocks().standardToolbox();

    private static List<String> types(FreePlay.FreeWorld world, GradeBand band) {
        JsonNode toolbox = JsonMapper.builder().build().readTree(
                FreePlay.experiment(world, band, STANDARD, "Frit").toolbox());
        List<String> types = new ArrayList<>();
        for (JsonNode category : toolbox.path("contents")) {
            category.path("contents").forEach(b -> types.add(b.path("type").asString()));
            if (category.has("custom")) {
                types.add(category.get("custom").asString());
            }
        }
        return types;
    }

    @Test
    void theYoungestGetTheWorldRepeatAndNumbersButNoAdvancedMath() {
        List<String> turtle = types(FreePlay.FreeWorld.TURTLE, GradeBand.B0_3);
        assertThat(turtle).contains("turtle_forward", "turtle_turn_right", "controls_repeat_ext", "math_number")
                .doesNotContain("math_trig", "math_atan2", "math_random_float", "lists_sort", "VARIABLE",
                        "controls_if");
        assertThat(types(FreePlay.FreeWorld.ROBOT, GradeBand.B0_3)).contains("robot_move", "robot_turn_left")
                .doesNotContain("robot_wall_ahead");
    }

    @Test
    void olderPupilsGetProgressivelyMore() {
        List<String> middle = types(FreePlay.FreeWorld.CONSOLE, GradeBand.B4_6);
        assertThat(middle).contains("controls_if", "controls_for", "math_arithmetic", "VARIABLE", "PROCEDURE",
                "text_print").doesNotContain("math_trig", "math_atan2", "lists_create_with");
        List<String> oldest = types(FreePlay.FreeWorld.CONSOLE, GradeBand.B7_9);
        assertThat(oldest).contains("math_trig", "math_atan2", "lists_sort", "VARIABLE", "PROCEDURE");
        assertThat(types(FreePlay.FreeWorld.ROBOT, GradeBand.B4_6)).contains("robot_wall_ahead", "robot_at_flag");
    }

    @Test
    void theRobotsRoomRunsAndFreePlayIsNeverProgress() {
        LabExperiment robot = FreePlay.experiment(FreePlay.FreeWorld.ROBOT, GradeBand.B0_3, STANDARD, "Frit");
        assertThat(robot.free()).isTrue();
        assertThat(robot.id()).isEqualTo("frit/robot");
        var result = Engine.run(robot.spec(), """
                {"blocks":{"languageVersion":0,"blocks":[{"type":"robot_move","id":"a"}]}}""", Limits.DEFAULT);
        assertThat(result.error()).isEmpty();
        assertThat(FreePlay.FreeWorld.byId(LabExperiment.FREE_ID)).contains(FreePlay.FreeWorld.CONSOLE);
    }
}
