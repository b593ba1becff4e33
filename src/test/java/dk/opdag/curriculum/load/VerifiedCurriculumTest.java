package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.Engine;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start skips the experiment runs only for exactly the curriculum and engine the build ran and saw pass. */
class VerifiedCurriculumTest {

    @TempDir
    Path temp;

    @Test
    void theFingerprintOfTheSameFilesIsVerifiedAndAnyChangeOrNoFingerprintIsNot() throws IOException {
        Path classes = temp.resolve("classes");
        Fixture.copyOfBase(classes);

        try (URLClassLoader loader = loaderOver(classes)) {
            assertThat(VerifiedCurriculum.verified(loader)).as("no fingerprint of these files").isFalse();

            Files.writeString(classes.resolve(VerifiedCurriculum.RESOURCE), VerifiedCurriculum.fingerprint(loader));
            assertThat(VerifiedCurriculum.verified(loader)).isTrue();
        }

        Path subjects = classes.resolve("curriculum/subjects.yaml");
        Files.writeString(subjects, Files.readString(subjects) + "\n# én ændring\n");
        try (URLClassLoader loader = loaderOver(classes)) {
            assertThat(VerifiedCurriculum.verified(loader)).as("a curriculum file changed").isFalse();
        }
    }

    /** The test's curriculum first, the engine's classes (and the shipped curriculum, which is shadowed) after. */
    private static URLClassLoader loaderOver(Path classes) throws IOException {
        URL engine = Engine.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes.toUri().toURL(), engine}, null);
    }
}
