package dk.opdag.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kill -9 right after the app told the pupil that the work is stored, then start again on the same data folder and
 * look for the work, through the same pages and the same server paths a pupil uses:
 * <ul>
 *   <li>{@link Kind#AUTOSAVE}: a block added in the Blockly editor; acknowledged when the editor has the server's
 *   "stored" mark for the change and the status says "Gemt".</li>
 *   <li>{@link Kind#RUN}: a block added and Kør pressed at once (the run saves the program and stores the run);
 *   acknowledged when the run list is refreshed. Found when the program is back and the teacher's grid counts one
 *   run more.</li>
 *   <li>{@link Kind#REFLECTION}: an answer saved with "Gem svar"; acknowledged by "Dit svar er gemt.".</li>
 * </ul>
 * Used by {@code KillNineIT} (a few rounds in the suite) and by {@code tools/crash/kill-nine.sh} (20+ rounds).
 */
final class KillNineRounds implements AutoCloseable {

    enum Kind { AUTOSAVE, RUN, REFLECTION }

    /** One round: was the acknowledged work there after the restart, and how soon after the ack the kill came. */
    record Outcome(Kind kind, int round, boolean found, long ackToKillMillis, String detail) {
    }

    static final String EXPERIMENT = "skildpadde-sekskant";
    private static final Pattern RUNS = Pattern.compile("(ingen|\\d+) (kørsel|kørsler)\\b");

    private final AppProcess app;
    private final Playwright playwright;
    private final Browser browser;
    private final SecureRandom random = new SecureRandom();
    private int rounds;

    KillNineRounds(Path jar, Path workDir) throws Exception {
        app = new AppProcess(jar, workDir.resolve("data"), workDir.resolve("logs"), List.of());
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserTestBase.chromium()).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        app.start();
    }

    /** Saves, kills right after the acknowledgement, restarts on the same folder and looks for the save. */
    Outcome round(Kind kind) throws Exception {
        int round = ++rounds;
        return switch (kind) {
            case AUTOSAVE -> autosave(round);
            case RUN -> run(round);
            case REFLECTION -> reflection(round);
        };
    }

    private Outcome autosave(int round) throws Exception {
        int marker = marker();
        long ackToKill;
        try (BrowserContext pupil = context()) {
            Page page = pupilOnExperiment(pupil);
            addMarkerBlock(page, marker);
            page.waitForFunction("() => { const e = document.querySelector('opdag-blockly');"
                    + " const s = document.querySelector('.opdag-lab-save');"
                    + " return e._seq > 0 && e._savedSeq === e._seq && s && s.textContent.startsWith('Gemt'); }",
                    null, new Page.WaitForFunctionOptions().setPollingInterval(5));
            ackToKill = killAndRestart();
        }
        return new Outcome(Kind.AUTOSAVE, round, workspaceHas(marker), ackToKill, "block " + marker);
    }

    private Outcome run(int round) throws Exception {
        int runsBefore = astasRuns();
        int marker = marker();
        long ackToKill;
        try (BrowserContext pupil = context()) {
            Page page = pupilOnExperiment(pupil);
            page.getByText("Dine kørsler").click(); // the list of runs is built when it is opened
            page.locator(".opdag-lab-runs").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.evaluate("() => { window.__runsShown = false; new MutationObserver(() => window.__runsShown = true)"
                    + ".observe(document.querySelector('.opdag-lab-runs'), { childList: true }); }");
            addMarkerBlock(page, marker);
            // Kør at once: the editor sends the waiting change first, then the run saves and stores itself.
            page.locator("[data-opdag-run]").click();
            page.waitForFunction("() => { const e = document.querySelector('opdag-blockly');"
                    + " return window.__runsShown === true && e._savedSeq === e._seq; }",
                    null, new Page.WaitForFunctionOptions().setPollingInterval(5));
            ackToKill = killAndRestart();
        }
        int runsAfter = astasRuns();
        boolean program = workspaceHas(marker);
        return new Outcome(Kind.RUN, round, program && runsAfter == runsBefore + 1, ackToKill,
                "runs " + runsBefore + " -> " + runsAfter + ", program " + (program ? "kept" : "LOST"));
    }

    private Outcome reflection(int round) throws Exception {
        String text = "Svar fra runde " + round + " (" + Integer.toString(marker(), 36) + ")";
        String address;
        long ackToKill;
        try (BrowserContext pupil = context()) {
            Page page = pupil.newPage();
            signInAsta(page);
            Locator link = page.locator("a[href*='refleksion/']").first();
            address = link.getAttribute("href");
            page.navigate("/" + address);
            Locator answer = page.getByRole(AriaRole.TEXTBOX,
                    new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1"));
            answer.fill(text);
            answer.blur();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem dit svar på spørgsmål 1"))
                    .click();
            page.getByText("Dit svar er gemt.").waitFor();
            ackToKill = killAndRestart();
        }
        try (BrowserContext pupil = context()) {
            Page page = pupil.newPage();
            signInAsta(page);
            page.navigate("/" + address);
            String stored = page.getByRole(AriaRole.TEXTBOX,
                    new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1")).inputValue();
            return new Outcome(Kind.REFLECTION, round, text.equals(stored), ackToKill, "answer \"" + text + "\"");
        }
    }

    /** SIGKILL as soon as the page showed the acknowledgement, then a fresh start on the same data folder. */
    private long killAndRestart() throws Exception {
        long acked = System.nanoTime();
        app.killNine();
        long killed = System.nanoTime();
        app.start();
        return (killed - acked) / 1_000_000;
    }

    private boolean workspaceHas(int marker) {
        try (BrowserContext pupil = context()) {
            Page page = pupilOnExperiment(pupil);
            String json = (String) page.evaluate("() => document.querySelector('opdag-blockly').workspaceJson()");
            return json.contains("\"NUM\":" + marker);
        }
    }

    /** How many runs the teacher's live grid counts for Asta on the hexagon. */
    private int astasRuns() {
        try (BrowserContext teacher = context()) {
            Page page = teacher.newPage();
            page.navigate("/login");
            page.locator("vaadin-login-form input[name='username']").fill("bo");
            page.locator("vaadin-login-form input[name='password']").fill(BrowserTestBase.PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                    .first().click();
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate("/opgaver");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skildpadden tegner figurer")).click();
            Locator asta = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Asta, Tegn en sekskant: ")));
            String label = asta.getAttribute("aria-label");
            Matcher m = RUNS.matcher(label);
            if (!m.find()) {
                throw new IllegalStateException("no run count in " + label);
            }
            return "ingen".equals(m.group(1)) ? 0 : Integer.parseInt(m.group(1));
        }
    }

    private Page pupilOnExperiment(BrowserContext context) {
        Page page = context.newPage();
        signInAsta(page);
        page.navigate("/eksperiment/" + EXPERIMENT);
        page.locator("opdag-blockly").waitFor();
        page.waitForFunction("() => document.querySelector('opdag-blockly')?.ready === true");
        return page;
    }

    /** A number block with a value no earlier round used, added through Blockly as a drop from the toolbox is. */
    private static void addMarkerBlock(Page page, int marker) {
        page.evaluate("n => { const ws = document.querySelector('opdag-blockly')._ws;"
                + " const b = ws.newBlock('math_number'); b.setFieldValue(n, 'NUM'); b.initSvg(); b.render();"
                + " b.moveBy(400, 40 + Math.random() * 200); }", marker);
    }

    private static void signInAsta(Page page) {
        page.navigate("/elev");
        page.getByLabel("Klassekode").fill("DEMO5B");
        page.getByText("Videre").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Asta").setExact(true)).click();
        page.getByLabel("Din hemmelige kode").fill("kage tog 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL(url -> url.contains("mine-opgaver"));
    }

    private BrowserContext context() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setBaseURL(app.baseUrl()));
        c.setDefaultTimeout(30_000);
        return c;
    }

    private int marker() {
        return 100_000 + random.nextInt(900_000);
    }

    @Override
    public void close() throws Exception {
        browser.close();
        playwright.close();
        app.close();
    }

    /**
     * {@code tools/crash/kill-nine.sh [autosaves] [runs] [reflections]}: rounds of each kind (default 20, 5, 5);
     * prints one line per round and the count of acknowledged saves lost. Exit code 1 when any was lost.
     */
    public static void main(String[] args) throws Exception {
        int autosaves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int reflections = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Files.createTempDirectory("opdag-kill-nine");
        System.out.println("data and logs: " + work);
        List<Outcome> outcomes = new ArrayList<>();
        try (KillNineRounds rounds = new KillNineRounds(Path.of("target", "opdag.jar"), work)) {
            List<Kind> plan = new ArrayList<>();
            for (int i = 0; i < Math.max(autosaves, Math.max(runs, reflections)); i++) {
                if (i < autosaves) {
                    plan.add(Kind.AUTOSAVE);
                }
                if (i < runs) {
                    plan.add(Kind.RUN);
                }
                if (i < reflections) {
                    plan.add(Kind.REFLECTION);
                }
            }
            for (Kind kind : plan) {
                Outcome o = rounds.round(kind);
                outcomes.add(o);
                System.out.printf("round %2d %-10s %s  (SIGKILL %d ms after the ack; %s)%n", o.round(), o.kind(),
                        o.found() ? "found" : "LOST ", o.ackToKillMillis(), o.detail());
            }
        }
        for (Kind kind : Kind.values()) {
            long total = outcomes.stream().filter(o -> o.kind() == kind).count();
            long lost = outcomes.stream().filter(o -> o.kind() == kind && !o.found()).count();
            System.out.printf("%-10s %d rounds, %d acknowledged saves lost%n", kind, total, lost);
        }
        long lost = outcomes.stream().filter(o -> !o.found()).count();
        System.out.printf("TOTAL      %d rounds, %d lost%n", outcomes.size(), lost);
        System.exit(lost == 0 ? 0 : 1);
    }
}
