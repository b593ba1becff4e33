package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.curriculum.yearplan.ValgfagCourse;
import dk.opdag.planning.PlanOverview;
import dk.opdag.planning.Plans;
import dk.opdag.portfolio.PortfolioException;
import dk.opdag.portfolio.PortfolioService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Valgfag": the course at a glance and the teacher's 7.–8. classes, each marked as a valgfag class or not. */
@Route(ValgfagView.ROUTE)
@Menu(title = "valgfag.nav", order = 80)
@StyleSheet("styles/yearplans.css")
@RolesAllowed(Role.Names.TEACHER)
public class ValgfagView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "valgfag";

    private final PortfolioService portfolios;
    private final Plans plans;
    private final PlanOverview planOverview;
    private final CurrentUser currentUser;
    private final Paragraph status = new Paragraph();
    private final Div content = new Div();
    private SignedInUser user;

    public ValgfagView(PortfolioService portfolios, Plans plans, PlanOverview planOverview, CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.plans = plans;
        this.planOverview = planOverview;
        this.currentUser = currentUser;
        ValgfagCourse course = portfolios.course();
        add(new H1(getTranslation("valgfag.title")));
        add(new Paragraph(course.title() + ". " + course.rationale()));
        status.getElement().setAttribute("role", "status");
        add(status, content);
        content.setWidthFull();
        add(new H2(getTranslation("valgfag.modules")));
        add(CourseTable.of(this, course));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        show();
    }

    private void show() {
        content.removeAll();
        content.add(new H2(getTranslation("valgfag.classes")));
        ValgfagCourse course = portfolios.course();
        List<ClassSummary> classes = planOverview.classesOf(user, plans.currentStartYear()).stream()
                .filter(c -> course.grades().contains(c.grade())).toList();
        if (classes.isEmpty()) {
            content.add(new Paragraph(getTranslation("valgfag.no-classes", course.grades().label())));
        }
        for (ClassSummary c : classes) {
            boolean valgfag = portfolios.isValgfag(user, c.id());
            Checkbox mark = new Checkbox(getTranslation("valgfag.mark", c.name()), valgfag);
            mark.addValueChangeListener(e -> {
                try {
                    portfolios.setValgfag(user, c.id(), e.getValue());
                    status.setText(getTranslation(e.getValue() ? "valgfag.marked" : "valgfag.unmarked", c.name()));
                    show();
                } catch (PortfolioException ex) {
                    status.setText(getTranslation(ex.key(), ex.args()));
                }
            });
            Div row = new Div(mark);
            if (valgfag) {
                row.add(new Anchor(ValgfagView.ROUTE + "/" + c.id(), getTranslation("valgfag.open", c.name())));
            }
            content.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("valgfag.title");
    }
}
