package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.PlanConflictException;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.Week;

/** Moves an item to another start week; it keeps its number of teaching weeks, and holidays are jumped over. */
class MoveDialog extends Dialog {

    MoveDialog(PlanView owner, PlanItems planItems, SignedInUser user, SchoolCalendar calendar, PlannedActivity item) {
        setHeaderTitle(getTranslation("planning.move.title", item.activityTitle()));
        Paragraph now = new Paragraph(getTranslation("planning.move.now",
                PlanTexts.weeks(this, item.fromWeek(), item.toWeek()),
                calendar.teachingWeeksBetween(item.fromWeek(), item.toWeek())));
        Select<Week> start = new Select<>();
        start.setLabel(getTranslation("planning.move.to"));
        start.setItems(calendar.weeks());
        start.setItemLabelGenerator(w -> PlanTexts.weekOption(this, w, calendar.isHoliday(w.code())));
        start.setItemEnabledProvider(w -> !calendar.isHoliday(w.code()));
        start.setValue(Week.ofCode(item.fromWeek()));
        Paragraph error = new Paragraph();
        error.addClassName("opdag-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(now, start, error);

        Button move = new Button(getTranslation("planning.move.do"), e -> {
            try {
                PlannedActivity moved = planItems.moveItem(user, item.id(), item.version(), start.getValue().code());
                close();
                owner.saved(getTranslation("planning.move.done", moved.activityTitle(),
                        PlanTexts.weeks(this, moved.fromWeek(), moved.toWeek())));
            } catch (PlanConflictException ex) {
                close();
                owner.conflict(PlanTexts.error(this, ex));
            } catch (PlanningException ex) {
                error.setText(PlanTexts.error(this, ex));
                error.setVisible(true);
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("planning.item.cancel"), e -> close()), move);
    }
}
