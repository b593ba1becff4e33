package dk.opdag.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.LoginResult;
import dk.opdag.account.SessionSignIn;
import dk.opdag.account.StaffLoginService;
import dk.opdag.shell.ui.LanguageSwitch;

/** Login for teachers, leaders and admins; pupils follow the big link to their own login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final LoginForm form = new LoginForm();

    public LoginView(StaffLoginService logins, CurrentUser currentUser, LoginClients clients) {
        this.currentUser = currentUser;
        addClassName("opdag-login");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            LoginResult result = logins.login(event.getUsername(), event.getPassword(), clients.current());
            switch (result) {
                case LoginResult.Success success -> {
                    SessionSignIn.signIn(success.user());
                    UI.getCurrent().getPage().setLocation(success.user().role().home());
                }
                case LoginResult.Rejected rejected -> showError(getTranslation("login.error.wrong"));
                case LoginResult.Locked locked ->
                        showError(getTranslation("login.error.locked", locked.minutes()));
            }
        });

        Anchor pupil = new Anchor("elev", getTranslation("login.pupil-link"));
        pupil.addClassName("opdag-pupil-link");
        add(new LanguageSwitch(), new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.intro")), pupil, form);
    }

    private void showError(String message) {
        form.setI18n(i18n(message));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.staff-title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage e = i18n.getErrorMessage();
        e.setTitle(getTranslation("login.error.title"));
        e.setMessage(error == null ? getTranslation("login.error.wrong") : error);
        e.setUsername(getTranslation("login.error.username-required"));
        e.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> event.forwardTo(user.role().home()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
