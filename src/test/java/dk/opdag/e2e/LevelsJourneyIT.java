package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.experiment.level.Grade;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabRepository;
import dk.opdag.lab.LabService;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Experiments with levels end to end, on "Alis hemmelige sprog": a pupil climbs three levels; a program that writes
 * the answer fails the generalising level with a kind message and nothing of the hidden messages reaches the
 * browser; the teacher's live grid and the pupil's work show the level reached and the best result; a teacher trying
 * the experiment sees each level's model solution. Each journey has its own pupils.
 */
class LevelsJourneyIT extends BrowserTestBase {

    private static final String EXPERIMENT = "hemmeligt-sprog";
    /** The hidden messages of level 4 and what they decode to: never in anything the browser receives. */
    private static final List<String> HIDDEN = List.of("TLPMF", "SKOLE", "CBE");

    @Autowired
    ClassRepository classes;

    @Autowired
    LabRepository labRepository;

    @Autowired
    LabService lab;

    @Autowired
    LabCatalog catalog;

    @Autowired
    AssignmentService assignments;

    /**
     * The n-th pupil of a demo class by id, not README's demo pupils (who start from a clean slate). Pupils of 5.B
     * from index 10 on: ExperimentJourneyIT uses the first ones, and journeys share the app and its database.
     */
    private PupilRow pupil(String classCode, int index) {
        long classId = classes.findByCode(classCode).orElseThrow().id();
        return classes.pupils(classId).stream().filter(p -> !List.of("Alma", "Asta").contains(p.name()))
                .sorted(Comparator.comparing(PupilRow::id)).toList().get(index);
    }

