package dk.opdag.bench;

import dk.opdag.materials.MaterialService;
import dk.opdag.materials.MaterialsWorld;
import dk.opdag.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server's heap while a teacher uploads a 50 MB PDF (pages of photo-like noise, which do not compress) into
 * PostgreSQL: the stream goes to a temporary file, the child process reads it, the bytes go to the database in
 * 1 MiB chunks. The fork runs with only 192 MB of heap to show the upload never has to fit in memory; the highest
 * used heap seen (sampled every 5 ms) is printed after each upload. Only the first round reads and stores the file;
 * the later rounds are colleagues uploading the same content, which is found by its hash and not stored again.
 * Run: tools/bench/run.sh UploadHeapBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx192m"})
public class UploadHeapBenchmark {

    private Path dir;
    private Path pdf;
    private MaterialsWorld world;
    private int round;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("opdag-bench-upload");
        pdf = noisePdf(dir.resolve("fotos.pdf"), 50L * 1024 * 1024);
        System.out.printf("%nUpload: %.1f MB%n", Files.size(pdf) / 1024.0 / 1024.0);
        world = new MaterialsWorld(TestDatabase.POSTGRES, 100);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Pages with one 1000×1000 image of random pixels each, until the file passes {@code bytes}. */
    static Path noisePdf(Path target, long bytes) throws IOException {
        java.util.Random random = new java.util.Random(1);
        try (PDDocument doc = new PDDocument()) {
            long estimate = 0;
            java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(1000, 1000,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            while (estimate < bytes) {
                for (int y = 0; y < 1000; y++) {
                    for (int x = 0; x < 1000; x++) {
                        noise.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, noise);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 20, 200, 550, 550);
                }
                estimate += 3_000_000;
            }
            doc.save(target.toFile());
        }
        return target;
    }

    @Benchmark
    public long upload() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        MaterialService.Uploaded stored;
        // A different teacher each round, so every round stores (the same teacher would get "already had").
        var who = switch (round++ % 3) {
            case 0 -> world.bo;
            case 1 -> world.birgit;
            default -> world.leader;
        };
        try (InputStream in = Files.newInputStream(pdf)) {
            stored = world.materials.upload(who, in, "fotos.pdf");
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        System.out.printf("%nheap before %d MB, peak %d MB (+%d MB), stored %d bytes%n", before >> 20, peak.get() >> 20,
                (peak.get() - before) >> 20, stored.file().byteSize());
        return stored.file().id();
    }
}
