package dk.opdag.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs every workspace of the conformance corpus through the console world and compares the printed lines with
 * what Blockly's generated JavaScript printed under Node ({@code tools/conformance/generate.mjs}). A final
 * {@code #error <Name>} line in the expected file means the JavaScript threw after printing the lines before it.
 */
class ConformanceTest {

    private static final String ERROR_MARK = "#error ";

    static Path corpus() throws URISyntaxException {
        return Path.of(ConformanceTest.class.getResource("/experiment/conformance").toURI());
    }

    static List<Path> workspaces() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void corpusHasAtLeastFortyWorkspacesEachWithExpectedOutput() throws Exception {
        List<Path> files = workspaces();
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        for (Path f : files) {
            assertThat(expectedFile(f)).as("expected output for %s", f.getFileName()).exists();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWorkspaceMatchesBlocklysJavaScript() throws Exception {
        ExperimentSpec spec = ExperimentSpec.of("console", JsonNodeFactory.instance.objectNode(), List.of());
        return workspaces().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String workspace = Files.readString(file, StandardCharsets.UTF_8);
            String expected = Files.readString(expectedFile(file), StandardCharsets.UTF_8);
            boolean expectError = false;
            int mark = expected.startsWith(ERROR_MARK) ? 0 : expected.lastIndexOf("\n" + ERROR_MARK) + 1;
            if (mark > 0 || expected.startsWith(ERROR_MARK)) {
                expectError = true;
                expected = expected.substring(0, mark);
            }
            RunResult result = Engine.run(spec, workspace);
            StringBuilder actual = new StringBuilder();
            result.output().forEach(line -> actual.append(line).append('\n'));
            if (!actual.toString().equals(expected)) {
                dumpActual(file, actual + result.error().map(e -> ERROR_MARK + e + "\n").orElse(""));
            }
            assertThat(actual.toString()).as("output of %s", file.getFileName()).isEqualTo(expected);
            if (expectError) {
                assertThat(result.error()).as("error of %s", file.getFileName()).isPresent();
            } else {
                assertThat(result.error()).as("error of %s", file.getFileName()).isEmpty();
            }
        }));
    }

    /** Writes what the engine printed to target/conformance-actual/ so a mismatch can be diffed. */
    private static void dumpActual(Path workspace, String text) throws IOException {
        Path dir = Path.of("target", "conformance-actual");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(expectedFile(workspace).getFileName()), text, StandardCharsets.UTF_8);
    }

    private static Path expectedFile(Path workspace) {
        String name = workspace.getFileName().toString();
        return workspace.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected.txt");
    }
}
