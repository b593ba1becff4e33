package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.progress.ProgressService;
import dk.opdag.classroom.reflection.ReflectionService;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * "Mine opgaver": what the pupil should do now, in the teacher's order: each open assignment with its experiments
 * (links into the experiment view), how far the pupil is, and the reflection when the activity has one. Only the
 * pupil's own work is shown; never anyone else's.
 */
@Route(Navigation.PUPIL_HOME)
@Menu(title = "nav.pupil-home", order = 10)
@RolesAllowed(Role.Names.PUPIL)
public class PupilHomeView extends VerticalLayout implements HasDynamicTitle {

    public PupilHomeView(ClassroomService classrooms, ProgressService progress, ReflectionService reflections,
                         CurrentUser currentUser) {
        addClassName("opdag-pupil-home");
        SignedInUser pupil = currentUser.require();
        add(new H1(getTranslation("pupil.title")));
        add(new Paragraph(getTranslation("pupil.hello", pupil.displayName())));
        Optional<String> className = classrooms.classNameOfPupil(pupil);
        if (className.isEmpty()) {
            add(TeachingUi.status(getTranslation("teaching.pupil.error.no-class")));
            return;
        }
        add(new Paragraph(getTranslation("pupil.class", className.get())));
        List<ProgressService.Task> tasks = progress.tasks(pupil);
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("pupil.empty"));
            empty.addClassName("opdag-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.addClassName("opdag-tasks");
        for (ProgressService.Task task : tasks) {
            list.add(card(task, reflections));
        }
        add(list);
    }

    private Div card(ProgressService.Task task, ReflectionService reflections) {
        var a = task.assignment();
        Div card = new Div();
        card.addClassName("opdag-task");
        card.add(new H2(a.activityTitle()));
        int hinted = (int) task.experiments().stream().filter(e -> e.hints() > 0).count();
        if (hinted > 0) {
            // The teacher wrote to the pupil: said on the card, so it is seen before opening anything.
            Paragraph hint = new Paragraph(ProgressTable.HINT_MARK + " " + getTranslation("lesson.pupil.hint", ProgressTable.HINT_MARK));
            hint.addClassName("opdag-task-hint");
            card.add(hint);
        }
        if (a.due() != null) {
            card.add(new Paragraph(getTranslation("teaching.due", TeachingUi.due(this, a.due()))));
        }
        int total = task.experiments().size();
        if (total > 0) {
            String done = getTranslation("teaching.pupil.progress", task.passed(), total);
            Span label = new Span(done);
            label.setId("task-progress-" + a.id());
            ProgressBar bar = new ProgressBar(0, total, task.passed());
            bar.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
            card.add(label, bar);
            UnorderedList experiments = new UnorderedList();
            experiments.addClassName("opdag-task-experiments");
            for (ProgressService.TaskExperiment e : task.experiments()) {
                Anchor link = new Anchor("eksperiment/" + e.experimentId(), e.title());
                Span state = new Span(ProgressTable.symbol(e.status()) + " "
                        + getTranslation("teaching.pupil.status." + e.status().name()));
                state.addClassNames("opdag-cell", "opdag-cell-" + e.status().name().toLowerCase());
                ListItem item = new ListItem(link, new Span(" "), state);
                if (e.lesson() != null) {
                    // The lesson step that works on it, and a button the pupil can press when the teacher says so.
                    Span lesson = new Span(getTranslation("lab.step.lesson", e.lesson()));
                    lesson.addClassName("opdag-task-lesson");
                    lesson.setId("task-" + a.id() + "-lesson-" + e.experimentId());
                    Anchor open = new Anchor("eksperiment/" + e.experimentId(), getTranslation("lab.step.open"));
                    open.addClassName("opdag-step-experiment");
                    open.getElement().setAttribute("aria-describedby", lesson.getId().orElseThrow());
                    item.add(new Span(" "), lesson, new Span(" "), open);
                }
                if (e.hints() > 0) {
                    Span hint = new Span(" " + ProgressTable.HINT_MARK + " " + getTranslation("lesson.pupil.hint.on"));
                    hint.addClassName("opdag-task-hint-mark");
                    item.add(hint);
                }
                experiments.add(item);
            }
            card.add(experiments);
        }
        List<String> questions = reflections.questions(a);
        if (!questions.isEmpty()) {
            card.add(new Anchor("refleksion/" + a.id(), getTranslation("teaching.pupil.reflect",
                    questions.size())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupil.title");
    }
}
