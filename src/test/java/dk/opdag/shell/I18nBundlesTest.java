package dk.opdag.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class I18nBundlesTest {

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        List<ResourceBundle> danish = OpdagI18nProvider.bundles(OpdagI18nProvider.DANISH);
        List<ResourceBundle> english = OpdagI18nProvider.bundles(OpdagI18nProvider.ENGLISH);
        for (int i = 0; i < danish.size(); i++) {
            assertThat(english.get(i).keySet()).as(OpdagI18nProvider.BUNDLES.get(i))
                    .containsExactlyInAnyOrderElementsOf(danish.get(i).keySet());
        }
        assertThat(danish.getFirst().keySet()).hasSizeGreaterThan(100);
    }

    @Test
    void aKeyLivesInOneBundleOnly() {
        Set<String> seen = new HashSet<>();
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(OpdagI18nProvider.DANISH)) {
            for (String key : bundle.keySet()) {
                assertThat(seen.add(key)).as("key %s is in two bundles", key).isTrue();
            }
        }
    }

    @Test
    void everyTextIsAValidPattern() {
        for (Locale locale : new Locale[] {OpdagI18nProvider.DANISH, OpdagI18nProvider.ENGLISH}) {
            for (ResourceBundle bundle : OpdagI18nProvider.bundles(locale)) {
                for (String key : bundle.keySet()) {
                    String formatted = new MessageFormat(bundle.getString(key), locale)
                            .format(new Object[] {"x", "y", 1, 2});
                    assertThat(formatted).as(key).doesNotContain("''");
                }
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
