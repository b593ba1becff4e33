package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.curriculum.catalogue.ActivityCard;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * "Giv til klasse" from an activity's page: the teacher's classes, each leading to the class's assignment form with
 * the activity chosen; a class whose grade the activity does not fit says so instead of offering a form that would
 * refuse it.
 */
@Route("aktivitet/:id/giv")
@RolesAllowed(Role.Names.TEACHER)
public class GiveActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final AssignmentService assignments;
    private final CurrentUser currentUser;
    private String title;

    public GiveActivityView(ClassroomService classrooms, AssignmentService assignments, CurrentUser currentUser) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.currentUser = currentUser;
        addClassName("opdag-teaching");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser teacher = currentUser.require();
        String activityId = event.getRouteParameters().get("id").orElse("");
        List<ClassSummary> classes = classrooms.myClasses(teacher);
        // The activity as the class's form would offer it: the same choices, so what is linked can be given.
        Optional<ActivityCard> activity = classes.stream()
                .flatMap(c -> assignments.choices(teacher, c.id()).stream())
                .filter(a -> a.id().equals(activityId)).findFirst();
        add(new Anchor("aktivitet/" + activityId, getTranslation("lesson.give.back")));
        title = activity.map(a -> getTranslation("lesson.give.title", a.title()))
                .orElse(getTranslation("lesson.give.title-plain"));
        add(new H1(title));
        if (classes.isEmpty()) {
            add(TeachingUi.status(getTranslation("teacher.empty")));
            return;
        }
        add(new Paragraph(getTranslation("lesson.give.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("opdag-give-classes");
        String query = "?aktivitet=" + URLEncoder.encode(activityId, StandardCharsets.UTF_8);
        for (ClassSummary c : classes) {
            boolean fits = assignments.choices(teacher, c.id()).stream().anyMatch(a -> a.id().equals(activityId));
            if (fits) {
                list.add(new ListItem(new Anchor("klasse/" + c.id() + "/opgaver" + query,
                        getTranslation("lesson.give.to", c.name()))));
            } else {
                list.add(new ListItem(new Span(getTranslation("lesson.give.not-fitting", c.name()))));
            }
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("lesson.give.title-plain") : title;
    }
}
