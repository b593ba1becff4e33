package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of {@code curriculum-fixtures/base} (a tiny valid curriculum) in a temporary folder, to break one
 * thing in. Edits fail loudly if their text is not found, so a fixture cannot silently stop testing anything.
 */
final class Fixture {

    static final String ROBOT = "activities/robot-paa-gulvet.yaml";     // 1.–3., one lesson, unplugged full
    static final String MADPAKKE = "activities/madpakke-data.yaml";     // 4.–6., two lessons, madkundskab 5.–6.
    static final String DATA = "activities/hvem-ser-dine-data.yaml";    // 8.–9., samfundsfag
    static final String SUBJECTS = "subjects.yaml";
    static final String FRAMEWORK = "frameworks/tf2018.yaml";
    static final String EXPERIMENT = "experiments/robot-gang/experiment.yaml";  // robot, 1.–3., linked from ROBOT
    static final String SOLUTION = "experiments/robot-gang/solution.json";      // gentag 3: gå frem
    static final String START = "experiments/robot-gang/start.json";            // gå frem (one field short)

    private final Path dir;

    private Fixture(Path dir) {
        this.dir = dir;
    }

    static Fixture copyOfBase(Path tempDir) {
        Path dir = tempDir.resolve("curriculum");
        try (Stream<Path> files = Files.walk(base())) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(base().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fixture(dir);
    }

    static Path base() {
        try {
            return Path.of(Fixture.class.getResource("/curriculum-fixtures/base").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** Replaces every occurrence of {@code from}, which must occur. */
    Fixture replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("fixture %s", file).contains(from);
        return write(file, text.replace(from, to));
    }

    Fixture write(String file, String content) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Copies a file inside the fixture, e.g. to make a second experiment. */
    Fixture copy(String from, String to) {
        return write(to, read(from));
    }

    Fixture delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line of the first line containing {@code text}, so tests need not hard-code line numbers. */
    int lineOf(String file, String text) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' is not in " + file);
    }

    LoadResult load() {
        return CurriculumLoader.load(dir);
    }
}
