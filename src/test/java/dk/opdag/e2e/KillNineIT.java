package dk.opdag.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A save the pupil was told is stored survives kill -9: the packaged jar on an H2 data folder, SIGKILL right after
 * the acknowledgement, a restart on the same folder, and the work is there (one round of each kind; the 20+ round
 * measurement is {@code tools/crash/kill-nine.sh}). Before WRITE_DELAY=0 every one of these rounds lost its save.
 */
class KillNineIT {

    private static KillNineRounds rounds;

    @BeforeAll
    static void startTheJar() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "kill-nine-");
        rounds = new KillNineRounds(Path.of("target", "opdag.jar"), work.toAbsolutePath());
    }

    @AfterAll
    static void stop() throws Exception {
        if (rounds != null) {
            rounds.close();
        }
    }

    @Test
    void anAcknowledgedAutosaveSurvives() throws Exception {
        var outcome = rounds.round(KillNineRounds.Kind.AUTOSAVE);
        assertThat(outcome.found()).as(outcome.toString()).isTrue();
    }

    @Test
    void anAcknowledgedRunAndItsProgramSurvive() throws Exception {
        var outcome = rounds.round(KillNineRounds.Kind.RUN);
        assertThat(outcome.found()).as(outcome.toString()).isTrue();
    }

    @Test
    void anAcknowledgedReflectionAnswerSurvives() throws Exception {
        var outcome = rounds.round(KillNineRounds.Kind.REFLECTION);
        assertThat(outcome.found()).as(outcome.toString()).isTrue();
    }
}
