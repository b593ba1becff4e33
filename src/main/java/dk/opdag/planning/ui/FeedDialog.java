package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.feed.CalendarFeedController;
import dk.opdag.planning.feed.CalendarFeedService;
import java.time.ZoneId;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The teacher's calendar subscription to the class plan. The address is shown once, in full with a copy button, right
 * after it is made, because only its hash is kept; a lost or leaked address is replaced by a new one, which ends the old at once.
 */
class FeedDialog extends Dialog {

    private final CalendarFeedService feeds;
    private final SignedInUser user;
    private final Plan plan;
    private final Paragraph state = new Paragraph();
    private final FeedAddress address = new FeedAddress();
    private final Button stop;

    FeedDialog(CalendarFeedService feeds, SignedInUser user, Plan plan) {
        this.feeds = feeds;
        this.user = user;
        this.plan = plan;
        setHeaderTitle(getTranslation("planning.feed.title", plan.className()));
        setWidth("min(42rem, 95vw)");
        add(new Paragraph(getTranslation("planning.feed.what")));
        add(new Paragraph(getTranslation("planning.feed.secret")));
        add(state, address);
        Button renew = new Button(getTranslation("planning.feed.renew"), e -> renew());
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop = new Button(getTranslation("planning.feed.stop"), e -> {
            feeds.stop(user, plan.classId());
            address.hide();
            showState();
        });
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().add(stop, new Button(getTranslation("planning.feed.close"), e -> close()), renew);
        showState();
    }

    private void showState() {
        var current = feeds.current(user, plan.classId());
        state.setText(current.map(t -> getTranslation("planning.feed.active",
                        dk.opdag.shell.LocalDates.date(getLocale()).format(t.atZoneSameInstant(ZoneId.of("Europe/Copenhagen")))))
                .orElse(getTranslation("planning.feed.none")));
        stop.setEnabled(current.isPresent());
    }

    private void renew() {
        try {
            String token = feeds.renew(user, plan.classId());
            String base = ServletUriComponentsBuilder.fromContextPath(
                    VaadinServletRequest.getCurrent().getHttpServletRequest()).build().toUriString();
            address.show(base + CalendarFeedController.PATH + token + ".ics"); // in full, with a copy button
            showState();
        } catch (PlanningException e) {
            state.setText(PlanTexts.error(this, e));
        }
    }
}
