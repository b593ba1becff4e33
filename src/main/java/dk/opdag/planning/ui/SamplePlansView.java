package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.yearplan.SampleItem;
import dk.opdag.curriculum.yearplan.SamplePlan;
import dk.opdag.planning.PlanOverview;
import dk.opdag.planning.Plans;
import dk.opdag.planning.samples.SampleAdoptionService;
import dk.opdag.planning.samples.SampleUseRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * "Årsplan-skabeloner": the sample year plans for each grade in both models, with the reason for each item. A class's
 * teacher adopts one into the class's plan, a leader into the school's grade template; leaders also see which classes
 * use which model.
 */
@Route(SamplePlansView.ROUTE)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/planning.css")
@StyleSheet("styles/yearplans.css")
public class SamplePlansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "aarsplan-skabeloner";

    private final SampleAdoptionService samples;
    private final Plans plans;
    private final PlanOverview planOverview;
    private final CurrentUser currentUser;
    private final SubjectCatalog subjects;
    private final Select<Integer> grade = new Select<>();
    private final Div content = new Div();
    private final StatusMessage message = new StatusMessage();
    private SignedInUser user;

    public SamplePlansView(SampleAdoptionService samples, Plans plans, PlanOverview planOverview,
                           SubjectCatalog subjects, CurrentUser currentUser) {
        this.samples = samples;
        this.subjects = subjects;
        this.plans = plans;
        this.planOverview = planOverview;
        this.currentUser = currentUser;
        add(new H1(getTranslation("yearplans.title")));
        add(new Paragraph(getTranslation("yearplans.intro")));
        grade.setLabel(getTranslation("yearplans.grade"));
        grade.setItems(IntStream.rangeClosed(0, 9).boxed().toList());
        grade.setItemLabelGenerator(g -> getTranslation("planning.grade", g));
        grade.addValueChangeListener(e -> show());
        content.setWidthFull();
        add(grade, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        List<ClassSummary> mine = user.is(Role.TEACHER) ? planOverview.classesOf(user, plans.currentStartYear())
                : List.of();
        grade.setValue(mine.isEmpty() ? 0 : mine.getFirst().grade());
        show();
    }

    private void show() {
        content.removeAll();
        if (user == null || grade.getValue() == null) {
            return;
        }
        for (SamplePlan sample : samples.samplesFor(grade.getValue())) {
            content.add(sampleSection(sample));
        }
        if (user.is(Role.LEADER) && user.schoolId() != null) {
            content.add(usesTable());
        }
    }

    private Div sampleSection(SamplePlan sample) {
        Div box = new Div();
        box.addClassName("opdag-sample-plan");
        box.add(new H2(sample.title()));
        box.add(new Paragraph(sample.rationale()));
        box.add(new Paragraph(getTranslation("yearplans.summary", sample.items().size() - ownCount(sample),
                sample.totalLessons(), sample.ownLessons())));
        Button use = new Button(getTranslation("yearplans.use"), e ->
                new AdoptSampleDialog(samples, plans, planOverview, user, sample, message::say).open());
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.getElement().setAttribute("aria-label", getTranslation("yearplans.use-label", sample.title()));
        box.add(use, itemTable(sample));
        return box;
    }

    private static long ownCount(SamplePlan sample) {
        return sample.items().stream().filter(SampleItem::isOwn).count();
    }

    private NativeTable itemTable(SamplePlan sample) {
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("yearplans.items-caption", sample.title()));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("yearplans.col.weeks", "yearplans.col.subject", "yearplans.col.activity",
                "yearplans.col.lessons", "yearplans.col.why")) {
            head.add(AreaBandTable.header(getTranslation(key), "col"));
        }
        Map<String, String> subjectNames = subjects.all().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name));
        for (SampleItem item : sample.items()) {
            NativeTableRow row = table.getBody().addRow();
            String weeks = item.fromWeek() == item.toWeek() ? getTranslation("planning.week", item.fromWeek())
                    : getTranslation("planning.weeks", item.fromWeek(), item.toWeek());
            row.add(new NativeTableCell(weeks), new NativeTableCell(subjectNames.getOrDefault(item.subjectId(),
                    item.subjectId())));
            NativeTableCell what = new NativeTableCell();
            if (item.isOwn()) {
                what.setText(item.ownTitle());
                what.addClassName("opdag-gap");
            } else {
                what.add(new Anchor("aktivitet/" + item.activityId(), samples.activityTitle(item.activityId())));
            }
            row.add(what, new NativeTableCell(Integer.toString(item.lessons())), new NativeTableCell(item.why()));
        }
        return table;
    }

    private Div usesTable() {
        Div box = new Div();
        int startYear = plans.currentStartYear();
        box.add(new H2(getTranslation("yearplans.uses.title")));
        List<SampleUseRepository.Use> uses = samples.usesOfSchool(user, user.schoolId(), startYear);
        if (uses.isEmpty()) {
            box.add(new Paragraph(getTranslation("yearplans.uses.none", SchoolYears.label(startYear))));
            return box;
        }
        Map<Long, String> classNames = planOverview.classesOf(user, startYear).stream()
                .collect(Collectors.toMap(ClassSummary::id, ClassSummary::name));
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("yearplans.uses.caption", SchoolYears.label(startYear)));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("yearplans.uses.plan", "yearplans.uses.model", "yearplans.uses.sample",
                "yearplans.uses.items", "yearplans.uses.when")) {
            head.add(AreaBandTable.header(getTranslation(key), "col"));
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d.M.yyyy");
        for (SampleUseRepository.Use use : uses) {
            NativeTableRow row = table.getBody().addRow();
            String plan = use.classId() == null ? getTranslation("planning.template-name", use.grade())
                    : getTranslation("planning.class-plan-name", classNames.getOrDefault(use.classId(), "?"));
            NativeTableCell planCell = new NativeTableCell(new Anchor("aarsplan/" + use.planId(), plan));
            row.add(planCell, new NativeTableCell(getTranslation("yearplans.model." + use.model())),
                    new NativeTableCell(samples.sample(use.sampleId()).map(SamplePlan::title).orElse(use.sampleId())),
                    new NativeTableCell(Integer.toString(use.itemsAdded())),
                    new NativeTableCell(use.adoptedAt().format(date)));
        }
        box.add(table);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("yearplans.title");
    }
}
