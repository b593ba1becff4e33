package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app instances, each a JVM of its own running the packaged jar, over one embedded PostgreSQL, as behind a load
 * balancer: a pupil runs an experiment on instance A and the teacher's grid served by instance B updates without
 * reload. (Separate processes, because two Vaadin + Spring Security apps in one JVM share Spring Security's static
 * context holder.)
 */
class TwoInstancesIT {

    private static EmbeddedPostgres postgres;
    private static final List<Process> apps = new ArrayList<>();
    private static Playwright playwright;
    private static Browser browser;
    private static int portA;
    private static int portB;

    @BeforeAll
    static void startDatabaseAndBothInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE opdag_two");
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/opdag_two";
        portA = freePort();
        apps.add(start("A", portA, url));
        awaitHealthy(portA, "A"); // A migrates and creates the demo school; B then finds both in place
        portB = freePort();
        apps.add(start("B", portB, url));
        awaitHealthy(portB, "B");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserTestBase.chromium()).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        for (Process p : apps) {
            p.destroy();
        }
        for (Process p : apps) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Process start(String name, int port, String jdbcUrl) throws IOException {
        Path jar = Path.of("target", "opdag.jar");
        Path log = Path.of("target", "two-instances-" + name + ".log");
        Path dataDir = Files.createTempDirectory("opdag-two-" + name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--demo",
                "--server.port=" + port, "--opdag.data-dir=" + dataDir,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--vaadin.productionMode=true", "--vaadin.launch-browser=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(int port, String name) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!apps.getLast().isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped; see target/two-instances-" + name
                        + ".log");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("instance " + name + " did not start in time");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static BrowserContext context(int port) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        c.setDefaultTimeout(20_000);
        return c;
    }

    @Test
    void aRunOnOneInstanceReachesTheDashboardServedByTheOther() {
        BrowserContext teacherContext = context(portB);
        BrowserContext pupilContext = context(portA);
        try {
            Page teacher = teacherContext.newPage();
            teacher.navigate("/login");
            teacher.locator("vaadin-login-form input[name='username']").fill("bo");
            teacher.locator("vaadin-login-form input[name='password']").fill(BrowserTestBase.PASSWORD);
            teacher.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                    .first().click();
            teacher.waitForURL(url -> !url.contains("/login"));
            teacher.navigate("/opgaver");
            teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skildpadden tegner figurer")).click();
            Locator asta = teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Asta, Tegn en sekskant: ")));
            assertThat(asta).hasAttribute("aria-label", Pattern.compile("ingen kørsler"));
            teacher.evaluate("() => window.__sameDocument = true");

            Page pupil = pupilContext.newPage();
            pupil.navigate("/elev");
            pupil.getByLabel("Klassekode").fill("DEMO5B");
            pupil.getByText("Videre").click();
            pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Asta").setExact(true)).click();
            pupil.getByLabel("Din hemmelige kode").fill("kage tog 7");
            pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
            pupil.waitForURL(url -> url.contains("mine-opgaver"));
            pupil.navigate("/eksperiment/skildpadde-sekskant");
            pupil.locator("opdag-blockly").waitFor();
            pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kør").setExact(true)).click();

            assertThat(asta).hasAttribute("aria-label", Pattern.compile("1 kørsel"),
                    new LocatorAssertions.HasAttributeOptions().setTimeout(2000));
            org.assertj.core.api.Assertions.assertThat(teacher.evaluate("() => window.__sameDocument === true"))
                    .isEqualTo(true);
        } finally {
            teacherContext.close();
            pupilContext.close();
        }
    }
}
