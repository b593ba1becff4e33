package dk.opdag.planning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.planning.coverage.AreaBandMatrix;
import dk.opdag.planning.coverage.Layers;

/**
 * The competence areas × grade bands matrix as a table: each cell says how many activities are planned and done and
 * how many of the band's goals they reach; under it, each area's goals one by one.
 */
class AreaBandTable extends Div {

    AreaBandTable(AreaBandMatrix matrix, String caption, boolean progress) {
        addClassName("opdag-area-band");
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.add(header(getTranslation("planning.coverage.area"), "col"));
        for (GradeBand band : GradeBand.values()) {
            head.add(header(getTranslation("planning.coverage.band", getTranslation("planning.band." + band.name())),
                    "col"));
        }
        for (AreaBandMatrix.Row row : matrix.rows()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.add(header(dk.opdag.curriculum.CurriculumNames.area(row.area().id(), row.area().name(), getLocale()),
                    "row"));
            for (GradeBand band : GradeBand.values()) {
                AreaBandMatrix.Cell cell = row.cell(band);
                NativeTableCell td = new NativeTableCell(cellText(cell, progress));
                td.addClassName(HeatMap.levelClass(cell.activities().planned()));
                td.getElement().setAttribute("data-area", row.area().id());
                td.getElement().setAttribute("data-band", band.label());
                tr.add(td);
            }
        }
        add(table);

        for (AreaBandMatrix.Row row : matrix.rows()) {
            UnorderedList goals = new UnorderedList();
            for (AreaBandMatrix.GoalRow g : row.goals()) {
                Layers a = g.activities();
                String count = progress ? getTranslation("planning.coverage.goal-count-done", a.planned(), a.done())
                        : getTranslation("planning.coverage.goal-count", a.planned());
                ListItem li = new ListItem(new Span(getTranslation("planning.coverage.goal-after", g.goal().after())
                        + " " + g.goal().text()), new Span(" — " + count));
                if (a.planned() == 0 && a.done() == 0) {
                    li.addClassName("opdag-goal-missing");
                }
                goals.add(li);
            }
            NativeDetails details = new NativeDetails(getTranslation("planning.coverage.goals-of",
                    dk.opdag.curriculum.CurriculumNames.area(row.area().id(), row.area().name(), getLocale())), goals);
            details.addClassName("opdag-goals");
            add(details);
        }
    }

    private String cellText(AreaBandMatrix.Cell cell, boolean progress) {
        Layers a = cell.activities();
        String planned = getTranslation("planning.coverage.cell", cell.goals().planned(), cell.goalsTotal(),
                a.planned());
        return progress ? planned + " " + getTranslation("planning.coverage.cell-done", a.done()) : planned;
    }

    static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
