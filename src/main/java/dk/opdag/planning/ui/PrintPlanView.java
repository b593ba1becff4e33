package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.SchoolHolidays;
import dk.opdag.planning.export.PlanExportService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * A plan on paper, for the staff room and parents' evenings: weeks, activities, subjects and competence areas, with
 * the holidays. Notes stay out (they are written for colleagues and might name a pupil), and so do teachers' names.
 */
@Route("aarsplan/:id/udskriv")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
@StyleSheet("styles/planning.css")
public class PrintPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Plans plans;
    private final PlanItems planItems;
    private final SchoolHolidays schoolHolidays;
    private final PlanExportService export;
    private final CurrentUser currentUser;
    private Plan plan;

    public PrintPlanView(Plans plans, PlanItems planItems, SchoolHolidays schoolHolidays, PlanExportService export,
                         CurrentUser currentUser) {
        this.plans = plans;
        this.planItems = planItems;
        this.schoolHolidays = schoolHolidays;
        this.export = export;
        this.currentUser = currentUser;
        addClassName("opdag-print-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var user = currentUser.require();
        List<PlannedActivity> items;
        try {
            plan = plans.plan(user, Long.parseLong(event.getRouteParameters().get("id").orElse("")));
            items = planItems.items(user, plan.id());
        } catch (NumberFormatException | PlanningException e) {
            plan = null;
            Paragraph p = new Paragraph(e instanceof PlanningException pe ? PlanTexts.error(this, pe)
                    : getTranslation("planning.error.plan-not-found"));
            p.addClassName("opdag-error");
            add(new H1(getTranslation("error.denied.title")), p);
            return;
        }
        SchoolCalendar calendar = schoolHolidays.calendar(plan);
        Map<String, List<String>> areas = export.areaNames(items);
        Button print = new Button(getTranslation("planning.print.do"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("opdag-no-print");
        add(print);
        add(new H1(getTranslation("planning.plan.heading", PlanTexts.title(this, plan), PlanTexts.year(plan))));
        add(new Paragraph(getTranslation("planning.print.intro")));

        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.addClassName("opdag-print-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("planning.list.weeks", "planning.print.dates", "planning.item.activity",
                "planning.item.subject", "planning.print.areas")) {
            head.add(AreaBandTable.header(getTranslation(key), "col"));
        }
        for (PlannedActivity item : items) {
            NativeTableRow row = table.getBody().addRow();
            row.add(new NativeTableCell(PlanTexts.weeks(this, item.fromWeek(), item.toWeek())),
                    new NativeTableCell(PlanTexts.dates(item.fromWeek(), item.toWeek())),
                    new NativeTableCell(item.activityTitle()), new NativeTableCell(item.subjectName()),
                    new NativeTableCell(String.join(", ", areas.getOrDefault(item.activityId(), List.of()))));
        }
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("planning.print.empty")));
        } else {
            add(table);
        }
        String holidays = calendar.weeks().stream().filter(w -> calendar.isHoliday(w.code()))
                .map(w -> Integer.toString(w.number())).reduce((a, b) -> a + ", " + b).orElse(null);
        if (holidays != null) {
            add(new Paragraph(getTranslation("planning.print.holidays", holidays)));
        }
        add(new Paragraph(getTranslation("planning.print.printed", dk.opdag.shell.LocalDates.date(getLocale()).format(plans.today()))));
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("app.name") : PlanTexts.title(this, plan);
    }
}
