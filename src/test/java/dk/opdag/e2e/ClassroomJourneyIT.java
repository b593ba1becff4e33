package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import dk.opdag.account.AuditLog;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.progress.PupilWorkService;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lesson with two browsers: a pupil runs an experiment while the teacher's grid is open; the teacher looks into
 * a pupil's work and leaves a hint the pupil then sees; another class's teacher is refused by the server. Pupils
 * are ones the demo left untouched (not README's), looked up with their codes through the repositories.
 */
class ClassroomJourneyIT extends BrowserTestBase {

    private static final String EXPERIMENT = "skildpadde-sekskant";

    @Autowired
    ClassRepository classes;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    AuditLog audit;

    private long fiveB;
    private Assignment turtle;

    @BeforeEach
    void findTheLesson() {
        fiveB = classes.findByCode("DEMO5B").orElseThrow().id();
        turtle = assignments.ofClass(fiveB).stream()
                .filter(a -> a.experimentIds().contains(EXPERIMENT)).findFirst().orElseThrow();
    }

    /** Waits until the client has finished showing the server's view: the page title comes last. */
    private void checkAccessible(String where) {
        page.waitForFunction("() => document.title.length > 0");
        assertAccessible(where);
    }

    private PupilRow pupil(String name) {
        return classes.pupils(fiveB).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** A pupil of 5.B (word codes) signed in on a page of its own browser context. */
    private Page pupilPage(BrowserContext ctx, PupilRow pupil) {
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

    private Locator cell(Page p, String pupilName) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + pupilName + ", Tegn en sekskant: ")));
    }

    private void runOnce(Page pupil) {
        pupil.navigate("/eksperiment/" + EXPERIMENT);
        Locator run = pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kør").setExact(true));
        run.waitFor();
        pupil.locator("opdag-blockly").waitFor();
        run.click();
    }

    @Test
    void aPupilRunsAndTheTeachersOpenGridChangesWithinTwoSecondsWithoutReload() {
        PupilRow sara = pupil("Sara");
        signIn("bo", PASSWORD);
        open("opgave/" + turtle.id() + "/overblik");
        assertThat(cell(page, "Sara")).hasAttribute("aria-label", Pattern.compile("Ikke startet, .*ingen kørsler"));
        page.evaluate("() => window.__sameDocument = true");

        BrowserContext pupilContext = newContext();
        try {
            Page pupilTab = pupilPage(pupilContext, sara);
            assertThat(pupilTab.getByText("Skildpadden tegner figurer")).isVisible();
            runOnce(pupilTab);
            assertThat(cell(page, "Sara")).hasAttribute("aria-label", Pattern.compile("1 kørsel"),
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(2000));
            assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
            // The counts of the column follow the cells.
            assertThat(page.locator(".opdag-counts").first()).not().hasText(Pattern.compile("^$"));
        } finally {
            pupilContext.close();
        }
        checkAccessible("live-overblik");
    }

    @Test
    void theTeacherLooksIntoAPupilsWorkReadOnlyAndLeavesAHintThePupilSees() {
        PupilRow vigga = pupil("Vigga");
        BrowserContext pupilContext = newContext();
        try {
            Page pupilTab = pupilPage(pupilContext, vigga);
            runOnce(pupilTab);
            pupilTab.getByText("Dine kørsler").waitFor();
            pupilTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis et tip (1 af 3)")).click();
            assertThat(pupilTab.locator(".opdag-lab-hints li")).hasCount(1);

            signIn("bo", PASSWORD);
            int looksBefore = audit.count(PupilWorkService.AUDIT_OPEN, vigga.id());
            open("opgave/" + turtle.id() + "/overblik");
            cell(page, "Vigga").click();
            expectHeading("Vigga · Tegn en sekskant");
            Locator editor = page.locator("opdag-blockly");
            editor.waitFor();
            assertThat(editor.evaluate("e => e.readonly")).isEqualTo(true);
            assertThat(page.getByText("Kørsler (1)")).isVisible();
            assertThat(page.getByText("Eleven har set 1 af opgavens 3 tip.")).isVisible();
            assertThat(audit.count(PupilWorkService.AUDIT_OPEN, vigga.id())).isEqualTo(looksBefore + 1);
            checkAccessible("elevens arbejde");

            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Kommentar eller hint"))
                    .fill("Tæl hjørnerne: en sekskant har 6. <b>Drej 60 grader</b>");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send til eleven")).click();
            assertThat(page.getByText("Vigga kan nu se det ved eksperimentet.")).isVisible();

            pupilTab.navigate("/eksperiment/" + EXPERIMENT);
            Locator note = pupilTab.locator(".opdag-lab-note").first();
            note.waitFor();
            assertThat(note).containsText("Tæl hjørnerne: en sekskant har 6. <b>Drej 60 grader</b>");
            assertThat(note.locator("b")).hasCount(0);
            // The tip she revealed before is still shown after the page was loaded again.
            assertThat(pupilTab.locator(".opdag-lab-hints li")).hasCount(1);
            assertThat(pupilTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Vis et tip (2 af 3)"))).isVisible();
        } finally {
            pupilContext.close();
        }
    }

    @Test
    void aTeacherOfAnotherClassIsRefusedByTheServer() {
        PupilRow magnus = pupil("Magnus");
        int looksBefore = audit.count(PupilWorkService.AUDIT_OPEN, magnus.id());
        signIn("anne", PASSWORD);
        open("opgave/" + turtle.id() + "/overblik");
        expectHeading("Du har ikke adgang til denne side");
        assertThat(page.getByText("Du har ikke adgang til denne klasse.")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertThat(page.getByText("Magnus")).hasCount(0);

        open("opgave/" + turtle.id() + "/elev/" + magnus.id() + "/" + EXPERIMENT);
        assertThat(page.getByText("Du har ikke adgang til denne klasse.")).isVisible();
        assertThat(page.locator("opdag-blockly")).hasCount(0);
        open("opgave/" + turtle.id() + "/refleksioner");
        assertThat(page.getByText("Du har ikke adgang til denne klasse.")).isVisible();
        open("klasse/" + fiveB + "/barometer");
        assertThat(page.getByText("Du har ikke adgang til denne klasse.")).isVisible();
        assertThat(audit.count(PupilWorkService.AUDIT_OPEN, magnus.id())).isEqualTo(looksBefore);

        // A pupil is refused by the route itself.
        context.clearCookies();
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        open("opgave/" + turtle.id() + "/overblik");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertThat(page.getByText("Magnus")).hasCount(0);
    }

    @Test
    void pupilsHomeReflectionAndBarometerAreAccessibleAndKeepHostileText() {
        PupilRow olivia = pupil("Olivia");
        page.close();
        page = pupilPage(context, olivia);
        expectHeading("Mine opgaver");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tegn en sekskant")))
                .isVisible();
        assertThat(page.getByText("Sara")).hasCount(0); // no other pupil's name, ever
        checkAccessible("Mine opgaver med opgaver");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Refleksion"))).click();
        Locator first = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1"));
        first.fill("<script>window.__hacked = 1</script>Jeg lærte at tælle hjørner.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem dit svar på spørgsmål 1")).click();
        assertThat(page.getByText("Dit svar er gemt.")).isVisible();
        String huge = "a".repeat(50_000);
        Locator second = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 2"));
        second.fill(huge);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem dit svar på spørgsmål 2")).click();
        assertThat(page.getByText("Dit svar er 50.000 tegn. Der er plads til 2.000. Gør det kortere – intet er slettet."))
                .isVisible();
        assertThat(second).hasValue(huge);
        checkAccessible("refleksion");

        page.reload();
        first = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dit svar på spørgsmål 1"));
        assertThat(first).hasValue("<script>window.__hacked = 1</script>Jeg lærte at tælle hjørner.");
        assertThat(page.evaluate("() => window.__hacked === undefined")).isEqualTo(true);

        open("mit-barometer");
        expectHeading("Mit barometer");
        page.getByText("4", new Page.GetByTextOptions().setExact(true)).first().click();
        assertThat(page.getByText("Gemt: Brug.")).isVisible();
        checkAccessible("mit barometer");

        // The teacher reads the answer as text, not markup, and can put it on the board without a name.
        context.clearCookies();
        signIn("bo", PASSWORD);
        open("opgave/" + turtle.id() + "/refleksioner");
        Locator answer = page.locator(".opdag-answer").filter(new Locator.FilterOptions().setHasText("Olivia"));
        assertThat(answer).containsText("<script>window.__hacked = 1</script>Jeg lærte at tælle hjørner.");
        answer.getByRole(AriaRole.CHECKBOX).check();
        checkAccessible("refleksioner");
        open("opgave/" + turtle.id() + "/tavle");
        Locator board = page.locator(".opdag-board-answer")
                .filter(new Locator.FilterOptions().setHasText("Jeg lærte at tælle hjørner."));
        board.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.getByText("Olivia")).hasCount(0);
        checkAccessible("tavlen");
        open("klasse/" + fiveB + "/barometer");
        checkAccessible("klassens barometer");
        open("klasse/" + fiveB + "/opgaver");
        checkAccessible("klassens opgaver");
    }
}