    private void login(PupilRow pupil) {
        open("elev");
        page.getByLabel("Klassekode").fill("DEMO5B");
        page.getByText("Videre").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(pupil.displayName()).setExact(true))
                .click();
        page.getByLabel("Din hemmelige kode").fill(pupil.loginCode().replace('-', ' '));
        page.getByText("Log ind", new Page.GetByTextOptions().setExact(true)).click();
        expectHeading("Mine opgaver");
    }

    private void pressRun() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kør").setExact(true)).click();
    }

    private void expectResult(String heading) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    private void fast() {
        page.getByLabel("Fart").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("5 (hurtig)")).click();
    }

    private SignedInUser signedIn(PupilRow pupil) {
        return new SignedInUser(pupil.id(), Role.PUPIL, pupil.displayName(), null);
    }

    @Test
    void aPupilClimbsThreeLevels() {
        // A wide screen: the Caesar block with its long Danish label reaches under the world on a narrow one.
        page.setViewportSize(1600, 1000);
        PupilRow pupil = pupil("DEMO5B", 10);
        login(pupil);
        open("eksperiment/" + EXPERIMENT);
        BlocklyDriver blocks = new BlocklyDriver(page).waitFor("codes_caesar");
        expectHeading("Alis hemmelige sprog");
        // Blockly's own texts (menus, screen-reader labels) follow the Danish UI: blockly/msg/da, not its English.
        assertThat(page.locator("opdag-blockly").first().evaluate("e => e.locale")).isEqualTo("da");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niveau 1 af 5: Ret beskeden")))
                .isVisible();
        assertThat(page.locator(".opdag-lab-levels li.locked")).hasCount(4);
        assertThat(page.getByText("Modelløsning")).hasCount(0); // never for a pupil
        fast();

        // Level 1: the program shifts the wrong way; the pupil types -1 into the shift.
        blocks.setFieldShowing("codes_caesar", "1", "-1");
        pressRun();
        expectResult("Perfekt!");
        assertAccessible("niveau 1 klaret");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Videre til niveau 2")).click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Niveau 2 af 5: Send en hemmelig besked"))).isVisible();

        // Level 2 starts empty: the program the pupil built (stored as an autosave would) runs in the browser.
        LabExperiment level2 = catalog.find(EXPERIMENT, "send-en-besked").orElseThrow();
        labRepository.save(pupil.id(), EXPERIMENT, "send-en-besked", 0, level2.solution(), OffsetDateTime.now());
        page.reload();
        new BlocklyDriver(page).waitFor("codes_caesar");
        pressRun();
        expectResult("Perfekt!");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Videre til niveau 3")).click();

        // Level 3: two places now; the pupil types -2.
        blocks = new BlocklyDriver(page).waitFor("codes_caesar");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Niveau 3 af 5: Ali rykker to pladser"))).isVisible();
        blocks.setFieldShowing("codes_caesar", "-1", "-2");
        pressRun();
        expectResult("Perfekt!");

        // The path: three levels perfect, the fourth open, the fifth still locked; the server agrees.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Niveau 1: Ret beskeden, perfekt"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Niveau 4: Læs alle Alis beskeder, ikke klaret endnu"))).isVisible();
        assertThat(page.locator(".opdag-lab-levels li.locked")).hasCount(1);
        assertThat(labRepository.best(pupil.id(), EXPERIMENT)).extracting(LabRepository.LevelBest::bestScore)
                .containsOnly(Grade.ALL_PASS).hasSize(3);
        assertAccessible("niveau 3 med stien");

        // A passed level can be revisited; a locked one says what to do first.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Niveau 1: Ret beskeden, perfekt")).click();
        new BlocklyDriver(page).waitFor("codes_caesar");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niveau 1 af 5: Ret beskeden")))
                .isVisible();
        open("eksperiment/" + EXPERIMENT + "/hemmelig-post");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Det niveau er ikke låst op endnu"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til niveau 4"))).isVisible();
    }

    @Test
    void aHardCodedAnswerFailsTheGeneralisingLevelKindlyAndTheHiddenMessagesNeverReachTheBrowser() {
        PupilRow pupil = pupil("DEMO5B", 11);
        for (String level : List.of("ret-beskeden", "send-en-besked", "to-pladser")) {
            labRepository.recordResult(pupil.id(), EXPERIMENT, level, Grade.ALL_PASS, OffsetDateTime.now());
        }
        // Everything the server sends: HTTP responses (read afterwards, never inside the handler) and push frames.
        List<String> received = new CopyOnWriteArrayList<>();
        List<com.microsoft.playwright.Response> responses = new CopyOnWriteArrayList<>();
        page.onResponse(responses::add);
        page.onWebSocket(ws -> ws.onFrameReceived(frame -> received.add(String.valueOf(frame.text()))));
        login(pupil);
        open("eksperiment/" + EXPERIMENT + "/alle-beskeder");
        new BlocklyDriver(page).waitFor("text_print");
        fast();
        // The start program is Sofie's: it writes the visible message's answer.
        pressRun();
        expectResult("Ikke helt endnu");
        assertThat(page.locator(".opdag-lab-reason")).containsText("samme svar");
        assertThat(page.locator(".opdag-lab-reason")).containsText("regne svaret ud");
        assertThat(page.locator(".opdag-lab-result")).containsText("Skjult eksempel 2: ikke klaret");
        assertThat(page.locator(".opdag-lab-result")).containsText("Eksempel 1 (Beskeden LPN IKFN): klaret");
        assertAccessible("generelt niveau, ikke klaret");

        received.add(page.content());
        for (com.microsoft.playwright.Response r : responses) {
            try {
                received.add(r.text());
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // a redirect or a body the browser no longer holds: nothing to read
            }
        }
        assertThat(received).as("the browser received the run's result").anyMatch(t -> t.contains("samme svar"));
        for (String secret : HIDDEN) {
            assertThat(received).as("everything the browser received").noneMatch(text -> text.contains(secret));
        }
        assertThat(labRepository.runs(pupil.id(), EXPERIMENT, "alle-beskeder", 1)).singleElement()
                .satisfies(r -> assertThat(r.score()).isEqualTo(Grade.ONLY_SHOWN_CASES));
    }

    @Test
    void theTeachersGridShowsTheLevelReachedAndTheBestResult() {
        PupilRow perfect = pupil("DEMO2A", 2);
        PupilRow passing = pupil("DEMO2A", 3);
        var klass = classes.findByCode("DEMO2A").orElseThrow();
        long classId = klass.id();
        SignedInUser anne = classes.teachersOf(classId).stream().findFirst()
                .map(t -> new SignedInUser(t.id(), Role.TEACHER, t.name(), klass.schoolId())).orElseThrow();
        long assignment = assignments.assign(anne, classId, "kodeord-er-hemmelige", List.of(), null);
        // One pupil is perfect on two levels; the other passed level 1 with more blocks than needed.
        List<LabExperiment> levels = catalog.levels(EXPERIMENT);
        lab.run(signedIn(perfect), levels.get(0), 0, levels.get(0).solution());
        lab.run(signedIn(perfect), levels.get(1), 0, levels.get(1).solution());
        // The message kept in a variable first: one block more than the ideal three.
        String longer = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"variables_set\",\"id\":\"v1\","
                + "\"x\":40,\"y\":40,\"fields\":{\"VAR\":{\"id\":\"var-b\"}},\"inputs\":{\"VALUE\":{\"block\":"
                + "{\"type\":\"codes_input\",\"id\":\"v2\"}}},\"next\":{\"block\":{\"type\":\"text_print\",\"id\":\"v3\","
                + "\"inputs\":{\"TEXT\":{\"block\":{\"type\":\"codes_caesar\",\"id\":\"v4\",\"fields\":{\"ALPHABET\":"
                + "\"DA\"},\"inputs\":{\"TEXT\":{\"block\":{\"type\":\"variables_get\",\"id\":\"v5\",\"fields\":"
                + "{\"VAR\":{\"id\":\"var-b\"}}}},\"SHIFT\":{\"shadow\":{\"type\":\"math_number\",\"id\":\"v6\","
                + "\"fields\":{\"NUM\":-1}}}}}}}}}}]},\"variables\":[{\"name\":\"b\",\"id\":\"var-b\"}]}";
        assertThat(lab.run(signedIn(passing), levels.get(0), 0, longer).graded().score())
                .isEqualTo(Grade.TOO_MANY_BLOCKS);

        signIn("anne", PASSWORD);
        open("opgave/" + assignment + "/overblik");
        assertThat(page.locator("button.opdag-cell", new Page.LocatorOptions().setHasText(perfect.displayName())))
                .hasCount(0); // names are in the row, the cells say where the pupil is
        page.locator("button.opdag-cell").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) page.locator("button.opdag-cell")
                .evaluateAll("cells => cells.map(c => c.getAttribute('aria-label'))");
        assertThat(labels).contains(perfect.displayName() + ", Alis hemmelige sprog: I gang, niveau 3 af 5 nået, "
                        + "2 perfekte og 0 klaret, 2 kørsler. Åbn elevens arbejde",
                passing.displayName() + ", Alis hemmelige sprog: I gang, niveau 2 af 5 nået, 0 perfekte og 1 klaret, "
                        + "1 kørsel. Åbn elevens arbejde");
        assertThat(page.locator(".opdag-cell-levels", new Page.LocatorOptions().setHasText("Niv. 3/5 ★★···")))
                .hasCount(1);
        assertThat(page.getByText("Niveauer: ★ perfekt")).isVisible();
        assertAccessible("lærerens overblik med niveauer");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(passing.displayName()
                + ", Alis hemmelige sprog: I gang, niveau 2 af 5 nået, 0 perfekte og 1 klaret, 1 kørsel. Åbn elevens "
                + "arbejde")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niveauer"))).isVisible();
        assertThat(page.locator(".opdag-level-table")).containsText("✓ Klaret");
        assertThat(page.locator(".opdag-level-table")).containsText("Ikke prøvet");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Programmet på niveau 2: Send en hemmelig besked"))).isVisible();
        assertAccessible("elevens arbejde med niveauer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis niveau 1")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Programmet på niveau 1: Ret beskeden"))).isVisible();
    }

    @Test
    void aTeacherTryingTheExperimentSeesEachLevelsModelSolution() {
        signIn("anne", PASSWORD);
        open("eksperiment/" + EXPERIMENT + "/to-pladser");
        new BlocklyDriver(page).waitFor("codes_caesar");
        assertThat(page.locator(".opdag-lab-levels li.locked")).hasCount(0); // staff may look at every level
        assertThat(page.locator(".opdag-lab-save")).containsText("Prøvetilstand");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis modelløsningen")).click();
        assertThat(page.locator(".opdag-lab-solution opdag-blockly")).isVisible();
        page.waitForFunction("() => [...document.querySelectorAll('.opdag-lab-solution opdag-blockly')]"
                + ".every(e => e.ready === true)");
        assertThat(page.locator(".opdag-lab-solution opdag-blockly g.codes_caesar").first()).isVisible();
        assertAccessible("lærerens prøvetilstand med modelløsning");
    }
}
