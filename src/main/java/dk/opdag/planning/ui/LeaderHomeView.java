package dk.opdag.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.planning.TrainingPlanService;
import dk.opdag.planning.coverage.ClassCoverage;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.planning.coverage.SchoolCoverage;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Skolens overblik": every class of the leader's school this year, with pupils counted and teachers named, and how
 * technology understanding stands in the year plans. Classes without a teacher, and gaps in the plans, are named in
 * words, so no class is left out by accident.
 */
@Route(Navigation.LEADER_HOME)
@Menu(title = "nav.leader-home", order = 10)
@RolesAllowed(Role.Names.LEADER)
@StyleSheet("styles/planning.css")
public class LeaderHomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN_GAPS = 5;

    public LeaderHomeView(ClassroomService classrooms, CoverageService coverage, TrainingPlanService training,
                          dk.opdag.planning.feed.SchoolFeedService schoolFeeds, CurrentUser currentUser) {
        SignedInUser user = currentUser.require();
        var overview = classrooms.overview(user);
        add(new H1(getTranslation("leader.title")));
        com.vaadin.flow.component.button.Button feed = new com.vaadin.flow.component.button.Button(
                getTranslation("feed.school.open"), e -> new SchoolFeedDialog(schoolFeeds, user).open());
        feed.setId("school-feed");
        add(new Paragraph(getTranslation("leader.summary", overview.schoolName(),
                SchoolYears.label(overview.startYear()), overview.classes().size(), overview.pupils())));
        if (overview.classes().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("leader.empty"));
            empty.addClassName("opdag-empty");
            add(empty);
            return;
        }
        overview.classes().stream().filter(c -> c.teachers().isEmpty()).forEach(c -> {
            Paragraph gap = new Paragraph(getTranslation("leader.no-teacher", c.name()));
            gap.addClassName("opdag-gap");
            add(gap);
        });
        Grid<ClassSummary> grid = new Grid<>();
        grid.addComponentColumn(c -> new Anchor("klasse/" + c.id(), c.name())).setHeader(getTranslation("leader.class"));
        grid.addColumn(c -> c.grade() + ".").setHeader(getTranslation("leader.grade"));
        grid.addColumn(ClassSummary::pupils).setHeader(getTranslation("leader.pupils"));
        grid.addColumn(c -> String.join(", ", c.teachers())).setHeader(getTranslation("leader.teachers"));
        grid.setItems(overview.classes());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("leader.classes"));
        add(grid);
        if (user.schoolId() != null) {
            add(planningSummary(coverage.school(user, user.schoolId(), overview.startYear())));
            add(new TrainingItemsPanel(training.ofSchool(user, overview.startYear()), Navigation.TRAINING_LEADER));
            add(feed);
        }
    }

    /** Technology understanding in the year plans, at a glance: how many classes plan it, and the first gaps. */
    private Div planningSummary(SchoolCoverage school) {
        Div box = new Div();
        box.addClassName("opdag-leader-planning");
        box.add(new H2(getTranslation("planning.home.title")));
        long planned = school.classes().stream().filter(c -> c.state() == ClassCoverage.PlanState.PLANNED).count();
        box.add(new Paragraph(getTranslation("planning.home.summary", planned, school.classes().size(),
                school.gaps().size())));
        if (!school.gaps().isEmpty()) {
            UnorderedList gaps = new UnorderedList();
            gaps.addClassName("opdag-gap-list");
            school.gaps().stream().limit(SHOWN_GAPS).forEach(g -> gaps.add(new ListItem(g.text(getLocale()))));
            box.add(gaps);
        }
        Div links = new Div(new Anchor(Navigation.COVERAGE, getTranslation("planning.home.coverage")),
                new Anchor(Navigation.EQUITY, getTranslation("planning.home.equity")),
                new Anchor(Navigation.YEAR_PLANS, getTranslation("planning.home.plans")));
        links.addClassName("opdag-links");
        box.add(links);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leader.title");
    }
}
