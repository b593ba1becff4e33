package dk.opdag.planning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.planning.coverage.ClassCoverage;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.planning.coverage.Gap;
import dk.opdag.planning.coverage.Layers;
import dk.opdag.planning.coverage.SchoolCoverage;
import dk.opdag.shell.Navigation;
import dk.opdag.shell.chart.AccessibleChart;
import dk.opdag.shell.chart.ChartData;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The leader's coverage view: the school heat map (classes × competence areas), the gaps in words, how many classes
 * meet each area, subjects × grades, and one grade's areas and goals by grade band.
 */
@Route(Navigation.COVERAGE)
@Menu(title = "planning.nav.coverage", order = 72)
@RolesAllowed(Role.Names.LEADER)
@StyleSheet("styles/planning.css")
public class SchoolCoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoverageService coverage;
    private final CurrentUser currentUser;
    private final SchoolYearSelect year;
    private final Div content = new Div();
    private SignedInUser user;

    public SchoolCoverageView(CoverageService coverage, CurrentUser currentUser,
                              dk.opdag.planning.Plans plans) {
        this.coverage = coverage;
        this.currentUser = currentUser;
        add(new H1(getTranslation("planning.coverage.title")));
        add(new Paragraph(getTranslation("planning.coverage.intro")));
        int now = plans.currentStartYear();
        year = new SchoolYearSelect(now, -1, 1, this::show);
        content.setWidthFull();
        add(year, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        show();
    }

    private void show() {
        content.removeAll();
        if (user.schoolId() == null) {
            return;
        }
        SchoolCoverage school = coverage.school(user, user.schoolId(), year.getValue());
        content.add(new Paragraph(summary(school)));

        content.add(new H2(getTranslation("planning.heat.title")));
        content.add(new HeatMap(school));

        content.add(new H2(getTranslation("planning.gaps.title", school.gaps().size())));
        if (school.gaps().isEmpty()) {
            content.add(new Paragraph(getTranslation("planning.gaps.none")));
        } else {
            UnorderedList gaps = new UnorderedList();
            gaps.addClassName("opdag-gap-list");
            for (Gap gap : school.gaps()) {
                gaps.add(new ListItem(gap.text(getLocale())));
            }
            content.add(gaps);
        }

        content.add(new H2(getTranslation("planning.coverage.areas-title")));
        content.add(areaChart(school));

        content.add(new H2(getTranslation("planning.subjects.title")));
        content.add(subjectTable(school));

        content.add(new H2(getTranslation("planning.coverage.grade-title")));
        Select<Integer> grade = new Select<>();
        grade.setLabel(getTranslation("planning.plans.grade"));
        List<Integer> grades = school.classes().stream().map(ClassCoverage::grade).distinct().sorted().toList();
        grade.setItems(grades);
        grade.setItemLabelGenerator(g -> getTranslation("planning.grade", g));
        Div gradeMatrix = new Div();
        grade.addValueChangeListener(e -> {
            gradeMatrix.removeAll();
            if (e.getValue() != null) {
                gradeMatrix.add(new AreaBandTable(coverage.forGrade(user, user.schoolId(), year.getValue(),
                        e.getValue()), getTranslation("planning.coverage.grade-caption", e.getValue()),
                        school.progressAvailable()));
            }
        });
        content.add(grade, gradeMatrix);
        if (!grades.isEmpty()) {
            grade.setValue(grades.getFirst());
        }
    }

    private String summary(SchoolCoverage school) {
        long all = school.classes().stream()
                .filter(c -> school.areas().stream().allMatch(a -> c.area(a.id()).planned() + c.area(a.id()).done()
                        > 0)).count();
        long none = school.classes().stream().filter(c -> c.state() != ClassCoverage.PlanState.PLANNED).count();
        String text = getTranslation("planning.coverage.summary", all, school.classes().size(), none);
        return school.progressAvailable() ? text : text + " " + getTranslation("planning.coverage.no-progress");
    }

    private AccessibleChart areaChart(SchoolCoverage school) {
        List<String> labels = new ArrayList<>();
        List<Number> planned = new ArrayList<>();
        List<Number> done = new ArrayList<>();
        for (CompetenceArea a : school.areas()) {
            labels.add(dk.opdag.curriculum.CurriculumNames.area(a.id(), a.name(), getLocale()));
            planned.add(school.classes().stream().filter(c -> c.area(a.id()).planned() > 0).count());
            done.add(school.classes().stream().filter(c -> c.area(a.id()).done() > 0).count());
        }
        List<ChartData.Series> series = new ArrayList<>();
        series.add(new ChartData.Series(getTranslation("planning.chart.classes-planned"), planned, ChartData.TEAL,
                false));
        if (school.progressAvailable()) {
            series.add(new ChartData.Series(getTranslation("planning.chart.classes-done"), done, ChartData.ORANGE,
                    false));
        }
        int least = 0;
        for (int i = 1; i < planned.size(); i++) {
            if (planned.get(i).longValue() < planned.get(least).longValue()) {
                least = i;
            }
        }
        String sentence = labels.isEmpty() ? getTranslation("planning.chart.no-data")
                : getTranslation("planning.chart.areas-sentence", school.classes().size(), labels.get(least),
                        planned.get(least));
        return new AccessibleChart(ChartData.bars(labels, series, getTranslation("planning.chart.classes")), sentence,
                getTranslation("planning.chart.table"), getTranslation("planning.coverage.area"), getLocale());
    }

    private NativeTable subjectTable(SchoolCoverage school) {
        var matrix = school.subjects();
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("planning.subjects.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.add(AreaBandTable.header(getTranslation("planning.subjects.subject"), "col"));
        matrix.grades().forEach(g -> head.add(AreaBandTable.header(getTranslation("planning.grade", g), "col")));
        List<Subject> rows = matrix.used().isEmpty() ? List.of() : matrix.used();
        for (Subject s : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.add(AreaBandTable.header(dk.opdag.curriculum.CurriculumNames.subject(s.id(), s.name(), getLocale()),
                    "row"));
            for (int g : matrix.grades()) {
                Layers cell = matrix.cell(s, g);
                NativeTableCell td = new NativeTableCell(cell == null ? getTranslation("planning.subjects.not-taught")
                        : school.progressAvailable() ? getTranslation("planning.heat.cell-done", cell.planned(),
                        cell.done()) : Integer.toString(cell.planned()));
                td.addClassName(cell == null ? "opdag-not-taught" : HeatMap.levelClass(cell.planned()));
                row.add(td);
            }
        }
        if (rows.isEmpty()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableCell td = new NativeTableCell(getTranslation("planning.subjects.empty"));
            td.setColspan(matrix.grades().size() + 1);
            row.add(td);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.coverage.title");
    }
}
