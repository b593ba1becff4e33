package dk.opdag.experiment;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Engine messages are keys: Danish as the engine always wrote them, English complete beside them. */
class EngineMessagesTest {

    private static final ExperimentSpec CONSOLE = spec("console", "{}", "[]");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(EngineMessages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyKeyHasDanishAndEnglishText() {
        ResourceBundle danish = bundle(Locale.ROOT);
        ResourceBundle english = bundle(Locale.ENGLISH);
        assertThat(english.getLocale()).isEqualTo(Locale.ENGLISH); // the English file itself, not the Danish fallback
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(danish.keySet());
        assertThat(danish.keySet()).hasSizeGreaterThan(20);
        for (String key : danish.keySet()) {
            assertThat(danish.getString(key)).as(key).isNotBlank();
            assertThat(english.getString(key)).as(key).isNotBlank().isNotEqualTo(danish.getString(key));
            // Both are valid patterns that take the same arguments in the same way (text or number).
            Format[] da = new MessageFormat(danish.getString(key)).getFormatsByArgumentIndex();
            Format[] en = new MessageFormat(english.getString(key)).getFormatsByArgumentIndex();
            assertThat(en).as(key).hasSameSizeAs(da);
            for (int i = 0; i < da.length; i++) {
                assertThat(en[i] == null).as(key + " argument " + i).isEqualTo(da[i] == null);
            }
        }
    }

    @Test
    void aRunErrorReadsAsBeforeInDanishAndInEnglishWhenAskedFor() {
        RunResult r = Engine.run(CONSOLE, program(whileTrue(change("x", num(1)))), Limits.DEFAULT.withStepBudget(12_000));
        assertThat(r.error()).contains(
                "Programmet brugte alle sine 12.000 skridt. Måske er der en løkke, der aldrig stopper?");
        Message reason = r.errorMessage().orElseThrow();
        assertThat(reason.key()).isEqualTo("engine.run.steps");
        assertThat(reason.in(Locale.of("da"))).isEqualTo(r.error().orElseThrow());
        assertThat(reason.in(Locale.ENGLISH))
                .isEqualTo("The program used all its 12,000 steps. Maybe there is a loop that never stops?");
    }

    @Test
    void aRecursionMessageNamesThePupilsFunctionInBothLanguages() {
        ObjectNode recursion = defReturn("forever", List.of("n"), null,
                callReturn("forever", List.of("n"), arith("ADD", get("n"), num(1))));
        RunResult r = Engine.run(CONSOLE, workspace(recursion, print(callReturn("forever", List.of("n"), num(0)))));
        Message reason = r.errorMessage().orElseThrow();
        assertThat(reason.danish()).isEqualTo("Funktionen \"forever\" kalder sig selv for mange gange inden i hinanden"
                + " (mere end 200). Husk at give den en måde at stoppe på.");
        assertThat(reason.in(Locale.ENGLISH)).startsWith("The function \"forever\" calls itself too many times");
    }

    @Test
    void aMissingArgumentNeverBreaksARun() {
        assertThat(Message.of("engine.level.missing-block", (Object) null).danish())
                .isEqualTo("Det giver det rigtige resultat, men du er ikke helt i mål: null");
    }

    @Test
    void aLiteralReadsTheSameInEveryLanguage() {
        Message m = Message.literal("Blokken mangler.");
        assertThat(m.in(Locale.ENGLISH)).isEqualTo("Blokken mangler.").isEqualTo(m.danish());
    }
}
