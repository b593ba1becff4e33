package dk.opdag.experiment.world;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class RobotWorldTest {

    private static final String MAZE = """
            {"map": ["#######",
                     "#R..*.#",
                     "#####.#",
                     "#F..*.#",
                     "#######"], "direction": "east"}
            """;

    /** Right-hand wall following until the flag, picking up whatever lies on the way. */
    private static ObjectNode wallFollower() {
        ObjectNode notAtFlag = input(block("logic_negate"), "BOOL", block("robot_at_flag"));
        return input(input(field(block("controls_whileUntil"), "MODE", "WHILE"), "BOOL", notAtFlag), "DO", seq(
                ifThen(block("robot_item_here"), block("robot_pick_up")),
                block("robot_turn_right"),
                input(input(field(block("controls_whileUntil"), "MODE", "WHILE"), "BOOL", block("robot_wall_ahead")),
                        "DO", block("robot_turn_left")),
                block("robot_move")));
    }

    @Test
    void wallFollowerReachesTheFlagAndCollectsEverything() {
        RunResult r = Engine.run(spec("robot", MAZE,
                "[{\"type\":\"reach_flag\"},{\"type\":\"collect_all_items\"},{\"type\":\"max_blocks\",\"max\":12}]"),
                program(wallFollower()));
        assertThat(r.checks()).allMatch(CheckOutcome::passed);
        assertThat(r.passed()).isTrue();
        assertThat(r.finalWorld().path("robot").path("x").asInt()).isEqualTo(1);
        assertThat(r.finalWorld().path("collected").asInt()).isEqualTo(2);
        assertThat(r.trace()).extracting(e -> e.kind()).contains("move", "turn", "pickup");
    }

    @Test
    void bumpingIntoAWallIsAnEventAndTheRobotStays() {
        RunResult r = Engine.run(spec("robot", MAZE, "[{\"type\":\"reach_flag\"}]"),
                program(block("robot_turn_left"), repeat(num(2), block("robot_move"))));
        assertThat(r.error()).isEmpty();
        assertThat(r.passed()).isFalse();
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("bump")).hasSize(2);
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("warning")).hasSize(1); // once per block and message
        assertThat(r.finalWorld().path("robot").path("y").asInt()).isEqualTo(1);
        assertThat(r.checks().getFirst().message()).contains("nåede ikke flaget");
    }

    @Test
    void theBumpWarningComesOncePerRunAndNamesNoBlock() {
        // Three different move blocks bump into the same wall: one warning, not three.
        RunResult r = Engine.run(spec("robot", MAZE, "[{\"type\":\"reach_flag\"}]"),
                program(block("robot_turn_left"), block("robot_move"), block("robot_move"), block("robot_move")));
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("bump")).hasSize(3);
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("warning")).singleElement()
                .satisfies(w -> assertThat(w.data().path("message").asString())
                        .contains("kørte ind i en mur").doesNotContain("mur forude").doesNotContain("'"));
    }

    @Test
    void blocksLyingLooseBesideTheProgramAreNotRunButNamedKindly() {
        // The program: two moves east. Beside it, a loose turn that would send the robot elsewhere.
        String workspace = workspace(seq(block("robot_move"), block("robot_move")), block("robot_turn_right"));
        RunResult r = Engine.run(spec("robot", MAZE, "[{\"type\":\"reach_flag\"}]"), workspace);
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("turn")).isEmpty();
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("move")).hasSize(2);
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("warning")).singleElement()
                .satisfies(w -> assertThat(w.data().path("message").asString())
                        .isEqualTo("Nogle blokke hænger ikke fast i programmet og bliver ikke kørt. "
                                + "Sæt dem fast, hvis de skal være med."));
        // The console keeps Blockly's way: every top-level stack runs, in order.
        RunResult console = Engine.run(spec("console", "{}", "[]"), workspace(
                print(txt("a")), print(txt("b"))));
        assertThat(console.output()).containsExactly("a", "b");
    }

    @Test
    void anEndlessLoopOfBumpsStopsAtTheBudgetWithAFullTraceMarkedAsCut() {
        ObjectNode forever = input(input(field(block("controls_whileUntil"), "MODE", "UNTIL"), "BOOL",
                block("robot_at_flag")), "DO", block("robot_move"));
        RunResult r = Engine.run(spec("robot", MAZE, "[{\"type\":\"reach_flag\"}]"),
                program(block("robot_turn_left"), forever));

        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("100.000 skridt"));
        assertThat(r.steps()).isEqualTo(100_000);
        assertThat(r.trace()).hasSize(dk.opdag.experiment.Limits.DEFAULT.maxTraceEvents());
        assertThat(r.trace().getLast().kind()).isEqualTo("trace_cut");
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("warning")).hasSize(1);
        assertThat(r.finalWorld().path("bumps").asInt()).isGreaterThan(30_000); // every bump counted, not only traced
    }

    @Test
    void maxBlocksFromTheSpecBecomesACheck() {
        dk.opdag.experiment.ExperimentSpec spec = dk.opdag.experiment.ExperimentSpec.fromJson(json(
                "{\"world\":\"robot\",\"start\":" + MAZE + ",\"checks\":[{\"type\":\"reach_flag\"}],\"maxBlocks\":5}"));
        RunResult r = Engine.run(spec, program(wallFollower()));
        assertThat(r.checks()).extracting(CheckOutcome::type).containsExactly("reach_flag", "max_blocks");
        assertThat(r.checks().get(1).passed()).isFalse();
        assertThat(r.passed()).isFalse();
    }

    @Test
    void blockLimitAndLeftoverItemsFail() {
        ObjectNode[] moves = new ObjectNode[4];
        for (int i = 0; i < moves.length; i++) {
            moves[i] = block("robot_move");
        }
        RunResult r = Engine.run(spec("robot", MAZE, "[{\"type\":\"collect_all_items\"},{\"type\":\"max_blocks\",\"max\":3}]"),
                program(moves));
        assertThat(r.checks()).noneMatch(CheckOutcome::passed);
        assertThat(r.checks().get(0).message()).contains("mangler at samle 2 af 2");
        assertThat(r.checks().get(1).message()).contains("4 blokke");
    }
}
