package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.lab.LabRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pupil's block experiments end to end: real drag and drop in Blockly, the server's verdict, work that survives a
 * reload, a second tab that is told instead of overwritten, a teacher's preview that stores nothing. Each journey
 * uses its own pupil of 5.B, because the app (and its database) is shared by all journeys of this class.
 */
class ExperimentJourneyIT extends BrowserTestBase {

    private static final String HEXAGON = "skildpadde-sekskant";
    private static final String MAZE = "robot-labyrint";
    /** Both experiments have levels; a pupil starts on the first, which is the old single goal. */
    private static final String MAZE_FIRST_LEVEL = "sidste-sving";
    private static final String HEXAGON_FIRST_LEVEL = "ret-sekskanten";

    @Autowired
    ClassRepository classes;

    @Autowired
    LabRepository lab;

    @Autowired
    dk.opdag.curriculum.CurriculumStore curriculum;

    /** Logs in the n-th pupil of 5.B (0 is Asta, whose code is in README) and returns them. */
    private PupilRow loginPupilOf5B(int index) {
        long classId = classes.findByCode("DEMO5B").orElseThrow().id();
        PupilRow pupil = classes.pupils(classId).stream().sorted(java.util.Comparator.comparing(PupilRow::id))
                .toList().get(index);
        open("elev");
        page.getByLabel("Klassekode").fill("DEMO5B");
        page.getByText("Videre").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(pupil.displayName()).setExact(true))
                .click();
        page.getByLabel("Din hemmelige kode").fill(pupil.loginCode().replace('-', ' '));
        page.getByText("Log ind", new Page.GetByTextOptions().setExact(true)).click();
        expectHeading("Mine opgaver");
        return pupil;
    }

    /**
     * Opens the experiment's first level by its address: the demo's pupils in the first third of 5.B have passed it,
     * and the experiment's own address would take them on to the next level.
     */
    private BlocklyDriver openExperiment(String id, String firstBlock) {
        open("eksperiment/" + id + "/" + (id.equals(HEXAGON) ? HEXAGON_FIRST_LEVEL : MAZE_FIRST_LEVEL));
        return new BlocklyDriver(page).waitFor(firstBlock);
    }

    private void pressRun() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kør").setExact(true)).click();
    }

    /** The result appears when the replay has finished, which takes a few seconds. */
    private void expectResult(String heading) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
    }

    private void waitUntilSaved() {
        assertThat(page.locator(".opdag-lab-save")).containsText("Gemt");
    }

    @Test
    void pupilSolvesTheHexagonByDraggingBlocksAndSeesGodtGaet() {
        PupilRow pupil = loginPupilOf5B(0);
        BlocklyDriver blocks = openExperiment(HEXAGON, "controls_repeat_ext");
        expectHeading("Tegn en sekskant");

        blocks.setField("controls_repeat_ext", "6");
        blocks.dragToTrash("turtle_turn_right");
        assertThat(blocks.count("turtle_turn_right")).isZero();
        blocks.openCategory("Skildpadden");
        blocks.dragFromToolboxBelow("turtle_turn_right", "turtle_forward");
        assertThat(blocks.count("turtle_turn_right")).isEqualTo(1);
        blocks.setField("turtle_turn_right", "60");
        pressRun();

        expectResult("Perfekt!");
        assertThat(page.locator(".opdag-lab-checks")).containsText("sekskant");
        // The server stored the run and the work it ran.
        List<LabRepository.Run> runs = lab.runs(pupil.id(), HEXAGON, HEXAGON_FIRST_LEVEL, 5);
        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst().passed()).isTrue();
        assertThat(lab.current(pupil.id(), HEXAGON, HEXAGON_FIRST_LEVEL).orElseThrow().workspace()).contains("\"NUM\":6");
    }

    @Test
    void pupilFailsTheMazeAndSeesWhichGoalFailed() {
        PupilRow pupil = loginPupilOf5B(1);
        BlocklyDriver blocks = openExperiment(MAZE, "robot_move");
        blocks.dragFromToolboxToEmptySpace("robot_turn_left");
        pressRun();

        expectResult("Ikke helt endnu");
        assertThat(page.locator(".opdag-lab-checks .not-ok")).containsText("Robotten nåede ikke flaget");
        assertThat(lab.runs(pupil.id(), MAZE, MAZE_FIRST_LEVEL, 5)).singleElement()
                .satisfies(r -> assertThat(r.failedChecks()).contains("reach_flag"));
        assertAccessible("eksperiment med resultat");
    }

    @Test
    void anEnglishPupilGetsTheWorldsFeedbackInEnglish() {
        PupilRow pupil = loginPupilOf5B(17);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dansk").setExact(true)).waitFor();
        BlocklyDriver blocks = openExperiment(MAZE, "robot_move");
        blocks.dragFromToolboxToEmptySpace("robot_turn_left");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).click();

        expectResult("Not quite yet");
        // The robot's goal check and the engine's warning about the loose block, both in English.
        assertThat(page.locator(".opdag-lab-checks .not-ok")).containsText("The robot did not reach the flag");
        assertThat(page.locator(".opdag-lab-checks")).not().containsText("Robotten");
        assertThat(page.locator("opdag-world .line-warning").first())
                .containsText("Some blocks are not attached to the program");
        // Stored runs keep the engine's Danish text, as before.
        assertThat(lab.runs(pupil.id(), MAZE, MAZE_FIRST_LEVEL, 5)).singleElement()
                .satisfies(r -> assertThat(r.failedChecks()).contains("Robotten nåede ikke flaget"));
        assertAccessible("experiment with English feedback");
    }

    @Test
    void stepByStepShowsOneEventAtATimeWithItsBlockHighlighted() {
        loginPupilOf5B(7);
        openExperiment(MAZE, "robot_move");
        Page.GetByRoleOptions next = new Page.GetByRoleOptions().setName("Næste trin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trin for trin")).click();
        assertThat(page.locator("opdag-world .status")).hasText("Klar. Tryk på Næste trin.");
        page.getByRole(AriaRole.BUTTON, next).click();
        assertThat(page.locator("opdag-world .status")).containsText("Trin 1 af");
        assertThat(page.locator("opdag-world .status")).containsText("Robotten kørte til felt");
        assertThat(page.locator("opdag-blockly g.blocklyHighlighted")).hasCount(1);
        assertThat(page.locator("opdag-blockly g.blocklyHighlighted").first()).hasClass(
                java.util.regex.Pattern.compile("robot_move"));
        page.getByRole(AriaRole.BUTTON, next).click();
        assertThat(page.locator("opdag-world .status")).containsText("Trin 2 af");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nulstil")).click();
        assertThat(page.locator("opdag-blockly g.blocklyHighlighted")).hasCount(0);
        assertThat(page.locator("opdag-world .status")).hasText("Tryk på Kør for at se, hvad dit program gør.");
    }

    @Test
    void workIsStillThereAfterAReloadEvenARightAwayOne() {
        loginPupilOf5B(2);
        BlocklyDriver blocks = openExperiment(HEXAGON, "controls_repeat_ext");
        blocks.setField("controls_repeat_ext", "5");
        waitUntilSaved();
        page.reload();
        blocks.waitFor("controls_repeat_ext");
        assertThat(blocks.workspace()).contains("\"NUM\":5");

        // Changed and reloaded at once, before the autosave's quiet moment has passed.
        blocks.setField("controls_repeat_ext", "7");
        page.reload();
        blocks.waitFor("controls_repeat_ext");
        page.waitForFunction("() => document.querySelector('opdag-blockly').workspaceJson().includes('\"NUM\":7')");
        assertThat(blocks.workspace()).contains("\"NUM\":7");
        page.getByText("Tidligere udgaver").click(); // the list is built when it is opened
        assertThat(page.locator(".opdag-lab-versions li").first()).isAttached();
    }

    @Test
    void aSecondTabIsToldAndCanLoadTheNewerWork() {
        loginPupilOf5B(3);
        Page first = page;
        BlocklyDriver firstBlocks = openExperiment(HEXAGON, "controls_repeat_ext");
        Page second = context.newPage();
        page = second;
        BlocklyDriver secondBlocks = openExperiment(HEXAGON, "controls_repeat_ext");

        page = first;
        firstBlocks.setField("controls_repeat_ext", "8");
        waitUntilSaved();

        page = second;
        secondBlocks.setField("controls_repeat_ext", "3");
        // The second tab learns of the conflict only when its own debounced autosave reaches the server, which on a
        // loaded machine can take longer than the default five seconds.
        assertThat(second.getByText("Dit program er ændret et andet sted"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hent det nyeste")).click();
        second.waitForFunction("() => document.querySelector('opdag-blockly').workspaceJson().includes('\"NUM\":8')");
        assertThat(secondBlocks.workspace()).contains("\"NUM\":8").doesNotContain("\"NUM\":3");
        page = first;
    }

    @Test
    void theEditorCanShowWorkReadOnly() {
        signIn("bo", PASSWORD);
        // The test page is not in the production bundle's route chunks, so arrive from a page that loaded the
        // editor's module (an in-app navigation keeps it).
        openExperiment(HEXAGON, "controls_repeat_ext");
        page.evaluate("() => { const a = document.createElement('a'); a.href = 'test/blockly-read-only';"
                + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click(); }");
        page.waitForURL("**/test/blockly-read-only");
        BlocklyDriver blocks = new BlocklyDriver(page).waitFor("controls_repeat_ext");
        assertThat(page.locator("opdag-blockly .blocklyToolbox")).hasCount(0);
        assertThat(page.locator("opdag-blockly .blocklyTrash")).hasCount(0);
        String json = blocks.workspace();
        var before = blocks.block("controls_repeat_ext").boundingBox();
        page.mouse().move(before.x + 10, before.y + 10);
        page.mouse().down();
        page.mouse().move(before.x + 200, before.y + 150, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        page.locator("#changes").click(); // a click outside the editor flushes any pending change
        assertThat(page.locator("#changes")).hasText("0");
        // Dragging a block of a read-only workspace only scrolls the view; the blocks stay as they were.
        assertThat(blocks.workspace()).isEqualTo(json);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redigér")).click();
        assertThat(page.locator("opdag-blockly .blocklyToolboxCategory").first()).isVisible();
        blocks.setField("controls_repeat_ext", "9");
        page.locator("#changes").click();
        assertThat(page.locator("#changes")).hasText("1");
    }

    @Test
    void aPupilRestoresAnEarlierVersion() {
        loginPupilOf5B(8);
        BlocklyDriver blocks = openExperiment(HEXAGON, "controls_repeat_ext");
        blocks.setField("controls_repeat_ext", "2");
        waitUntilSaved();
        pressRun(); // a run keeps the program as it ran as a version
        expectResult("Ikke helt endnu");
        blocks.setField("controls_repeat_ext", "11");
        page.locator(".opdag-lab-toolbar").click(); // flush
        page.waitForFunction("() => document.querySelector('opdag-blockly')._savedSeq === "
                + "document.querySelector('opdag-blockly')._seq");
        page.getByText("Tidligere udgaver").click();
        page.locator(".opdag-lab-versions vaadin-button").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hent udgaven").setExact(true)).click();
        page.waitForFunction("() => document.querySelector('opdag-blockly').workspaceJson().includes('\"NUM\":2,')"
                + " || document.querySelector('opdag-blockly').workspaceJson().includes('\"NUM\":2}')");
        assertThat(blocks.workspace()).doesNotContain("\"NUM\":11");
        assertThat(page.getByText("Den tidligere udgave er hentet.")).isVisible();
    }

    @Test
    void teacherPreviewsFromTheActivityPageAndNothingIsStored() {
        signIn("bo", PASSWORD);
        open("aktivitet/skildpadden-tegner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prøv eksperimentet: Tegn en sekskant"))
                .click();
        expectHeading("Tegn en sekskant");
        new BlocklyDriver(page).waitFor("controls_repeat_ext");
        assertThat(page.locator(".opdag-lab-save")).containsText("Prøvetilstand");
        pressRun();
        expectResult("Ikke helt endnu");
        assertThat(page.locator(".opdag-lab-history")).hasCount(0);
        assertAccessible("lærerens prøve af eksperimentet");
    }

    /** Schema field 5: the lesson step that names an experiment has a button into it, for teacher and pupil. */
    @Test
    void theLessonStepOpensItsExperimentForTheTeacherAndThePupil() {
        signIn("bo", PASSWORD);
        open("aktivitet/skildpadden-tegner");
        Locator step = page.locator(".opdag-step").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åbn eksperimentet: Tegn en sekskant"))));
        assertThat(step).hasCount(1);
        assertThat(step.locator(".opdag-step-minutes")).hasText("25 min.");
        assertAccessible("vejledningen med et eksperiment i et trin");
        step.getByRole(AriaRole.LINK).click();
        expectHeading("Tegn en sekskant");
        new BlocklyDriver(page).waitFor("controls_repeat_ext");

        context.clearCookies();
        loginPupilOf5B(9);
        Locator open = page.locator(".opdag-task-experiments li").filter(new Locator.FilterOptions()
                .setHasText("Tegn en sekskant")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Åbn eksperimentet"));
        assertThat(open).hasAttribute("aria-describedby", java.util.regex.Pattern.compile("lesson"));
        assertThat(page.locator(".opdag-task-lesson").first()).containsText("Lektion 2");
        assertAccessible("elevens opgaver med lektionen til eksperimentet");
        open.click();
        expectHeading("Tegn en sekskant");
    }

    @Test
    void theAutosaveAddressRefusesAnyoneButThePupilThemselves() {
        FormData form = FormData.create().set("experiment", HEXAGON).set("revision", "0").set("workspace", "{}");
        APIResponse anonymous = context.request().post("/lab/autosave", RequestOptions.create().setForm(form)
                .setMaxRedirects(0));
        // Refused (403, which Spring Boot's error page then turns into the login redirect for a stranger).
        assertThat(anonymous.ok()).isFalse();
        assertThat(anonymous.status()).isIn(302, 401, 403);
        signIn("bo", PASSWORD);
        APIResponse teacher = context.request().post("/lab/autosave", RequestOptions.create().setForm(form)
                .setMaxRedirects(0));
        assertThat(teacher.ok()).isFalse();
        assertThat(teacher.status()).isIn(302, 401, 403);

        open("eksperiment/findes-ikke");
        expectHeading("Eksperimentet findes ikke");
    }

    @Test
    void theFreeExperimentRunsStandardBlocks() {
        loginPupilOf5B(4);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frit eksperiment")).click();
        expectHeading("Frit eksperiment");
        BlocklyDriver blocks = new BlocklyDriver(page);
        page.waitForFunction("() => document.querySelector('opdag-blockly')?.ready === true");
        blocks.openCategory("Tekst");
        blocks.dragFromToolboxToEmptySpace("text_print");
        pressRun();
        assertThat(page.locator("opdag-world .output")).containsText("Hej!");
        assertAccessible("frit eksperiment");
    }

    /**
     * Every shipped experiment, with its reference solution as the pupil's saved work: the editor shows it (so the
     * browser's block definitions fit the content), the world draws the replay without a script error, and the
     * server says "Perfekt!".
     */
    @Test
    void everyShippedExperimentShowsItsSolutionAndPassesInTheBrowser() {
        PupilRow pupil = loginPupilOf5B(6);
        List<String> pageErrors = new ArrayList<>();
        page.onPageError(pageErrors::add);
        var experiments = curriculum.curriculum().experiments();
        assertThat(experiments).hasSizeGreaterThanOrEqualTo(12);
        boolean fast = false;
        for (var experiment : experiments) {
            lab.save(pupil.id(), experiment.id(), experiment.first().id(), 0, experiment.first().solution(),
                    java.time.OffsetDateTime.now());
            open("eksperiment/" + experiment.id());
            expectHeading(experiment.title());
            page.waitForFunction("() => document.querySelector('opdag-blockly')?.ready === true");
            if (!fast) {
                page.getByLabel("Fart").click();
                page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("5 (hurtig)")).click();
                fast = true;
            }
            pressRun();
            expectResult("Perfekt!");
            assertThat(pageErrors).as(experiment.id()).isEmpty();
        }
    }

    /**
     * Measures (not asserts) the time from pressing Kør to the first animation frame, with the performance marks
     * the world component sets; the median of 12 presses is written to target/lab-run-to-animation.txt.
     */
    @Test
    void measuresTheTimeFromKoerToTheAnimation() throws IOException {
        loginPupilOf5B(5);
        openExperiment(HEXAGON, "controls_repeat_ext");
        page.getByLabel("Fart").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("5 (hurtig)")).click();
        int presses = 12;
        for (int i = 1; i <= presses; i++) {
            pressRun();
            int expected = i;
            page.waitForFunction("n => performance.getEntriesByName('opdag-run-to-animation').length >= n", expected);
            assertThat(page.locator(".opdag-lab-result")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        }
        @SuppressWarnings("unchecked")
        List<Number> raw = (List<Number>) page.evaluate(
                "() => performance.getEntriesByName('opdag-run-to-animation').map(e => e.duration)");
        List<Double> millis = new ArrayList<>(raw.stream().map(Number::doubleValue).toList());
        assertThat(millis).hasSize(presses).allMatch(d -> d > 0);
        millis.sort(Double::compare);
        double median = (millis.get(presses / 2 - 1) + millis.get(presses / 2)) / 2;
        String report = String.format(java.util.Locale.ROOT,
                "Kør -> first animation frame, %d presses: median %.1f ms, min %.1f ms, max %.1f ms%nall: %s%n",
                presses, median, millis.getFirst(), millis.getLast(), millis);
        Files.writeString(Path.of("target", "lab-run-to-animation.txt"), report);
        System.out.println(report);
    }
}
