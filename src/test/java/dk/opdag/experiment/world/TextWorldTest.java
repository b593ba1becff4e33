package dk.opdag.experiment.world;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TextWorldTest {

    private static ObjectNode caesar(ObjectNode text, double shift, String alphabet) {
        return field(input(input(block("codes_caesar"), "TEXT", text), "SHIFT", num(shift)), "ALPHABET", alphabet);
    }

    @Test
    void theAnswerIsNeverQuotedWhenTheProgramIsWrong() {
        String wrong = program(print(caesar(block("codes_input"), 1, "DA")));
        RunResult open = Engine.run(spec("text", "{\"text\":\"Ifk\"}",
                "[{\"type\":\"output_equals\",\"lines\":[\"Hej\"]}]"), wrong);
        assertThat(open.checks().getFirst().message()).doesNotContain("Hej").contains("rykket i alfabetet");

        RunResult secret = Engine.run(spec("text", "{\"text\":\"Ifk\"}",
                "[{\"type\":\"output_equals\",\"lines\":[\"Hej\"],\"secret\":true}]"), wrong);
        assertThat(secret.passed()).isFalse();
        assertThat(secret.checks().getFirst().message()).contains("Linje 1").doesNotContain("Hej");
        RunResult nothing = Engine.run(spec("text", "{\"text\":\"Ifk\"}",
                "[{\"type\":\"output_equals\",\"lines\":[\"Hej\"],\"secret\":true}]"), program(set("x", num(1))));
        assertThat(nothing.checks().getFirst().message()).contains("0 linjer").doesNotContain("Hej");
        RunResult right = Engine.run(spec("text", "{\"text\":\"Ifk\"}",
                "[{\"type\":\"output_equals\",\"lines\":[\"Hej\"],\"secret\":true}]"),
                program(print(caesar(block("codes_input"), -1, "DA"))));
        assertThat(right.passed()).isTrue();
    }

    @Test
    void caesarShiftsWithinTheDanishAlphabetAndBack() {
        RunResult r = Engine.run(spec("text", "{\"text\":\"Hej Åse!\"}",
                "[{\"type\":\"output_equals\",\"lines\":[\"Kh m Cvh!\",\"Hej Åse!\",\"Khm Dvh!\"]}]"),
                program(print(caesar(block("codes_input"), 3, "DA")),
                        print(caesar(caesar(block("codes_input"), 3, "DA"), -3, "DA")),
                        print(caesar(block("codes_input"), 3, "EN"))));
        assertThat(r.output().get(1)).isEqualTo("Hej Åse!");
        assertThat(r.output().getFirst()).isEqualTo("Khm Cvh!");
        assertThat(r.passed()).isFalse(); // the check above expects a wrong first line on purpose
        assertThat(r.checks().getFirst().message()).contains("Linje 1");
    }

    @Test
    void countsLettersAndSplitsWords() {
        RunResult r = Engine.run(spec("text", "{\"text\":\"Anna og Anders\"}", "[]"), program(
                print(input(input(block("codes_count_letter"), "TEXT", block("codes_input")), "LETTER", txt("a"))),
                print(input(block("lists_length"), "VALUE", input(block("codes_words"), "TEXT", block("codes_input")))),
                print(input(block("codes_letters"), "TEXT", txt("hej")))));
        assertThat(r.output()).containsExactly("3", "3", "h,e,j");
    }

    @Test
    void chatbotAnswersEachMessage() {
        ObjectNode contains = input(input(block("chat_contains"), "TEXT", block("chat_message")), "WORD", txt("hej"));
        ObjectNode rule = input(block("chat_on_message"), "DO", ifElse(contains,
                input(block("chat_reply"), "TEXT", txt("Hej med dig!")),
                input(block("chat_reply"), "TEXT", join(txt("Det forstår jeg ikke: "), block("chat_message")))));
        String start = "{\"messages\":[\"Hej bot\",\"Hvad er 2+2?\"]}";
        RunResult pass = Engine.run(spec("text", start,
                "[{\"type\":\"replies_equal\",\"replies\":[\"Hej med dig!\",\"Det forstår jeg ikke: Hvad er 2+2?\"]}]"),
                workspace(rule));
        assertThat(pass.passed()).isTrue();
        assertThat(pass.output()).hasSize(2);
        assertThat(pass.finalWorld().path("conversation")).hasSize(4);

        RunResult fail = Engine.run(spec("text", start,
                "[{\"type\":\"replies_equal\",\"replies\":[\"Hej med dig!\",\"4\"]}]"), workspace(rule));
        assertThat(fail.passed()).isFalse();
        assertThat(fail.checks().getFirst().message()).contains("\"Hvad er 2+2?\"").contains("\"4\"");
    }
}
