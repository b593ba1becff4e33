package dk.opdag.experiment.world;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TurtleWorldTest {

    private static ObjectNode polygon(int sides, double length, String turn) {
        return repeat(num(sides), stmt("turtle_forward", "DISTANCE", num(length)),
                stmt(turn, "DEGREES", num(360.0 / sides)));
    }

    @Test
    void hexagonPassesWhateverWayTheTurtleStarts() {
        for (String start : new String[] {"{}", "{\"heading\": 37, \"x\": -20, \"y\": 5}"}) {
            RunResult r = Engine.run(spec("turtle", start,
                    "[{\"type\":\"polygon\",\"sides\":6,\"length\":50,\"tolerance\":1},{\"type\":\"closed_shape\"}]"),
                    program(polygon(6, 50, "turtle_turn_left")));
            assertThat(r.checks()).allMatch(CheckOutcome::passed);
            assertThat(r.passed()).isTrue();
            assertThat(r.finalWorld().path("segments")).hasSize(6);
        }
    }

    @Test
    void splitSidesStillCountAsOneSide() {
        ObjectNode square = repeat(num(4), stmt("turtle_forward", "DISTANCE", num(25)),
                stmt("turtle_forward", "DISTANCE", num(25)), stmt("turtle_turn_right", "DEGREES", num(90)));
        RunResult r = Engine.run(spec("turtle", "{}", "[{\"type\":\"polygon\",\"sides\":4,\"length\":50}]"),
                program(square));
        assertThat(r.passed()).isTrue();
    }

    @Test
    void wrongShapesFailWithAHint() {
        RunResult pentagon = Engine.run(spec("turtle", "{}", "[{\"type\":\"polygon\",\"sides\":6,\"length\":50}]"),
                program(polygon(5, 50, "turtle_turn_right")));
        assertThat(pentagon.passed()).isFalse();
        assertThat(pentagon.checks().getFirst().message()).contains("5 streger").contains("sekskant");

        RunResult tooShort = Engine.run(spec("turtle", "{}", "[{\"type\":\"polygon\",\"sides\":4,\"length\":50}]"),
                program(polygon(4, 40, "turtle_turn_right")));
        assertThat(tooShort.checks().getFirst().message()).contains("Side 1 er 40 lang");

        ObjectNode open = seq(stmt("turtle_forward", "DISTANCE", num(50)), stmt("turtle_turn_right", "DEGREES", num(90)),
                stmt("turtle_forward", "DISTANCE", num(50)));
        RunResult notClosed = Engine.run(spec("turtle", "{}", "[{\"type\":\"closed_shape\"}]"), program(open));
        assertThat(notClosed.checks().getFirst().passed()).isFalse();
        assertThat(notClosed.checks().getFirst().message()).contains("ikke lukket");
    }

    @Test
    void penUpMovesWithoutDrawingAndSegmentCountIsChecked() {
        RunResult r = Engine.run(spec("turtle", "{}", "[{\"type\":\"segment_count\",\"min\":2,\"max\":2}]"),
                program(stmt("turtle_forward", "DISTANCE", num(10)), block("turtle_pen_up"),
                        stmt("turtle_forward", "DISTANCE", num(10)), block("turtle_pen_down"),
                        stmt("turtle_set_colour", "COLOUR", txt("rød")), stmt("turtle_backward", "DISTANCE", num(5)),
                        print(block("turtle_y"))));
        assertThat(r.passed()).isTrue();
        assertThat(r.output()).containsExactly("15");
        assertThat(r.finalWorld().path("segments").get(1).path("colour").asString()).isEqualTo("#e53935");
        assertThat(r.trace()).extracting(e -> e.kind()).contains("move", "pen", "colour", "print");
    }

    @Test
    void tooManySidesFailsTheMaxSegments() {
        RunResult r = Engine.run(spec("turtle", "{}", "[{\"type\":\"segment_count\",\"max\":3}]"),
                program(polygon(4, 10, "turtle_turn_left")));
        assertThat(r.passed()).isFalse();
        assertThat(r.checks().getFirst().message()).contains("højst være 3");
    }
}
