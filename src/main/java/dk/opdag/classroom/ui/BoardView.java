package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.reflection.ReflectionService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The presentation view for the board: the answers the teacher chose, large, without names and in an order that
 * does not follow the class list.
 */
@Route("opgave/:id/tavle")
@RolesAllowed(Role.Names.TEACHER)
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReflectionService reflections;
    private final AssignmentService assignments;
    private final CurrentUser currentUser;
    private Assignment assignment;

    public BoardView(ReflectionService reflections, AssignmentService assignments, CurrentUser currentUser) {
        this.reflections = reflections;
        this.assignments = assignments;
        this.currentUser = currentUser;
        addClassName("opdag-board");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser teacher = currentUser.require();
        java.util.List<ReflectionService.BoardQuestion> board;
        try {
            long id = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            assignment = assignments.require(teacher, id);
            board = reflections.board(teacher, id);
        } catch (ClassroomException e) {
            assignment = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        Anchor back = new Anchor("opgave/" + assignment.id() + "/refleksioner",
                getTranslation("teaching.board.back"));
        back.addClassName("opdag-no-print");
        add(back, new H1(assignment.activityTitle()));
        if (board.isEmpty()) {
            add(new Paragraph(getTranslation("teaching.board.empty")));
        }
        for (ReflectionService.BoardQuestion q : board) {
            add(new H2(q.question()));
            Div answers = new Div();
            answers.addClassName("opdag-board-answers");
            q.answers().forEach(text -> {
                Paragraph p = new Paragraph(text); // text, never markup
                p.addClassName("opdag-board-answer");
                answers.add(p);
            });
            add(answers);
        }
    }

    @Override
    public String getPageTitle() {
        return assignment == null ? getTranslation("app.name")
                : getTranslation("teaching.board.title", assignment.activityTitle());
    }
}
