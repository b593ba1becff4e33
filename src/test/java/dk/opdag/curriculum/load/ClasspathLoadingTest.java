package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app reads the copy of curriculum/ on its classpath: a directory in development, a jar in production. */
class ClasspathLoadingTest {

    @TempDir
    Path temp;

    @Test
    void fromADirectoryOnTheClasspath() {
        LoadResult fromClasspath = CurriculumLoader.loadFromClasspath("curriculum");
        LoadResult fromFolder = CurriculumLoader.load(ShippedCurriculumTest.SHIPPED);

        assertThat(fromClasspath.errors()).isEmpty();
        assertThat(hashes(fromClasspath)).isEqualTo(hashes(fromFolder));
    }

    @Test
    void fromAJarThroughTheZipFileSystem() throws IOException {
        try (URLClassLoader loader = jarWithBaseFixture()) {
            LoadResult result = CurriculumLoader.loadFromClasspath("curriculum", loader);

            assertThat(result.errors()).isEmpty();
            assertThat(hashes(result)).isEqualTo(hashes(Fixture.copyOfBase(temp).load()));
        }
    }

    @Test
    void fromAJarThroughJarUrlConnection() throws IOException {
        try (URLClassLoader loader = jarWithBaseFixture()) {
            CurriculumFiles files = CurriculumFiles.fromJarConnection(loader.getResource("curriculum/subjects.yaml"));

            assertThat(files.files().keySet()).contains("subjects.yaml", "frameworks/tf2018.yaml",
                    "activities/robot-paa-gulvet.yaml");
            assertThat(hashes(CurriculumLoader.load(files))).isEqualTo(hashes(Fixture.copyOfBase(temp).load()));
        }
    }

    @Test
    void missingClasspathFolderIsUnusable() {
        assertThatThrownBy(() -> CurriculumLoader.loadFromClasspath("no-such-folder"))
                .isInstanceOf(CurriculumSourceException.class).hasMessageContaining("no-such-folder/subjects.yaml");
    }

    @Test
    void missingDirectoryIsUnusable() {
        assertThatThrownBy(() -> CurriculumLoader.load(temp.resolve("nowhere")))
                .isInstanceOf(CurriculumSourceException.class).hasMessageContaining("findes ikke");
    }

    @Test
    void directoryWithoutCurriculumFilesIsUnusable() {
        assertThatThrownBy(() -> CurriculumLoader.load(temp))
                .isInstanceOf(CurriculumSourceException.class).hasMessageContaining("er ikke en forløbsmappe");
    }

    /** A jar like the app's: curriculum/... entries, and (as jars may) no directory entries. */
    private URLClassLoader jarWithBaseFixture() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(Fixture.base())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = Fixture.base().relativize(file).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry("curriculum/" + name));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    private static List<String> hashes(LoadResult result) {
        return result.curriculum().activities().stream().map(a -> a.id() + "=" + a.contentHash()).toList();
    }
}
