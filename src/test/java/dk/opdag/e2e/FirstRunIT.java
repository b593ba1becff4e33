package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A new installation without --demo: an empty database, and a first-run page that creates the admin once. */
@TestPropertySource(properties = {
        "opdag.demo=false",
        "spring.datasource.url=jdbc:h2:mem:opdag-firstrun;DB_CLOSE_DELAY=-1"})
class FirstRunIT extends BrowserTestBase {

    @Test
    void firstVisitCreatesTheAdminAndThenThePageCloses() {
        open("");
        expectHeading("Kom i gang med Opdag");
        page.getByLabel("Dit navn").fill("Ida Admin");
        page.getByLabel("Brugernavn").fill("ida");
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill("en-lang-kode-1");
        page.getByLabel("Gentag adgangskoden").fill("en-anden-kode");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret administrator")).click();
        assertThat(page.getByText("De to adgangskoder er ikke ens.")).isVisible();

        page.getByLabel("Gentag adgangskoden").fill("en-lang-kode-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret administrator")).click();
        page.locator("vaadin-login-form").waitFor();

        loginStaff("ida", "en-lang-kode-1");
        expectHeading("Skoler og brugere");
        assertThat(page.getByText("Der er ingen skoler endnu.")).isVisible();

        context.clearCookies();
        open("kom-i-gang");
        // The first-run page is closed for good: the server forwards to the login page.
        page.waitForURL(url -> url.endsWith("/login"));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.getByText("Opret administrator")).hasCount(0);
    }
}
