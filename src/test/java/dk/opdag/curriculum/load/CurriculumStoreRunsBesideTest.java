package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.SOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.curriculum.CurriculumStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's {@link CurriculumStore} runs the experiments beside the rest of the start: the curriculum is there at
 * once, and a failing solution still stops the start when {@code CurriculumStartup} waits for the runs.
 */
class CurriculumStoreRunsBesideTest {

    @TempDir
    Path temp;

    @Test
    void aFailingSolutionIsReportedWhenTheStartWaitsForTheRuns() {
        Fixture fixture = Fixture.copyOfBase(temp).replace(SOLUTION, "\"NUM\": 3", "\"NUM\": 2");

        CurriculumStore store = new CurriculumStore(fixture.dir().toString(), true);

        assertThat(store.curriculum().experiments()).extracting(e -> e.id()).containsExactly("robot-gang");
        assertThatThrownBy(store::awaitExperimentRuns)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Opdag starter ikke")
                .hasMessageContaining("referenceløsningen når ikke målet");
    }

    @Test
    void aValidCurriculumPassesTheRunsAndHoldsWhatAFullLoadHolds() {
        Path dir = Fixture.copyOfBase(temp).dir();

        CurriculumStore beside = new CurriculumStore(dir.toString(), true);
        beside.awaitExperimentRuns();

        assertThat(beside.curriculum()).isEqualTo(new CurriculumStore(dir.toString()).curriculum());
    }

    @Test
    void aCurriculumThatCannotBeReadStillStopsTheStartAtOnce() {
        Fixture fixture = Fixture.copyOfBase(temp).replace(SOLUTION, "\"NUM\": 3", "\"NUM\": ");

        assertThatThrownBy(() -> new CurriculumStore(fixture.dir().toString(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Opdag starter ikke");
    }
}
