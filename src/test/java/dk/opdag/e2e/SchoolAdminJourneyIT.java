package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.materials.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, items 10–12 and the plan's files: a teacher takes the class's progress and reflections to Excel, the
 * leader subscribes to the school's year plan and reads equity sentences that make sense, and a file attached to an
 * activity shows in the year plan.
 */
class SchoolAdminJourneyIT extends BrowserTestBase {

    @TempDir
    Path dir;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String openClass(String name) {
        open("mine-klasser");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        expectHeading("Klasse " + name);
        return addressMatching(".*/klasse/.+");
    }

    private static String read(Download download) throws Exception {
        byte[] bytes = Files.readAllBytes(download.path());
        // UTF-8 with a byte order mark, so Danish Excel shows æøå.
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void theClassesTeacherDownloadsProgressAndReflectionsAndTheLeaderCannot() throws Exception {
        signIn("bo", PASSWORD);
        String classUrl = openClass("5.B");
        page.getByText("Hent som regneark").click();
        assertAccessible("class page with exports");

        String progress = read(page.waitForDownload(() -> page.locator("#export-progress").click()));
        List<String> lines = progress.lines().toList();
        assertThat(lines.getFirst()).isEqualTo(
                "Elev;Opgave;Eksperiment;Status;Niveau;Niveauets resultat;Bedste point (0-30);Kørsler;Sidst arbejdet med");
        assertThat(progress).contains("Skildpadden tegner").contains("Asta;").contains("\r\n");
        // The demo's pupils have passed levels of the turtle experiment (the whole stair is "Løst").
        assertThat(lines.stream().filter(l -> l.contains(";bestået;") || l.contains(";perfekt;"))).isNotEmpty();

        String reflections = read(page.waitForDownload(() -> page.locator("#export-reflections").click()));
        assertThat(reflections.lines().findFirst().orElseThrow())
                .isEqualTo("Opgave;Spørgsmål nr.;Spørgsmål;Elev;Svar;Vist på tavlen");
        assertThat(reflections.lines().count()).isGreaterThan(1);

        // The leader sees the class list, but not the pupils' work as files.
        context.clearCookies();
        signIn("leder", PASSWORD);
        page.navigate(classUrl);
        expectHeading("Klasse 5.B");
        assertThat(page.locator("#export-progress")).hasCount(0);
        assertThat(page.locator("#export-reflections")).hasCount(0);
    }

    @Test
    void theLeaderSubscribesToTheSchoolsYearPlanAndCopiesTheAddress() {
        BrowserContext clip = newContext();
        clip.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        context.close();
        context = clip;
        page = clip.newPage();
        signIn("leder", PASSWORD);
        open("skolens-overblik");
        button("Skolens årsplan i din kalender").click();
        assertThat(page.getByText("Du har ingen kalenderadresse til skolens årsplan.")).isVisible();
        button("Lav en ny adresse").click();
        Locator address = page.getByLabel("Din kalenderadresse");
        address.waitFor();
        String feed = address.inputValue();
        assertThat(feed).contains("/kalender/").endsWith(".ics");
        // In full: the field shows the whole address, nothing cut off.
        assertThat((Boolean) address.evaluate("e => e.scrollWidth <= e.clientWidth + 1")).isTrue();
        button("Kopiér adressen").click();
        assertThat(page.getByText("Adressen er kopieret.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat((String) page.evaluate("navigator.clipboard.readText()")).isEqualTo(feed);
        assertAccessible("school feed dialog");

        var response = page.request().get(feed);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("text/calendar");
        assertThat(response.text()).contains("BEGIN:VEVENT").contains("SUMMARY:2.A: ").contains("SUMMARY:8.C: ")
                .doesNotContain("Alma");

        // A new address ends the old one at once.
        button("Lav en ny adresse").click();
        page.waitForCondition(() -> !page.getByLabel("Din kalenderadresse").inputValue().equals(feed));
        assertThat(page.request().get(feed).status()).isEqualTo(404);
    }

    @Test
    void equitySentencesNameClassesBehindTheirPlanAndNeverSayZeroAsMost() {
        signIn("leder", PASSWORD);
        open("lighed");
        expectHeading("Lige muligheder");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bag efter planen")))
                .isVisible();
        assertThat(page.locator(".opdag-equity-behind")).not().hasText("");
        assertThat(page.locator("body")).not().containsText("med 0;");
        assertThat(page.locator("body")).not().containsText("1 klasser");
        assertAccessible("equity");
    }

    @Test
    void aFileAttachedToAnActivityShowsInTheYearPlan() throws Exception {
        signIn("anne", PASSWORD);
        open("materialer");
        page.locator("vaadin-upload input[type=file]").setInputFiles(TestFiles.text(dir, "busruter.txt",
                "Busruter til skolebussen: eleverne tegner korteste vej mellem stoppestederne på kortet."));
        assertThat(page.locator("#uploaded-file")).hasText("busruter", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(40_000));
        page.locator("#uploaded-file").click();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Forløb")).fill("skolebussen");
        page.getByRole(AriaRole.OPTION).first().click();
        button("Knyt til forløbet").click();
        assertThat(page.locator("#file-links")).containsText("skolebussen");

        open("aarsplaner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åbn årsplanen for 2.A")).click();
        Locator files = page.locator(".opdag-week-board .opdag-plan-item-files");
        assertThat(files.first()).containsText("busruter");
        // The week's own files come first; open the one attached to the activity.
        files.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("busruter")).first().click();
        page.waitForURL(url -> url.contains("/materialer/fil/"));
        assertThat(page.locator("h1")).containsText("busruter");
    }

    @Test
    void englishModeShowsEnglishUiAroundDanishContent() {
        signIn("anne", PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dansk").setExact(true)).waitFor();

        open("aktivitet/vaer-robotten");
        assertThat(page.getByText("This activity is written in Danish.")).isVisible();
        Locator chips = page.locator(".opdag-chips");
        assertThat(chips).containsText("Mathematics");
        assertThat(chips).containsText("Physical education");
        assertThat(chips).containsText("Computational thinking");
        assertThat(chips).not().containsText("Matematik");
        assertAccessible("activity in English");

        // Vaadin's upload in English from our bundles, not its defaults either way.
        open("materialer");
        assertThat(page.locator("vaadin-upload")).containsText("Or drop the file here");
        assertThat(page.locator("vaadin-upload")).not().containsText("Upload File");

        // Back to Danish: the notice goes, Danish names return.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dansk").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English").setExact(true)).waitFor();
        open("aktivitet/vaer-robotten");
        assertThat(page.locator(".opdag-chips")).containsText("Matematik");
        assertThat(page.getByText("This activity is written in Danish.")).hasCount(0);
    }
}
