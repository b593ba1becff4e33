package dk.opdag.curriculum.ui;

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
import dk.opdag.curriculum.model.Differentiation;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Guide;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Step;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.curriculum.model.Unplugged;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A teacher writes their own activity, or adapts a copy of a catalogue activity. The fields are the catalogue's;
 * saving runs the catalogue's validator and lists its messages.
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
    /** The lessons new lesson editors are filled from (a copied or edited activity); empty for a new one. */
    private List<Lesson> lessonSource = List.of();
    private final TextArea reflection = new TextArea();
    private final TextArea safety = new TextArea();
    private final Checkbox shared = new Checkbox();
    private final Div problems = new Div();
    private String editingId;

    public ActivityEditorView(OwnActivityService own, CatalogueService catalogue, CurrentUser currentUser) {
        this.own = own;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.subjects = catalogue.curriculum().subjects();
        this.goals = catalogue.curriculum().frameworks().stream().flatMap(f -> f.goals().stream()).toList();
        addClassName("opdag-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        editingId = event.getRouteParameters().get("id").orElse(null);
        Activity start = null;
        if (editingId != null) {
            start = own.editable(user, editingId).orElse(null);
            if (start == null) {
                removeAll();
                add(new H1(getTranslation("activity.not-found")));
                return;
            }
            shared.setValue(own.isShared(user, editingId));
        } else {
            List<String> copy = event.getLocation().getQueryParameters().getParameters().getOrDefault("kopi", List.of());
            if (!copy.isEmpty()) {
                start = catalogue.activity(copy.getFirst(), new Viewer(user.id(), user.schoolId()))
                        .map(CatalogueService.ActivityPage::activity).orElse(null);
            }
        }
        build(start);
    }

    private void build(Activity start) {
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
        subjectPicker.addValueChangeListener(e -> renderSubjectTexts());
        goalPicker.setLabel(getTranslation("editor.field.goals"));
        goalPicker.setItems(goals);
        goalPicker.setItemLabelGenerator(g -> getTranslation("editor.goal-label", g.after(), g.text()));
        goalPicker.addValueChangeListener(e -> renderEvaluationTexts());
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
        lessonCount.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        lessonCount.addValueChangeListener(e -> renderLessons());
        reflection.setLabel(getTranslation("activity.reflection"));
        reflection.setHelperText(getTranslation("editor.help.reflection"));
        safety.setLabel(getTranslation("activity.safety"));
        shared.setLabel(getTranslation("editor.field.shared"));
        List.of(intro, why, materials, easier, harder, preparation, reflection, safety)
                .forEach(area -> { area.setWidthFull(); area.setMaxLength(20_000); });

        fill(start);
        FormLayout basics = new FormLayout(title, gradeFrom, gradeTo, unplugged, lessonCount);
        add(basics, intro, why, subjectPicker, subjectTexts, goalPicker, materials, easier, harder,
                new H2(getTranslation("editor.guide")), preparation, lessonEditors, reflection,
                new H2(getTranslation("activity.evaluation")), evaluationTexts, safety, shared, problems);
        problems.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private void fill(Activity a) {
        title.setValue(a == null ? "" : a.title() + (editingId == null ? getTranslation("editor.copy-suffix") : ""));
        intro.setValue(a == null ? "" : a.intro());
        why.setValue(a == null ? "" : Objects.toString(a.why(), ""));
        gradeFrom.setValue(a == null ? 4 : a.grades().from());
        gradeTo.setValue(a == null ? 6 : a.grades().to());
        doesFields.clear();
        signsFields.clear();
        if (a != null) {
            a.subjects().forEach(s -> doesFields.put(s.id(), textField(s.does())));
            subjectPicker.setValue(a.subjects().stream()
                    .map(s -> subjects.stream().filter(x -> x.id().equals(s.id())).findFirst().orElse(null))
                    .filter(Objects::nonNull).toList());
            a.guide().evaluation().forEach(ev -> signsFields.put(ev.goal(), textField(ev.signs())));
            goalPicker.setValue(a.goals().stream()
                    .map(id -> goals.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null))
                    .filter(Objects::nonNull).toList());
        }
        renderSubjectTexts();
        renderEvaluationTexts();
        unplugged.setValue(a == null ? Unplugged.PARTIAL : a.unplugged());
        materials.setValue(a == null ? "" : String.join("\n", a.materials()));
        easier.setValue(a == null || a.differentiation() == null ? "" : a.differentiation().easier());
        harder.setValue(a == null || a.differentiation() == null ? "" : a.differentiation().harder());
        preparation.setValue(a == null ? "" : Objects.toString(a.guide().preparation(), ""));
        reflection.setValue(a == null ? "" : String.join("\n", a.guide().reflection()));
        safety.setValue(a == null ? "" : Objects.toString(a.safety(), ""));
        lessonTitles.clear();
        lessonSteps.clear();
        lessonSource = a == null ? List.of() : a.guide().lessons();
        lessonCount.setValue(a == null ? 1 : a.lessons());
        renderLessons();
    }

    private TextField textField(String value) {
        TextField field = new TextField();
        field.setWidthFull();
        field.setMaxLength(1000);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private void renderSubjectTexts() {
        subjectTexts.removeAll();
        for (Subject s : subjectPicker.getSelectedItems()) {
            TextField field = doesFields.computeIfAbsent(s.id(), id -> textField(""));
            field.setLabel(getTranslation("editor.field.does", s.name()));
            subjectTexts.add(field);
        }
    }

    private void renderEvaluationTexts() {
        evaluationTexts.removeAll();
        for (Goal g : goalPicker.getSelectedItems()) {
            TextField field = signsFields.computeIfAbsent(g.id(), id -> textField(""));
            field.setLabel(getTranslation("editor.field.signs", g.text()));
            evaluationTexts.add(field);
        }
    }

    /** One title and one step list per lesson; steps are lines like "10: Klassen gætter, hvad robotten gør". */
    private void renderLessons() {
        List<Lesson> from = lessonSource;
        int count = lessonCount.getValue() == null ? 1 : lessonCount.getValue();
        while (lessonTitles.size() < count) {
            int n = lessonTitles.size();
            TextField t = textField(n < from.size() ? from.get(n).title() : "");
            TextArea steps = new TextArea();
            steps.setWidthFull();
            steps.setMaxLength(20_000);
            steps.setHelperText(getTranslation("editor.help.steps"));
            if (n < from.size()) {
                steps.setValue(String.join("\n", from.get(n).steps().stream()
                        .map(s -> s.minutes() + ": " + s.text().replace("\n", " ")).toList()));
            }
            lessonTitles.add(t);
            lessonSteps.add(steps);
        }
        lessonEditors.removeAll();
        for (int i = 0; i < count; i++) {
            lessonTitles.get(i).setLabel(getTranslation("editor.field.lesson-title", i + 1));
            lessonSteps.get(i).setLabel(getTranslation("editor.field.lesson-steps", i + 1));
            lessonEditors.add(lessonTitles.get(i), lessonSteps.get(i));
        }
    }

    private void save() {
        List<String> formProblems = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        int count = lessonCount.getValue() == null ? 1 : lessonCount.getValue();
        for (int i = 0; i < count; i++) {
            List<Step> steps = new ArrayList<>();
            String[] lines = lessonSteps.get(i).getValue().split("\\R");
            for (int line = 0; line < lines.length; line++) {
                if (lines[line].isBlank()) {
                    continue;
                }
                var m = java.util.regex.Pattern.compile("^\\s*(\\d{1,3})\\s*(?:min\\.?)?\\s*[:|–-]\\s*(.+)$")
                        .matcher(lines[line]);
                if (m.matches()) {
                    steps.add(new Step(Integer.parseInt(m.group(1)), m.group(2).strip()));
                } else {
                    formProblems.add(getTranslation("editor.error.step", i + 1, line + 1));
                }
            }
            lessons.add(new Lesson(lessonTitles.get(i).getValue(), steps));
        }
        List<SubjectUse> uses = subjectPicker.getSelectedItems().stream()
                .map(s -> new SubjectUse(s.id(), doesFields.get(s.id()).getValue(), null)).toList();
        List<String> goalIds = goalPicker.getSelectedItems().stream().map(Goal::id).toList();
        List<Evaluation> evaluation = goalIds.stream()
                .map(id -> new Evaluation(id, signsFields.get(id).getValue())).toList();
        Activity draft = new Activity(null, title.getValue(),
                new GradeRange(gradeFrom.getValue(), gradeTo.getValue()), intro.getValue(), why.getValue(), uses,
                goalIds, count, unplugged.getValue(), lines(materials.getValue()),
                new Differentiation(easier.getValue(), harder.getValue()), List.of(),
                new Guide(preparation.getValue(), lessons, lines(reflection.getValue()), evaluation),
                safety.getValue(), "");
        problems.removeAll();
        if (!formProblems.isEmpty()) {
            showProblems(formProblems);
            return;
        }
        var result = own.save(currentUser.require(), editingId, draft, shared.getValue());
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

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editingId == null ? "editor.title-new" : "editor.title-edit");
    }
}
