package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.yearplan.CourseModule;
import dk.opdag.curriculum.yearplan.ValgfagCourse;
import dk.opdag.portfolio.EntryDraft;
import dk.opdag.portfolio.PortfolioEntry;
import dk.opdag.portfolio.PortfolioService;
import java.util.List;
import java.util.function.Consumer;

/** The fields of one entry, for writing a new one or editing one; keeps what was typed when saving is refused. */
class EntryForm extends Div {

    private final ComboBox<CourseModule> module = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextArea made = new TextArea();
    private final ComboBox<Experiment> experiment = new ComboBox<>();
    private final TextArea reflection = new TextArea();
    private final Paragraph problem = new Paragraph();

    EntryForm(ValgfagCourse course, List<Experiment> experiments, PortfolioEntry existing, String heading,
              Consumer<EntryDraft> save) {
        addClassName("opdag-portfolio-form");
        add(new H2(heading));
        module.setLabel(getTranslation("portfolio.form.module"));
        module.setItems(course.modules());
        module.setItemLabelGenerator(CourseModule::title);
        module.setClearButtonVisible(true);
        title.setLabel(getTranslation("portfolio.form.title"));
        title.setMaxLength(PortfolioService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation("portfolio.form.body"));
        body.setMaxLength(PortfolioService.MAX_BODY);
        body.setRequiredIndicatorVisible(true);
        made.setLabel(getTranslation("portfolio.form.made"));
        made.setMaxLength(PortfolioService.MAX_TEXT);
        experiment.setLabel(getTranslation("portfolio.form.experiment"));
        experiment.setHelperText(getTranslation("portfolio.form.experiment-help"));
        experiment.setItems(experiments);
        experiment.setItemLabelGenerator(Experiment::title);
        experiment.setClearButtonVisible(true);
        reflection.setLabel(getTranslation("portfolio.form.reflection"));
        reflection.setHelperText(getTranslation("portfolio.form.reflection-help"));
        reflection.setMaxLength(PortfolioService.MAX_TEXT);
        for (var field : List.of(title, body, made, reflection)) {
            field.setWidthFull();
        }
        module.setWidth("min(30rem, 100%)");
        experiment.setWidth("min(30rem, 100%)");
        if (existing != null) {
            course.module(existing.moduleId() == null ? "" : existing.moduleId()).ifPresent(module::setValue);
            title.setValue(existing.title());
            body.setValue(existing.body());
            made.setValue(existing.made() == null ? "" : existing.made());
            reflection.setValue(existing.reflection() == null ? "" : existing.reflection());
            experiments.stream().filter(e -> e.id().equals(existing.experimentId())).findFirst()
                    .ifPresent(experiment::setValue);
        }
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("opdag-error");
        problem.setVisible(false);
        Button saveButton = new Button(getTranslation("portfolio.form.save"), e -> save.accept(draft()));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(module, title, body, made, experiment, reflection, problem, saveButton);
    }

    EntryDraft draft() {
        return new EntryDraft(module.getValue() == null ? null : module.getValue().id(), title.getValue(),
                body.getValue(), made.getValue(), reflection.getValue(),
                experiment.getValue() == null ? null : experiment.getValue().id());
    }

    void fail(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
