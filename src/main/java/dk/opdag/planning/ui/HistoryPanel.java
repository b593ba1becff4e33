package dk.opdag.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.PlanChange;
import dk.opdag.planning.PlanItems;
import java.time.ZoneId;

/** Who changed what, newest first, a page at a time. */
class HistoryPanel extends VerticalLayout {

    private final Grid<PlanChange> grid = new Grid<>();

    HistoryPanel(PlanItems planItems, SignedInUser user, long planId) {
        setPadding(false);
        grid.addColumn(c -> dk.opdag.shell.LocalDates.dateTime(getLocale()).format(c.occurredAt().atZoneSameInstant(ZoneId.of("Europe/Copenhagen"))))
                .setHeader(getTranslation("planning.history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> PlanTexts.change(this, c)).setHeader(getTranslation("planning.history.what"))
                .setFlexGrow(1);
        grid.setItems(q -> planItems.history(user, planId, q.getOffset(), q.getLimit()).stream(),
                q -> planItems.countHistory(user, planId));
        grid.setAriaLabel(getTranslation("planning.history.aria"));
        grid.setHeight("28rem");
        add(grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
