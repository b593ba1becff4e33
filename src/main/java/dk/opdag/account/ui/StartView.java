package dk.opdag.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.StaffAccounts;

/** "/" sends everyone where they belong: first run, login, or their role's own landing page. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class StartView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final StaffAccounts accounts;

    public StartView(CurrentUser currentUser, StaffAccounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.get();
        if (user.isPresent()) {
            event.forwardTo(user.get().role().home());
        } else if (accounts.needsFirstAdmin()) {
            event.forwardTo("kom-i-gang");
        } else {
            event.forwardTo("login");
        }
    }
}
