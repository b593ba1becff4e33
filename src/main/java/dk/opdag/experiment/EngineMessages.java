package dk.opdag.experiment;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the engine shows pupils, by key from {@code i18n/engine.properties} (Danish) rather than written into the
 * code (the English texts sit beside them in {@code engine_en.properties}). Plain JDK: the engine stays free of Spring
 * and Vaadin.
 */
public final class EngineMessages {

    private static final ResourceBundle DANISH = ResourceBundle.getBundle("i18n/engine", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private EngineMessages() {
    }

    /** The Danish text of a key, with its arguments put in. */
    public static String danish(String key, Object... args) {
        String pattern = DANISH.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.of("da")).format(args);
    }
}
