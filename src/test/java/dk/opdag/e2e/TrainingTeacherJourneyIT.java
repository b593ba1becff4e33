package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.content.Module;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher's own training end to end: Carla (8.C) assesses herself with a pause in the middle, sees her radar and
 * the module recommended for her largest gap, gives its practice activity to Ellie in 8.C, takes the knowledge check;
 * Ellie answers the activity's reflection; the module shows the practice done. And pupils are refused.
 */
class TrainingTeacherJourneyIT extends BrowserTestBase {

    @Autowired
    TrainingCatalog catalog;

    private Locator button(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator step() {
        return page.locator("h2").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Trin ")));
    }

    private void checkAccessible(String where) {
        page.waitForFunction("() => document.title.length > 0");
        assertAccessible(where);
    }

    /** Answers every item of the current step with {@code rating}, except item {@code lowIndex} with {@code low}. */
    private void answerStep(int lowIndex, int low, int rating, int answeredBefore) {
        Locator groups = page.locator("vaadin-radio-group.opdag-assessment-item");
        assertThat(groups).hasCount(6);
        for (int i = 0; i < 6; i++) {
            int value = i == lowIndex ? low : rating;
            groups.nth(i).locator("vaadin-radio-button").nth(value).click();
            assertThat(page.locator(".opdag-assessment-progress"))
                    .hasText((answeredBefore + i + 1) + " af 24 udsagn er besvaret.");
        }
    }

    @Test
    void aTeacherAssessesHerselfSeesTheRadarAndPractisesTheRecommendedModuleInHerClass() {
        signIn("carla", PASSWORD);
        link("Efteruddannelse").click();
        expectHeading("Efteruddannelse i digital didaktik");
        checkAccessible("efteruddannelse");

        link("Start selvvurderingen (10–15 minutter)").click();
        expectHeading("Selvvurdering");
        assertThat(step()).hasText("Trin 1 af 4: Anvendelse");
        // Strong everywhere but in using AI (anvendelse, 6th item) and understanding it (teknologiforståelse, 6th).
        answerStep(5, 0, 4, 0);
        checkAccessible("selvvurdering");
        link("Hold pause (dine svar er gemt)").click();
        assertThat(page.getByText("Du er i gang med selvvurderingen: 6 af 24 udsagn er besvaret."))
                .isVisible();
        link("Fortsæt selvvurderingen").click();
        assertThat(step()).hasText("Trin 2 af 4: Teknologiforståelse");
        answerStep(5, 1, 4, 6);
        button(page, "Næste").click();
        assertThat(step()).hasText("Trin 3 af 4: Digital didaktik");
        answerStep(-1, 0, 4, 12);
        button(page, "Næste").click();
        assertThat(step()).hasText("Trin 4 af 4: Udvikling og deling");
        answerStep(-1, 0, 4, 18);
        button(page, "Færdig – se min profil").click();

        expectHeading("Din kompetenceprofil");
        assertThat(page.locator("opdag-chart[role='img']").first())
                .hasAttribute("aria-label", Pattern.compile("^Radardiagram over mål og niveau"));
        assertThat(page.locator("table[aria-label='Mål, selvvurdering og videnstjek pr. dimension']"))
                .containsText("Anvendelse");
        assertThat(page.getByText("Du har mest at hente i:")).isVisible();
        assertThat(page.locator("li").filter(new Locator.FilterOptions().setHasText("trin 0:"))).hasCount(1);
        checkAccessible("profil");

        Module recommended = catalog.module("ai-i-klassen").orElseThrow();
        page.locator(".opdag-recommendations").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(recommended.title())).click();
        expectHeading(recommended.title());
        checkAccessible("modul");

        // I din klasse: only Ellie gets the activity, so one pupil's work is the whole class's.
        page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText("Til hvem?"))
                .locator("vaadin-radio-button").nth(1).click();
        Locator pupils = page.locator("vaadin-multi-select-combo-box").filter(
                new Locator.FilterOptions().setHasText("Elever"));
        pupils.locator("input").fill("Ellie");
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Ellie")).first().click();
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0); // the overlay is closed before the next click
        button(page, "Giv klassen aktiviteten").click();
        assertThat(page.locator(".opdag-practice-status")).containsText("0 af 1 elever er færdige");

        // The knowledge check: one wrong answer, then the explanation.
        for (int i = 0; i < recommended.check().size(); i++) {
            Module.Question q = recommended.check().get(i);
            int choose = i == 0 ? (q.correctIndex() + 1) % q.options().size() : q.correctIndex();
            page.locator(".opdag-check-question").nth(i).locator("vaadin-radio-button").nth(choose).click();
        }
        button(page, "Tjek mine svar").click();
        assertThat(page.getByText("Du fik " + (recommended.check().size() - 1) + " af "
                + recommended.check().size() + " rigtige.")).isVisible();
        assertThat(page.locator(".opdag-check-wrong")).containsText(recommended.check().get(0).explanation());

        BrowserContext pupilContext = newContext();
        try {
            Page ellie = pupilContext.newPage();
            ellie.navigate("/elev");
            ellie.getByLabel("Klassekode").fill("DEMO8C");
            ellie.getByText("Videre").click();
            ellie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ellie").setExact(true)).click();
            ellie.getByLabel("Din hemmelige kode").fill("robot sky 3");
            button(ellie, "Log ind").click();
            ellie.waitForURL(url -> url.contains("mine-opgaver"));
            ellie.locator(".opdag-task").filter(new Locator.FilterOptions().setHasText("Må chatbotten skrive"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Refleksion")))
                    .click();
            ellie.locator("vaadin-text-area").first().locator("textarea")
                    .fill("En chatbot må give idéer, men teksten skal være min egen.");
            ellie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem dit svar på spørgsmål 1"))
                    .click();
            assertThat(ellie.getByText("Dit svar er gemt.")).isVisible();
        } finally {
            pupilContext.close();
        }

        page.reload();
        expectHeading(recommended.title());
        assertThat(page.locator(".opdag-practice-status")).containsText("1 af 1 elever er færdige");
        assertThat(page.getByText("Klassen har lavet øvelsen")).isVisible();
        button(page, "Markér modulet som gennemført").click();
        assertThat(page.getByText("Modulet er gennemført.").first()).isVisible();
    }

    @Test
    void aPupilIsRefusedEveryTrainingPage() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        for (String path : new String[] {"efteruddannelse", "efteruddannelse/profil", "efteruddannelse/logbog",
                "efteruddannelse/ledelse"}) {
            open(path);
            expectHeading("Du har ikke adgang til denne side");
        }
    }
}
