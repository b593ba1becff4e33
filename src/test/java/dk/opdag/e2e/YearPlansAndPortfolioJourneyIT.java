package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: Carla adopts a sample year plan into the valgfag class's plan, then replaces it with the other model after
 * confirming, and the leader sees which model the class uses. Bertram, on the valgfag class, writes a portfolio entry
 * with an image (an empty heading is refused and nothing typed is lost), Carla comments, and Bertram reads the comment
 * and the print page. Uses the demo's "Valgfag TF" only, so the other journeys' classes stay as they were.
 */
class YearPlansAndPortfolioJourneyIT extends BrowserTestBase {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void useSample(String title) {
        button("Brug skabelonen »" + title + "« i en årsplan").click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Læg skabelonen i")).first()
                .click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Årsplan for Valgfag TF"))
                .first().click();
        assertThat(page.getByText("forløb bliver lagt i planen i samme uger som i skabelonen")).isVisible();
    }

    @Test
    void aTeacherAdoptsASampleIntoTheValgfagClassAndTheLeaderSeesTheModel() {
        signIn("carla", PASSWORD);
        open("aarsplan-skabeloner");
        assertThat(page.locator("h1")).hasText("Årsplan-skabeloner",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.getByText("8. klasse: otte temauger", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertAccessible("Årsplan-skabeloner (lærer)");

        useSample("8. klasse: otte temauger");
        assertThat(page.getByText("pladser til egne forløb")).isVisible();
        assertAccessible("Brug skabelonen (dialog)");
        button("Læg forløbene i planen").click();
        page.waitForURL(url -> url.contains("/aarsplan/"));
        assertThat(page.locator("h1")).containsText("Valgfag TF");
        assertThat(page.getByText("Byg en glosequiz, der lærer af dine fejl").first()).isVisible();

        // A second sample into the same plan: nothing happens until Carla chooses what to do with what is there.
        open("aarsplan-skabeloner");
        useSample("8. klasse: integreret i fagene hele året");
        assertThat(page.getByText("Planen har allerede forløb")).isVisible();
        button("Læg forløbene i planen").click();
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("Vælg, om skabelonens forløb skal lægges ved siden af dem eller erstatte dem")))
                .isVisible();
        page.getByText("Fjern dem, og brug kun skabelonen").click();
        button("Læg forløbene i planen").click();
        page.waitForURL(url -> url.contains("/aarsplan/"));
        assertThat(page.locator("h1")).containsText("Valgfag TF");

        context.clearCookies();
        signIn("leder", PASSWORD);
        open("aarsplan-skabeloner");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Klassetrin")).first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("8. klasse")).first().click();
        Locator uses = page.locator("table").filter(new Locator.FilterOptions()
                .setHasText("Planer lavet ud fra en skabelon"));
        assertThat(uses).containsText("Årsplan for Valgfag TF");
        assertThat(uses).containsText("Integreret");
        assertAccessible("Årsplan-skabeloner (leder)");
    }

    @Test
    void aPupilWritesAPortfolioEntryAndTheTeacherComments() {
        loginPupil("DEMOVF", "Bertram");
        page.getByLabel("Din hemmelige kode").fill("raket ugle 8");
        page.getByText("Log ind", new Page.GetByTextOptions().setExact(true)).click();
        expectHeading("Mine opgaver");
        open("portfolio");
        expectHeading("Min portfolio");
        assertThat(page.getByText("Jeg knækkede Cæsar")).isVisible();
        assertAccessible("Min portfolio");

        // No heading: refused with the reason, and the text stays in the field.
        page.getByLabel("Det gjorde jeg").fill("Vi byggede en vandingsmaskine med en fugtsensor.");
        button("Gem indlægget").click();
        assertThat(page.getByText("Giv indlægget en overskrift.")).isVisible();
        assertThat(page.getByLabel("Det gjorde jeg")).hasValue("Vi byggede en vandingsmaskine med en fugtsensor.");
        page.getByLabel("Overskrift").fill("Vanding på skolens tag");
        page.getByLabel("Det tænker jeg om det").fill("Sensoren skal sidde dybere i jorden.");
        button("Gem indlægget").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("Indlægget »Vanding på skolens tag« er gemt."))).isVisible();
        Locator entry = page.locator(".opdag-portfolio-box").filter(new Locator.FilterOptions()
                .setHasText("Vanding på skolens tag"));
        entry.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("tag.png", "image/png", PNG));
        assertThat(page.getByText("Filen »tag.png« er vedhæftet.")).isVisible();
        assertThat(page.getByAltText("Billede vedhæftet indlægget: tag.png")).isVisible();

        context.clearCookies();
        signIn("carla", PASSWORD);
        open("valgfag");
        expectHeading("Valgfag i teknologiforståelse");
        assertAccessible("Valgfag (lærer)");
        page.getByText("Læs portfolioerne i Valgfag TF").click();
        expectHeading("Portfolioer i valgfaget");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vanding på skolens tag")))
                .isVisible();
        page.getByLabel("Din kommentar til »Vanding på skolens tag«")
                .fill("Godt set med sensoren. Hvordan vil du teste det?");
        button("Gem kommentaren til »Vanding på skolens tag«").click();
        assertThat(page.getByText("Kommentar fra Carla Christensen").filter(new Locator.FilterOptions()
                .setHasText("Hvordan vil du teste det?"))).isVisible();
        assertAccessible("Portfolioer i valgfaget");

        context.clearCookies();
        loginPupil("DEMOVF", "Bertram");
        page.getByLabel("Din hemmelige kode").fill("raket ugle 8");
        page.getByText("Log ind", new Page.GetByTextOptions().setExact(true)).click();
        expectHeading("Mine opgaver");
        open("portfolio/udskriv");
        assertThat(page.getByText("Godt set med sensoren. Hvordan vil du teste det?", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertAccessible("Udskriv portfolio");
    }
}
