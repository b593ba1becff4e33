package dk.opdag.experiment;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pupil in English mode gets the worlds' feedback in English; in Danish mode it reads exactly as the engine always
 * wrote it.
 */
class EngineLanguageTest {

    private static ObjectNode shape(int times, double length, double degrees) {
        return repeat(num(times), stmt("turtle_forward", "DISTANCE", num(length)),
                stmt("turtle_turn_right", "DEGREES", num(degrees)));
    }

    private static final String HEXAGON = "[{\"type\":\"polygon\",\"sides\":6,\"length\":50}]";

    @Test
    void aTurtleShapeWithTooFewSidesInBothLanguages() {
        Message m = Engine.run(spec("turtle", "{}", HEXAGON), program(shape(4, 50, 90))).checks().getFirst().text();
        assertThat(m.danish()).isEqualTo("Du har tegnet 4 streger, men en sekskant har 6 sider.");
        assertThat(m.in(Locale.ENGLISH)).isEqualTo("You have drawn 4 lines, but a hexagon has 6 sides.");
    }

    @Test
    void aMeasuredGapHasADecimalCommaInDanishAndAPointInEnglish() {
        // Six sides turning 90°: the square is drawn once and a half, so the end is a diagonal away from the start.
        Message m = Engine.run(spec("turtle", "{}", HEXAGON), program(shape(6, 50, 90))).checks().getFirst().text();
        assertThat(m.danish()).isEqualTo("Figuren er ikke lukket: skildpadden slutter 70,71 fra, hvor den startede.");
        assertThat(m.in(Locale.ENGLISH))
                .isEqualTo("The shape is not closed: the turtle ends 70.71 away from where it started.");
    }

    @Test
    void everyShapeHasANameInBothLanguagesAndOneLineIsSingular() {
        for (int sides = 3; sides <= 12; sides++) {
            Message m = Engine.run(spec("turtle", "{}", "[{\"type\":\"polygon\",\"sides\":" + sides
                    + ",\"length\":50}]"), program(stmt("turtle_forward", "DISTANCE", num(50)))).checks().getFirst().text();
            assertThat(m.danish()).matches("Du har tegnet 1 streg, men en [0-9a-z-]+kant har " + sides + " sider\\.");
            assertThat(m.in(Locale.ENGLISH)).matches("You have drawn 1 line, but an? [0-9a-z -]+ has " + sides + " sides\\.")
                    .doesNotContain("kant");
        }
        assertThat(Engine.run(spec("turtle", "{}", "[{\"type\":\"polygon\",\"sides\":8,\"length\":50}]"),
                program(shape(1, 50, 45))).checks().getFirst().text().in(Locale.ENGLISH)).contains("an octagon");
    }

    @Test
    void theGreenhouseExplainsItsLimitsInEnglish() {
        RunResult r = Engine.run(spec("greenhouse", "{}", "[{\"type\":\"temperature_max\",\"max\":30}]"), "{}");
        Message m = r.checks().getFirst().text();
        assertThat(m.danish()).isEqualTo("Kl. 12 var temperaturen 32, men den skal være højst 30. Prøv at åbne vinduet,"
                + " når det bliver varmt. Husk blokken 'hver time'.");
        assertThat(m.in(Locale.ENGLISH)).isEqualTo("At 12 o'clock the temperature was 32, but it must be at most 30."
                + " Try opening the window when it gets warm. Remember the block 'every hour'.");
    }

    @Test
    void aWrongPrintedLineSaysHowItDiffersInEitherLanguage() {
        RunResult r = Engine.run(spec("console", "{}", "[{\"type\":\"output_equals\",\"lines\":[\"Hej Verden\"]}]"),
                program(print(txt("hej verden"))));
        Message m = r.checks().getFirst().text();
        assertThat(m.danish()).isEqualTo("Linje 1 er ikke det, der skulle stå, endnu: bogstaverne er rigtige, men store"
                + " og små bogstaver er ikke, som de skal være. Programmet skrev \"hej verden\".");
        assertThat(m.in(Locale.ENGLISH)).isEqualTo("Line 1 is not what it should be yet: the letters are right, but the"
                + " capital and small letters are not as they should be. The program wrote \"hej verden\".");
    }

    @Test
    void aTypeErrorAndAWarningAreKeysAllTheWayDown() {
        RunResult r = runConsole(print(stmt("text_length", "VALUE", block("logic_null"))));
        Message error = r.errorMessage().orElseThrow();
        assertThat(error.danish()).isEqualTo(
                "Man kan ikke finde længden af ingenting (null). Tjek at blokken får en tekst eller en liste.");
        assertThat(error.in(Locale.ENGLISH))
                .isEqualTo("You cannot find the length of nothing (null). Check that the block gets a text or a list.");
        // The trace event carries the key, so the lab can replay it in English.
        TraceEvent event = r.trace().stream().filter(e -> e.kind().equals("error")).findFirst().orElseThrow();
        assertThat(event.data().path("message").asString()).isEqualTo(error.danish());
        assertThat(Message.fromJson(event.data().get("i18n"))).isEqualTo(error);
    }

    @Test
    void standardBlockNamesExistInBothLanguages() {
        for (String type : dk.opdag.experiment.interpreter.StandardBlocks.ALL) {
            if (dk.opdag.experiment.interpreter.StandardBlocks.name(type) instanceof Message m) {
                assertThat(m.in(Locale.ENGLISH)).as(type).isNotBlank().isNotEqualTo(m.danish());
            }
        }
    }
}
