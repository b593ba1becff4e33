package dk.opdag.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.opdag.account.StaffAccounts;
import dk.opdag.shell.ui.LanguageSwitch;

/** The very first page of a new installation: create the admin account. Closed once an admin exists. */
@Route(value = "kom-i-gang", autoLayout = false)
@AnonymousAllowed
public class FirstRunView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAccounts accounts;

    public FirstRunView(StaffAccounts accounts) {
        this.accounts = accounts;
        addClassName("opdag-login");
        TextField name = new TextField(getTranslation("firstrun.name"));
        TextField username = new TextField(getTranslation("login.username"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("account.password-help", StaffAccounts.MIN_PASSWORD_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("firstrun.repeat"));
        Paragraph error = new Paragraph();
        error.addClassName("opdag-error");
        error.getElement().setAttribute("role", "alert");
        Button create = new Button(getTranslation("firstrun.create"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                error.setText(getTranslation("firstrun.error.mismatch"));
                return;
            }
            try {
                accounts.createFirstAdmin(username.getValue(), password.getValue(), name.getValue());
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (StaffAccounts.AccountException ex) {
                error.setText(getTranslation(ex.messageKey(), StaffAccounts.MIN_PASSWORD_LENGTH));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, username, password, repeat);
        form.setMaxWidth("30rem");
        add(new LanguageSwitch(), new H1(getTranslation("firstrun.title")),
                new Paragraph(getTranslation("firstrun.intro")), form, error, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.needsFirstAdmin()) {
            event.forwardTo("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("firstrun.title");
    }
}
