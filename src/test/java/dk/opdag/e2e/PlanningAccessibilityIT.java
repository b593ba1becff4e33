package dk.opdag.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** axe-core on the planning views (BrowserTestBase.assertAccessible): no serious or critical WCAG 2.1 AA violations. */
class PlanningAccessibilityIT extends BrowserTestBase {

    @Test
    void theLeadersPlanningViews() {
        signIn("leder", PASSWORD);
        open("daekning");
        page.locator(".opdag-heat-map").waitFor();
        page.locator("opdag-chart").first().waitFor();
        assertAccessible("Dækning");
        open("lighed");
        page.locator("opdag-chart").first().waitFor();
        assertAccessible("Lige muligheder");
        open("aarsplaner");
        page.getByText("Ferieuger", new Page.GetByTextOptions().setExact(true)).first().waitFor();
        assertAccessible("Årsplaner (leder)");
        open("skolens-overblik");
        page.getByText("Teknologiforståelse i årsplanerne").waitFor();
        assertAccessible("Skolens overblik");
    }

    @Test
    void theAdministratorsMunicipalityView() {
        signIn("admin", PASSWORD);
        open("kommunens-daekning");
        page.locator("vaadin-select").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kommune"))
                .first().click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Demo Kommune")).first().click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                page.locator(".opdag-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Opdag Demoskole"))).isVisible();
        assertAccessible("Kommunens dækning");
    }

    @Test
    void aTeachersPlanItsTabsAndItsDialogs() {
        signIn("anne", PASSWORD);
        open("aarsplaner");
        page.getByText("Mine klassers årsplaner").waitFor();
        assertAccessible("Årsplaner (lærer)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åbn årsplanen for 2.A")).click();
        page.locator(".opdag-week-board").waitFor();
        assertAccessible("Årsplan: uger");
        for (String tab : List.of("Liste (4)", "Dækning", "Planlagt og gennemført", "Historik")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tab)).click();
            page.locator(".opdag-section-bar vaadin-button[aria-pressed=true]").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText(tab)).waitFor();
            assertAccessible("Årsplan: " + tab);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sæt et forløb ind")).click();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Aktivitet")).waitFor();
        assertAccessible("Sæt et forløb ind");
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalenderabonnement")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lav en ny adresse")).click();
        page.getByLabel("Din kalenderadresse").waitFor();
        assertThat(page.getByLabel("Din kalenderadresse").inputValue()).contains("/kalender/").endsWith(".ics");
        assertAccessible("Kalenderabonnement");
        String feed = page.getByLabel("Din kalenderadresse").inputValue();
        page.keyboard().press("Escape");
        String plan = addressMatching(".*/aarsplan/\\d+.*").replaceAll(".*/aarsplan/(\\d+).*", "$1");
        open("aarsplan/" + plan + "/udskriv");
        page.getByText("Udskrevet").waitFor();
        assertAccessible("Udskrift");

        // A calendar app has no login: the address alone gives the plan, without pupils.
        context.clearCookies();
        var response = page.request().get(feed);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("text/calendar");
        assertThat(response.text()).contains("BEGIN:VEVENT").doesNotContain("Alma");
    }
}
