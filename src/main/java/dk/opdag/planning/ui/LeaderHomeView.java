package dk.opdag.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Skolens overblik": every class of the leader's school this year, with pupils counted and teachers named.
 * Classes without a teacher are named in words, so no class is left out by accident.
 */
@Route(Navigation.LEADER_HOME)
@RolesAllowed(Role.Names.LEADER)
public class LeaderHomeView extends VerticalLayout implements HasDynamicTitle {

    public LeaderHomeView(ClassroomService classrooms, CurrentUser currentUser) {
        var overview = classrooms.overview(currentUser.require());
        add(new H1(getTranslation("leader.title")));
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leader.title");
    }
}
