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
                    MessageFormat format = new MessageFormat(bundle.getString(key), locale);
                    String formatted;
                    try {
                        formatted = format.format(new Object[] {"x", "y", 1, 2});
                    } catch (IllegalArgumentException countsOnly) { // a plural (choice) takes a number
                        formatted = format.format(new Object[] {1, 2, 3, 4});
                    }
                    assertThat(formatted).as(key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void pluralsAgreeWithTheirNumberInBothLanguages() {
        Locale da = OpdagI18nProvider.DANISH;
        Locale en = OpdagI18nProvider.ENGLISH;
        assertThat(OpdagI18nProvider.translate("catalogue.lessons-max", da, 1)).isEqualTo("Højst 1 lektion");
        assertThat(OpdagI18nProvider.translate("catalogue.lessons-max", da, 3)).isEqualTo("Højst 3 lektioner");
        assertThat(OpdagI18nProvider.translate("catalogue.lessons-n", en, 1)).isEqualTo("1 lesson");
        assertThat(OpdagI18nProvider.translate("leader.summary", da, "Skolen", "2026/27", 1, 1))
                .isEqualTo("Skolen, skoleåret 2026/27: 1 klasse og 1 elev.");
        assertThat(OpdagI18nProvider.translate("leader.summary", en, "School", "2026/27", 3, 1200))
                .isEqualTo("School, school year 2026/27: 3 classes and 1,200 pupils.");
        assertThat(OpdagI18nProvider.translate("planning.chart.areas-sentence", da, 1, "Design", 1))
                .isEqualTo("Af skolens 1 klasse har færrest forløb i Design: 1 klasse.");
        assertThat(OpdagI18nProvider.translate("roster.added", da, 1)).isEqualTo("1 elev tilføjet.");
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
            assertThat(OpdagI18nProvider.translate("teacher.pupils", OpdagI18nProvider.DANISH, 1)).isEqualTo("1 elev");
        } finally {
            Locale.setDefault(before);
        }
    }
}
