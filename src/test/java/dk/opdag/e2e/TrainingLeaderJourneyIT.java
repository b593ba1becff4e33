package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.UserRepository;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.profile.SelfAssessmentService;
import dk.opdag.training.team.TeamService;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * KL's five steps in the browser: the leader makes a team of three teachers who have assessed themselves, sets
 * targets, sees "too few answers" with two members and the aggregate with three, puts a module in the year plan,
 * and finds it on the school overview. The leader's look at the aggregate is in the audit log, and a teacher outside
 * the team is refused.
 */
class TrainingLeaderJourneyIT extends BrowserTestBase {

    @Autowired
    SchoolAdminService schoolAdmin;
    @Autowired
    UserRepository users;
    @Autowired
    SelfAssessmentService assessments;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    DSLContext dsl;
    @Autowired
    TeamService teams;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void checkAccessible(String where) {
        page.waitForFunction("() => document.title.length > 0");
        assertAccessible(where);
    }

    /** A new teacher at the demo school with a finished self-assessment (every item at {@code rating}). */
    private String assessedTeacher(String username, String name, int rating) {
        long school = users.findStaffByUsername("leder").orElseThrow().user().schoolId();
        long id = schoolAdmin.createStaff(school, Role.TEACHER, username, PASSWORD, name);
        SignedInUser teacher = new SignedInUser(id, Role.TEACHER, name, school);
        var p = assessments.startOrResume(teacher);
        catalog.content().competences().items().forEach(i -> assessments.answer(teacher, p.assessmentId(), i.id(),
                rating));
        assessments.finish(teacher, p.assessmentId());
        return name;
    }

    private void addMember(String name) {
        Locator combo = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHasText("Tilføj en lærer"));
        combo.locator("input").fill(name);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(name)).first().click();
        button("Tilføj").click();
        assertThat(page.getByText(name + " er med i teamet.")).isVisible();
    }

    @Test
    void aLeaderBuildsATeamProfileAndPutsAModuleInTheYearPlan() {
        List<String> names = List.of(assessedTeacher("ida-indsk", "Ida Indskoling", 1),
                assessedTeacher("jens-indsk", "Jens Indskoling", 2), assessedTeacher("kim-indsk", "Kim Indskoling", 3));
        int auditBefore = dsl.fetchCount(dk.opdag.db.Tables.AUDIT_LOG,
                dk.opdag.db.Tables.AUDIT_LOG.ACTION.eq(TeamService.AUDIT_PROFILE_VIEW));

        signIn("leder", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ledelse af efteruddannelse").setExact(true)).click();
        expectHeading("Ledelse af efteruddannelsen");
        checkAccessible("ledelse af efteruddannelse");
        page.getByLabel("Nyt team").fill("Indskolingen");
        button("Opret team").click();
        expectHeading("Team: Indskolingen");

        addMember(names.get(0));
        addMember(names.get(1));
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Digital didaktik")).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^4 "))).click();
        button("Gem målene").click();
        assertThat(page.getByText("Målene er gemt.")).isVisible();

        button("Lav et nyt billede af teamet").click();
        assertThat(page.getByText("For få svar til at vise et billede: 2 har svaret")).isVisible();
        assertThat(page.locator(".opdag-too-few")).hasText("For få svar til at vise et billede");
        assertThat(page.locator("opdag-chart")).hasCount(0);

        addMember(names.get(2));
        assertThat(page.getByText("3 af 3 medlemmer har en færdig selvvurdering.")).isVisible();
        button("Lav et nyt billede af teamet").click();
        assertThat(page.getByText("Et nyt billede af teamet er lavet ud fra 3 svar.")).isVisible();
        assertThat(page.locator("opdag-chart[role='img']")).hasAttribute("aria-label",
                Pattern.compile("lavet ud fra 3 svar"));
        // The numbers behind the radar: the mean of 1, 2 and 3, and the target of 4 the team set.
        page.locator(".opdag-chart-numbers summary").click();
        assertThat(page.locator(".opdag-chart-numbers table")).containsText("Digital didaktik");
        assertThat(page.locator(".opdag-chart-numbers table tr").filter(new Locator.FilterOptions()
                .setHasText("Digital didaktik"))).containsText("4");
        assertThat(page.locator(".opdag-chart-numbers table tr").filter(new Locator.FilterOptions()
                .setHasText("Digital didaktik"))).containsText("2");
        checkAccessible("team");
        assertThat(dsl.fetchCount(dk.opdag.db.Tables.AUDIT_LOG,
                dk.opdag.db.Tables.AUDIT_LOG.ACTION.eq(TeamService.AUDIT_PROFILE_VIEW))).isGreaterThan(auditBefore);

        // Step 5: a module in the school's year plan.
        String module = catalog.module("loekker").orElseThrow().title();
        Locator moduleBox = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Modul"));
        moduleBox.locator("input").fill("Løkker");
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(module)).first().click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Fra uge")).click();
        openSelectItem("Uge 45 ").click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Til uge")).click();
        openSelectItem("Uge 46 ").click();
        button("Sæt i årsplanen").click();
        assertThat(page.getByText("»" + module + "« står nu i skolens årsplan i uge 45–46.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skolens overblik").setExact(true)).click();
        expectHeading("Skolens overblik");
        assertThat(page.locator(".opdag-leader-training")).containsText("Uge 45–46: Indskolingen – " + module);

        open("efteruddannelse/ledelse");
        Locator row = page.locator("table[aria-label='Deltagelse pr. team'] tr").filter(
                new Locator.FilterOptions().setHasText("Indskolingen"));
        assertThat(row).containsText("3 af 3");
        // Participation only: the leader's page never shows anyone's ratings.
        assertThat(page.getByText(names.get(0))).hasCount(0);
    }

    @Test
    void aTeacherOutsideTheTeamIsRefusedItsPage() {
        long school = users.findStaffByUsername("leder").orElseThrow().user().schoolId();
        long leaderId = users.findStaffByUsername("leder").orElseThrow().user().id();
        SignedInUser leader = new SignedInUser(leaderId, Role.LEADER, "Lene Leder", school);
        long team = teams.create(leader, "Udskolingen-lukket");
        signIn("anne", PASSWORD);
        open("efteruddannelse/team/" + team);
        expectHeading("Du har ikke adgang til denne side");
        assertThat(page.getByText("Du har ikke adgang til dette team.")).isVisible();
        open("efteruddannelse/team/" + team + "/moede");
        expectHeading("Du har ikke adgang til denne side");
    }

    /**
     * An item of the select that is open now. Both week selects list the same weeks, and the list of the one just
     * closed can still count as visible while it fades, so the item is looked for in the open select only.
     */
    private Locator openSelectItem(String text) {
        return page.locator("vaadin-select[opened] vaadin-select-item, vaadin-select-overlay[opened] vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(text));
    }
}
