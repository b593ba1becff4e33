package dk.opdag.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.shell.startup.ReadBesideStartCheck;
import dk.opdag.testing.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training content is read beside the rest of the start: making the catalogue never waits for it, and invalid
 * content still stops the start when the start-up check ({@link ReadBesideStartCheck}) waits for it before the app
 * is ready.
 */
class TrainingCatalogBesideTest {

    private static final CurriculumStore CURRICULUM = new CurriculumStore("curriculum");

    @TempDir
    Path temp;

    @Test
    void theShippedContentIsThereOnceRead() {
        TrainingCatalog catalog = new TrainingCatalog(CURRICULUM, "teacher-guides");

        assertThat(catalog.content().tracks()).isNotEmpty();
        assertThat(catalog.module(catalog.content().modules().getFirst().id())).isPresent();
    }

    @Test
    void invalidContentStopsTheStartWhenTheStartupCheckAsksForIt() throws IOException {
        TestFolders.copy(Path.of("teacher-guides"), temp);
        Files.writeString(temp.resolve("competences.yaml"), "items: [");

        TrainingCatalog catalog = new TrainingCatalog(CURRICULUM, temp.toString());

        assertThatThrownBy(() -> new ReadBesideStartCheck(List.of(catalog)).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Opdag starter ikke")
                .hasMessageContaining("competences.yaml");
    }
}
