package dk.opdag.shell;

import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Date and time formats in the user's language: the Danish forms Danish teachers write ("3.12.2026",
 * "torsdag 3. december", "3. dec. kl. 10.15") and the English ones ("3 Dec 2026", "Thursday 3 December",
 * "3 Dec, 10:15"). Times are always shown in Danish time; only the wording follows the language.
 */
public final class LocalDates {

    private static final DateTimeFormatter DA_DATE = DateTimeFormatter.ofPattern("d.M.yyyy", OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DA_DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm",
            OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DA_DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM", OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DA_WHEN = DateTimeFormatter.ofPattern("d. MMM 'kl.' HH.mm",
            OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DA_LONG_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DA_LONG_WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm",
            OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_LONG_WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DA_CLOCK = DateTimeFormatter.ofPattern("HH.mm.ss", OpdagI18nProvider.DANISH);
    private static final DateTimeFormatter EN_CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private LocalDates() {
    }

    /** The language of the current UI (Danish outside a UI: exports, print jobs). */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? OpdagI18nProvider.DANISH : ui.getLocale();
    }

    private static boolean english(Locale locale) {
        return locale != null && OpdagI18nProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** 3.12.2026 / 3 Dec 2026 */
    public static DateTimeFormatter date(Locale locale) {
        return english(locale) ? EN_DATE : DA_DATE;
    }

    /** 3.12.2026 10:15 / 3 Dec 2026, 10:15 */
    public static DateTimeFormatter dateTime(Locale locale) {
        return english(locale) ? EN_DATE_TIME : DA_DATE_TIME;
    }

    /** torsdag 3. december / Thursday 3 December */
    public static DateTimeFormatter day(Locale locale) {
        return english(locale) ? EN_DAY : DA_DAY;
    }

    /** 3. dec. kl. 10.15 / 3 Dec, 10:15 */
    public static DateTimeFormatter when(Locale locale) {
        return english(locale) ? EN_WHEN : DA_WHEN;
    }

    /** 3. december 2026 / 3 December 2026 */
    public static DateTimeFormatter longDay(Locale locale) {
        return english(locale) ? EN_LONG_DAY : DA_LONG_DAY;
    }

    /** 3. december 2026 kl. 10.15 / 3 December 2026, 10:15 */
    public static DateTimeFormatter longWhen(Locale locale) {
        return english(locale) ? EN_LONG_WHEN : DA_LONG_WHEN;
    }

    /** 10.15.30 / 10:15:30 */
    public static DateTimeFormatter clock(Locale locale) {
        return english(locale) ? EN_CLOCK : DA_CLOCK;
    }
}
