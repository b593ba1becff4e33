package dk.opdag.curriculum.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.OwnActivityService;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.Unplugged;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A teacher writes their own activity, or adapts a copy of a catalogue activity. The fields are the catalogue's,
 * bound to an {@link ActivityForm} with Vaadin's {@link Binder}: what the form itself can tell (a title, grades in
 * order, step lines it can read) it says at the field, in Danish; saving then runs the catalogue's validator and
 * lists its messages. A step's experiment is written {@code [eksperiment: id]} at the end of its line.
 */
@Route("aktivitet/ny")
@RouteAlias("aktivitet/rediger/:id")
@RolesAllowed(Role.Names.TEACHER)
public class ActivityEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OwnActivityService own;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final List<Subject> subjects;
    private final List<Goal> goals;
    private final Binder<ActivityForm> binder = new Binder<>();

    private final TextField title = new TextField();
    private final TextArea intro = new TextArea();
    private final TextArea why = new TextArea();
    private final Select<Integer> gradeFrom = new Select<>();
    private final Select<Integer> gradeTo = new Select<>();
    private final MultiSelectComboBox<Subject> subjectPicker = new MultiSelectComboBox<>();
    private final Div subjectTexts = new Div();
    private final Map<String, TextField> doesFields = new LinkedHashMap<>();
    private final MultiSelectComboBox<Goal> goalPicker = new MultiSelectComboBox<>();
    private final Div evaluationTexts = new Div();
    private final Map<String, TextField> signsFields = new LinkedHashMap<>();
    private final Select<Unplugged> unplugged = new Select<>();
    private final TextArea materials = new TextArea();
    private final TextArea easier = new TextArea();
    private final TextArea harder = new TextArea();
    private final TextArea preparation = new TextArea();
    private final Select<Integer> lessonCount = new Select<>();
    private final Div lessonEditors = new Div();
    private final List<TextField> lessonTitles = new ArrayList<>();
    private final List<TextArea> lessonSteps = new ArrayList<>();
    private final TextArea reflection = new TextArea();
    private final TextArea safety = new TextArea();
    private final Checkbox shared = new Checkbox();
    private final Div problems = new Div();
    private ActivityForm form;
    private String editingId;

    public ActivityEditorView(OwnActivityService own, CatalogueService catalogue, CurrentUser currentUser) {
        this.own = own;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.subjects = catalogue.curriculum().subjects();
        this.goals = catalogue.curriculum().frameworks().stream().flatMap(f -> f.goals().stream()).toList();
        addClassName("opdag-editor");
        bindFixedFields();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        editingId = event.getRouteParameters().get("id").orElse(null);
        Activity start = null;
        boolean isShared = false;
        if (editingId != null) {
            start = own.editable(user, editingId).orElse(null);
            if (start == null) {
                removeAll();
                add(new H1(getTranslation("activity.not-found")));
                return;
            }
            isShared = own.isShared(user, editingId);
        } else {
            List<String> copy = event.getLocation().getQueryParameters().getParameters().getOrDefault("kopi", List.of());
            if (!copy.isEmpty()) {
                start = catalogue.activity(copy.getFirst(), new Viewer(user.id(), user.schoolId()))
                        .map(CatalogueService.ActivityPage::activity).orElse(null);
            }
        }
        form = ActivityForm.of(start, editingId == null && start != null ? getTranslation("editor.copy-suffix") : "",
                subjects, goals);
        form.shared = isShared;
        build();
    }

    /** The fields that are always there; the per-subject, per-goal and per-lesson fields are bound as they appear. */
    private void bindFixedFields() {
        binder.forField(title).asRequired(getTranslation("editor.error.title"))
                .bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(intro).bind(f -> f.intro, (f, v) -> f.intro = v);
        binder.forField(why).bind(f -> f.why, (f, v) -> f.why = v);
        // Selects get a null check rather than asRequired: asRequired marks the select's button aria-required,
        // which a button may not carry (axe: aria-allowed-attr), and the selects always start with a value.
        binder.forField(gradeFrom).withValidator(Objects::nonNull, getTranslation("editor.error.grade"))
                .bind(f -> f.gradeFrom, (f, v) -> f.gradeFrom = v);
        Binder.Binding<ActivityForm, Integer> to = binder.forField(gradeTo)
                .withValidator(Objects::nonNull, getTranslation("editor.error.grade"))
                .withValidator(g -> gradeFrom.getValue() == null || g >= gradeFrom.getValue(),
                        getTranslation("editor.error.grade-order"))
                .bind(f -> f.gradeTo, (f, v) -> f.gradeTo = v);
        gradeFrom.addValueChangeListener(e -> to.validate());
        binder.forField(subjectPicker).bind(f -> f.subjects, (f, v) -> f.subjects = v);
        binder.forField(goalPicker).bind(f -> f.goals, (f, v) -> f.goals = v);
        binder.forField(unplugged).withValidator(Objects::nonNull, getTranslation("editor.error.unplugged"))
                .bind(f -> f.unplugged, (f, v) -> f.unplugged = v);
        binder.forField(materials).bind(f -> f.materials, (f, v) -> f.materials = v);
        binder.forField(easier).bind(f -> f.easier, (f, v) -> f.easier = v);
        binder.forField(harder).bind(f -> f.harder, (f, v) -> f.harder = v);
        binder.forField(preparation).bind(f -> f.preparation, (f, v) -> f.preparation = v);
        binder.forField(lessonCount).withValidator(Objects::nonNull, getTranslation("editor.error.lessons"))
                .bind(f -> f.lessonCount, (f, v) -> f.lessonCount = v);
        binder.forField(reflection).bind(f -> f.reflection, (f, v) -> f.reflection = v);
        binder.forField(safety).bind(f -> f.safety, (f, v) -> f.safety = v);
        binder.forField(shared).bind(f -> f.shared, (f, v) -> f.shared = v);
        subjectPicker.addValueChangeListener(e -> renderSubjectTexts());
        goalPicker.addValueChangeListener(e -> renderEvaluationTexts());
        lessonCount.addValueChangeListener(e -> renderLessons());
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation(editingId == null ? "editor.title-new" : "editor.title-edit")),
                new Paragraph(getTranslation("editor.intro")));
        title.setLabel(getTranslation("editor.field.title"));
        title.setMaxLength(200);
        intro.setLabel(getTranslation("editor.field.intro"));
        intro.setHelperText(getTranslation("editor.help.intro"));
        why.setLabel(getTranslation("editor.field.why"));
        for (Select<Integer> grade : List.of(gradeFrom, gradeTo)) {
            grade.setItems(IntStream.rangeClosed(0, 9).boxed().toList());
            grade.setItemLabelGenerator(g -> getTranslation("catalogue.grade-n", g));
        }
        gradeFrom.setLabel(getTranslation("editor.field.grade-from"));
        gradeTo.setLabel(getTranslation("editor.field.grade-to"));
        subjectPicker.setLabel(getTranslation("editor.field.subjects"));
        subjectPicker.setItems(subjects);
        subjectPicker.setItemLabelGenerator(Subject::name);
        goalPicker.setLabel(getTranslation("editor.field.goals"));
        goalPicker.setItems(goals);
        goalPicker.setItemLabelGenerator(g -> getTranslation("editor.goal-label", g.after(), g.text()));
        unplugged.setLabel(getTranslation("editor.field.unplugged"));
        unplugged.setItems(Unplugged.values());
        unplugged.setItemLabelGenerator(u -> getTranslation("unplugged." + u.name()));
        materials.setLabel(getTranslation("editor.field.materials"));
        materials.setHelperText(getTranslation("editor.help.one-per-line"));
        easier.setLabel(getTranslation("activity.easier"));
        harder.setLabel(getTranslation("activity.harder"));
        preparation.setLabel(getTranslation("activity.preparation"));
        preparation.setHelperText(getTranslation("editor.help.markdown"));
        lessonCount.setLabel(getTranslation("editor.field.lessons"));
        lessonCount.setItems(IntStream.rangeClosed(1, ActivityForm.MAX_LESSONS).boxed().toList());
        reflection.setLabel(getTranslation("activity.reflection"));
        reflection.setHelperText(getTranslation("editor.help.reflection"));
        safety.setLabel(getTranslation("activity.safety"));
        shared.setLabel(getTranslation("editor.field.shared"));
        List.of(intro, why, materials, easier, harder, preparation, reflection, safety)
                .forEach(area -> { area.setWidthFull(); area.setMaxLength(20_000); });

        // The form's per-subject, per-goal and per-lesson fields exist before the bean is set, so that setting it
        // (which fires the pickers' listeners) never adds a binding while the binder walks through its bindings.
        unbindDynamicFields();
        form.subjects.forEach(subject -> doesField(subject.id()));
        form.goals.forEach(goal -> signsField(goal.id()));
        addLessonFields(form.lessonCount);
        binder.setBean(form);
        renderSubjectTexts();
        renderEvaluationTexts();
        renderLessons();
        FormLayout basics = new FormLayout(title, gradeFrom, gradeTo, unplugged, lessonCount);
        add(basics, intro, why, subjectPicker, subjectTexts, goalPicker, materials, easier, harder,
                new H2(getTranslation("editor.guide")), preparation, lessonEditors, reflection,
                new H2(getTranslation("activity.evaluation")), evaluationTexts, safety, shared, problems);
        problems.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private void unbindDynamicFields() {
        List<HasValue<?, ?>> dynamic = new ArrayList<>();
        dynamic.addAll(doesFields.values());
        dynamic.addAll(signsFields.values());
        dynamic.addAll(lessonTitles);
        dynamic.addAll(lessonSteps);
        dynamic.forEach(binder::removeBinding);
        doesFields.clear();
        signsFields.clear();
        lessonTitles.clear();
        lessonSteps.clear();
    }

    private TextField textField() {
        TextField field = new TextField();
        field.setWidthFull();
        field.setMaxLength(1000);
        return field;
    }

    private TextField doesField(String subjectId) {
        return doesFields.computeIfAbsent(subjectId, id -> {
            TextField f = textField();
            binder.forField(f).bind(b -> b.does.getOrDefault(id, ""), (b, v) -> b.does.put(id, v));
            return f;
        });
    }

    private TextField signsField(String goalId) {
        return signsFields.computeIfAbsent(goalId, id -> {
            TextField f = textField();
            binder.forField(f).bind(b -> b.signs.getOrDefault(id, ""), (b, v) -> b.signs.put(id, v));
            return f;
        });
    }

    private void renderSubjectTexts() {
        subjectTexts.removeAll();
        for (Subject s : subjectPicker.getSelectedItems()) {
            TextField field = doesField(s.id());
            field.setLabel(getTranslation("editor.field.does", s.name()));
            subjectTexts.add(field);
        }
    }

    private void renderEvaluationTexts() {
        evaluationTexts.removeAll();
        for (Goal g : goalPicker.getSelectedItems()) {
            TextField field = signsField(g.id());
            field.setLabel(getTranslation("editor.field.signs", g.text()));
            evaluationTexts.add(field);
        }
    }

    /** One title and one step list per lesson; steps are lines like "10: Klassen gætter, hvad robotten gør". */
    private void renderLessons() {
        int count = lessonCount();
        addLessonFields(count);
        lessonEditors.removeAll();
        for (int i = 0; i < count; i++) {
            lessonTitles.get(i).setLabel(getTranslation("editor.field.lesson-title", i + 1));
            lessonSteps.get(i).setLabel(getTranslation("editor.field.lesson-steps", i + 1));
            lessonEditors.add(lessonTitles.get(i), lessonSteps.get(i));
        }
    }

    private void addLessonFields(int count) {
        while (lessonTitles.size() < count) {
            int n = lessonTitles.size();
            TextField t = textField();
            binder.forField(t).bind(f -> f.lessonTitles.get(n), (f, v) -> f.lessonTitles.set(n, v));
            TextArea steps = new TextArea();
            steps.setWidthFull();
            steps.setMaxLength(20_000);
            steps.setHelperText(getTranslation("editor.help.steps") + " " + getTranslation("editor.help.experiment"));
            binder.forField(steps).withValidator((text, context) -> checkSteps(n, text))
                    .bind(f -> f.lessonSteps.get(n), (f, v) -> f.lessonSteps.set(n, v));
            lessonTitles.add(t);
            lessonSteps.add(steps);
        }
    }

    /** Lesson {@code n}'s lines read as steps, and each experiment they name exists. */
    private ValidationResult checkSteps(int n, String text) {
        if (n >= lessonCount()) {
            return ValidationResult.ok(); // a lesson beyond the chosen number is not saved, so not checked either
        }
        StepLines.Parsed parsed = StepLines.parse(text);
        if (parsed.badLine() > 0) {
            return ValidationResult.error(getTranslation("editor.error.step", n + 1, parsed.badLine()));
        }
        for (var step : parsed.steps()) {
            if (step.experiment() != null && catalogue.curriculum().experiment(step.experiment()).isEmpty()) {
                return ValidationResult.error(getTranslation("editor.error.experiment", n + 1, step.experiment()));
            }
        }
        return ValidationResult.ok();
    }

    private int lessonCount() {
        return lessonCount.getValue() == null ? 1 : lessonCount.getValue();
    }

    private void save() {
        problems.removeAll();
        BinderValidationStatus<ActivityForm> status = binder.validate();
        if (!status.isOk()) {
            problems.add(new Paragraph(getTranslation("editor.error.fields")));
            problems.addClassName("opdag-error");
            status.getFieldValidationErrors().stream().findFirst()
                    .map(error -> (Object) error.getField())
                    .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
            return;
        }
        var result = own.save(currentUser.require(), editingId, form.toActivity(), form.shared);
        if (result.saved()) {
            getUI().ifPresent(ui -> ui.navigate("aktivitet/" + result.id()));
        } else {
            showProblems(result.problems().stream().map(p -> readable(p.message())).toList());
        }
    }

    private void showProblems(List<String> messages) {
        problems.add(new Paragraph(getTranslation("editor.problems")));
        UnorderedList list = new UnorderedList();
        messages.forEach(m -> list.add(new ListItem(m)));
        problems.add(list);
        problems.addClassName("opdag-error");
    }

    private static final java.util.regex.Pattern FIELD_PATH = java.util.regex.Pattern.compile("'([a-z_.]+|guide\\.lessons\\[(\\d+)]\\.(title|steps))'");
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("title", "editor.field.title"),
            Map.entry("intro", "editor.field.intro"), Map.entry("why", "editor.field.why"),
            Map.entry("subjects", "editor.field.subjects"), Map.entry("goals", "editor.field.goals"),
            Map.entry("materials", "editor.field.materials"), Map.entry("differentiation.easier", "activity.easier"),
            Map.entry("differentiation.harder", "activity.harder"), Map.entry("guide.preparation",
                    "activity.preparation"), Map.entry("guide.reflection", "activity.reflection"),
            Map.entry("safety", "activity.safety"));

    /** The validator names fields as in the YAML files ('guide.lessons[1].title'); the form shows its labels. */
    private String readable(String message) {
        java.util.regex.Matcher m = FIELD_PATH.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String label;
            if (m.group(2) != null) {
                int lesson = Integer.parseInt(m.group(2)) + 1;
                label = getTranslation("title".equals(m.group(3)) ? "editor.field.lesson-title"
                        : "editor.field.lesson-steps", lesson);
            } else {
                String key = FIELD_LABELS.get(m.group(1));
                label = key == null ? m.group(1) : getTranslation(key);
            }
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("«" + label + "»"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editingId == null ? "editor.title-new" : "editor.title-edit");
    }
}
