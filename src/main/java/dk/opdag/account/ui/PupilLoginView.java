package dk.opdag.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.opdag.account.CodeKind;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.LoginCodes;
import dk.opdag.account.LoginResult;
import dk.opdag.account.PupilDirectory;
import dk.opdag.account.PupilLoginService;
import dk.opdag.account.Role;
import dk.opdag.account.SessionSignIn;
import dk.opdag.shell.ui.LanguageSwitch;
import java.util.ArrayList;
import java.util.List;

/**
 * Pupil login in three steps a 6-year-old can manage: type the class code from the board, tap your own name,
 * tap your two secret pictures (or type your secret words from 4. klasse).
 */
@Route(value = "elev", autoLayout = false)
@AnonymousAllowed
public class PupilLoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PupilLoginService logins;
    private final CurrentUser currentUser;
    private final Div step = new Div();
    private final Paragraph message = new Paragraph();

    private final LoginClients clients;

    public PupilLoginView(PupilLoginService logins, CurrentUser currentUser, LoginClients clients) {
        this.clients = clients;
        this.logins = logins;
        this.currentUser = currentUser;
        addClassName("opdag-login");
        addClassName("opdag-pupil-login");
        message.addClassName("opdag-error");
        message.getElement().setAttribute("role", "alert");
        add(new LanguageSwitch(), new H1(getTranslation("pupil-login.title")), message, step,
                new Anchor("login", getTranslation("pupil-login.staff-link")));
        showClassCode();
    }

    private void showClassCode() {
        clearMessage();
        TextField code = new TextField(getTranslation("pupil-login.class-code"));
        code.setHelperText(getTranslation("pupil-login.class-code-help"));
        code.setMaxLength(20);
        code.setAutofocus(true);
        code.addClassName("opdag-class-code");
        Button next = new Button(getTranslation("pupil-login.next"), e -> {
            switch (logins.findClass(code.getValue(), clients.current())) {
                case PupilLoginService.ClassLookup.Found found -> showNames(found.loginClass());
                case PupilLoginService.ClassLookup.NotFound notFound -> {
                    showMessage(getTranslation("pupil-login.error.class", code.getValue().strip()));
                    code.focus();
                }
                case PupilLoginService.ClassLookup.Locked locked ->
                        showMessage(getTranslation("pupil-login.error.class-locked", locked.minutes()));
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        step.removeAll();
        step.add(code, next);
    }

    private void showNames(PupilDirectory.LoginClass klass) {
        clearMessage();
        step.removeAll();
        step.add(new H2(getTranslation("pupil-login.who", klass.name())));
        List<PupilDirectory.PupilChoice> pupils = logins.pupilsOf(klass.id());
        if (pupils.isEmpty()) {
            step.add(new Paragraph(getTranslation("pupil-login.no-pupils")));
        }
        Div names = new Div();
        names.addClassName("opdag-name-grid");
        for (PupilDirectory.PupilChoice pupil : pupils) {
            Button name = new Button(pupil.displayName(), e -> showCode(klass, pupil));
            name.addClassName("opdag-name");
            names.add(name);
        }
        step.add(names, new Paragraph(getTranslation("pupil-login.not-on-list")), back(this::showClassCode));
    }

    private void showCode(PupilDirectory.LoginClass klass, PupilDirectory.PupilChoice pupil) {
        clearMessage();
        step.removeAll();
        step.add(new H2(getTranslation("pupil-login.hello", pupil.displayName())));
        if (klass.codeKind() == CodeKind.PICTURE) {
            showPictures(klass, pupil);
        } else {
            showWords(klass, pupil);
        }
    }

    private void showPictures(PupilDirectory.LoginClass klass, PupilDirectory.PupilChoice pupil) {
        step.add(new Paragraph(getTranslation("pupil-login.pick-pictures")));
        List<String> chosen = new ArrayList<>();
        Span picked = new Span();
        picked.addClassName("opdag-picked");
        picked.getElement().setAttribute("aria-live", "polite");
        Div grid = new Div();
        grid.addClassName("opdag-picture-grid");
        for (LoginCodes.Picture picture : LoginCodes.PICTURES) {
            String label = getTranslation(picture.labelKey());
            Button button = new Button(picture.emoji() + " " + label);
            button.addClassName("opdag-picture");
            button.getElement().setAttribute("aria-label", label);
            button.addClickListener(e -> {
                chosen.add(picture.key());
                picked.setText(getTranslation("pupil-login.picked", String.join(", ",
                        chosen.stream().map(k -> getTranslation("picture." + k)).toList())));
                if (chosen.size() == 2) {
                    attempt(klass, pupil, String.join("+", chosen));
                    chosen.clear();
                }
            });
            grid.add(button);
        }
        step.add(grid, picked, back(() -> showNames(klass)));
    }

    private void showWords(PupilDirectory.LoginClass klass, PupilDirectory.PupilChoice pupil) {
        TextField words = new TextField(getTranslation("pupil-login.words"));
        words.setHelperText(getTranslation("pupil-login.words-help"));
        words.setMaxLength(60);
        words.setAutofocus(true);
        Button login = new Button(getTranslation("pupil-login.submit"), e -> {
            attempt(klass, pupil, words.getValue());
            words.clear();
        });
        login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        login.addClickShortcut(Key.ENTER);
        step.add(words, login, back(() -> showNames(klass)));
    }

    private void attempt(PupilDirectory.LoginClass klass, PupilDirectory.PupilChoice pupil, String code) {
        LoginResult result = logins.login(klass.id(), pupil.pupilId(), code, clients.current());
        switch (result) {
            case LoginResult.Success success -> {
                SessionSignIn.signIn(success.user());
                UI.getCurrent().getPage().setLocation(Role.PUPIL.home());
            }
            case LoginResult.Rejected rejected -> showMessage(getTranslation("pupil-login.error.code"));
            case LoginResult.Locked locked -> showMessage(getTranslation("pupil-login.error.locked", locked.minutes()));
        }
    }

    private Button back(Runnable action) {
        Button back = new Button(getTranslation("pupil-login.back"), e -> action.run());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void clearMessage() {
        message.setText("");
        message.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> event.forwardTo(user.role().home()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupil-login.title");
    }
}
