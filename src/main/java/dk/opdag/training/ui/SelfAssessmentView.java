package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.CompetenceItem;
import dk.opdag.training.content.DimensionInfo;
import dk.opdag.training.profile.SelfAssessmentService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The self-assessment, one dimension per step. Every answer is saved the moment it is chosen, so the teacher can
 * leave at any time and take up where they stopped.
 */
@Route(TrainingUi.ASSESSMENT)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class SelfAssessmentView extends VerticalLayout implements HasDynamicTitle {

    private final SelfAssessmentService assessments;
    private final List<DimensionInfo> dimensions;
    private final SignedInUser user;
    private final Div step = new Div();
    private final Paragraph progress = new Paragraph();
    private SelfAssessmentService.Progress state;
    private int current;

    public SelfAssessmentView(SelfAssessmentService assessments, TrainingCatalog catalog, CurrentUser currentUser) {
        this.assessments = assessments;
        this.dimensions = catalog.content().competences().dimensions();
        this.user = currentUser.require();
        addClassName("opdag-training");
        add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")),
                new H1(getTranslation("training.assessment.title")),
                new Paragraph(getTranslation("training.assessment.intro", catalog.content().competences().items().size())));
        progress.addClassName("opdag-assessment-progress");
        progress.getElement().setAttribute("role", "status");
        add(progress, step);
        try {
            state = assessments.startOrResume(user);
        } catch (TrainingException e) {
            step.add(TrainingUi.error(TrainingUi.message(this, e)));
            return;
        }
        // Take up at the first dimension with an unanswered item.
        current = IntStream.range(0, dimensions.size())
                .filter(i -> dimensions.get(i).items().stream().anyMatch(it -> !state.answers().containsKey(it.id())))
                .findFirst().orElse(dimensions.size() - 1);
        show();
    }

    private void show() {
        step.removeAll();
        updateProgress();
        DimensionInfo d = dimensions.get(current);
        step.add(new H2(getTranslation("training.assessment.step", current + 1, dimensions.size(),
                d.dimension().label(d.name(), getLocale()))),
                new Paragraph(d.description()));
        for (CompetenceItem item : d.items()) {
            RadioButtonGroup<Integer> levels = new RadioButtonGroup<>(item.text());
            levels.setItems(0, 1, 2, 3, 4, 5);
            levels.setItemLabelGenerator(l -> l + " – " + item.levels().get(l));
            levels.addThemeName("vertical");
            levels.addClassName("opdag-assessment-item");
            Integer saved = state.answers().get(item.id());
            if (saved != null) {
                levels.setValue(saved);
            }
            levels.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    try {
                        state = assessments.answer(user, state.assessmentId(), item.id(), e.getValue());
                        updateProgress();
                    } catch (TrainingException ex) {
                        step.add(TrainingUi.error(TrainingUi.message(this, ex)));
                    }
                }
            });
            step.add(levels);
        }
        Div buttons = new Div();
        buttons.addClassName("opdag-assessment-buttons");
        if (current > 0) {
            buttons.add(new Button(getTranslation("training.assessment.previous"), e -> {
                current--;
                show();
            }));
        }
        if (current < dimensions.size() - 1) {
            Button next = new Button(getTranslation("training.assessment.next"), e -> {
                current++;
                show();
            });
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(next);
        } else {
            Button finish = new Button(getTranslation("training.assessment.finish"), e -> finish());
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(finish);
        }
        buttons.add(new Anchor(TrainingUi.HOME, getTranslation("training.assessment.pause")));
        step.add(buttons, new Paragraph(getTranslation("training.assessment.private")));
    }

    private void updateProgress() {
        progress.setText(getTranslation("training.assessment.progress", state.answered(), state.total()));
    }

    private void finish() {
        try {
            assessments.finish(user, state.assessmentId());
            getUI().ifPresent(ui -> ui.navigate(TrainingUi.PROFILE));
        } catch (TrainingException ex) {
            step.add(TrainingUi.error(TrainingUi.message(this, ex)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.assessment.title");
    }
}
