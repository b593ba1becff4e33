package dk.opdag.classroom.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * The class's reflection answers, question by question, with a tick per answer for showing it on the board
 * (without the pupil's name).
 */
@Route("opgave/:id/refleksioner")
@RolesAllowed(Role.Names.TEACHER)
public class ReflectionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReflectionService reflections;
    private final AssignmentService assignments;
    private final CurrentUser currentUser;
    private Assignment assignment;

    public ReflectionsView(ReflectionService reflections, AssignmentService assignments, CurrentUser currentUser) {
        this.reflections = reflections;
        this.assignments = assignments;
        this.currentUser = currentUser;
        addClassName("opdag-teaching");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser teacher = currentUser.require();
        java.util.List<ReflectionService.QuestionAnswers> questions;
        try {
            long id = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            assignment = assignments.require(teacher, id);
            questions = reflections.byQuestion(teacher, id);
        } catch (ClassroomException e) {
            assignment = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        add(new Anchor("opgave/" + assignment.id() + "/overblik",
                getTranslation("teaching.work.back", assignment.activityTitle())));
        add(new H1(getTranslation("teaching.reflections.title", assignment.activityTitle())));
        add(new Paragraph(getTranslation("teaching.reflections.intro")),
                new Anchor("opgave/" + assignment.id() + "/tavle", getTranslation("teaching.dashboard.board")));
        if (questions.isEmpty()) {
            add(new Paragraph(getTranslation("teaching.reflections.no-questions")));
        }
        for (ReflectionService.QuestionAnswers q : questions) {
            add(new H2(getTranslation("teaching.reflections.question", q.questionNo() + 1, q.question())));
            if (q.answers().isEmpty()) {
                add(new Paragraph(getTranslation("teaching.reflections.no-answers")));
            }
            for (ReflectionService.PupilAnswer answer : q.answers()) {
                Div card = new Div();
                card.addClassName("opdag-answer");
                Span who = new Span(answer.pupilName());
                who.addClassName("opdag-strong");
                Paragraph text = new Paragraph(answer.text()); // text, never markup
                text.addClassName("opdag-answer-text");
                Checkbox show = new Checkbox(getTranslation("teaching.reflections.show"), answer.shown());
                show.setAriaLabel(getTranslation("teaching.reflections.show-for", answer.pupilName(),
                        q.questionNo() + 1));
                show.addValueChangeListener(e -> {
                    try {
                        reflections.setShown(teacher, assignment.id(), answer.pupilId(), q.questionNo(),
                                e.getValue());
                    } catch (ClassroomException ex) {
                        card.add(TeachingUi.error(TeachingUi.message(this, ex)));
                    }
                });
                card.add(who, text, show);
                add(card);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return assignment == null ? getTranslation("app.name")
                : getTranslation("teaching.reflections.title", assignment.activityTitle());
    }
}
