package dk.opdag.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.CurriculumNames;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.lab.ToolboxTexts;
import dk.opdag.training.content.Dimension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** In English mode the UI around Danish content is English: subjects, areas, toolbox categories, dimensions, dates. */
class EnglishModeTest {

    private static final Locale DA = OpdagI18nProvider.DANISH;
    private static final Locale EN = OpdagI18nProvider.ENGLISH;

    @Test
    void everySubjectAndAreaOfTheCurriculumHasAnEnglishName() {
        var curriculum = new CurriculumStore("curriculum").curriculum();
        curriculum.subjects().forEach(s -> {
            assertThat(CurriculumNames.subject(s.id(), s.name(), DA)).isEqualTo(s.name());
            assertThat(CurriculumNames.subject(s.id(), s.name(), EN)).as(s.id()).isNotEqualTo(s.name())
                    .doesNotContain("æ", "ø", "å");
        });
        curriculum.frameworks().forEach(f -> f.areas().forEach(a ->
                assertThat(CurriculumNames.area(a.id(), a.name(), EN)).as(a.id()).isNotEqualTo(a.name())));
        assertThat(CurriculumNames.subject("matematik", "Matematik", EN)).isEqualTo("Mathematics");
        assertThat(CurriculumNames.subject("nyt-fag", "Nyt fag", EN)).isEqualTo("Nyt fag");
    }

    @Test
    void toolboxCategoriesFollowTheLanguage() {
        String toolbox = "{\"kind\":\"categoryToolbox\",\"contents\":[{\"kind\":\"category\",\"name\":\"Løkker\","
                + "\"contents\":[]},{\"kind\":\"category\",\"name\":\"%{BKY_LAB_CATEGORY_LOGIC}\"},"
                + "{\"kind\":\"category\",\"name\":\"Skildpadden\"},{\"kind\":\"category\",\"name\":\"Ukendt\"}]}";
        assertThat(ToolboxTexts.localise(toolbox, DA)).isEqualTo(toolbox);
        String english = ToolboxTexts.localise(toolbox, EN);
        assertThat(english).contains("\"name\":\"Loops\"").contains("\"name\":\"Turtle\"")
                .contains("%{BKY_LAB_CATEGORY_LOGIC}").contains("\"name\":\"Ukendt\"").doesNotContain("Løkker");
    }

    @Test
    void everyToolboxCategoryInTheCurriculumHasAnEnglishName() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("curriculum/experiments"))) {
            for (var file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    String t = line.strip();
                    if (t.startsWith("- category:")) {
                        String name = t.substring("- category:".length()).strip();
                        String key = ToolboxTexts.key(name);
                        assertThat(OpdagI18nProvider.bundles(EN).stream().anyMatch(b -> b.containsKey(key)))
                                .as(file + ": " + name).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void competenceDimensionsAndDatesFollowTheLanguage() {
        assertThat(Dimension.DIDAKTIK.label("Digital didaktik", EN)).isEqualTo("Digital didactics");
        assertThat(Dimension.DIDAKTIK.label("Digital didaktik", DA)).isEqualTo("Digital didaktik");
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(LocalDates.date(DA).format(day)).isEqualTo("3.12.2026");
        assertThat(LocalDates.date(EN).format(day)).isEqualTo("3 Dec 2026");
        assertThat(LocalDates.day(DA).format(day)).isEqualTo("torsdag 3. december");
        assertThat(LocalDates.day(EN).format(day)).isEqualTo("Thursday 3 December");
        assertThat(LocalDates.when(EN).format(LocalDateTime.of(2026, 12, 3, 10, 15))).isEqualTo("3 Dec, 10:15");
    }
}
