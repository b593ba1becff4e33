package dk.opdag.curriculum;

import dk.opdag.shell.OpdagI18nProvider;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subject and competence-area names are UI, so they follow the user's language: Danish from the curriculum files,
 * English from the bundles ({@code subject.<id>}, {@code area.<id>}). An id without an English name (a new subject
 * in the files) falls back to its Danish name rather than a missing-text marker.
 */
public final class CurriculumNames {

    private CurriculumNames() {
    }

    public static String subject(String id, String danishName, Locale locale) {
        return named("subject." + id, danishName, locale);
    }

    public static String area(String id, String danishName, Locale locale) {
        return named("area." + id, danishName, locale);
    }

    /** True in English mode, where Danish-only content gets a short notice. */
    public static boolean english(Locale locale) {
        return locale != null && OpdagI18nProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String named(String key, String danishName, Locale locale) {
        if (!english(locale)) {
            return danishName;
        }
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(OpdagI18nProvider.ENGLISH)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return danishName;
    }
}
