package dk.opdag.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code target/opdag.jar}) as a child process on one data folder with the embedded H2 database,
 * as a school runs it: started, killed with SIGKILL (no shutdown hook, no chance to flush anything) and started
 * again on the same folder.
 */
final class AppProcess implements AutoCloseable {

    private final Path jar;
    private final Path dataDir;
    private final Path logDir;
    private final List<String> extraArgs;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    private int starts;

    AppProcess(Path jar, Path dataDir, Path logDir, List<String> extraArgs) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -B package -DskipTests first");
        }
        this.jar = jar;
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.extraArgs = List.copyOf(extraArgs);
        this.port = freePort();
        Files.createDirectories(dataDir);
        Files.createDirectories(logDir);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the app (the demo school is made on the first start only) and waits until it is ready. */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        Path log = logDir.resolve("app-" + starts + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString(), "--demo", "--server.port=" + port, "--opdag.data-dir=" + dataDir,
                "--vaadin.productionMode=true", "--vaadin.launch-browser=false"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(log);
    }

    /** SIGKILL, the way a crash or an out-of-memory killer ends the process; returns when it is gone. */
    void killNine() throws IOException, InterruptedException {
        long pid = process.pid();
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            process.destroyForcibly(); // also SIGKILL on Linux
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the app did not die after SIGKILL");
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app did not get ready in time; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
