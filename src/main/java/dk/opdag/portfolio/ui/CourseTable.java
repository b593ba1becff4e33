package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import dk.opdag.curriculum.yearplan.CourseModule;
import dk.opdag.curriculum.yearplan.ValgfagCourse;
import java.util.List;

/** The valgfag's modules in week order: weeks, module, activity or project phase, lessons, what goes in the portfolio. */
final class CourseTable {

    private CourseTable() {
    }

    static NativeTable of(Component c, ValgfagCourse course) {
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(c.getTranslation("valgfag.modules-caption", course.totalLessons()));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("yearplans.col.weeks", "valgfag.col.module", "valgfag.col.work",
                "yearplans.col.lessons", "valgfag.col.portfolio")) {
            NativeTableHeaderCell h = new NativeTableHeaderCell(c.getTranslation(key));
            h.getElement().setAttribute("scope", "col");
            head.add(h);
        }
        for (CourseModule m : course.modules()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableCell work = new NativeTableCell();
            if (m.isProject()) {
                work.setText(c.getTranslation("valgfag.project", m.project()));
            } else {
                work.add(new Anchor("aktivitet/" + m.activityId(), c.getTranslation("valgfag.activity")));
                if (!m.experiments().isEmpty()) {
                    work.add(" " + c.getTranslation("valgfag.experiments", String.join(", ", m.experiments())));
                }
            }
            row.add(new NativeTableCell(c.getTranslation("planning.weeks", m.fromWeek(), m.toWeek())),
                    new NativeTableCell(m.title()), work, new NativeTableCell(Integer.toString(m.lessons())),
                    new NativeTableCell(m.portfolio()));
        }
        return table;
    }
}
