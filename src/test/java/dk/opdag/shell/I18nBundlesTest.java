package dk.opdag.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class I18nBundlesTest {

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        Set<String> danish = OpdagI18nProvider.bundle(OpdagI18nProvider.DANISH).keySet();
        Set<String> english = OpdagI18nProvider.bundle(OpdagI18nProvider.ENGLISH).keySet();
        assertThat(english).containsExactlyInAnyOrderElementsOf(danish);
        assertThat(danish).hasSizeGreaterThan(100);
    }

    @Test
    void everyTextIsAValidPattern() {
        for (Locale locale : new Locale[] {OpdagI18nProvider.DANISH, OpdagI18nProvider.ENGLISH}) {
            ResourceBundle bundle = OpdagI18nProvider.bundle(locale);
            for (String key : bundle.keySet()) {
                String formatted = new MessageFormat(bundle.getString(key), locale).format(new Object[] {"x", "y", 1, 2});
                assertThat(formatted).as(key).doesNotContain("''");
            }
        }
    }

    @Test
    void danishIsTheDefaultWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(OpdagI18nProvider.translate("shell.logout", Locale.GERMAN)).isEqualTo("Log ud");
            assertThat(OpdagI18nProvider.translate("shell.logout", null)).isEqualTo("Log ud");
            assertThat(OpdagI18nProvider.translate("shell.logout", Locale.UK)).isEqualTo("Log out");
            assertThat(OpdagI18nProvider.translate("teacher.pupils", OpdagI18nProvider.DANISH, 26)).isEqualTo("26 elever");
        } finally {
            Locale.setDefault(before);
        }
    }
}
