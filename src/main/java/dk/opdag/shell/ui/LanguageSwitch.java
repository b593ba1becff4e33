package dk.opdag.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import dk.opdag.shell.LanguagePreference;
import dk.opdag.shell.OpdagI18nProvider;

/** One button that switches between Danish and English, named in the language it switches to. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        boolean english = getLocale() != null && "en".equals(getLocale().getLanguage());
        setText(english ? "Dansk" : "English");
        getElement().setAttribute("lang", english ? "da" : "en");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("opdag-language");
        addClickListener(e -> LanguagePreference.choose(english ? OpdagI18nProvider.DANISH : OpdagI18nProvider.ENGLISH));
    }
}
