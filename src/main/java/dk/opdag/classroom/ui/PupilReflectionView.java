package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.reflection.ReflectionRepository;
import dk.opdag.classroom.reflection.ReflectionService;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The pupil's reflection after an activity: one short answer per question, each saved on its own. Pupils up to
 * 3rd grade may start from a sentence starter. Whatever happens (too long, another tab saved first, the teacher
 * removed the assignment), the pupil's text stays in the field.
 */
@Route("refleksion/:id")
@RolesAllowed(Role.Names.PUPIL)
public class PupilReflectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int STARTERS = 5;

    private final ReflectionService reflections;
    private final CurrentUser currentUser;
    private ReflectionService.Form form;

    public PupilReflectionView(ReflectionService reflections, CurrentUser currentUser) {
        this.reflections = reflections;
        this.currentUser = currentUser;
        addClassName("opdag-reflection");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser pupil = currentUser.require();
        add(new Anchor(Navigation.PUPIL_HOME, getTranslation("teaching.pupil.back")));
        try {
            long id = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            form = reflections.form(pupil, id);
        } catch (ClassroomException e) {
            form = null;
            add(new H1(getTranslation("teaching.reflection.title-plain")), TeachingUi.status(TeachingUi.message(this, e)));
            return;
        }
        add(new H1(getTranslation("teaching.reflection.title", form.assignment().activityTitle())));
        add(new Paragraph(getTranslation("teaching.reflection.intro")));
        if (form.questions().isEmpty()) {
            add(new Paragraph(getTranslation("teaching.reflection.none")));
        }
        for (int i = 0; i < form.questions().size(); i++) {
            add(question(pupil, i, form.questions().get(i), form.answers().get(i)));
        }
    }

    private Div question(SignedInUser pupil, int no, String question, ReflectionRepository.Answer saved) {
        Div box = new Div();
        box.addClassName("opdag-question");
        box.add(new H2(getTranslation("teaching.reflection.question", no + 1, question)));
        TextArea answer = new TextArea(getTranslation("teaching.reflection.answer", no + 1));
        answer.setWidthFull();
        answer.setMinRows(3);
        answer.setMaxHeight("18rem"); // a pasted essay scrolls inside the field instead of pushing the page away
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        // No maxlength in the browser: it would cut a pasted text silently. The server says what is too long.
        answer.setHelperText(getTranslation("teaching.reflection.count", 0, ReflectionService.MAX_ANSWER));
        answer.addValueChangeListener(e -> answer.setHelperText(getTranslation("teaching.reflection.count",
                e.getValue().length(), ReflectionService.MAX_ANSWER)));
        if (saved != null) {
            answer.setValue(saved.text());
        }
        int[] revision = {saved == null ? 0 : saved.revision()};
        if (form.starters()) {
            RadioButtonGroup<Integer> starters = new RadioButtonGroup<>(getTranslation("teaching.reflection.starters"));
            starters.setItems(List.of(1, 2, 3, 4, 5).subList(0, STARTERS));
            starters.setItemLabelGenerator(n -> getTranslation("teaching.reflection.starter." + n));
            starters.addClassName("opdag-starters");
            starters.addValueChangeListener(e -> {
                if (e.getValue() != null && e.isFromClient()) {
                    String start = getTranslation("teaching.reflection.starter." + e.getValue());
                    answer.setValue(answer.getValue().isBlank() ? start + " " : answer.getValue() + "\n" + start + " ");
                    answer.focus();
                }
            });
            box.add(starters);
        }
        Div feedback = new Div();
        Button save = new Button(getTranslation("teaching.reflection.save"), e -> {
            feedback.removeAll();
            try {
                var outcome = reflections.save(pupil, form.assignment().id(), no, answer.getValue(), revision[0]);
                revision[0] = outcome.revision();
                if (!outcome.saved()) {
                    feedback.add(TeachingUi.error(getTranslation("teaching.reflection.conflict")));
                    Paragraph stored = new Paragraph(outcome.current()); // text, never markup
                    stored.addClassName("opdag-answer-text");
                    feedback.add(new Paragraph(getTranslation("teaching.reflection.conflict-stored")), stored);
                } else {
                    feedback.add(TeachingUi.status(getTranslation(outcome.notice() == null
                            ? "teaching.reflection.saved" : outcome.notice())));
                }
            } catch (ClassroomException ex) {
                feedback.add(TeachingUi.error(TeachingUi.message(this, ex)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setAriaLabel(getTranslation("teaching.reflection.save-for", no + 1));
        box.add(answer, save, feedback);
        return box;
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("teaching.reflection.title-plain")
                : getTranslation("teaching.reflection.title", form.assignment().activityTitle());
    }
}
