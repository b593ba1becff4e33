package dk.opdag.materials.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link ExtractionWorker} in a child JVM with a small heap and a deadline, so no file can hang or exhaust the
 * server: a parser that loops is killed at the deadline, a zip bomb or a huge image ends the child with an
 * out-of-memory exit, and the server only ever reads the child's small result. A child process rather than Tika's
 * limits in a thread because a Java thread cannot be stopped from outside and one thread's allocations cannot be
 * capped; the price is a JVM start (about a second) per upload, which is small beside a teacher's upload. At most
 * {@code parallel} children run at once; further uploads wait a little and are then asked to try again.
 * <p>
 * Inside the app jar the child starts through Spring Boot's {@code PropertiesLauncher} (which reads the nested jars);
 * in development and tests it reuses the parent's class path.
 */
public final class SandboxedExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxedExtractor.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExtractionLimits limits;
    private final Semaphore slots;

    public SandboxedExtractor(ExtractionLimits limits, int parallel) {
        this.limits = limits;
        this.slots = new Semaphore(parallel, true);
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * Reads {@code file} (an upload on disk) in a child process. Files the result names ({@link Extraction#storedFile},
     * {@link Extraction#preview}) live in {@code workDir}, which the caller deletes when done.
     *
     * @param fileName the name the teacher's computer gave the file, only for messages and damaged-document hints
     */
    public Extraction extract(Path file, String fileName, Path workDir) throws ExtractionRefused {
        try {
            if (!slots.tryAcquire(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ExtractionRefused(Refusal.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionRefused(Refusal.BUSY);
        }
        try {
            return runChild(file, fileName, workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            slots.release();
        }
    }

    private Extraction runChild(Path file, String fileName, Path workDir) throws IOException, ExtractionRefused {
        Files.createDirectories(workDir);
        List<String> command = command(file, fileName, workDir);
        Path log = workDir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done;
        try {
            done = child.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        if (!done) {
            killTree(child);
            throw new ExtractionRefused(Refusal.TIMEOUT, Long.toString(limits.timeout().toSeconds()));
        }
        Path result = workDir.resolve(ExtractionWorker.RESULT);
        if (child.exitValue() != 0 || !Files.exists(result)) {
            String tail = tail(log);
            LOG.info("Extraction child ended with {} for '{}': {}", child.exitValue(), fileName, tail);
            throw new ExtractionRefused(tail.contains("OutOfMemoryError") || child.exitValue() == 3
                    ? Refusal.TOO_COMPLEX : Refusal.FAILED);
        }
        Map<?, ?> json = JSON.readValue(result.toFile(), Map.class);
        if (!Boolean.TRUE.equals(json.get("ok"))) {
            List<?> args = (List<?>) json.get("args");
            throw new ExtractionRefused(Refusal.valueOf((String) json.get("refusal")),
                    args.stream().map(String::valueOf).toArray(String[]::new));
        }
        String text = Files.readString(workDir.resolve(ExtractionWorker.TEXT), StandardCharsets.UTF_8);
        Object pages = json.get("pages");
        String preview = (String) json.get("preview");
        return new Extraction((String) json.get("mediaType"), (String) json.get("title"), (String) json.get("author"),
                pages == null ? null : ((Number) pages).intValue(), (String) json.get("language"), text,
                Boolean.TRUE.equals(json.get("truncated")), Path.of((String) json.get("stored")),
                preview == null ? null : Path.of(preview));
    }

    private List<String> command(Path file, String fileName, Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + limits.heapMb() + "m");
        // Serial GC: one small heap, no GC threads to compete with the server. Full JIT rather than the quick-start
        // compiler alone: a 900-page PDF took 7.3 s instead of 10.7 s (ExtractionBenchmark, on a busy machine).
        command.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
                "-Dlogback.configurationFile=dk/opdag/materials/extract/worker-logback.xml"));
        Path jar = appJar();
        if (jar != null) {
            command.addAll(List.of("-cp", jar.toString(), "-Dloader.main=" + ExtractionWorker.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractionWorker.class.getName()));
        }
        command.addAll(List.of(file.toAbsolutePath().toString(), workDir.toAbsolutePath().toString(),
                fileName == null || fileName.isBlank() ? "fil" : fileName, Integer.toString(limits.maxChars()),
                Integer.toString(limits.maxPages())));
        return command;
    }

    /**
     * The Spring Boot jar this class is nested in, or null when it is loaded from a plain class path. Inside the jar
     * the location reads {@code jar:nested:/path/opdag.jar/!BOOT-INF/classes/!/}.
     */
    static Path appJar() {
        return appJar(ExtractionWorker.class.getProtectionDomain().getCodeSource().getLocation().toString());
    }

    static Path appJar(String location) {
        if (!location.startsWith("jar:nested:")) {
            return null;
        }
        String path = location.substring("jar:nested:".length());
        int end = path.indexOf("/!");
        if (end >= 0) {
            path = path.substring(0, end);
        }
        return Path.of(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void killTree(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        try {
            child.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            return text.length() > 2_000 ? text.substring(text.length() - 2_000) : text;
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Deletes a work folder and everything in it; quietly, it is only temporary files. */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file the OS will clear
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // same
        }
    }
}
