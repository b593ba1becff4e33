package dk.opdag.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.curriculum.CurriculumStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training content is read beside the rest of the start: making the catalogue never waits for it, and invalid
 * content still stops the start when {@link TrainingStartup} asks for it before the app is ready.
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
        copy(Path.of("teacher-guides"), temp);
        Files.writeString(temp.resolve("competences.yaml"), "items: [");

        TrainingCatalog catalog = new TrainingCatalog(CURRICULUM, temp.toString());

        assertThatThrownBy(() -> new TrainingStartup(catalog).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Opdag starter ikke")
                .hasMessageContaining("competences.yaml");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
