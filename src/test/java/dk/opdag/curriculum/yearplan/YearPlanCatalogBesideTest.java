package dk.opdag.curriculum.yearplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.shell.startup.ReadBesideStartCheck;
import dk.opdag.testing.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample year plans are read beside the rest of the start: making the catalogue never waits for them, and an
 * invalid plan still stops the start when the start-up check ({@link ReadBesideStartCheck}) waits for them before
 * the app is ready.
 */
class YearPlanCatalogBesideTest {

    @TempDir
    Path temp;

    @Test
    void theShippedPlansAreThereOnceRead() {
        YearPlanCatalog catalog = new YearPlanCatalog(new CurriculumStore("curriculum"), "curriculum");

        assertThat(catalog.plans()).hasSize(20);
        assertThat(catalog.valgfag().id()).isEqualTo(YearPlanCatalog.VALGFAG);
    }

    @Test
    void anInvalidPlanStopsTheStartWhenTheStartupCheckAsksForIt() throws IOException {
        TestFolders.copy(Path.of("curriculum"), temp);
        Path plan;
        try (Stream<Path> plans = Files.list(temp.resolve("yearplans"))) {
            plan = plans.filter(p -> p.toString().endsWith(".yaml")).findFirst().orElseThrow();
        }
        Files.writeString(plan, "id: [");
        CurriculumStore store = new CurriculumStore(temp.toString());

        YearPlanCatalog catalog = new YearPlanCatalog(store, temp.toString());

        assertThatThrownBy(() -> new ReadBesideStartCheck(List.of(catalog)).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Opdag starter ikke");
    }
}
