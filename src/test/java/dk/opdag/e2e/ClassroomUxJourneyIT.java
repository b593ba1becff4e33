package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lesson as pupils and teachers live it (issue 14, items 1–7), on a laptop (1366×900), a tablet (1024×768) and a
 * phone (390×844). Pupils of 5.B that no other journey uses (Anton, Frederik, Ellen, Johan, Maja), so the shared
 * demo database stays predictable for every journey.
 */
class ClassroomUxJourneyIT extends BrowserTestBase {

    private static final String HEXAGON = "skildpadde-sekskant";

    @Autowired
    ClassRepository classes;
    @Autowired
    AssignmentRepository assignments;

    private long fiveB() {
        return classes.findByCode("DEMO5B").orElseThrow().id();
    }

    private Assignment turtle() {
        return assignments.ofClass(fiveB()).stream().filter(a -> a.experimentIds().contains(HEXAGON))
                .findFirst().orElseThrow();
    }

    private PupilRow pupil(String name) {
        return classes.pupils(fiveB()).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Page pupilPage(BrowserContext ctx, PupilRow pupil) {
        Page p = ctx.newPage();
        p.navigate("/elev");
        p.getByLabel("Klassekode").fill("DEMO5B");
        p.getByText("Videre").click();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(pupil.name()).setExact(true)).click();
        p.getByLabel("Din hemmelige kode").fill(pupil.loginCode().replace('-', ' '));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        p.waitForURL(url -> url.contains("mine-opgaver"));
        return p;
    }

