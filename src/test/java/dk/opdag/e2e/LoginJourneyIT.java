package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.classroom.ClassRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every role logs in the way it really would, and wrong input gets a clear Danish answer. */
class LoginJourneyIT extends BrowserTestBase {

    @Autowired
    ClassRepository classes;
    @Autowired
    ApplicationContext app;

    @Test
    void teacherLogsInAndSeesOnlyTheirClasses() {
        loginStaff("anne", PASSWORD);
        expectHeading("Mine klasser");
        assertThat(page.getByText("2.A", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByText("20 elever")).isVisible();
        assertThat(page.getByText("5.B")).hasCount(0);
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("2.A").setExact(true)).click();
        expectHeading("Klasse 2.A");
        assertThat(page.getByText("Alma", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    @Test
    void pupilLogsInWithClassCodeNameAndPictures() {
        loginPupil("demo2a", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        assertThat(page.getByText("Du går i 2.A.")).isVisible();
        // The demo lesson gives 2.A the school bus activity, so Alma's list has it.
        assertThat(page.getByText("Find den bedste vej for skolebussen")).isVisible();
    }

    @Test
    void pupilWithWordCodeLogsIn() {
        open("elev");
        page.getByLabel("Klassekode").fill("DEMO5B");
        page.getByText("Videre").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Asta").setExact(true)).click();
        page.getByLabel("Din hemmelige kode").fill("Kage tog 7");
        page.getByText("Log ind", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        expectHeading("Mine opgaver");
    }

    @Test
    void leaderLogsInAndSeesTheSchoolOverview() {
        loginStaff("leder", PASSWORD);
        expectHeading("Skolens overblik");
        assertThat(page.getByText("Opdag Demoskole")).isVisible();
        for (String klass : new String[] {"2.A", "5.B", "8.C"}) {
            assertThat(page.getByText(klass, new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                    .isVisible();
        }
    }

    @Test
    void pupilWhoOpensATeacherPageByUrlIsRefused() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        open("mine-klasser");
        assertThat(page.getByText("Du har ikke adgang til denne side")).isVisible();
        open("klasse/" + classes.findByCode("DEMO2A").orElseThrow().id());
        assertThat(page.getByText("Du har ikke adgang til denne side")).isVisible();
        assertThat(page.getByText("Noah")).hasCount(0);
    }

    @Test
    void teacherOfAnotherClassCannotOpenItByUrl() {
        loginStaff("bo", PASSWORD);
        expectHeading("Mine klasser");
        open("klasse/" + classes.findByCode("DEMO2A").orElseThrow().id());
        assertThat(page.getByText("Du har ikke adgang til denne klasse.")).isVisible();
        assertThat(page.getByText("Alma")).hasCount(0);
    }

    @Test
    void wrongPasswordGetsAClearDanishMessage() {
        loginStaff("carla", "forkert-kode");
        assertThat(page.getByText("Brugernavnet eller adgangskoden er forkert.",
                new com.microsoft.playwright.Page.GetByTextOptions().setExact(false))).isVisible();
        expectHeading("Opdag");
    }

    @Test
    void wrongPupilCodeAndUnknownClassCodeGetClearDanishMessages() {
        open("elev");
        page.getByLabel("Klassekode").fill("FINDES");
        page.getByText("Videre").click();
        assertThat(page.getByText("Vi kan ikke finde klassekoden «FINDES»")).isVisible();
        page.getByLabel("Klassekode").fill("DEMO2A");
        page.getByText("Videre").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Noah").setExact(true)).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ko").setExact(true)).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gris").setExact(true)).click();
        assertThat(page.getByText("Det var ikke din kode.")).isVisible();
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() {
        open("login");
        // Five tries are checked; the sixth waits (see ThrottleScenariosTest for who else is and is not slowed).
        for (int i = 0; i < 6; i++) {
            page.locator("vaadin-login-form input[name='username']").fill("leder2");
            page.locator("vaadin-login-form input[name='password']").fill("gæt-nummer-" + i);
            page.locator("vaadin-login-form input[name='password']").press("Enter");
            if (i < 5) {
                assertThat(page.getByText("Brugernavnet eller adgangskoden er forkert.")).isVisible();
            }
        }
        assertThat(page.getByText("For mange forkerte forsøg.")).isVisible();
    }

    @Test
    void theLoginFormHasNoSecondWayInBesideOurAccounts() {
        // Spring Boot's generated in-memory user would accept the form's POST with a password from the log.
        assertThat(app.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }

    @Test
    void readinessIsUpOnceTheCurriculumIsSynchronised() {
        // The demo school exists (anne logs in above), so start-up's runners are done and the probe must say so.
        var response = page.request().get("/actuator/health/readiness");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("UP");
    }
}
