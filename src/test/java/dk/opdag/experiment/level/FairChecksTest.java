package dk.opdag.experiment.level;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.check.Differences;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts compared without case, spacing and final punctuation; lists in any order; numbers within a tolerance. */
class FairChecksTest {

    @Test
    void looseTextIgnoresCaseSpacingAndFinalPunctuation() {
        String checks = "[{\"type\":\"output_equals\",\"lines\":[\"Jeg hedder Robo.\"],\"loose\":true}]";
        for (String said : List.of("jeg hedder robo", "Jeg  hedder Robo!", "JEG HEDDER ROBO .", " jeg hedder Robo.")) {
            assertThat(Engine.run(spec("console", "{}", checks), program(print(txt(said)))).passed()).as(said).isTrue();
        }
        assertThat(Engine.run(spec("console", "{}", checks), program(print(txt("jeg hedder Bobo")))).passed()).isFalse();
        // Without loose, every character counts.
        assertThat(Engine.run(spec("console", "{}", checks.replace(",\"loose\":true", "")),
                program(print(txt("Jeg hedder Robo")))).passed()).isFalse();
    }

    @Test
    void chatbotRepliesCanBeLoose() {
        String start = "{\"messages\": [\"hvad hedder du?\"]}";
        ObjectNodes bot = () -> program(input(block("chat_on_message"), "DO",
                input(block("chat_reply"), "TEXT", txt("jeg hedder robo"))));
        assertThat(Engine.run(spec("text", start,
                "[{\"type\":\"replies_equal\",\"replies\":[\"Jeg hedder Robo.\"],\"loose\":true}]"), bot.get())
                .passed()).isTrue();
        assertThat(Engine.run(spec("text", start,
                "[{\"type\":\"replies_equal\",\"replies\":[\"Jeg hedder Robo.\"]}]"), bot.get()).passed()).isFalse();
    }

    interface ObjectNodes {
        String get();
    }

    @Test
    void listsCanMatchInAnyOrder() {
        String start = "{\"columns\": [\"navn\"], \"rows\": [[\"a\"]]}";
        String answer = program(input(block("data_answer"), "VALUE", list(txt("Sjove fejl"), txt("Minecraft"))));
        assertThat(Engine.run(spec("data", start,
                "[{\"type\":\"answer_equals\",\"value\":[\"Minecraft\",\"Sjove fejl\"],\"anyOrder\":true}]"), answer)
                .passed()).isTrue();
        RunResult strict = Engine.run(spec("data", start,
                "[{\"type\":\"answer_equals\",\"value\":[\"Minecraft\",\"Sjove fejl\"]}]"), answer);
        assertThat(strict.passed()).isFalse();
        assertThat(strict.checks().getFirst().message()).contains("anden rækkefølge");
        String oneMissing = program(input(block("data_answer"), "VALUE", list(txt("Minecraft"))));
        RunResult missing = Engine.run(spec("data", start,
                "[{\"type\":\"answer_equals\",\"value\":[\"Minecraft\",\"Sjove fejl\"],\"anyOrder\":true}]"),
                oneMissing);
        assertThat(missing.checks().getFirst().message()).contains("mangler 1 element").doesNotContain("Sjove");
        // Printed lines in any order.
        assertThat(Engine.run(spec("console", "{}",
                "[{\"type\":\"output_equals\",\"lines\":[\"a\",\"b\"],\"anyOrder\":true}]"),
                program(print(txt("b")), print(txt("a")))).passed()).isTrue();
    }

    @Test
    void numbersMatchWithinTheTolerance() {
        String start = "{\"columns\": [\"x\"], \"rows\": [[1]]}";
        String checks = "[{\"type\":\"answer_equals\",\"value\":75,\"tolerance\":0.01}]";
        assertThat(Engine.run(spec("data", start, checks),
                program(input(block("data_answer"), "VALUE", num(75.004)))).passed()).isTrue();
        assertThat(Engine.run(spec("data", start, checks),
                program(input(block("data_answer"), "VALUE", num(75.2)))).passed()).isFalse();
        assertThat(Engine.run(spec("console", "{}",
                "[{\"type\":\"output_equals\",\"lines\":[\"2,5\"],\"tolerance\":0.001}]"),
                program(print(num(2.5)))).passed()).isTrue();
    }

    @Test
    void theMessageSaysWhatDiffersButNeverTheAnswer() {
        String start = "{\"columns\": [\"x\"], \"rows\": [[1]]}";
        RunResult sign = Engine.run(spec("data", start, "[{\"type\":\"answer_equals\",\"value\":-37.5}]"),
                program(input(block("data_answer"), "VALUE", num(37.5))));
        assertThat(sign.checks().getFirst().message()).contains("fortegn").doesNotContain("-37");
        RunResult share = Engine.run(spec("data", start, "[{\"type\":\"answer_equals\",\"value\":75}]"),
                program(input(block("data_answer"), "VALUE", num(0.75))));
        assertThat(share.checks().getFirst().message()).contains("100 gange for lille").contains("procent?")
                .doesNotContain("procent?.").doesNotContain(" 75");
        RunResult printed = Engine.run(spec("console", "{}",
                "[{\"type\":\"output_equals\",\"lines\":[\"Hej mor\"]}]"), program(print(txt("hej mor"))));
        assertThat(printed.checks().getFirst().message()).contains("store og små bogstaver")
                .doesNotContain("Hej mor");

        assertThat(Differences.text("mødes ved skuret", "skuret ved mødes")).contains("rækkefølge");
        assertThat(Differences.text("Vi ses", "Vi")).contains("mangler noget til sidst");
        assertThat(Differences.text("2,8", "2800")).contains("1000 gange for stort");
        assertThat(Differences.number(10, 9.95)).contains("tæt på");
        assertThat(Differences.number(10, 3)).isEqualTo("tallet er for lille");
        assertThat(Differences.text("abc", "xyz q")).isNull();
    }
}
