package dk.opdag.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.cli.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar opdag.jar curriculum check} also checks teacher-guides/ and fails on its errors. */
class CurriculumCheckCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path copyOfGuides() throws IOException {
        Path copy = temp.resolve("teacher-guides");
        try (Stream<Path> files = Files.walk(Path.of("teacher-guides"))) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(Path.of("teacher-guides").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    @Test
    void theShippedGuidesAreCheckedByDefaultAndPass() {
        int code = run("curriculum", "check");

        assertThat(code).isZero();
        assertThat(out()).contains("Tjekket: teacher-guides")
                .containsPattern("\\d+ efteruddannelsesforløb, \\d+ moduler, 24 kompetenceudsagn, \\d+ dialogkort, "
                        + "LIX-median \\d+ \\(modulernes tekster\\): 0 fejl, 0 advarsler\\.");
    }

    @Test
    void aCheckWithoutACorrectAnswerFailsWithFileLineAndRule() throws IOException {
        Path guides = copyOfGuides();
        Path track = guides.resolve("tracks/kom-i-gang.yaml");
        String yaml = Files.readString(track);
        // The first question of the first module loses its correct answer.
        String broken = yaml.replaceFirst("\n {12}correct: true", "");
        Files.writeString(track, broken);
        int optionsLine = (int) broken.lines().takeWhile(l -> !l.strip().equals("options:")).count() + 1;

        int code = run("curriculum", "check", "--guides", guides.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Fejl:\nteacher-guides/tracks/kom-i-gang.yaml:" + optionsLine
                + ": [check-no-correct] ").contains(": 1 fejl, 0 advarsler.");
    }

    @Test
    void aLinkToAnUnknownActivityFails() throws IOException {
        Path guides = copyOfGuides();
        Path track = guides.resolve("tracks/evaluering.yaml");
        Files.writeString(track, Files.readString(track).replaceFirst("activity: skildpadden-tegner",
                "activity: skildpadden-tegnr"));

        assertThat(run("curriculum", "check", "--guides", guides.toString())).isEqualTo(1);
        assertThat(out()).containsPattern("teacher-guides/tracks/evaluering\\.yaml:\\d+: \\[unknown-activity\\] "
                + "aktiviteten 'skildpadden-tegnr' findes ikke i kataloget");
    }

    @Test
    void aCurriculumFolderWithoutGuidesBesideItSaysSo() throws IOException {
        Path curriculum = temp.resolve("pensum");
        Files.createDirectories(curriculum);
        Files.writeString(curriculum.resolve("subjects.yaml"), "subjects: []\n");

        run("curriculum", "check", curriculum.toString());

        assertThat(out()).contains("Efteruddannelsen er ikke tjekket");
    }

    @Test
    void aMissingGuidesFolderExits2() {
        assertThat(run("curriculum", "check", "--guides", temp.resolve("ingen").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("findes ikke");
    }
}
