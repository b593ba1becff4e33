package dk.opdag.bench;

import dk.opdag.materials.TestFiles;
import dk.opdag.materials.extract.Extraction;
import dk.opdag.materials.extract.ExtractionLimits;
import dk.opdag.materials.extract.ExtractionRefused;
import dk.opdag.materials.extract.SandboxedExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction time for a text-heavy PDF (900 pages) and DOCX (40,000 paragraphs, about 6 MB of text), both as an upload is read (in the
 * bounded child process, JVM start included) and with Tika alone in a warm JVM. Throughput in MB/s = the file's size
 * (printed at set-up) divided by the time. Run: tools/bench/run.sh ExtractionBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class ExtractionBenchmark {

    @Param({"PDF", "DOCX"})
    public String type;

    private Path dir;
    private Path file;
    private final SandboxedExtractor extractor = new SandboxedExtractor(
            new ExtractionLimits(java.time.Duration.ofSeconds(120), 384, 20_000_000, 1_000), 1);

    /** Words drawn at random, so the files compress like real text and not like one line repeated. */
    private static final String[] WORDS = ("eleverne måler temperaturen i drivhuset hver time og skriver tallene "
            + "tabel så de kan tegne et diagram se hvornår lågen skal åbnes robotten programmet algoritmen løkke "
            + "variabel sortering labyrint kodeord sikkerhed privatliv billeder netværk pakker chatbot sprog ord "
            + "fortælling brev kommune borger samfund valg retfærdighed klima energi strøm lampe computer tablet "
            + "design bruger prototype interview fejl løsning gruppe makker lektion tavle spørgsmål svar 12 37 2026")
            .split(" ");
    private static final java.util.Random RANDOM = new java.util.Random(3);

    private static String line(int length) {
        StringBuilder line = new StringBuilder();
        while (line.length() < length) {
            line.append(WORDS[RANDOM.nextInt(WORDS.length)]).append(' ');
        }
        return line.toString();
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("opdag-bench-extract");
        file = "PDF".equals(type) ? pdf(dir.resolve("tekst.pdf"), 900) : docx(dir.resolve("tekst.docx"), 40_000);
        System.out.printf("%n%s: %.2f MB%n", file.getFileName(), Files.size(file) / 1024.0 / 1024.0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SandboxedExtractor.deleteQuietly(dir);
    }

    static Path pdf(Path target, int pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(11);
                    content.newLineAtOffset(40, 800);
                    for (int l = 0; l < 68; l++) {
                        content.showText(line(95));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(target.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
        return target;
    }

    static Path docx(Path target, int paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            for (int i = 0; i < paragraphs; i++) {
                doc.createParagraph().createRun().setText(line(150));
            }
            doc.write(out);
        }
        return target;
    }

    /** As an upload: child JVM start, detection, limits, text and metadata. */
    @Benchmark
    public Extraction asUpload() throws ExtractionRefused {
        Path work = dir.resolve("work-" + System.nanoTime());
        try {
            return extractor.extract(file, file.getFileName().toString(), work);
        } finally {
            SandboxedExtractor.deleteQuietly(work);
        }
    }

    /** Tika's parsing alone, in this (warm) JVM. */
    @Benchmark
    public int tikaOnly() throws Exception {
        BodyContentHandler handler = new BodyContentHandler(20_000_000);
        try (InputStream in = Files.newInputStream(file)) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString().length();
    }

    /** For the record: the test helper makes the same kinds of files. */
    static Class<?> helper() {
        return TestFiles.class;
    }
}
