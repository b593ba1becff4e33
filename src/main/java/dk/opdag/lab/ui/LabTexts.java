package dk.opdag.lab.ui;

import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.shell.TimeConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** Texts the lab's browser components need, and times the way pupils read them ("i dag kl. 10.32"). */
final class LabTexts {

    private static final String WORLD = "lab.world.";

    private LabTexts() {
    }

    /** The world panel's texts, keys without {@code lab.world.}. */
    static Map<String, String> world(Locale locale) {
        Map<String, String> out = new TreeMap<>();
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(locale)) {
            for (String key : bundle.keySet()) {
                if (key.startsWith(WORLD)) {
                    out.put(key.substring(WORLD.length()), OpdagI18nProvider.translate(key, locale));
                }
            }
        }
        out.put("decimal", OpdagI18nProvider.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "." : ",");
        return out;
    }

    /** "i dag kl. 10.32" or "2. mar. kl. 10.32", in Danish time. */
    static String when(OffsetDateTime at, Locale locale, Clock clock) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZoneSameInstant(TimeConfig.DANISH_TIME);
        String time = local.format(DateTimeFormatter.ofPattern(
                OpdagI18nProvider.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "HH:mm" : "HH.mm", locale));
        if (local.toLocalDate().equals(LocalDate.now(clock.withZone(TimeConfig.DANISH_TIME)))) {
            return OpdagI18nProvider.translate("lab.date.today", locale, time);
        }
        String day = local.format(DateTimeFormatter.ofPattern("d. MMM", locale));
        return OpdagI18nProvider.translate("lab.date.other", locale, day, time);
    }
}
