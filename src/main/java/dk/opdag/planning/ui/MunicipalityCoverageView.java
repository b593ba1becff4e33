package dk.opdag.planning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.Role;
import dk.opdag.classroom.School;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.planning.Plans;
import dk.opdag.planning.coverage.ClassCoverage;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.planning.coverage.SchoolCoverage;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * For the administrator: every school of a municipality side by side, as the share of its classes that meet each
 * competence area in their year plans. Counted for all schools in one pass (see CoverageBenchmark).
 */
@Route(Navigation.MUNICIPALITY_COVERAGE)
@Menu(title = "planning.nav.municipality", order = 78)
@RolesAllowed(Role.Names.ADMIN)
@StyleSheet("styles/planning.css")
public class MunicipalityCoverageView extends VerticalLayout implements HasDynamicTitle {

    private final CoverageService coverage;
    private final Select<String> municipality = new Select<>();
    private final SchoolYearSelect year;
    private final Div content = new Div();
    private final List<School> schools;

    public MunicipalityCoverageView(CoverageService coverage, Schools schoolDirectory, Plans plans) {
        this.coverage = coverage;
        this.schools = schoolDirectory.all();
        add(new H1(getTranslation("planning.municipality.title")));
        add(new Paragraph(getTranslation("planning.municipality.intro")));
        List<String> names = schools.stream().map(School::municipality).distinct().toList();
        municipality.setLabel(getTranslation("planning.municipality.which"));
        municipality.setItems(names);
        int now = plans.currentStartYear();
        year = new SchoolYearSelect(now, -1, 1, this::show);
        municipality.addValueChangeListener(e -> show());
        add(municipality, year, content);
        if (!names.isEmpty()) {
            municipality.setValue(names.getFirst());
        }
    }

    private void show() {
        content.removeAll();
        if (municipality.getValue() == null) {
            content.add(new Paragraph(getTranslation("planning.municipality.none")));
            return;
        }
        List<Long> ids = schools.stream().filter(s -> s.municipality().equals(municipality.getValue()))
                .map(School::id).toList();
        List<SchoolCoverage> all = coverage.schools(ids, year.getValue());
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("planning.municipality.caption", municipality.getValue(),
                SchoolYears.label(year.getValue())));
        NativeTableRow head = table.getHead().addRow();
        head.add(AreaBandTable.header(getTranslation("planning.municipality.school"), "col"));
        head.add(AreaBandTable.header(getTranslation("planning.municipality.planned"), "col"));
        List<CompetenceArea> areas = coverage.framework().areas();
        areas.forEach(a -> head.add(AreaBandTable.header(a.name(), "col")));
        head.add(AreaBandTable.header(getTranslation("planning.municipality.gaps"), "col"));
        for (int i = 0; i < all.size(); i++) {
            SchoolCoverage s = all.get(i);
            long schoolId = ids.get(i);
            String name = schools.stream().filter(x -> x.id() == schoolId).findFirst().orElseThrow().name();
            NativeTableRow row = table.getBody().addRow();
            row.add(AreaBandTable.header(name, "row"));
            int total = s.classes().size();
            long planned = s.classes().stream().filter(c -> c.state() == ClassCoverage.PlanState.PLANNED).count();
            row.add(new NativeTableCell(getTranslation("planning.municipality.share", planned, total)));
            for (CompetenceArea a : areas) {
                long meeting = s.classes().stream().filter(c -> c.area(a.id()).planned() > 0).count();
                NativeTableCell cell = new NativeTableCell(getTranslation("planning.municipality.share", meeting,
                        total));
                cell.addClassName(total == 0 ? "opdag-not-taught"
                        : meeting == total ? "opdag-level-3" : meeting == 0 ? "opdag-level-0" : "opdag-level-1");
                row.add(cell);
            }
            row.add(new NativeTableCell(Integer.toString(s.gaps().size())));
        }
        content.add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.municipality.title");
    }
}
