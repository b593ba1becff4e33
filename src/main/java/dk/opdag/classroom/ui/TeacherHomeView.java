package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Mine klasser": the teacher's classes this school year, each a card that leads to the class. */
@Route(Navigation.TEACHER_HOME)
@Menu(title = "nav.teacher-home", order = 10)
@RolesAllowed(Role.Names.TEACHER)
public class TeacherHomeView extends VerticalLayout implements HasDynamicTitle {

    public TeacherHomeView(ClassroomService classrooms, CurrentUser currentUser) {
        add(new H1(getTranslation("teacher.title")));
        add(new Paragraph(getTranslation("teacher.year", SchoolYears.label(classrooms.currentStartYear()))));
        List<ClassSummary> classes = classrooms.myClasses(currentUser.require());
        if (classes.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("teacher.empty"));
            empty.addClassName("opdag-empty");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("opdag-class-cards");
        for (ClassSummary c : classes) {
            Div card = new Div();
            card.addClassName("opdag-class-card");
            Anchor link = new Anchor("klasse/" + c.id(), c.name());
            H2 title = new H2(link);
            card.add(title, new Paragraph(getTranslation("teacher.pupils", c.pupils())),
                    new Anchor("klasse/" + c.id() + "/opgaver", getTranslation("teaching.class.assignments-of", c.name())));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.title");
    }
}
