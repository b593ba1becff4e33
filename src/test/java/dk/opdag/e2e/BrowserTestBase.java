package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Starts the whole app (production-mode frontend, demo school, in-memory H2) on a random port and drives it with
 * Debian's Chromium through Playwright. Never downloads a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:opdag-e2e;DB_CLOSE_DELAY=-1",
        "opdag.demo=true",
        "vaadin.productionMode=true"})
abstract class BrowserTestBase {

    static final String PASSWORD = "opdag-demo-1";
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        // As long as an action may take (below): on a loaded CI machine a save that runs the catalogue's validator
        // can take more than Playwright's 5 s. A passing assertion returns as soon as it holds, so this adds no wait.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    BrowserContext newContext() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        c.setDefaultTimeout(15_000);
        return c;
    }

    void open(String path) {
        page.navigate("/" + path);
        page.waitForLoadState();
    }

    void loginStaff(String username, String password) {
        open("login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first().click();
    }

    /** Logs a staff member in and waits until the browser has left the login page (their landing page). */
    void signIn(String username, String password) {
        loginStaff(username, password);
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState();
    }

    void loginPupil(String classCode, String name, String... pictures) {
        open("elev");
        page.getByLabel("Klassekode").fill(classCode);
        page.getByText("Videre").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        for (String picture : pictures) {
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(picture).setExact(true)).click();
        }
    }

    void expectHeading(String text) {
        assertThat(page.locator("h1")).hasText(text);
    }

    /**
     * The page's address once it matches: Vaadin updates the heading before the browser's history, so reading
     * page.url() right after a heading appears can still give the address the user came from.
     */
    String addressMatching(String regex) {
        assertThat(page).hasURL(java.util.regex.Pattern.compile(regex));
        return page.url();
    }

    /** axe-core on the current page: no serious or critical WCAG 2.1 A/AA violations. */
    void assertAccessible(String where) {
        page.waitForTimeout(300);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        org.assertj.core.api.Assertions.assertThat(bad).as(where + ": " + bad.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /** Debian's chromium, wherever the PATH has it. */
    static Path chromium() {
        String override = System.getenv("OPDAG_CHROMIUM");
        if (override != null) {
            return Paths.get(override);
        }
        return Stream.of(System.getenv("PATH").split(":"))
                .map(dir -> Paths.get(dir, "chromium"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("chromium is not on the PATH: apt-get install chromium"));
    }
}
