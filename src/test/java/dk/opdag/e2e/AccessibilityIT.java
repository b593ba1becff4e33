package dk.opdag.e2e;

import org.junit.jupiter.api.Test;

/** axe-core on the login pages and the landing page of every role: no serious or critical WCAG 2.1 AA violations. */
class AccessibilityIT extends BrowserTestBase {

    @Test
    void staffLoginPage() {
        open("login");
        page.locator("vaadin-login-form").waitFor();
        assertAccessible("login");
    }

    @Test
    void pupilLoginStepByStep() {
        open("elev");
        page.getByLabel("Klassekode").waitFor();
        assertAccessible("elev: klassekode");
        page.getByLabel("Klassekode").fill("DEMO2A");
        page.getByText("Videre").click();
        page.getByText("Hvem er du i 2.A?").waitFor();
        assertAccessible("elev: navne");
        page.getByText("Alma").click();
        page.getByText("Hej Alma!").waitFor();
        assertAccessible("elev: billeder");
    }

    @Test
    void landingPagesOfEveryRole() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        assertAccessible("Mine opgaver");

        context.clearCookies();
        loginStaff("anne", PASSWORD);
        expectHeading("Mine klasser");
        assertAccessible("Mine klasser");

        context.clearCookies();
        loginStaff("leder", PASSWORD);
        expectHeading("Skolens overblik");
        assertAccessible("Skolens overblik");

        context.clearCookies();
        loginStaff("admin", PASSWORD);
        expectHeading("Skoler og brugere");
        assertAccessible("Skoler og brugere");
    }
}
