package dk.opdag.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from the bundles in {@code i18n/}: {@code messages} for the shell, accounts, classes and the catalogue,
 * and one bundle per larger feature ({@code lab}, {@code teaching}, {@code planning}, {@code training}), so each feature owns its
 * texts. Danish is the base bundle, English the alternative.
 */
@Component
public class OpdagI18nProvider implements I18NProvider {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger LOG = LoggerFactory.getLogger(OpdagI18nProvider.class);
    // No fallback to the JVM's default locale: an English server must still show Danish by default.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Bundle base names under {@code i18n/}; a key may live in exactly one of them. */
    public static final List<String> BUNDLES = List.of("messages", "lab", "teaching", "planning", "materials",
            "training", "guide", "realniveau", "schooladmin", "lesson", "yearplans", "editor");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Also usable outside a UI (exports, print pages, tests). */
    public static String translate(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : DANISH;
        String pattern = null;
        for (ResourceBundle bundle : bundles(effective)) {
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            LOG.warn("Missing UI text '{}' for {}", key, effective);
            return "!" + key;
        }
        return new MessageFormat(pattern, effective).format(params);
    }

    /** Every bundle for a language, in {@link #BUNDLES} order. */
    public static List<ResourceBundle> bundles(Locale locale) {
        Locale base = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return BUNDLES.stream().map(name -> ResourceBundle.getBundle("i18n/" + name, base, CONTROL)).toList();
    }
}
