package dk.opdag.experiment.world;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MusicWorldTest {

    private static ObjectNode note(String name, double beats) {
        return input(input(block("music_play_note"), "NOTE", txt(name)), "BEATS", num(beats));
    }

    private static final String CHECKS = """
            [{"type":"notes_equal","notes":["C4","D4","E4","C4","D4","E4"]},{"type":"total_beats","beats":8},
             {"type":"repeated_motif","length":3,"times":2}]
            """;

    @Test
    void aRepeatedMotifPassesEveryCheck() {
        RunResult r = Engine.run(spec("music", "{\"tempo\":90}", CHECKS), program(
                repeat(num(2), note("C4", 1), note("D4", 1), note("E4", 1)),
                input(block("music_rest"), "BEATS", num(2)),
                print(block("music_beats"))));
        assertThat(r.checks()).allMatch(CheckOutcome::passed);
        assertThat(r.output()).containsExactly("8");
        assertThat(r.finalWorld().path("events")).hasSize(7);
        assertThat(r.finalWorld().path("seconds").asDouble()).isCloseTo(8 * 60.0 / 90, within(1e-6));
    }

    @Test
    void wrongNotesAndLengthsFail() {
        RunResult r = Engine.run(spec("music", "{}", CHECKS), program(note("C4", 1), note("H4", 1), note("E4", 2)));
        assertThat(r.checks()).noneMatch(CheckOutcome::passed);
        assertThat(r.checks().get(0).message()).contains("Node 2 skulle være D4").contains("B4");
        assertThat(r.checks().get(1).message()).contains("4 slag");
    }

    @Test
    void unknownNotesAndBadTempoAreWarningsNotErrors() {
        RunResult r = Engine.run(spec("music", "{}", "[]"), program(note("X9", 1),
                input(block("music_set_tempo"), "BPM", num(5000)), note("Db4", 0.5)));
        assertThat(r.error()).isEmpty();
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("warning")).hasSize(2);
        assertThat(r.finalWorld().path("events").get(0).path("midi").asInt()).isEqualTo(61);
    }
}
