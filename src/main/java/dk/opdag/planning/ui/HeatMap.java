package dk.opdag.planning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.planning.coverage.ClassCoverage;
import dk.opdag.planning.coverage.Layers;
import dk.opdag.planning.coverage.SchoolCoverage;

/**
 * The school heat map: classes (rows) × competence areas (columns). Every cell carries its number as text and its
 * shade only repeats it, so nothing depends on seeing colour; a class without a plan says so in its row.
 */
class HeatMap extends Div {

    HeatMap(SchoolCoverage school) {
        addClassName("opdag-heat-map");
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("planning.heat.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.add(AreaBandTable.header(getTranslation("planning.heat.class"), "col"));
        for (CompetenceArea area : school.areas()) {
            head.add(AreaBandTable.header(dk.opdag.curriculum.CurriculumNames.area(area.id(), area.name(), getLocale()),
                    "col"));
        }
        head.add(AreaBandTable.header(getTranslation("planning.heat.total"), "col"));
        for (ClassCoverage c : school.classes()) {
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-class", c.name());
            var name = AreaBandTable.header("", "row");
            if (c.planId() != null) {
                name.add(new Anchor("aarsplan/" + c.planId(), c.name()));
            } else {
                name.setText(c.name());
            }
            row.add(name);
            if (c.state() == ClassCoverage.PlanState.NO_PLAN
                    || c.state() == ClassCoverage.PlanState.TEMPLATE_NOT_ADOPTED) {
                NativeTableCell none = new NativeTableCell(getTranslation(
                        c.state() == ClassCoverage.PlanState.NO_PLAN ? "planning.heat.no-plan"
                                : "planning.heat.not-adopted"));
                none.setColspan(school.areas().size() + 1);
                none.addClassNames("opdag-heat-none", levelClass(0));
                row.add(none);
                continue;
            }
            for (CompetenceArea area : school.areas()) {
                Layers l = c.area(area.id());
                NativeTableCell cell = new NativeTableCell(cellText(l, school.progressAvailable()));
                cell.addClassName(levelClass(l.planned()));
                cell.getElement().setAttribute("data-area", area.id());
                row.add(cell);
            }
            row.add(new NativeTableCell(cellText(c.activities(), school.progressAvailable())));
        }
        add(table);
        Paragraph legend = new Paragraph(getTranslation(school.progressAvailable() ? "planning.heat.legend-done"
                : "planning.heat.legend"));
        legend.addClassName("opdag-legend");
        add(legend);
    }

    private String cellText(Layers l, boolean progress) {
        return progress ? getTranslation("planning.heat.cell-done", l.planned(), l.done())
                : Integer.toString(l.planned());
    }

    /** Shade by count: 0, 1, 2, 3 or more. */
    static String levelClass(int planned) {
        return "opdag-level-" + Math.min(planned, 3);
    }
}
