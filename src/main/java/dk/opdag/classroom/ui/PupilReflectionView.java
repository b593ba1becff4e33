package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * The pupil's reflection after an activity: one short answer per question, each autosaved on its own when the pupil
 * pauses typing (and with "Gem svar"), with a "Gemt" state beside it. Pupils up to
 * 3rd grade may start from a sentence starter. Whatever happens (too long, another tab saved first, the teacher
 * removed the assignment), the pupil's text stays in the field.
 */
@Route("refleksion/:id")
@RolesAllowed(Role.Names.PUPIL)
public class PupilReflectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int STARTERS = 5;
    /** How long the pupil pauses typing before the answer is saved. */
    static final int AUTOSAVE_MS = 600;

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
        answer.setValueChangeTimeout(AUTOSAVE_MS);
        // No maxlength in the browser: it would cut a pasted text silently. The server says what is too long.
        answer.setHelperText(getTranslation("teaching.reflection.count", 0, ReflectionService.MAX_ANSWER));
        answer.addValueChangeListener(e -> answer.setHelperText(getTranslation("teaching.reflection.count",
                e.getValue().length(), ReflectionService.MAX_ANSWER)));
        if (saved != null) {
            answer.setValue(saved.text());
        }
        int[] revision = {saved == null ? 0 : saved.revision()};
        // After another tab saved first, autosave waits until the pupil chooses with "Gem svar".
        boolean[] paused = {false};
        String[] stored = {saved == null ? "" : saved.text()};
        Span autosave = new Span(saved == null ? "" : getTranslation("lesson.reflection.saved-earlier"));
        autosave.addClassName("opdag-reflection-save");
        autosave.getElement().setAttribute("role", "status");
        if (form.starters()) {
            RadioButtonGroup<Integer> starters = new RadioButtonGroup<>(getTranslation("teaching.reflection.starters"));
            starters.setItems(List.of(1, 2, 3, 4, 5).subList(0, STARTERS));
            starters.setItemLabelGenerator(n -> getTranslation("teaching.reflection.starter." + n));
            starters.addClassName("opdag-starters");
            starters.addValueChangeListener(e -> {
                if (e.getValue() != null && e.isFromClient()) {
                    // The label's "…" says "go on writing"; the answer gets the words only.
                    String start = starterWords(getTranslation("teaching.reflection.starter." + e.getValue()));
                    answer.setValue(answer.getValue().isBlank() ? start + " " : answer.getValue() + "\n" + start + " ");
                    answer.focus();
                }
            });
            box.add(starters);
        }
        Div feedback = new Div();
        // Saves the answer; {@code explicit} when the pupil pressed "Gem svar" (then a conflict is overwritten).
        java.util.function.BiConsumer<String, Boolean> store = (text, explicit) -> {
            feedback.removeAll();
            try {
                var outcome = reflections.save(pupil, form.assignment().id(), no, text, revision[0]);
                revision[0] = outcome.revision();
                if (!outcome.saved()) {
                    paused[0] = true;
                    autosave.setText(getTranslation("lesson.reflection.not-saved"));
                    feedback.add(TeachingUi.error(getTranslation("teaching.reflection.conflict")));
                    Paragraph other = new Paragraph(outcome.current()); // text, never markup
                    other.addClassName("opdag-answer-text");
                    feedback.add(new Paragraph(getTranslation("teaching.reflection.conflict-stored")), other);
                } else {
                    paused[0] = false;
                    stored[0] = outcome.current();
                    autosave.setText(getTranslation("lesson.reflection.saved",
                            TeachingUi.clock(java.time.OffsetDateTime.now())));
                    if (explicit || outcome.notice() != null) {
                        feedback.add(TeachingUi.status(getTranslation(outcome.notice() == null
                                ? "teaching.reflection.saved" : outcome.notice())));
                    }
                }
            } catch (ClassroomException ex) {
                autosave.setText(getTranslation("lesson.reflection.not-saved"));
                feedback.add(TeachingUi.error(TeachingUi.message(this, ex)));
            }
        };
        // Autosave like programs: the field sends its text when the pupil pauses typing.
        answer.addValueChangeListener(e -> {
            if (!e.isFromClient() || paused[0] || e.getValue().strip().equals(stored[0])) {
                return;
            }
            if (e.getValue().isBlank()) {
                autosave.setText(getTranslation("lesson.reflection.empty"));
                return;
            }
            store.accept(e.getValue(), false);
        });
        Button save = new Button(getTranslation("teaching.reflection.save"), e -> store.accept(answer.getValue(), true));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setAriaLabel(getTranslation("teaching.reflection.save-for", no + 1));
        Div actions = new Div(save, autosave);
        actions.addClassName("opdag-reflection-actions");
        box.add(answer, actions, feedback);
        return box;
    }

    /** "Jeg lærte, at …" → "Jeg lærte, at": the ellipsis only invites the pupil to go on. */
    static String starterWords(String label) {
        return label.replaceAll("\\s*(…|\\.\\.\\.)\\s*$", "").strip();
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("teaching.reflection.title-plain")
                : getTranslation("teaching.reflection.title", form.assignment().activityTitle());
    }
}
