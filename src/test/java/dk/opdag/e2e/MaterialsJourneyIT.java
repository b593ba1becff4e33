package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.materials.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher prints an activity's cards (and takes them as PDF), uploads her own DOCX, finds it by a word inside it,
 * confirms its tags and attaches it to a week of her class's year plan; a colleague does not see it while it is
 * private. axe-core checks every new view on the way.
 */
class MaterialsJourneyIT extends BrowserTestBase {

    @TempDir
    Path dir;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void teacherPrintsUploadsFindsAndAttaches() throws Exception {
        signIn("anne", PASSWORD);

        // Print the cards of an activity, and download the same sheets as PDF.
        open("aktivitet/vaer-robotten");
        page.locator("#activity-materials").click();
        expectHeading("Materialer: Vær robotten!");
        assertThat(page.locator(".opdag-sheet").first()).containsText("FREM");
        assertThat(page.locator(".opdag-sheets.opdag-large-type")).hasCount(1);
        assertThat(button("Udskriv")).isVisible();
        assertAccessible("print view");
        Download pdf = page.waitForDownload(() -> page.locator("#sheets-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // Upload a DOCX.
        Path docx = TestFiles.docx(dir, "vandloeb.docx", "Vandløbet bag skolen", "Anne Andersen",
                "Vi måler vandstanden i vandløbet hver fredag og skriver tallene i et skema.",
                "Bagefter tegner eleverne et søjlediagram og fortæller, hvad sensoren i vandløbet kunne gøre.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Materialer").setExact(true)).click();
        expectHeading("Materialer");
        assertAccessible("materials view");
        page.locator("vaadin-upload input[type=file]").setInputFiles(docx);
        assertThat(page.locator("#uploaded-file")).hasText("Vandløbet bag skolen", new com.microsoft.playwright
                .assertions.LocatorAssertions.HasTextOptions().setTimeout(40_000));

        // Find it by a word inside it: "vandstande" shares the stem of "vandstanden".
        page.getByLabel("Søg i forløb, kopiark og filer").fill("vandstande");
        page.getByLabel("Søg i forløb, kopiark og filer").press("Enter");
        Locator hit = page.locator(".opdag-hit").filter(new Locator.FilterOptions().setHasText("Vandløbet bag skolen"));
        assertThat(hit).hasCount(1);
        assertThat(hit.locator("mark").first()).hasText("vandstanden");
        assertThat(page.locator(".opdag-hit").filter(new Locator.FilterOptions().setHasText("Fil"))).hasCount(1);

        // Open it, confirm the suggested tags, attach it to a week of 2.A's plan.
        hit.locator("a").click();
        expectHeading("Vandløbet bag skolen");
        assertAccessible("file view");
        button("Gem mærker").click();
        assertThat(page.getByText("Mærkerne er gemt.")).isVisible();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Uge i årsplanen")).fill("skolebussen");
        page.getByRole(AriaRole.OPTION).first().click();
        button("Knyt til årsplanen").click();
        assertThat(page.locator("#file-links")).containsText("2.A, uge");
        assertThat(page.locator("#file-links")).containsText("Find den bedste vej for skolebussen");
        assertAccessible("file view with a link");

        // A colleague at the school does not see the private file, not even by its address.
        String address = addressMatching(".*/materialer/fil/[^/]+$");
        page.context().clearCookies();
        signIn("bo", PASSWORD);
        page.navigate(address);
        expectHeading("Filen findes ikke, eller du har ikke adgang til den.");
        open("materialer?q=vandstanden");
        assertThat(page.locator(".opdag-hit").filter(new Locator.FilterOptions().setHasText("Vandløbet"))).hasCount(0);
    }

    @Test
    void aLargerFileGoesThroughTheUploadToo() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < 6_000_000) {
            text.append("Logbog for skolehaven: i dag målte vi jordfugten ved bedet med kartofler. ");
        }
        Path big = TestFiles.text(dir, "logbog.txt", text.toString());
        signIn("bo", PASSWORD);
        open("materialer");
        page.locator("vaadin-upload input[type=file]").setInputFiles(big);
        assertThat(page.locator("#uploaded-file")).hasText("logbog", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(60_000));
    }

    @Test
    void pupilsAreRefusedTheMaterialsPages() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        for (String path : new String[] {"materialer", "materialer/fil/1", "aktivitet/vaer-robotten/materialer"}) {
            open(path);
            assertThat(page.locator(".opdag-materials, .opdag-file, .opdag-sheet")).hasCount(0);
            assertThat(page.getByText("Pilekort til robotten")).hasCount(0);
        }
    }

    @Test
    void aProgramNamedPdfIsRefusedWithADanishMessage() throws Exception {
        signIn("bo", PASSWORD);
        open("materialer");
        page.locator("vaadin-upload input[type=file]").setInputFiles(TestFiles.executable(dir, "opgaver.pdf"));
        assertThat(page.locator(".opdag-error")).containsText("er et program og ikke et dokument",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
        assertAccessible("materials view with an error");
    }
}
