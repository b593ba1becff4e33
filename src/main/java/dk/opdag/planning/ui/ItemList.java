package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.planning.ItemFilter;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.Week;
import java.util.function.Consumer;

/**
 * The list view: every item in week order, filtered by words, subject or week. The grid asks the database for one
 * page at a time, so a plan with thousands of items opens as fast as one with three.
 */
class ItemList extends VerticalLayout {

    private final Grid<PlannedActivity> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<Subject> subject = new Select<>();
    private final Select<Week> week = new Select<>();

    ItemList(Plans plans, PlanItems planItems, SignedInUser user, Plan plan, SchoolCalendar calendar, boolean canEdit,
             Consumer<PlannedActivity> move, Consumer<PlannedActivity> edit) {
        setPadding(false);
        text.setLabel(getTranslation("planning.list.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        subject.setLabel(getTranslation("planning.item.subject"));
        subject.setItems(plans.subjectsFor(plan));
        subject.setItemLabelGenerator(s -> s == null ? getTranslation("planning.list.any")
                : dk.opdag.curriculum.CurriculumNames.subject(s.id(), s.name(), getLocale()));
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("planning.list.any"));
        week.setLabel(getTranslation("planning.list.week"));
        week.setItems(calendar.weeks());
        week.setItemLabelGenerator(w -> w == null ? getTranslation("planning.list.any")
                : PlanTexts.weekOption(this, w, calendar.isHoliday(w.code())));
        week.setEmptySelectionAllowed(true);
        week.setEmptySelectionCaption(getTranslation("planning.list.any"));
        HorizontalLayout filters = new HorizontalLayout(text, subject, week);
        filters.setWrap(true);

        grid.addColumn(i -> PlanTexts.weeks(this, i.fromWeek(), i.toWeek()))
                .setHeader(getTranslation("planning.list.weeks")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlannedActivity::activityTitle).setHeader(getTranslation("planning.item.activity"))
                .setFlexGrow(3);
        grid.addColumn(PlannedActivity::subjectName).setHeader(getTranslation("planning.item.subject"))
                .setAutoWidth(true);
        if (!plan.isTemplate()) {
            grid.addColumn(i -> i.teacherName() == null ? "" : i.teacherName())
                    .setHeader(getTranslation("planning.item.teacher")).setAutoWidth(true);
        }
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("planning.list.note"))
                .setFlexGrow(2);
        if (canEdit) {
            grid.addComponentColumn(i -> {
                Button m = new Button(getTranslation("planning.item.move"), e -> move.accept(i));
                m.getElement().setAttribute("aria-label", getTranslation("planning.item.move-label",
                        i.activityTitle()));
                Button r = new Button(getTranslation("planning.item.edit"), e -> edit.accept(i));
                r.getElement().setAttribute("aria-label", getTranslation("planning.item.edit-label",
                        i.activityTitle()));
                m.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                r.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return new Div(m, r);
            }).setHeader(getTranslation("planning.list.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAriaLabel(getTranslation("planning.list.aria"));
        grid.setHeight("32rem");
        grid.setPageSize(50);
        grid.setItems(q -> planItems.items(user, plan.id(), filter(), q.getOffset(), q.getLimit()).stream(),
                q -> planItems.countItems(user, plan.id(), filter()));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        subject.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        week.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private ItemFilter filter() {
        return new ItemFilter(week.getValue() == null ? null : week.getValue().code(),
                subject.getValue() == null ? null : subject.getValue().id(), text.getValue());
    }

    void showWeek(int code) {
        week.setValue(Week.ofCode(code));
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
