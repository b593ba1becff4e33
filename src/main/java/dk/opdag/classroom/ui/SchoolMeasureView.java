package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.barometer.MeasureService;
import dk.opdag.classroom.barometer.MeasureService.GradePicture;
import dk.opdag.classroom.barometer.MeasureService.GradeRound;
import dk.opdag.classroom.barometer.MeasureService.Score;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The leader's view of the measurement: per grade of her own school this school year, the share of tasks solved per
 * competence area at the start and the end of the year. Aggregates only; a grade and round with fewer than five
 * pupils shows "For få elever til at vise et billede" and no numbers.
 */
@Route(Navigation.LEADER_MEASURE)
@Menu(title = "realniveau.nav.leader", order = 76)
@RolesAllowed(Role.Names.LEADER)
public class SchoolMeasureView extends VerticalLayout implements HasDynamicTitle {

    public SchoolMeasureView(MeasureService measure, CurrentUser currentUser) {
        addClassName("opdag-teaching");
        add(new H1(getTranslation("realniveau.school.title")));
        add(new Paragraph(getTranslation("realniveau.school.intro", MeasureService.MIN_PUPILS)));
        List<GradePicture> grades;
        try {
            grades = measure.ofSchool(currentUser.require());
        } catch (ClassroomException e) {
            add(TeachingUi.error(TeachingUi.message(this, e)));
            return;
        }
        if (grades.isEmpty()) {
            add(TeachingUi.status(getTranslation("realniveau.school.none")));
        }
        for (GradePicture g : grades) {
            add(new H2(getTranslation("realniveau.school.grade", g.grade())));
            for (GradeRound r : g.rounds()) {
                String name = getTranslation("realniveau.class.round." + r.kind().name());
                if (!r.shown()) {
                    add(new H3(name));
                    add(TeachingUi.status(getTranslation("realniveau.school.too-few")));
                    continue;
                }
                add(new H3(getTranslation("realniveau.school.round", name, r.pupils())));
                add(table(r.areas(), getTranslation("realniveau.school.table", g.grade()) + ", " + name));
            }
        }
    }

    private NativeTable table(List<Score> areas, String caption) {
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.getElement().setAttribute("aria-label", caption);
        NativeTableRow head = table.getHead().addRow();
        head.add(header(getTranslation("realniveau.class.area")), header(getTranslation("realniveau.class.percent")),
                header(getTranslation("realniveau.school.solved")));
        for (Score s : areas) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell label = header(s.name());
            label.getElement().setAttribute("scope", "row");
            row.add(label, new NativeTableCell(s.percent() == null ? "–" : s.percent() + " %"),
                    new NativeTableCell(getTranslation("realniveau.class.result", s.solved(), s.answered())));
        }
        return table;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell();
        cell.setText(text);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("realniveau.school.title");
    }
}
