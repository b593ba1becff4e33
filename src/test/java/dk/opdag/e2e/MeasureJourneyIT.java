package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.barometer.MeasureRepository;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.lab.LabRepository;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The barometer's measurement end to end: Bo opens the start round for 5.B; a pupil solves a program task in the
 * lab's workbench and answers a "hvad gør dette program?" question; her barometer shows her own rating beside what
 * the tasks showed; Bo sees the class's growth chart and her result; the leader sees 5th grade only as "too few
 * pupils" and 8th grade (the demo's finished round) as numbers. Axe on every new page.
 */
class MeasureJourneyIT extends BrowserTestBase {

    @Autowired
    ClassRepository classes;

    @Autowired
    MeasureRepository measures;

    @Autowired
    LabRepository lab;

    @Autowired
    CurriculumStore curriculum;

    private PupilRow pupil(long classId, int index) {
        return classes.pupils(classId).stream().filter(p -> !List.of("Alma", "Asta").contains(p.name()))
                .sorted(Comparator.comparing(PupilRow::id)).toList().get(index);
    }

    private void loginAs(PupilRow pupil) {
        open("elev");
        page.getByLabel("Klassekode").fill("DEMO5B");
        page.getByText("Videre").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(pupil.displayName()).setExact(true))
                .click();
        page.getByLabel("Din hemmelige kode").fill(pupil.loginCode().replace('-', ' '));
        page.getByText("Log ind", new Page.GetByTextOptions().setExact(true)).click();
        expectHeading("Mine opgaver");
    }

    private void switchUser() {
        context.clearCookies();
    }

    @Test
    void aTeacherOpensAMeasurementAPupilTakesItAndEveryoneSeesWhatTheyMay() {
        page.setViewportSize(1600, 1000);
        long fiveB = classes.findByCode("DEMO5B").orElseThrow().id();
        List<MeasureTask> tasks = curriculum.curriculum().measureTasks(GradeBand.B4_6);

        // Bo opens the start round.
        signIn("bo", PASSWORD);
        open("klasse/" + fiveB + "/maaling");
        expectHeading("Måling af niveau i 5.B");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Åbn Start af året")).click();
        assertThat(page.getByText("Start af året er åbnet for eleverne.")).isVisible();
        assertAccessible("lærerens måling, åbnet");
        long round = measures.rounds(fiveB).getFirst().id();

        // A pupil: the first task is a program; her work is there as an autosave would have stored it.
        switchUser();
        PupilRow pupil = pupil(fiveB, 14);
        MeasureTask program = tasks.getFirst();
        lab.save(pupil.id(), "maaling/" + round + "/" + program.id(), "", 0, program.solution(),
                OffsetDateTime.now());
        loginAs(pupil);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Små opgaver")).click();
        expectHeading("Små opgaver");
        assertThat(page.getByText("Her er " + tasks.size() + " små opgaver.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertThat(page.locator("#maaling-opgave")).hasText("Opgave 1: " + program.title());
        new BlocklyDriver(page).waitFor("turtle_forward");
        page.getByLabel("Fart").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("5 (hurtig)")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kør").setExact(true)).click();
        assertThat(page.getByText("Dit bedste forsøg er gemt.")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.getByText("Du har svaret på 1 af " + tasks.size() + " opgaver.")).isVisible();
        assertAccessible("elevens programopgave");

        // A change and a reload at once, before the autosave's quiet moment: the page-leave save reaches the server.
        String workId = "maaling/" + round + "/" + program.id();
        new BlocklyDriver(page).setField("controls_repeat_ext", "7");
        page.reload();
        expectHeading("Små opgaver");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!lab.current(pupil.id(), workId, "").orElseThrow().workspace().contains("\"NUM\":7")
                && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(100);
        }
        org.assertj.core.api.Assertions.assertThat(lab.current(pupil.id(), workId, "").orElseThrow().workspace())
                .contains("\"NUM\":7");

        // A question: the program is shown read-only; she answers, the answer is kept and explained.
        int questionIndex = 0;
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).kind() == MeasureTask.Kind.CHOICE) {
                questionIndex = i;
                break;
            }
        }
        MeasureTask question = tasks.get(questionIndex);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Opgave " + (questionIndex + 1) + ": " + question.title() + " (ikke svaret)")).click();
        assertThat(page.locator("#maaling-opgave")).hasText("Opgave " + (questionIndex + 1) + ": " + question.title());
        page.getByText(question.options().get(question.answer()), new Page.GetByTextOptions().setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem mit svar")).click();
        assertThat(page.getByText("Dit svar er gemt.")).isVisible();
        assertThat(page.getByText(question.explanation(), new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Du har svaret på 2 af " + tasks.size() + " opgaver.")).isVisible();
        assertAccessible("elevens spørgsmål");

        // Her barometer: her own rating beside what the tasks showed, kindly.
        open("mit-barometer");
        // Both answered tasks are in computationel tankegang, which the second dimension (Forståelse) covers.
        page.locator("vaadin-radio-group").nth(1).getByText("4", new com.microsoft.playwright.Locator
                .GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Du gav dig selv 4 af 5 i Forståelse.")).isVisible();
        assertThat(page.getByText("Dine opgaver viste: 2 af 2 klaret – godt gået!")).isVisible();
        assertAccessible("elevens barometer med måling");

        // Bo sees the growth chart, its table and her result; nothing of another class.
        switchUser();
        signIn("bo", PASSWORD);
        open("klasse/" + fiveB + "/maaling");
        assertThat(page.locator("opdag-chart")).hasCount(1);
        page.getByText("Se tallene som tabel").click();
        assertThat(page.locator(".opdag-chart-numbers table")).containsText("Computationel tankegang");
        assertThat(page.locator("vaadin-grid")).containsText(pupil.displayName());
        assertThat(page.locator("vaadin-grid")).containsText("2 af 2");
        assertAccessible("lærerens måling med svar");
        long eightC = classes.findByCode("DEMO8C").orElseThrow().id();
        open("klasse/" + eightC + "/maaling");
        assertThat(page.locator("opdag-chart")).hasCount(0);

        // The leader: grade aggregates only; 5th grade has one pupil, so no picture.
        switchUser();
        signIn("leder", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Måling af niveau")).click();
        expectHeading("Måling af niveau på skolen");
        assertThat(page.getByText("For få elever til at vise et billede")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("8. årgang"))).isVisible();
        assertThat(page.getByText("Start af året: 20 elever")).isVisible();
        assertThat(page.locator("body")).not().containsText(pupil.displayName());
        assertAccessible("lederens måling");
    }

    /** Up to 3rd grade the barometer speaks in a child's words, and free play offers the turtle and the robot. */
    @Test
    void theYoungestReadChildWordsAndPlayWithTheRobot() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        open("mit-barometer");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Jeg kan bruge teknologi")))
                .isVisible();
        assertThat(page.getByText("Jeg kan få en robot til at gøre det, jeg vil", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertThat(page.locator("body")).not().containsText("Computationel tankegang");
        assertAccessible("barometer med børneord");
        open("frit-eksperiment");
        page.getByText("Robotten i rummet").click();
        page.waitForFunction("() => document.querySelector('opdag-blockly')?.ready === true");
        BlocklyDriver blocks = new BlocklyDriver(page);
        blocks.openCategory("Robotten");
        blocks.dragFromToolboxToEmptySpace("robot_move");
        assertAccessible("frit eksperiment med robotten");
    }
}
