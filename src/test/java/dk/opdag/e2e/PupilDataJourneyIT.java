package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Issue 11, item 7: the class's teacher downloads a pupil's data and erases a pupil, from the class page. */
class PupilDataJourneyIT extends BrowserTestBase {

    private com.microsoft.playwright.Locator cell(String name) {
        return page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^" + name + "$")));
    }

    @Test
    void theTeacherDownloadsAPupilsDataAndErasesAPupil() throws Exception {
        signIn("anne", PASSWORD);
        page.locator("a[href^='klasse/']").first().click();
        expectHeading("Klasse 2.A");
        page.getByLabel("Navne, ét pr. linje").fill("Sigrid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj").setExact(true)).click();
        assertThat(cell("Sigrid")).isVisible();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Hent alle data om Alma som tekstfil")).click());
        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("Opdag: alle data om Alma")
                .contains("Klasser", "Programmer", "Kørsler", "Refleksioner", "Barometer");
        assertAccessible("klassens side med elevdata");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slet Sigrid og alle elevens data"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slet for altid")).click();
        assertThat(page.getByText("Sigrid og alle elevens data er slettet.")).isVisible();
        assertThat(cell("Sigrid")).hasCount(0);
        assertThat(cell("Alma")).isVisible();
    }
}
