package dk.opdag.planning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.EquityService.ClassEquity;
import dk.opdag.planning.EquityService.EquityReport;
import dk.opdag.planning.EquityService.SpreadPoint;
import dk.opdag.planning.EquityService;
import dk.opdag.planning.Plans;
import dk.opdag.shell.Navigation;
import dk.opdag.shell.chart.AccessibleChart;
import dk.opdag.shell.chart.ChartData;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The equity view: which classes have no or few activities so far, how far each class's pupils got (per class,
 * never per pupil), and how the gap between the most and the least covered class develops over the year.
 */
@Route(Navigation.EQUITY)
@Menu(title = "planning.nav.equity", order = 74)
@RolesAllowed(Role.Names.LEADER)
@StyleSheet("styles/planning.css")
public class EquityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EquityService equity;
    private final CurrentUser currentUser;
    private final SchoolYearSelect year;
    private final Div content = new Div();
    private SignedInUser user;

    public EquityView(EquityService equity, Plans plans, CurrentUser currentUser) {
        this.equity = equity;
        this.currentUser = currentUser;
        add(new H1(getTranslation("planning.equity.title")));
        add(new Paragraph(getTranslation("planning.equity.intro")));
        int now = plans.currentStartYear();
        year = new SchoolYearSelect(now, -1, 0, this::show);
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
        EquityReport report = equity.report(user, user.schoolId(), year.getValue());
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        content.add(new Paragraph(getTranslation(report.measure() == EquityService.Measure.DONE
                ? "planning.equity.measure-done" : "planning.equity.measure-planned", report.thisWeek().number())));

        content.add(new H2(getTranslation("planning.equity.lagging")));
        Div lagging = new Div();
        lagging.addClassName("opdag-gap-list");
        lagging.add(new Paragraph(report.none().isEmpty() ? getTranslation("planning.equity.none-empty")
                : getTranslation("planning.equity.none", names(report.none()))));
        lagging.add(new Paragraph(report.few().isEmpty()
                ? getTranslation("planning.equity.few-empty", number.format(report.median()))
                : getTranslation("planning.equity.few", names(report.few()), number.format(report.median()))));
        content.add(lagging);
        content.add(new H2(getTranslation("equity.behind-title")));
        Paragraph behind = new Paragraph(EquityTexts.behindPlan(report, getLocale()));
        behind.addClassName("opdag-equity-behind");
        content.add(behind);

        content.add(new H2(getTranslation("planning.equity.classes")));
        content.add(classTable(report));
        if (!report.classes().isEmpty()) {
            List<String> labels = report.classes().stream().map(ClassEquity::name).toList();
            List<Number> soFar = report.classes().stream().map(c -> (Number) c.soFar()).toList();
            List<Number> year = report.classes().stream().map(c -> (Number) c.plannedYear()).toList();
            ChartData data = ChartData.bars(labels, List.of(
                    new ChartData.Series(getTranslation("planning.equity.so-far"), soFar, ChartData.TEAL, false),
                    new ChartData.Series(getTranslation("planning.equity.planned-year"), year, ChartData.GREY,
                            false)), getTranslation("planning.chart.activities")).sideways();
            content.add(new AccessibleChart(data, EquityTexts.classes(report, getLocale()),
                    getTranslation("planning.chart.table"),
                    getTranslation("planning.heat.class"), getLocale()));
        }

        content.add(new H2(getTranslation("planning.equity.spread-title")));
        content.add(spreadChart(report));
    }

    private String names(List<ClassEquity> classes) {
        return classes.stream().map(ClassEquity::name).collect(Collectors.joining(", "));
    }

    private NativeTable classTable(EquityReport report) {
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("planning.equity.table-caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("planning.heat.class", "planning.equity.so-far", "planning.equity.planned-so-far",
                "planning.equity.planned-year", "planning.equity.assignments", "planning.equity.completion")) {
            head.add(AreaBandTable.header(getTranslation(key), "col"));
        }
        for (ClassEquity c : report.classes()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(AreaBandTable.header(c.name(), "row"));
            NativeTableCell soFar = new NativeTableCell(Integer.toString(c.soFar()));
            if (report.none().contains(c) || report.few().contains(c)) {
                soFar.addClassName("opdag-level-0");
            }
            row.add(soFar, new NativeTableCell(Integer.toString(c.plannedSoFar())),
                    new NativeTableCell(Integer.toString(c.plannedYear())),
                    new NativeTableCell(Integer.toString(c.assignments())),
                    new NativeTableCell(c.completionHidden() ? getTranslation("planning.equity.hidden",
                            EquityService.MIN_PUPILS_SHOWN)
                            : c.completionPct() == null ? "–" : getTranslation("planning.equity.pct",
                            c.completionPct())));
        }
        return table;
    }

    private com.vaadin.flow.component.Component spreadChart(EquityReport report) {
        List<SpreadPoint> points = report.spread();
        if (points.isEmpty()) {
            return new Paragraph(getTranslation("planning.equity.spread-empty"));
        }
        List<String> labels = points.stream().map(p -> getTranslation("planning.week", p.week().number())).toList();
        ChartData data = ChartData.lines(labels, List.of(
                new ChartData.Series(getTranslation("planning.equity.most"), points.stream()
                        .map(p -> (Number) p.max()).toList(), ChartData.TEAL, false),
                new ChartData.Series(getTranslation("planning.equity.least"), points.stream()
                        .map(p -> (Number) p.min()).toList(), ChartData.ORANGE, true),
                new ChartData.Series(getTranslation("planning.equity.spread"), points.stream()
                        .map(p -> (Number) p.spread()).toList(), ChartData.PURPLE, false)),
                getTranslation("planning.chart.activities"));
        String sentence = EquityTexts.spread(points, getLocale());
        return new AccessibleChart(data, sentence, getTranslation("planning.chart.table"),
                getTranslation("planning.list.week"), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.equity.title");
    }
}
