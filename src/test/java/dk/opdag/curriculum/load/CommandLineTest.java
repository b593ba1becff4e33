package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.cli.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar opdag.jar curriculum check [DIR]}: report, summary and exit codes. */
class CommandLineTest {

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

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void handlesOnlyItsCommands() {
        assertThat(CommandLine.handles(new String[] {"curriculum", "check"})).isTrue();
        assertThat(CommandLine.handles(new String[] {})).isFalse();
        assertThat(CommandLine.handles(new String[] {"--demo"})).isFalse();
        assertThat(CommandLine.handles(new String[] {"eksperiment"})).isFalse();
    }

    @Test
    void shippedCurriculumByDefaultExits0() {
        int code = run("curriculum", "check");

        assertThat(code).isZero();
        assertThat(out()).startsWith("Tjekket: curriculum").contains(" forløb (0.–3.: ", ": 0 fejl")
                .containsPattern("Niveauer: \\d+ i \\d+ eksperimenter \\(\\d+ med niveauer, \\d+ med ét mål\\)\\. "
                        + "Pr\\. trin: 0\\.–3\\.: \\d+, 4\\.–6\\.: \\d+, 7\\.–9\\.: \\d+\\. Pr\\. verden: data \\d+")
                .containsPattern("Tjekket på \\d+\\.\\d s \\(alle referenceløsninger");
        assertThat(err()).isEmpty();
    }

    @Test
    void errorsAreReportedWithFileLineAndRuleAndExit1() {
        Fixture fixture = Fixture.copyOfBase(temp).replace(Fixture.MADPAKKE, "lessons: 2", "lessons: 3");
        int line = fixture.lineOf(Fixture.MADPAKKE, "  lessons:");

        int code = run("curriculum", "check", fixture.dir().toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Fejl:\nactivities/madpakke-data.yaml:" + line + ": [lesson-count] ")
                .contains("3 forløb (0.–3.: 1, 4.–6.: 1, 7.–9.: 1), 4 af 5 fag i brug, 1 målramme, 1 eksperiment: "
                        + "1 fejl, 0 advarsler.");
    }

    @Test
    void warningsAloneExit0() {
        Fixture fixture = Fixture.copyOfBase(temp).write("activities/kladde.yml", "id: kladde\n");

        int code = run("curriculum", "check", fixture.dir().toString());

        assertThat(code).isZero();
        assertThat(out()).contains("Advarsler:\nactivities/kladde.yml: [ignored-file]")
                .contains("[ignored-file]").contains("0 fejl, 1 advarsel.");
    }

    @Test
    void missingDirectoryExits2() {
        int code = run("curriculum", "check", temp.resolve("nowhere").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("Kan ikke tjekke forløbene").contains("findes ikke");
    }

    @Test
    void wrongUsageExits2WithHelp() {
        assertThat(run("curriculum")).isEqualTo(2);
        assertThat(run("curriculum", "tjek")).isEqualTo(2);
        assertThat(err()).contains("Brug: java -jar opdag.jar curriculum check [MAPPE]");
    }

    @Test
    void helpExits0() {
        assertThat(run("curriculum", "--help")).isZero();
        assertThat(out()).contains("Afslutningskode");
    }
}
