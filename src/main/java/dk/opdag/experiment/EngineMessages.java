package dk.opdag.experiment;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the engine shows pupils, by key from {@code i18n/engine.properties} (Danish) rather than written into the
 * code; the English texts sit beside them in {@code engine_en.properties}. Every pattern goes through
 * {@link MessageFormat}, so an apostrophe in a text is written {@code ''}. Plain JDK: the engine stays free of Spring
 * and Vaadin.
 */
public final class EngineMessages {

    /** The bundle's base name, for tests that compare the Danish and English files. */
    public static final String BUNDLE = "i18n/engine";

    private static final Locale DANISH_LOCALE = Locale.of("da");
    private static final ResourceBundle DANISH = load(Locale.ROOT);
    private static final ResourceBundle ENGLISH = load(Locale.ENGLISH);

    private EngineMessages() {
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The Danish text of a key, with its arguments put in. */
    public static String danish(String key, Object... args) {
        return new MessageFormat(DANISH.getString(key), DANISH_LOCALE).format(args);
    }

    /** The text of a key in the given language: English when asked for, Danish otherwise. */
    public static String text(Locale locale, String key, Object... args) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(args);
        }
        return danish(key, args);
    }
}