    private static Locator runButton(Page p) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kør").setExact(true));
    }

    private static boolean inViewport(Page p, Locator l) {
        BoundingBox box = l.boundingBox();
        Object height = p.evaluate("() => window.innerHeight");
        Object width = p.evaluate("() => window.innerWidth");
        return box != null && box.y >= 0 && box.y + Math.min(box.height, 40) <= ((Number) height).doubleValue()
                && box.x >= 0 && box.x + Math.min(box.width, 40) <= ((Number) width).doubleValue();
    }

    /** Item 1: the teacher's hint reaches the open experiment without reload, above the work, and "Mine opgaver". */
    @Test
    void aTeachersHintReachesThePupilLiveAboveTheWorkAndOnMineOpgaver() {
        PupilRow anton = pupil("Anton");
        BrowserContext pupilContext = newContext();
        try {
            Page pupil = pupilPage(pupilContext, anton);
            pupil.navigate("/eksperiment/" + HEXAGON);
            pupil.locator("opdag-blockly").waitFor();
            runButton(pupil).waitFor();
            pupil.evaluate("() => window.__sameDocument = true");

            signIn("bo", PASSWORD);
            open("opgave/" + turtle().id() + "/elev/" + anton.id() + "/" + HEXAGON);
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Kommentar eller hint"))
                    .fill("Prøv at tælle, hvor mange gange skildpadden drejer.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send til eleven")).click();

            Locator note = pupil.locator(".opdag-lab-note").filter(new Locator.FilterOptions()
                    .setHasText("Prøv at tælle, hvor mange gange skildpadden drejer."));
            assertThat(note).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5000));
            assertThat(pupil.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
            // Where the pupil looks: above the blocks, not below the hint ladder.
            assertThat(note.boundingBox().y).isLessThan(pupil.locator("opdag-blockly").boundingBox().y);
            assertThat(inViewport(pupil, note)).isTrue();

            pupil.navigate("/mine-opgaver");
            Locator marker = pupil.locator(".opdag-task-hint");
            assertThat(marker.first()).isVisible();
            assertThat(marker.first()).containsText("tip fra din lærer");
            assertAccessibleOn(pupil, "Mine opgaver med hint");
        } finally {
            pupilContext.close();
        }
    }

    private void assertAccessibleOn(Page other, String where) {
        Page mine = page;
        page = other;
        try {
            assertAccessible(where);
        } finally {
            page = mine;
        }
    }

    /** Item 2: reflection text is autosaved (no "Gem" needed), survives a reload; a starter leaves no "…". */
    @Test
    void reflectionTextIsAutosavedAndAStarterLeavesNoEllipsis() {
        PupilRow frederik = pupil("Frederik");
        page.close();
        page = pupilPage(context, frederik);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Refleksion"))).click();
        Locator first = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1"));
        first.fill("Jeg talte hjørnerne og drejede 60 grader.");
        assertThat(page.locator(".opdag-reflection-save").first()).containsText("Gemt",
                new LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        page.reload();
        first = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1"));
        assertThat(first).hasValue("Jeg talte hjørnerne og drejede 60 grader.");
        assertAccessible("refleksion med autosave");
    }

    /** Item 2, grades 0.–3.: starters are offered; picking one leaves no "…" in the answer. */
    @Test
    void aSentenceStarterLeavesNoEllipsisInTheAnswer() {
        long twoA = classes.findByCode("DEMO2A").orElseThrow().id();
        Assignment bus = assignments.ofClass(twoA).stream()
                .filter(a -> !a.removed()).findFirst().orElseThrow();
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        open("refleksion/" + bus.id());
        Locator starters = page.locator(".opdag-starters").first();
        starters.waitFor();
        starters.locator("vaadin-radio-button").first().click();
        Locator answer = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1"));
        assertThat(answer).not().hasValue(Pattern.compile("…|\\.\\.\\."));
        assertThat(answer).not().hasValue("");
    }

    /** Item 3: "Godt gået!"/"Ikke helt endnu" is seen next to Kør, on a laptop, a tablet and a phone. */
    @Test
    void runFeedbackIsInViewOnEverySize() {
        PupilRow ellen = pupil("Ellen");
        page.close();
        page = pupilPage(context, ellen);
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {1024, 768}, new int[] {390, 844})) {
            page.setViewportSize(size[0], size[1]);
            page.navigate("/eksperiment/" + HEXAGON);
            page.locator("opdag-blockly").waitFor();
            runButton(page).scrollIntoViewIfNeeded();
            runButton(page).click();
            Locator verdict = page.locator(".opdag-lab-verdict");
            assertThat(verdict).containsText(Pattern.compile("Ikke helt endnu|Godt gået!|Perfekt!"),
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(inViewport(page, verdict)).as("verdict in view at " + size[0] + "×" + size[1]).isTrue();
        }
    }

    /** Item 4: the grid sorts "stuck first", marks the pupils who got a hint, and the legend explains every mark. */
    @Test
    void theGridSortsStuckFirstMarksHintsAndExplainsEveryMark() {
        signIn("bo", PASSWORD);
        open("opgave/" + turtle().id() + "/overblik");
        Locator legend = page.locator(".opdag-legend");
        assertThat(legend).containsText("Sidder fast");
        assertThat(legend).containsText("fejlede kørsler");
        assertThat(legend).containsText("hint");
        page.getByLabel("Sortér").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Sidder fast først")).click();
        Locator firstCell = page.locator("vaadin-grid-cell-content button.opdag-cell").first();
        assertThat(firstCell).hasClass(Pattern.compile("opdag-cell-stuck"));
        assertThat(page.locator("button.opdag-cell .opdag-cell-hint").first()).isAttached();
        assertAccessible("overblik sorteret");
    }

    /** Item 6: a wheel over the blocks scrolls the page on a phone; on a tablet the menu is closed, nothing cut off. */
    @Test
    void theBlocksDoNotTrapScrollingAndTheTabletShowsTheWholeProgram() {
        PupilRow johan = pupil("Johan");
        page.close();
        page = pupilPage(context, johan);
        page.setViewportSize(390, 844);
        page.navigate("/eksperiment/" + HEXAGON);
        Locator blockly = page.locator("opdag-blockly");
        blockly.waitFor();
        blockly.scrollIntoViewIfNeeded();
        page.waitForTimeout(500);
        // Whatever element scrolls the page, the blocks move up on the screen when it scrolls.
        BoundingBox box = blockly.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
        page.mouse().wheel(0, 300);
        page.waitForTimeout(500);
        double moved = box.y - blockly.boundingBox().y;
        assertThat(moved).as("the page scrolled under the wheel").isGreaterThan(50);
        assertThat(page.locator(".opdag-lab-scroll-strip")).isVisible();

        page.setViewportSize(1024, 768);
        page.navigate("/eksperiment/" + HEXAGON);
        blockly.waitFor();
        assertThat(page.locator("vaadin-app-layout")).hasAttribute("overlay", "");
        assertThat(page.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");
        double right = blockly.boundingBox().x + blockly.boundingBox().width;
        assertThat(right).isLessThanOrEqualTo(1024);
        Locator world = page.locator("opdag-world");
        assertThat(world.boundingBox().x + world.boundingBox().width).isLessThanOrEqualTo(1024);
    }

    /** Item 6: the greenhouse chart's text is at least 12 px on a phone, and light and moisture never go below 0. */
    @Test
    void theGreenhouseChartIsReadableAndItsAxesNeverNegative() {
        signIn("bo", PASSWORD);
        page.setViewportSize(390, 844);
        open("eksperiment/drivhus-vindue");
        page.locator("opdag-world").waitFor();
        page.waitForFunction("() => document.querySelector('opdag-world')?.shadowRoot"
                + "?.querySelector('svg.greenhouse text') != null");
        Object smallest = page.evaluate("() => Math.min(...[...document.querySelector('opdag-world').shadowRoot"
                + ".querySelectorAll('svg.greenhouse text')].map(t => t.getScreenCTM().a"
                + " * parseFloat(t.getAttribute('font-size'))))");
        assertThat(((Number) smallest).doubleValue()).as("smallest chart text in px").isGreaterThanOrEqualTo(12);
        Object axes = page.evaluate("() => [...document.querySelector('opdag-world').shadowRoot"
                + ".querySelectorAll('svg.greenhouse g.chart')].slice(1).flatMap(g => [...g.querySelectorAll('text')]"
                + ".map(t => t.textContent))");
        assertThat((List<?>) axes).isNotEmpty().noneMatch(t -> String.valueOf(t).matches("^[-−].*"));
        assertAccessible("drivhus på telefon");
    }

    /** Item 7: "Giv til klasse" from the activity page; the activity field is not red after giving. */
    @Test
    void aTeacherGivesAnActivityToAClassFromItsPage() {
        signIn("carla", PASSWORD);
        open("aktivitet/hvad-siger-klimadata");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giv til klasse")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("8\\.C"))).click();
        Locator activity = page.locator("vaadin-combo-box").first();
        assertThat(activity.locator("input")).hasValue(Pattern.compile("Hvad siger klimadata"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giv opgaven")).click();
        assertThat(page.getByText(Pattern.compile("Klassen har fået opgaven"))).isVisible();
        assertThat(activity).not().hasAttribute("invalid", "");
        assertAccessible("opgaver efter giv til klasse");
    }
}
