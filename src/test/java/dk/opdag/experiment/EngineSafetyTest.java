package dk.opdag.experiment;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Whatever a pupil builds, a run ends within its budgets with a Danish message and never throws. */
class EngineSafetyTest {

    private static final ExperimentSpec CONSOLE = spec("console", "{}", "[]");

    @Test
    void endlessLoopStopsAtTheStepBudget() {
        RunResult r = Engine.run(CONSOLE, program(whileTrue(change("x", num(1)))), Limits.DEFAULT.withStepBudget(5_000));
        assertThat(r.passed()).isFalse();
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("5.000 skridt").contains("løkke"));
        assertThat(r.steps()).isEqualTo(5_000);
        assertThat(r.trace()).last().satisfies(e -> assertThat(e.kind()).isEqualTo("error"));
    }

    @Test
    void emptyEndlessLoopAlsoStops() {
        ObjectNode loop = input(field(block("controls_whileUntil"), "MODE", "UNTIL"), "BOOL", bool(false));
        RunResult r = Engine.run(CONSOLE, program(loop), Limits.DEFAULT);
        assertThat(r.error()).isPresent();
        assertThat(r.steps()).isEqualTo(Limits.DEFAULT.stepBudget());
    }

    @Test
    void endlessRecursionStopsAtTheDepthLimit() {
        ObjectNode def = defReturn("forever", List.of("n"), null,
                callReturn("forever", List.of("n"), arith("ADD", get("n"), num(1))));
        RunResult r = Engine.run(CONSOLE, workspace(def, print(callReturn("forever", List.of("n"), num(0)))));
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("kalder sig selv").contains("200"));
    }

    @Test
    void deepRecursionWithDeeplyNestedBodiesDoesNotOverflowTheStack() {
        ObjectNode nested = get("n");
        for (int i = 0; i < 150; i++) {
            nested = arith("ADD", nested, num(0));
        }
        ObjectNode ifReturn = input(input(block("procedures_ifreturn"), "CONDITION",
                compare("LTE", get("n"), num(0))), "VALUE", num(0));
        ObjectNode def = defReturn("deep", List.of("n"), ifReturn,
                arith("ADD", num(1), callReturn("deep", List.of("n"), arith("MINUS", nested, num(1)))));
        RunResult r = Engine.run(CONSOLE, workspace(def, print(callReturn("deep", List.of("n"), num(190)))),
                Limits.DEFAULT.withStepBudget(1_000_000));
        assertThat(r.error()).isEmpty();
        assertThat(r.output()).containsExactly("190");
    }

    @Test
    void hugeListsAreRefused() {
        ObjectNode hugeRepeat = input(input(block("lists_repeat"), "ITEM", num(1)), "NUM", num(1e9));
        RunResult r = Engine.run(CONSOLE, program(set("l", hugeRepeat)));
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("Listen blev for lang"));

        ObjectNode farIndex = input(input(input(field(field(block("lists_setIndex"), "MODE", "SET"), "WHERE",
                "FROM_START"), "LIST", get("l")), "AT", num(1e9)), "TO", num(1));
        RunResult r2 = Engine.run(CONSOLE, program(set("l", list()), farIndex));
        assertThat(r2.error()).hasValueSatisfying(e -> assertThat(e).contains("Listen blev for lang"));
    }

    @Test
    void doublingTextIsStoppedByTheSizeLimit() {
        RunResult r = Engine.run(CONSOLE, program(set("t", txt("ab")),
                whileTrue(set("t", join(get("t"), get("t"))))));
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("Teksten blev for lang"));
    }

    @Test
    void doublingListIsStoppedByTheSizeLimit() {
        ObjectNode concat = input(input(field(block("lists_split"), "MODE", "SPLIT"), "INPUT",
                join(get("t"), txt(","), get("t"))), "DELIM", txt(","));
        RunResult r = Engine.run(CONSOLE, program(set("t", txt("x")),
                whileTrue(set("l", concat), set("t", input(input(field(block("lists_split"), "MODE", "JOIN"),
                        "INPUT", get("l")), "DELIM", txt(","))))));
        assertThat(r.error()).isPresent();
    }

    @Test
    void fiveMegabyteWorkspaceIsRefusedKindly() {
        String huge = program(print(txt("x".repeat(5 * 1024 * 1024))));
        RunResult r = Engine.run(CONSOLE, huge);
        assertThat(r.passed()).isFalse();
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("for stort"));
    }

    @Test
    void fiveMegabyteWorkspaceRunsWhenTheLimitAllowsIt() {
        String huge = program(print(input(block("text_length"), "VALUE", txt("x".repeat(5 * 1024 * 1024)))));
        RunResult r = Engine.run(CONSOLE, huge, Limits.DEFAULT.withMaxWorkspaceChars(6_000_000)
                .withMaxCollectionSize(6_000_000));
        assertThat(r.output()).containsExactly(String.valueOf(5 * 1024 * 1024));
    }

    @Test
    void veryDeeplyNestedJsonIsRefusedWithoutStackOverflow() {
        // Built as text: serialising such a deep tree with Jackson would itself recurse too deeply.
        StringBuilder value = new StringBuilder("{\"type\":\"math_number\",\"fields\":{\"NUM\":1}}");
        for (int i = 0; i < 20_000; i++) {
            value.insert(0, "{\"type\":\"math_arithmetic\",\"inputs\":{\"A\":{\"block\":").append("}}}");
        }
        String workspace = "{\"blocks\":{\"blocks\":[{\"type\":\"text_print\",\"inputs\":{\"TEXT\":{\"block\":"
                + value + "}}}]}}";
        RunResult r = Engine.run(CONSOLE, workspace);
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("inden i hinanden"));
    }

    @Test
    void longStatementChainsAreFine() {
        // Each statement nests the JSON deeper ("next" inside "next"), so the text is built by hand.
        String change = "{\"type\":\"math_change\",\"fields\":{\"VAR\":{\"id\":\"n\",\"name\":\"n\"}},"
                + "\"inputs\":{\"DELTA\":{\"block\":{\"type\":\"math_number\",\"fields\":{\"NUM\":1}}}}";
        StringBuilder chain = new StringBuilder("{\"type\":\"text_print\",\"inputs\":{\"TEXT\":{\"block\":"
                + "{\"type\":\"variables_get\",\"fields\":{\"VAR\":{\"id\":\"n\",\"name\":\"n\"}}}}}}");
        for (int i = 0; i < 2_000; i++) {
            chain.insert(0, change + ",\"next\":{\"block\":").append("}}");
        }
        RunResult r = Engine.run(CONSOLE, "{\"blocks\":{\"blocks\":[" + chain + "]}}");
        assertThat(r.output()).containsExactly("2000");
    }

    @Test
    void divisionByZeroGivesInfinityAndAFriendlyWarning() {
        RunResult r = runConsole(print(arith("DIVIDE", num(1), num(0))), print(arith("DIVIDE", num(0), num(0))));
        assertThat(r.output()).containsExactly("Infinity", "NaN");
        assertThat(r.error()).isEmpty();
        assertThat(r.trace()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("warning");
            assertThat(e.data().path("message").asString()).contains("dividerer med 0");
        });
    }

    @Test
    void textInANumberSlotCoercesLikeJavaScript() {
        RunResult r = runConsole(set("a", txt("3")), set("b", txt("a")),
                print(arith("MULTIPLY", get("a"), num(2))), print(arith("MULTIPLY", get("b"), num(2))),
                print(arith("ADD", get("a"), num(2))));
        assertThat(r.output()).containsExactly("6", "NaN", "32");
        assertThat(r.trace()).anySatisfy(e -> assertThat(e.data().path("message").asString())
                .contains("\"a\" er ikke et tal"));
    }

    @Test
    void typeErrorsBecomeDanishErrorsPointingAtTheBlock() {
        ObjectNode length = input(block("lists_length"), "VALUE", block("logic_null"));
        RunResult r = runConsole(print(txt("før")), print(length), print(txt("efter")));
        assertThat(r.output()).containsExactly("før");
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("ingenting (null)"));
        assertThat(r.trace()).last().satisfies(e -> assertThat(e.blockId()).isEqualTo(length.path("id").asString()));
    }

    @Test
    void malformedJsonAndUnknownBlocksAreReportedNotThrown() {
        RunResult broken = Engine.run(CONSOLE, "{\"blocks\": [");
        assertThat(broken.error()).hasValueSatisfying(e -> assertThat(e).contains("kunne ikke læses"));
        RunResult unknown = Engine.run(CONSOLE, program(block("robot_move")));
        assertThat(unknown.error()).hasValueSatisfying(e -> assertThat(e).contains("robot_move"));
        RunResult empty = Engine.run(CONSOLE, "");
        assertThat(empty.error()).isPresent();
        RunResult notObject = Engine.run(CONSOLE, "[1,2]");
        assertThat(notObject.error()).isPresent();
    }

    @Test
    void breakOutsideALoopIsSkippedLikeInBlockly() {
        RunResult r = runConsole(field(block("controls_flow_statements"), "FLOW", "BREAK"), print(txt("videre")));
        assertThat(r.output()).containsExactly("videre");
        assertThat(r.error()).isEmpty();
        assertThat(r.trace()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("warning"));
    }

    @Test
    void callingAMissingFunctionIsAFriendlyError() {
        RunResult r = runConsole(print(callReturn("findesIkke", List.of())));
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("findesIkke"));
    }

    @Test
    void traceIsCappedButTheRunContinues() {
        RunResult r = Engine.run(CONSOLE, program(repeat(num(100), print(txt("x"))), print(txt("slut"))),
                Limits.DEFAULT.withMaxTraceEvents(10));
        assertThat(r.trace()).hasSize(10);
        assertThat(r.trace().getLast().kind()).isEqualTo("trace_cut");
        assertThat(r.output()).hasSize(101).endsWith("slut");
    }

    @Test
    void wallClockLimitIsASafetyNet() {
        ObjectNode prime = input(field(block("math_number_property"), "PROPERTY", "PRIME"), "NUMBER_TO_CHECK",
                num(9007199254740881.0));
        RunResult r = Engine.run(CONSOLE, program(whileTrue(print(prime))),
                Limits.DEFAULT.withStepBudget(Integer.MAX_VALUE).withTimeLimit(Duration.ofMillis(300)));
        assertThat(r.error()).isPresent();
    }

    @Test
    void manyRunsInParallelStayIndependent() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        List<RunResult> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 8; i++) {
            int n = i;
            threads.add(Thread.ofPlatform().start(() -> results.add(runConsole(set("x", num(n)),
                    repeat(num(1000), change("x", num(1))), print(get("x"))))));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).extracting(r -> Integer.parseInt(r.output().getFirst()))
                .containsExactlyInAnyOrder(1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007);
    }
}
