package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.assignment.AssignmentState;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Opgaver": the teacher's classes with their open and paused assignments, one click from each live overview. */
@Route(Navigation.TEACHER_ASSIGNMENTS)
@Menu(title = "teaching.nav.assignments", order = 20)
@RolesAllowed(Role.Names.TEACHER)
public class TeacherAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    public TeacherAssignmentsView(ClassroomService classrooms, AssignmentService assignments,
                                  CurrentUser currentUser) {
        addClassName("opdag-teaching");
        SignedInUser teacher = currentUser.require();
        add(new H1(getTranslation("teaching.nav.assignments")));
        List<ClassSummary> classes = classrooms.myClasses(teacher);
        if (classes.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("teacher.empty"));
            empty.addClassName("opdag-empty");
            add(empty);
        }
        for (ClassSummary c : classes) {
            Div section = new Div();
            section.addClassName("opdag-class-card");
            section.add(new H2(getTranslation("class.title", c.name())));
            List<Assignment> current = assignments.ofClass(teacher, c.id()).stream()
                    .filter(a -> a.state() != AssignmentState.CLOSED).toList();
            if (current.isEmpty()) {
                section.add(new Paragraph(getTranslation("teaching.assignments.none-open")));
            } else {
                UnorderedList list = new UnorderedList();
                for (Assignment a : current) {
                    String label = a.state() == AssignmentState.OPEN ? a.activityTitle()
                            : getTranslation("teaching.assignments.paused-title", a.activityTitle());
                    list.add(new ListItem(new Anchor("opgave/" + a.id() + "/overblik", label)));
                }
                section.add(list);
            }
            section.add(new Anchor("klasse/" + c.id() + "/opgaver", getTranslation("teaching.assignments.manage")));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.nav.assignments");
    }
}
