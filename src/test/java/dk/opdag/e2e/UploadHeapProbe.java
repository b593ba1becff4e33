package dk.opdag.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Heap of the packaged app while a raw 50 MB body is posted to the class-list upload target (as the probe of issue
 * 11 did), once with its length declared and once chunked. Samples {@code jstat -gc} every 50 ms; prints the heap
 * in use before and the highest value during each post, and the HTTP status.
 * Run: {@code tools/measure/upload-heap.sh [MB]}.
 */
final class UploadHeapProbe {

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path work = Files.createTempDirectory("opdag-upload-heap");
        try (AppProcess app = new AppProcess(Path.of("target", "opdag.jar"), work.resolve("data"),
                work.resolve("logs"), List.of());
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            app.start();
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(BrowserTestBase.chromium()).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(app.baseUrl()));
            Page page = context.newPage();
            page.navigate("/login");
            page.locator("vaadin-login-form input[name='username']").fill("anne");
            page.locator("vaadin-login-form input[name='password']").fill(BrowserTestBase.PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                    .first().click();
            page.waitForURL(url -> !url.contains("/login"));
            page.locator("a[href^='klasse/']").first().click();
            page.locator("vaadin-upload").waitFor();
            String target = (String) page.evaluate("() => document.querySelector('vaadin-upload').target");
            String cookies = context.cookies().stream().map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
            URI uri = URI.create(app.baseUrl() + "/").resolve(target);
            long pid = app.pid();
            HttpClient http = HttpClient.newHttpClient();
            for (boolean chunked : new boolean[] {false, true}) {
                System.gc();
                Thread.sleep(1000);
                long before = heapUsedKb(pid);
                AtomicLong peak = new AtomicLong(before);
                Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            peak.accumulateAndGet(heapUsedKb(pid), Math::max);
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception ignored) {
                            // the next sample
                        }
                    }
                });
                long size = megabytes * 1024L * 1024L;
                HttpRequest.BodyPublisher body = chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size))
                        : HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(size)), size);
                int status;
                long started = System.nanoTime();
                try {
                    status = http.send(HttpRequest.newBuilder(uri).header("Cookie", cookies)
                            .header("Content-Type", "text/csv").header("X-Filename", "klasse.csv")
                            .POST(body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException closed) {
                    status = -1; // the server closed the connection on a refused body
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                Thread.sleep(500);
                sampler.interrupt();
                System.out.printf("%d MB %s: HTTP %s after %d ms; heap in use %d MB before, at most %d MB during%n",
                        megabytes, chunked ? "chunked (no length)" : "with Content-Length",
                        status < 0 ? "connection closed" : Integer.toString(status), millis,
                        before / 1024, peak.get() / 1024);
            }
            browser.close();
        }
    }

    /** Heap in use (survivor, eden and old generation) as {@code jstat -gc} reports it, in KB. */
    private static long heapUsedKb(long pid) throws Exception {
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        Process p = new ProcessBuilder(jstat, "-gc", Long.toString(pid)).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String[] header = r.readLine().trim().split("\\s+");
            String[] values = r.readLine().trim().split("\\s+");
            double used = 0;
            for (int i = 0; i < header.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                    used += Double.parseDouble(values[i].replace(',', '.'));
                }
            }
            p.waitFor();
            return (long) used;
        }
    }

    /** {@code size} zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return '0';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '0');
            left -= n;
            return n;
        }
    }
}
