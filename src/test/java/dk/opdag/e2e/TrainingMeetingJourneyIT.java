package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.UserRepository;
import dk.opdag.shell.TimeConfig;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.team.TeamService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dialogue cards at a staff meeting: facilitator mode on the projector (large card, next and random card, a timer
 * that counts down, the team's note saved with today's date), the printable sheet; and the ambassador's session
 * whose attendance completes the module for the colleague who came, with the logbook, track and course record.
 */
class TrainingMeetingJourneyIT extends BrowserTestBase {

    @Autowired
    UserRepository users;
    @Autowired
    TeamService teams;
    @Autowired
    TrainingCatalog catalog;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void checkAccessible(String where) {
        page.waitForFunction("() => document.title.length > 0");
        assertAccessible(where);
    }

    private SignedInUser staff(String username) {
        var u = users.findStaffByUsername(username).orElseThrow().user();
        return new SignedInUser(u.id(), u.role(), u.name(), u.schoolId());
    }

    @Test
    void aTeamMeetingRunsOnTheProjectorWithCardsTimerAndDatedNotes() {
        SignedInUser leader = staff("leder");
        long team = teams.create(leader, "Mellemtrinnet-møde");
        teams.addMember(leader, team, staff("bo").id());

        signIn("bo", PASSWORD);
        open("efteruddannelse/dialogkort");
        expectHeading("Dialogkort");
        assertThat(page.locator(".opdag-dialogue-card")).hasCount(catalog.content().cards().size());
        checkAccessible("dialogkort");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start møde med Mellemtrinnet-møde")).click();
        expectHeading("Dialogmøde: Mellemtrinnet-møde");

        Locator question = page.locator(".opdag-facilitator-question");
        String first = catalog.content().cards().getFirst().question();
        assertThat(question).hasText(first);
        assertThat(question).hasCSS("font-size", "48px");
        button("Næste kort").click();
        assertThat(question).hasText(catalog.content().cards().get(1).question());
        button("Tilfældigt kort").click();
        assertThat(question).not().hasText(catalog.content().cards().get(1).question());
        assertThat(page.locator(".opdag-facilitator-area")).containsText(Pattern.compile("kort \\d+ af "
                + catalog.content().cards().size()));

        page.getByLabel("Minutter").fill("1");
        page.getByLabel("Minutter").press("Tab");
        Locator timer = page.locator("opdag-timer");
        assertThat(timer.locator("[role='timer']")).hasText("1:00");
        timer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start")).click();
        assertThat(timer.locator("[role='timer']")).hasText(Pattern.compile("^0:5\\d$"));
        timer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pause")).click();
        timer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nulstil")).click();
        assertThat(timer.locator("[role='timer']")).hasText("1:00");

        String shown = question.textContent();
        page.getByLabel("Teamets note til kortet").fill("Vi vil prøve løkker i alle 5. klasser i uge 47.");
        button("Gem noten").click();
        assertThat(page.getByText("Noten er gemt med dagens dato.")).isVisible();
        String today = LocalDate.now(TimeConfig.DANISH_TIME).format(DateTimeFormatter.ofPattern("d. MMMM yyyy",
                Locale.of("da")));
        assertThat(page.locator(".opdag-facilitator li").filter(new Locator.FilterOptions()
                .setHasText("Vi vil prøve løkker"))).hasText(today + " · " + shown
                + ": Vi vil prøve løkker i alle 5. klasser i uge 47.");
        checkAccessible("mødetilstand");

        open("efteruddannelse/team/" + team);
        assertThat(page.getByText("Vi vil prøve løkker i alle 5. klasser i uge 47.")).isVisible();

        open("efteruddannelse/dialogkort/udskriv");
        assertThat(page.locator(".opdag-print-card")).hasCount(catalog.content().cards().size());
        checkAccessible("udskriv dialogkort");
    }

    @Test
    void anAmbassadorsSessionCompletesTheModuleForTheColleagueWhoCame() {
        String moduleTitle = catalog.module("sekvens").orElseThrow().title();
        signIn("leder", PASSWORD);
        open("efteruddannelse/ledelse");
        Locator pick = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Lærer"));
        pick.locator("input").fill("Carla");
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Carla Christensen")).first()
                .click();
        button("Udnævn som ambassadør").click();
        assertThat(page.getByText("Carla Christensen er nu digital ambassadør.")).isVisible();
        page.context().clearCookies();

        signIn("carla", PASSWORD);
        open("efteruddannelse/ambassador");
        expectHeading("Digital ambassadør");
        checkAccessible("ambassadør");
        Locator module = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Modul"));
        module.locator("input").fill("Sekvens");
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(moduleTitle)).first().click();
        page.getByLabel("Sted").fill("Lærerværelset");
        Locator invite = page.locator("vaadin-multi-select-combo-box").filter(new Locator.FilterOptions()
                .setHasText("Invitér kolleger"));
        invite.locator("input").fill("Anne");
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Anne Andersen")).first()
                .click();
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0); // the overlay is closed before the next click
        button("Opret sessionen").click();
        page.locator("h1:has-text('Session:'), .opdag-error").first().waitFor();
        assertThat(page.locator(".opdag-error")).hasCount(0);
        expectHeading("Session: " + moduleTitle);
        String sessionUrl = addressMatching(".*/session/[^/]+$");
        page.getByLabel("Ny note").fill("Husk kridt til robot-legen.");
        button("Gem noten").click();
        assertThat(page.getByText("Noten er gemt.")).isVisible();
        checkAccessible("session");
        page.context().clearCookies();

        signIn("anne", PASSWORD);
        page.navigate(sessionUrl);
        expectHeading("Session: " + moduleTitle);
        assertThat(page.getByText("Husk kridt til robot-legen.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Hvem deltog?")).hasCount(0);
        page.getByLabel("Ny note").fill("Jeg tager terninger med.");
        button("Gem noten").click();
        assertThat(page.getByText("Jeg tager terninger med.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.context().clearCookies();

        signIn("carla", PASSWORD);
        page.navigate(sessionUrl);
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Anne Andersen")).click();
        button("Registrér fremmøde og afslut").click();
        assertThat(page.getByText("Fremmødet er registreret. Modulet er gennemført for 1 kolleger og for dig."))
                .isVisible();
        page.context().clearCookies();

        signIn("anne", PASSWORD);
        open("efteruddannelse/forloeb/programmering");
        expectHeading(catalog.content().track("programmering").orElseThrow().title());
        assertThat(page.locator(".opdag-module-list li").first()).containsText("Gennemført");
        checkAccessible("forløb");
        open("efteruddannelse/modul/sekvens");
        page.getByLabel(catalog.module("sekvens").orElseThrow().reflection().getFirst())
                .fill("Robot-legen fik alle med.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem svar 1 i logbogen")).click();
        assertThat(page.getByText("Gemt i din logbog.")).isVisible();
        open("efteruddannelse/logbog");
        expectHeading("Min logbog");
        assertThat(page.getByText("Robot-legen fik alle med.")).isVisible();
        checkAccessible("logbog");
        open("efteruddannelse/kursusbevis");
        expectHeading("Kursusbevis");
        assertThat(page.locator(".opdag-course-record")).containsText(moduleTitle);
        checkAccessible("kursusbevis");
    }
}
