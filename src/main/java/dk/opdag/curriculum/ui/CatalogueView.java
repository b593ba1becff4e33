package dk.opdag.curriculum.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The activity catalogue: free text plus filters, a live result count, and cards that lead to each activity's
 * guide. Two clicks from "Mine klasser" to a lesson a teacher can give tomorrow. The filters live in the address
 * ({@code katalog?fag=matematik&klassetrin=5&omraade=ct}), so a search can be bookmarked or sent to a colleague.
 */
@Route(Navigation.CATALOGUE)
@Menu(title = "nav.catalogue", order = 60)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
public class CatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CatalogueService catalogue;
    private final SubjectCatalog subjects;
    private final Viewer viewer;
    private final TextField text = new TextField();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final Select<Integer> grade = new Select<>();
    private final Select<String> area = new Select<>();
    private final Select<Integer> lessons = new Select<>();
    private final Checkbox crossSubject = new Checkbox();
    private final Checkbox unplugged = new Checkbox();
    private final Checkbox experiment = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private static final List<String> AREAS = List.of("dm", "dd", "ct", "th");
    private static final List<Integer> LESSONS = List.of(1, 2, 4, 8);
    /** True while beforeEnter copies the address into the filters, so that it refreshes once, not per filter. */
    private boolean restoring;

    public CatalogueView(CatalogueService catalogue, SubjectCatalog subjects, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.subjects = subjects;
        SignedInUser user = currentUser.require();
        this.viewer = new Viewer(user.id(), user.schoolId());
        add(new H1(getTranslation("catalogue.title")), new Paragraph(getTranslation("catalogue.intro")));
        if (user.is(Role.TEACHER)) {
            add(new Anchor("aktivitet/ny", getTranslation("catalogue.new-own")));
        }
        add(filters(), count, results);
        count.addClassName("opdag-result-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        results.addClassName("opdag-activity-cards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        restoring = true;
        param(params, "q").ifPresent(text::setValue);
        param(params, "fag").flatMap(subjects::find).ifPresent(subject::setValue);
        param(params, "klassetrin").flatMap(CatalogueView::number).filter(g -> g >= 0 && g <= 9)
                .ifPresent(grade::setValue);
        param(params, "omraade").filter(AREAS::contains).ifPresent(area::setValue);
        param(params, "lektioner").flatMap(CatalogueView::number).filter(LESSONS::contains)
                .ifPresent(lessons::setValue);
        crossSubject.setValue(param(params, "tvaerfagligt").isPresent());
        unplugged.setValue(param(params, "uden-skaerm").isPresent());
        experiment.setValue(param(params, "eksperiment").isPresent());
        restoring = false;
        refresh();
    }

    private static java.util.Optional<String> param(QueryParameters params, String name) {
        return params.getSingleParameter(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static java.util.Optional<Integer> number(String s) {
        try {
            return java.util.Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The filters as query parameters, written back to the address without a new history entry. */
    private void rememberInAddress() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            params.put("q", text.getValue().strip());
        }
        if (subject.getValue() != null) {
            params.put("fag", subject.getValue().id());
        }
        if (grade.getValue() != null) {
            params.put("klassetrin", grade.getValue().toString());
        }
        if (area.getValue() != null) {
            params.put("omraade", area.getValue());
        }
        if (lessons.getValue() != null) {
            params.put("lektioner", lessons.getValue().toString());
        }
        if (crossSubject.getValue()) {
            params.put("tvaerfagligt", "ja");
        }
        if (unplugged.getValue()) {
            params.put("uden-skaerm", "ja");
        }
        if (experiment.getValue()) {
            params.put("eksperiment", "ja");
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(Navigation.CATALOGUE, QueryParameters.simple(params))));
    }

    private HorizontalLayout filters() {
        text.setLabel(getTranslation("catalogue.search"));
        text.setPlaceholder(getTranslation("catalogue.search-placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);

        subject.setLabel(getTranslation("catalogue.subject"));
        subject.setItems(subjects.all());
        subject.setItemLabelGenerator(s -> dk.opdag.curriculum.CurriculumNames.subject(s.id(), s.name(), getLocale()));
        subject.setClearButtonVisible(true);

        grade.setLabel(getTranslation("catalogue.grade"));
        grade.setItems(IntStream.rangeClosed(0, 9).boxed().toList());
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("catalogue.any") : getTranslation("catalogue.grade-n", g));
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("catalogue.any"));

        area.setLabel(getTranslation("catalogue.area"));
        area.setItems(AREAS);
        area.setItemLabelGenerator(a -> a == null ? getTranslation("catalogue.any") : getTranslation("area." + a));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("catalogue.any"));

        lessons.setLabel(getTranslation("catalogue.lessons"));
        lessons.setItems(LESSONS);
        lessons.setItemLabelGenerator(n -> n == null ? getTranslation("catalogue.any")
                : getTranslation("catalogue.lessons-max", n));
        lessons.setEmptySelectionAllowed(true);
        lessons.setEmptySelectionCaption(getTranslation("catalogue.any"));

        crossSubject.setLabel(getTranslation("catalogue.cross-subject"));
        unplugged.setLabel(getTranslation("catalogue.unplugged"));
        experiment.setLabel(getTranslation("catalogue.has-experiment"));

        text.addValueChangeListener(e -> refresh());
        subject.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        lessons.addValueChangeListener(e -> refresh());
        crossSubject.addValueChangeListener(e -> refresh());
        unplugged.addValueChangeListener(e -> refresh());
        experiment.addValueChangeListener(e -> refresh());

        HorizontalLayout row = new HorizontalLayout(text, subject, grade, area, lessons, crossSubject, unplugged,
                experiment);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        if (restoring) {
            return;
        }
        rememberInAddress();
        CatalogueQuery query = new CatalogueQuery(text.getValue(),
                subject.getValue() == null ? null : subject.getValue().id(), grade.getValue(), area.getValue(),
                lessons.getValue(), crossSubject.getValue() ? true : null, unplugged.getValue() ? true : null,
                experiment.getValue() ? true : null);
        List<ActivityCard> found = catalogue.search(query, viewer);
        count.setText(getTranslation(countKey(found.size()), found.size()));
        results.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalogue.empty"));
            empty.addClassName("opdag-empty");
            results.add(empty);
        }
        found.forEach(card -> results.add(card(card)));
    }

    private Div card(ActivityCard activity) {
        Div card = new Div();
        card.addClassName("opdag-activity-card");
        H2 title = new H2(new Anchor("aktivitet/" + activity.id(), activity.title()));
        Paragraph intro = new Paragraph(activity.intro());
        Div chips = new Div();
        chips.addClassName("opdag-chips");
        chips.add(chip(Chips.grades(this, activity.gradeFrom(), activity.gradeTo())));
        chips.add(chip(getTranslation("catalogue.lessons-n", activity.lessons())));
        activity.subjectIds().forEach(id -> chips.add(chip(subjects.find(id).map(Subject::name).orElse(id))));
        activity.areaCodes().forEach(code -> chips.add(chip(getTranslation("area." + code))));
        if (!"NONE".equals(activity.unplugged())) {
            chips.add(chip(getTranslation("unplugged." + activity.unplugged())));
        }
        if (activity.hasExperiment()) {
            chips.add(chip(getTranslation("catalogue.has-experiment")));
        }
        if (activity.teacherMade()) {
            chips.add(chip(getTranslation("catalogue.teacher-made")));
        }
        card.add(title, intro, chips);
        return card;
    }

    static Span chip(String text) {
        Span chip = new Span(text);
        chip.addClassName("opdag-chip");
        return chip;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }

    /** The search stops at {@link CatalogueRepository#MAX_RESULTS}; then the count says "at least" and how to narrow. */
    static String countKey(int found) {
        if (found >= CatalogueRepository.MAX_RESULTS) {
            return "catalogue.count-many";
        }
        return found == 1 ? "catalogue.count-one" : "catalogue.count";
    }
}
