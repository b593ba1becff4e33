package dk.opdag.materials.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.materials.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files through the real child process: what Tika reads from good files, and how each bad input of the issue
 * ends (refused with a reason, in time, with the server's JVM untouched).
 */
class SandboxedExtractorTest {

    @TempDir
    Path dir;

    private final SandboxedExtractor extractor = new SandboxedExtractor(ExtractionLimits.DEFAULT, 2);

    private Extraction extract(Path file) throws ExtractionRefused {
        return extractor.extract(file, file.getFileName().toString(), dir.resolve("work-" + file.getFileName()));
    }

    private Refusal refusal(SandboxedExtractor sandbox, Path file) {
        try {
            sandbox.extract(file, file.getFileName().toString(), dir.resolve("work-" + file.getFileName()));
        } catch (ExtractionRefused refused) {
            return refused.reason();
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void docxGivesTextTitleAuthorAndLanguage() throws Exception {
        Path docx = TestFiles.docx(dir, "robotter.docx", "Robotter i skolegården", "Anne Lærer",
                "Eleverne programmerer en robot, der skal finde vej gennem en labyrint i skolegården.",
                "Først tegner de labyrinten på papir, og derefter skriver de algoritmen trin for trin. "
                        + "Til sidst tester de programmet og retter fejlene sammen med deres makker.");
        Extraction e = extract(docx);
        assertThat(e.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(e.title()).isEqualTo("Robotter i skolegården");
        assertThat(e.author()).isEqualTo("Anne Lærer");
        assertThat(e.text()).contains("labyrint i skolegården").contains("algoritmen trin for trin");
        assertThat(e.language()).isEqualTo("da");
        assertThat(e.storedFile()).isEqualTo(docx);
        assertThat(e.preview()).isNull();
    }

    @Test
    void pdfGivesPagesAndAFirstPagePreview() throws Exception {
        Path pdf = TestFiles.pdf(dir, "kopiark.pdf", "Kopiark om data", "Bo", 3, "Tabel over klassens fritidsaktiviteter");
        Extraction e = extract(pdf);
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.pages()).isEqualTo(3);
        assertThat(e.title()).isEqualTo("Kopiark om data");
        assertThat(e.text()).contains("fritidsaktiviteter");
        assertThat(e.preview()).exists();
        assertThat(Files.readAllBytes(e.preview())).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void typeComesFromTheContentNotTheName() throws Exception {
        Path misnamed = TestFiles.text(dir, "noter.pdf", "Bare almindelig tekst om kodeord og sikkerhed.");
        assertThat(extract(misnamed).mediaType()).isEqualTo("text/plain");
    }

    @Test
    void photosLoseTheirGpsPositionBeforeTheyAreStored() throws Exception {
        Path photo = TestFiles.jpegWithGps(dir, "klassefoto.jpg");
        assertThat(((JpegImageMetadata) Imaging.getMetadata(photo.toFile())).getExif().getGpsInfo()).isNotNull();
        Extraction e = extract(photo);
        assertThat(e.mediaType()).isEqualTo("image/jpeg");
        assertThat(e.storedFile()).isNotEqualTo(photo);
        JpegImageMetadata cleaned = (JpegImageMetadata) Imaging.getMetadata(e.storedFile().toFile());
        assertThat(cleaned == null || cleaned.getExif() == null || cleaned.getExif().getGpsInfo() == null).isTrue();
        assertThat(Imaging.getImageInfo(e.storedFile().toFile()).getWidth()).isEqualTo(64);
    }

    @Test
    void anExecutableNamedPdfIsRefused() throws Exception {
        assertThat(refusal(extractor, TestFiles.executable(dir, "opgaver.pdf"))).isEqualTo(Refusal.EXECUTABLE);
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        assertThat(refusal(extractor, TestFiles.encryptedPdf(dir, "laast.pdf"))).isEqualTo(Refusal.ENCRYPTED);
    }

    @Test
    void aDamagedDocxIsRefused() throws Exception {
        assertThat(refusal(extractor, TestFiles.truncatedDocx(dir, "halv.docx"))).isEqualTo(Refusal.DAMAGED);
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        long start = System.nanoTime();
        assertThat(refusal(extractor, TestFiles.zipBombDocx(dir, "bombe.docx", 300)))
                .isIn(Refusal.ZIP_BOMB, Refusal.TOO_COMPLEX);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aPdfWithFiveThousandPagesIsRefusedBeforeItIsRead() throws Exception {
        assertThat(refusal(extractor, TestFiles.pdf(dir, "tyk.pdf", "Tyk", "Ukendt", 5_000, "Side 1")))
                .isEqualTo(Refusal.TOO_MANY_PAGES);
    }

    @Test
    void aParserThatHangsIsKilledAtTheDeadline() throws Exception {
        SandboxedExtractor quick = new SandboxedExtractor(
                new ExtractionLimits(Duration.ofSeconds(8), 256, 100_000, 1_000), 1);
        Path hanging = TestFiles.pdf(dir, "haenger.pdf", HangingPdfParser.MARKER, "Ukendt", 1, "Hænger");
        long start = System.nanoTime();
        assertThat(refusal(quick, hanging)).isEqualTo(Refusal.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));
        assertThat(ExtractionLimits.DEFAULT.timeout()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void insideTheAppJarTheChildStartsFromTheJarItself() {
        assertThat(SandboxedExtractor.appJar("jar:nested:/srv/opdag%20app/opdag.jar/!BOOT-INF/classes/!/"))
                .isEqualTo(Path.of("/srv/opdag app/opdag.jar"));
        assertThat(SandboxedExtractor.appJar("file:/work/target/classes/")).isNull();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThat(refusal(extractor, Files.write(dir.resolve("tom.docx"), new byte[0]))).isEqualTo(Refusal.EMPTY);
    }
}
