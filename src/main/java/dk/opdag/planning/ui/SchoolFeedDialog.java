package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.feed.CalendarFeedController;
import dk.opdag.planning.feed.SchoolFeedService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The leader's calendar subscription to the whole school's year plan; the same rules as the teachers' feeds. */
class SchoolFeedDialog extends Dialog {

    private final SchoolFeedService feeds;
    private final SignedInUser user;
    private final Paragraph state = new Paragraph();
    private final FeedAddress address = new FeedAddress();
    private final Button stop;

    SchoolFeedDialog(SchoolFeedService feeds, SignedInUser user) {
        this.feeds = feeds;
        this.user = user;
        setHeaderTitle(getTranslation("feed.school.title"));
        setWidth("min(42rem, 95vw)");
        add(new Paragraph(getTranslation("feed.school.what")));
        add(new Paragraph(getTranslation("feed.school.secret")));
        state.getElement().setAttribute("role", "status");
        add(state, address);
        Button renew = new Button(getTranslation("planning.feed.renew"), e -> renew());
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop = new Button(getTranslation("planning.feed.stop"), e -> {
            feeds.stop(user);
            address.hide();
            showState();
        });
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().add(stop, new Button(getTranslation("planning.feed.close"), e -> close()), renew);
        showState();
    }

    private void showState() {
        var current = feeds.current(user);
        DateTimeFormatter when = dk.opdag.shell.LocalDates.date(getLocale());
        state.setText(current.map(t -> getTranslation("planning.feed.active",
                        when.format(t.atZoneSameInstant(ZoneId.of("Europe/Copenhagen")))))
                .orElse(getTranslation("feed.school.none")));
        stop.setEnabled(current.isPresent());
    }

    private void renew() {
        try {
            String token = feeds.renew(user);
            String base = ServletUriComponentsBuilder.fromContextPath(
                    VaadinServletRequest.getCurrent().getHttpServletRequest()).build().toUriString();
            address.show(base + CalendarFeedController.PATH + token + ".ics");
            showState();
        } catch (PlanningException e) {
            state.setText(PlanTexts.error(this, e));
        }
    }
}
