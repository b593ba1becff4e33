package dk.opdag.lab.ui;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.TraceEvent;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The step-by-step replay shows the engine's warnings and errors in the pupil's UI language. */
class ReplayLanguageTest {

    private static final String MAZE = "{\"map\": [\"#####\", \"#R.F#\", \"#####\"], \"direction\": \"north\"}";

    private static JsonNode warning(RunResult r, Locale locale) {
        TraceEvent e = r.trace().stream().filter(t -> t.kind().equals("warning")).findFirst().orElseThrow();
        return Replay.inLanguage(e.data(), locale);
    }

    @Test
    void aRobotBumpReadsInEnglishForAnEnglishPupilAndAsAlwaysInDanish() {
        RunResult r = Engine.run(spec("robot", MAZE, "[{\"type\":\"reach_flag\"}]"), program(block("robot_move")));
        JsonNode english = warning(r, Locale.ENGLISH);
        assertThat(english.path("message").asString()).startsWith("Ouch! The robot drove into a wall");
        assertThat(english.has("i18n")).isFalse(); // the key stays on the server
        assertThat(warning(r, Locale.of("da")).path("message").asString())
                .isEqualTo("Av! Robotten kørte ind i en mur og blev stående. Tryk på »Trin for trin« og se, hvor det sker.");
    }

    @Test
    void aWarningWithArgumentsAndAnErrorAreRenderedToo() {
        RunResult r = runConsole(print(arith("DIVIDE", num(1), num(0))), print(stmt("text_length", "VALUE",
                block("logic_null"))));
        assertThat(warning(r, Locale.ENGLISH).path("message").asString())
                .isEqualTo("You are dividing by 0. That gives Infinity or NaN (not a number).");
        TraceEvent error = r.trace().stream().filter(t -> t.kind().equals("error")).findFirst().orElseThrow();
        assertThat(Replay.inLanguage(error.data(), Locale.ENGLISH).path("message").asString())
                .startsWith("You cannot find the length of nothing (null).");
        // Events without a message pass through untouched.
        TraceEvent print = r.trace().stream().filter(t -> t.kind().equals("print")).findFirst().orElseThrow();
        assertThat(Replay.inLanguage(print.data(), Locale.ENGLISH)).isSameAs(print.data());
    }
}
