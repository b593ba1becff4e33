package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The guides in teacher-guides/ are one click from the menu, and pupils cannot open them. */
class GuidesJourneyIT extends BrowserTestBase {

    @Test
    void teacherOpensTheGettingStartedGuideFromTheMenu() {
        signIn("anne", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vejledninger")).click();
        expectHeading("Vejledninger");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kom i gang med Opdag")).click();
        assertThat(page.locator("h1")).hasText("Kom i gang med Opdag");
        assertThat(page.getByText("Sådan logger eleverne ind")).isVisible();
        assertAccessible("vejledning");
    }

    @Test
    void aPupilIsRefused() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        expectHeading("Mine opgaver");
        open("vejledninger/kom-i-gang");
        expectHeading("Du har ikke adgang til denne side");
        assertThat(page.getByText("Sådan logger eleverne ind")).hasCount(0);
    }
}
