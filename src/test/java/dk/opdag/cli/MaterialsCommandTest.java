package dk.opdag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.materials.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code materials extract FILE}: JSON and exit 0 for a good file, the Danish reason and exit 2 for a refused one. */
class MaterialsCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentGivesJsonWithTypeTitlePagesLanguageTextAndTags() throws Exception {
        StringBuilder long_ = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            long_.append("I matematik tegner eleverne diagrammer over data fra klassen, og de regner procent. ");
        }
        Path pdf = TestFiles.pdf(dir, "data.pdf", "Data i 6. klasse", "Bo", 2, "Diagrammer og procent i matematik");
        assertThat(run("materials", "extract", pdf.toString())).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("type").asString()).isEqualTo("application/pdf");
        assertThat(json.get("title").asString()).isEqualTo("Data i 6. klasse");
        assertThat(json.get("pages").asInt()).isEqualTo(2);
        assertThat(json.get("chars").asInt()).isPositive();
        assertThat(json.get("text").asString()).contains("Diagrammer og procent");
        assertThat(json.has("language")).isTrue();
        assertThat(json.get("tags").get("subjects").toString()).contains("matematik");

        out.reset();
        Path txt = TestFiles.text(dir, "lang.txt", long_.toString());
        assertThat(run("materials", "extract", txt.toString())).isZero();
        JsonNode text = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(text.get("text").asString()).hasSize(MaterialsCommand.TEXT_CHARS);
        assertThat(text.get("chars").asInt()).isGreaterThan(MaterialsCommand.TEXT_CHARS);
        assertThat(text.get("language").asString()).isEqualTo("da");
    }

    @Test
    void aRefusedFileExitsTwoWithTheDanishReason() throws Exception {
        Path program = TestFiles.executable(dir, "opgaver.pdf");
        assertThat(run("materials", "extract", program.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("„opgaver.pdf“ er et program og ikke et dokument, uanset hvad filnavnet siger. "
                        + "Programmer kan ikke lægges ind.");
        err.reset();
        assertThat(run("materials", "extract", dir.resolve("findes-ikke.docx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("findes ikke");
    }
}
