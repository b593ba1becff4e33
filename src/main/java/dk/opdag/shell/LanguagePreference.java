package dk.opdag.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;

/** Danish unless the user chose English; the choice lives in a cookie so it survives login and logout. */
public final class LanguagePreference {

    static final String COOKIE = "opdag-sprog";

    private LanguagePreference() {
    }

    public static Locale fromRequest(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return OpdagI18nProvider.ENGLISH;
                }
            }
        }
        return OpdagI18nProvider.DANISH;
    }

    /** Stores the choice and reloads the page so every text is drawn again in the new language. */
    public static void choose(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
