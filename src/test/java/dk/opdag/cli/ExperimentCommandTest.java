package dk.opdag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar opdag.jar experiment run ...}: both modes, and input it cannot use. */
class ExperimentCommandTest {

    /** Blockly-saved programs of experiments that now write theirs in the compact form. */
    private static final Path SAVED = Path.of("src/test/resources/experiment/blockly-saved");
    private static final String ERROR_MARK = "#error ";

    @TempDir
    Path temp;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void streams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out());
    }

    private Path file(String name, String content) throws IOException {
        Path p = temp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static List<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(ExperimentCommandTest.class.getResource("/experiment/conformance").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    // ---- console mode: one line per text_print on standard output, and nothing else there

    @TestFactory
    Stream<DynamicTest> consolePrintsWhatBlocklysJavaScriptPrints() throws Exception {
        return corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String expected = Files.readString(Path.of(file.toString().replace(".json", ".expected.txt")));
            int mark = expected.startsWith(ERROR_MARK) ? 0 : expected.lastIndexOf("\n" + ERROR_MARK) + 1;
            boolean error = expected.startsWith(ERROR_MARK) || mark > 0;

            int code = run("experiment", "run", "--workspace", file.toString());

            assertThat(code).isZero();
            assertThat(out()).isEqualTo(error ? expected.substring(0, mark) : expected);
            if (error) {
                assertThat(err()).startsWith("Programmet stoppede: ");
            } else {
                assertThat(err()).isEmpty();
            }
        }));
    }

    @Test
    void consoleStopsAnEndlessLoopAndKeepsWhatWasPrinted() throws IOException {
        Path loop = file("loop.json", """
                {"blocks": {"languageVersion": 0, "blocks": [
                  {"type": "text_print", "id": "p", "x": 0, "y": 0,
                   "inputs": {"TEXT": {"block": {"type": "text", "id": "t", "fields": {"TEXT": "Hej æøå"}}}},
                   "next": {"block": {"type": "controls_whileUntil", "id": "w", "fields": {"MODE": "WHILE"},
                     "inputs": {"BOOL": {"block": {"type": "logic_boolean", "id": "b", "fields": {"BOOL": "TRUE"}}}}}}}
                ]}}""");

        int code = run("experiment", "run", "--workspace=" + loop);

        assertThat(code).isZero();
        assertThat(out()).isEqualTo("Hej æøå\n");
        assertThat(err()).startsWith("Programmet stoppede: ");
    }

    @Test
    void consolePrintsMoreLinesThanAnExperimentKeeps() throws IOException {
        Path count = file("count.json", """
                {"blocks": {"languageVersion": 0, "blocks": [
                  {"type": "controls_for", "id": "f", "x": 0, "y": 0, "fields": {"VAR": {"id": "i"}},
                   "inputs": {"FROM": {"block": {"type": "math_number", "id": "a", "fields": {"NUM": 1}}},
                              "TO": {"block": {"type": "math_number", "id": "b", "fields": {"NUM": 5000}}},
                              "BY": {"block": {"type": "math_number", "id": "c", "fields": {"NUM": 1}}},
                              "DO": {"block": {"type": "text_print", "id": "p",
                                "inputs": {"TEXT": {"block": {"type": "variables_get", "id": "g",
                                  "fields": {"VAR": {"id": "i"}}}}}}}}}
                ]}, "variables": [{"name": "i", "id": "i"}]}""");

        assertThat(run("experiment", "run", "--workspace", count.toString())).isZero();

        assertThat(out().lines()).hasSize(5000).startsWith("1", "2").endsWith("5000");
        assertThat(err()).isEmpty();
    }

    @Test
    void consoleRefusesAWorldBlockKindly() throws IOException {
        Path turtle = file("turtle.json", """
                {"blocks": {"languageVersion": 0, "blocks": [{"type": "turtle_forward", "id": "t", "x": 0, "y": 0}]}}""");

        assertThat(run("experiment", "run", "--workspace", turtle.toString())).isZero();

        assertThat(out()).isEmpty();
        assertThat(err()).contains("turtle_forward");
    }

    // ---- experiment mode: the result as JSON, exit 0 whether the goal is reached or not

    @Test
    void experimentThatPasses() {
        int code = run("experiment", "run", "--experiment", "robot-labyrint", "--workspace",
                SAVED.resolve("robot-labyrint-solution.json").toString());

        assertThat(code).isZero();
        JsonNode result = json();
        assertThat(result.path("experiment").asString()).isEqualTo("robot-labyrint");
        assertThat(result.path("passed").asBoolean()).isTrue();
        assertThat(result.path("steps").asInt()).isEqualTo(14);
        assertThat(result.path("failedChecks").isEmpty()).isTrue();
        assertThat(result.path("checks").get(0).path("message").asString()).isEqualTo("Flot! Robotten nåede flaget.");
        assertThat(result.path("events").get(0).path("kind").asString()).isEqualTo("move");
        assertThat(result.path("finalWorld").path("robot").path("x").asInt()).isEqualTo(5);
        assertThat(err()).isEmpty();
    }

    /** A level by number or id runs on all its cases; the hidden ones are reported as numbers for the author. */
    @Test
    void aLevelRunsOnAllItsCases() throws IOException {
        Path hardCoded = file("fast.json", "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"text_print\","
                + "\"id\":\"p\",\"inputs\":{\"TEXT\":{\"block\":{\"type\":\"text\",\"id\":\"t\",\"fields\":"
                + "{\"TEXT\":\"KOM HJEM\"}}}}}]}}");
        assertThat(run("experiment", "run", "--experiment", "hemmeligt-sprog", "--level", "4", "--workspace",
                hardCoded.toString())).isZero();
        JsonNode result = json();
        assertThat(result.path("level").asString()).isEqualTo("alle-beskeder");
        assertThat(result.path("passed").asBoolean()).isFalse();
        assertThat(result.path("score").asInt()).isEqualTo(15);
        assertThat(result.path("grade").asString()).isEqualTo("FAIL");
        assertThat(result.path("message").asString()).contains("samme svar");
        assertThat(result.path("cases")).extracting(c -> c.path("passed").asBoolean()).containsExactly(true, false,
                false);

        assertThat(run("experiment", "run", "--experiment", "hemmeligt-sprog", "--level", "findes-ikke",
                "--workspace", hardCoded.toString())).isEqualTo(2);
        assertThat(err()).contains("intet niveau 'findes-ikke'").contains("1 (ret-beskeden)");
    }

    @Test
    void experimentThatFailsStillExits0() {
        int code = run("experiment", "run", "--experiment", "robot-labyrint", "--workspace",
                SAVED.resolve("robot-labyrint-start.json").toString());

        assertThat(code).isZero();
        JsonNode result = json();
        assertThat(result.path("passed").asBoolean()).isFalse();
        assertThat(result.path("failedChecks").get(0).path("type").asString()).isEqualTo("reach_flag");
        assertThat(result.path("failedChecks").get(0).path("message").asString())
                .isEqualTo("Robotten nåede ikke flaget. Den holder 2 felter derfra.");
        assertThat(result.path("events").valueStream().map(e -> e.path("kind").asString())).contains("bump", "warning");
        assertThat(result.path("error").isNull()).isTrue();
    }

    @Test
    void experimentWithTurtleOutputEventsAndPrints() throws IOException {
        Path program = file("print.json", """
                {"blocks": {"languageVersion": 0, "blocks": [
                  {"type": "text_print", "id": "p", "x": 0, "y": 0,
                   "inputs": {"TEXT": {"block": {"type": "text", "id": "t", "fields": {"TEXT": "sekskant"}}}},
                   "next": {"block": {"type": "turtle_forward", "id": "f",
                     "inputs": {"DISTANCE": {"shadow": {"type": "math_number", "id": "n", "fields": {"NUM": 60}}}}}}}
                ]}}""");

        assertThat(run("experiment", "run", "--experiment", "skildpadde-sekskant", "--workspace",
                program.toString())).isZero();

        JsonNode result = json();
        assertThat(result.path("output").get(0).asString()).isEqualTo("sekskant");
        assertThat(result.path("events").get(1).path("blockId").asString()).isEqualTo("f");
        assertThat(result.path("failedChecks").get(0).path("message").asString()).startsWith("Du har tegnet 1 streg");
    }

    @Test
    void programTheWorldCannotRunIsAResultNotUnusableInput() throws IOException {
        Path program = file("turtle-in-maze.json", """
                {"blocks": {"languageVersion": 0, "blocks": [{"type": "turtle_forward", "id": "t", "x": 0, "y": 0}]}}""");

        assertThat(run("experiment", "run", "--experiment", "robot-labyrint", "--workspace", program.toString()))
                .isZero();

        assertThat(json().path("passed").asBoolean()).isFalse();
        assertThat(json().path("error").asString()).contains("turtle_forward");
    }

    @Test
    void experimentFromAnotherCurriculumFolder() throws Exception {
        Path base = Path.of(getClass().getResource("/curriculum-fixtures/base").toURI());

        int code = run("experiment", "run", "--experiment", "robot-gang", "--curriculum", base.toString(),
                "--workspace", base.resolve("experiments/robot-gang/solution.json").toString());

        assertThat(code).isZero();
        assertThat(json().path("passed").asBoolean()).isTrue();
    }

    // ---- unusable input: a Danish message on standard error, nothing on standard output, exit 2

    @Test
    void missingFile() {
        assertThat(run("experiment", "run", "--workspace", temp.resolve("findes-ikke.json").toString())).isEqualTo(2);

        assertThat(err()).contains("findes-ikke.json findes ikke.");
        assertThat(out()).isEmpty();
    }

    @Test
    void malformedJson() throws IOException {
        Path broken = file("broken.json", "{\n  \"blocks\": {\n    \"languageVersion\": 0,\n    \"blocks\": [\n}\n");

        assertThat(run("experiment", "run", "--workspace", broken.toString())).isEqualTo(2);
        assertThat(err()).contains("er ikke gyldig JSON (linje 5)");
        assertThat(run("experiment", "run", "--experiment", "robot-labyrint", "--workspace", broken.toString()))
                .isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void jsonThatIsNotAWorkspace() throws IOException {
        Path list = file("list.json", "[1, 2, 3]");

        assertThat(run("experiment", "run", "--workspace", list.toString())).isEqualTo(2);
        assertThat(err()).contains("er ikke et Blockly-program");
    }

    @Test
    void unknownExperiment() {
        int code = run("experiment", "run", "--experiment", "robot-labyrinten", "--workspace",
                SAVED.resolve("robot-labyrint-solution.json").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("Eksperimentet 'robot-labyrinten' findes ikke. Kendte eksperimenter: ")
                .contains("robot-labyrint", "skildpadde-sekskant");
        assertThat(out()).isEmpty();
    }

    @Test
    void hugeFile() throws IOException {
        Path huge = temp.resolve("huge.json");
        Files.writeString(huge, "{\"x\": \"" + "a".repeat(2_100_000) + "\"}");

        assertThat(run("experiment", "run", "--workspace", huge.toString())).isEqualTo(2);
        assertThat(err()).contains("er for stor til at være et program");
    }

    @Test
    void wrongUsage() {
        assertThat(run("experiment")).isEqualTo(2);
        assertThat(err()).contains("Brug: java -jar opdag.jar experiment run");
        assertThat(run("experiment", "run")).isEqualTo(2);
        assertThat(err()).contains("Angiv programmet med --workspace FIL.json.");
        assertThat(run("experiment", "run", "--workspace")).isEqualTo(2);
        assertThat(err()).contains("Der mangler en værdi efter --workspace.");
        assertThat(run("experiment", "run", "--program", "x.json")).isEqualTo(2);
        assertThat(err()).contains("Ukendt tilvalg: --program.");
        assertThat(out()).isEmpty();
    }

    @Test
    void help() {
        assertThat(run("experiment", "--help")).isZero();
        assertThat(out()).contains("Afslutningskode");
        assertThat(CommandLine.handles(new String[] {"experiment", "run"})).isTrue();
    }
}
