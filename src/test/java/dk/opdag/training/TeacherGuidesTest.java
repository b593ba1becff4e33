package dk.opdag.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeacherGuidesTest {

    private final TeacherGuides guides = new TeacherGuides("file:teacher-guides/*.md");

    @Test
    void readsTheShippedGuidesWithTitleAndSummaryButNotTheReadme() {
        assertThat(guides.all()).extracting(TeacherGuides.Guide::slug)
                .contains("kom-i-gang", "fejl-er-en-metode", "teknologiforstaaelse-paa-skolen")
                .doesNotContain("README", "readme");
        TeacherGuides.Guide start = guides.find("kom-i-gang").orElseThrow();
        assertThat(start.title()).isEqualTo("Kom i gang med Opdag");
        assertThat(start.summary()).startsWith("Denne vejledning tager dig");
    }

    @Test
    void unknownOrMalformedSlugsFindNothing() {
        assertThat(guides.find("findes-ikke")).isEmpty();
        assertThat(guides.find("../pom")).isEmpty();
        assertThat(guides.find("kom-i-gang.md")).isEmpty();
        assertThat(guides.find(null)).isEmpty();
    }

    @Test
    void aGuideWithoutHeadingIsNamedByItsSlug() {
        TeacherGuides.Guide g = TeacherGuides.parse("noter", "Bare tekst\nover to linjer\n\nNyt afsnit");
        assertThat(g.title()).isEqualTo("noter");
        assertThat(g.summary()).isEqualTo("Bare tekst over to linjer");
    }

    @Test
    void theGuidesInsideTheJarAreFoundOnTheClasspath() {
        assertThat(new TeacherGuides().find("kom-i-gang")).isPresent();
    }
}
