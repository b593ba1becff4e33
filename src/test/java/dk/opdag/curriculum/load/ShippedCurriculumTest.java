package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.SubjectUse;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curriculum in the repository is valid and has the breadth the product promises. */
class ShippedCurriculumTest {

    /** Tests run with the project root as working directory. */
    static final Path SHIPPED = Path.of("curriculum");

    static LoadResult result;
    static Curriculum curriculum;

    @BeforeAll
    static void load() {
        result = CurriculumLoader.load(SHIPPED);
        curriculum = result.curriculum();
    }

    @Test
    void hasNoErrors() {
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void hasAtLeast36Activities() {
        assertThat(curriculum.activities()).hasSizeGreaterThanOrEqualTo(36);
    }

    @Test
    void usesAtLeast10Subjects() {
        Set<String> used = curriculum.activities().stream().flatMap(a -> a.subjects().stream())
                .map(SubjectUse::id).collect(Collectors.toSet());
        assertThat(used).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void usesAllFourCompetenceAreas() {
        Set<String> areas = curriculum.activities().stream().flatMap(a -> a.areas(curriculum::areaOf).stream())
                .map(CompetenceArea::id).collect(Collectors.toSet());
        assertThat(areas).containsExactlyInAnyOrder("dm", "dd", "ct", "th");
    }

    @Test
    void hasAtLeast10ActivitiesInEachBand() {
        for (GradeBand band : GradeBand.values()) {
            assertThat(curriculum.activitiesIn(band)).as(band.label()).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void atLeastHalfAreCrossSubject() {
        long cross = curriculum.activities().stream().filter(Activity::crossSubject).count();
        assertThat(cross * 2).isGreaterThanOrEqualTo(curriculum.activities().size());
    }

    @Test
    void atLeastAThirdHaveAnUnpluggedPart() {
        long unplugged = curriculum.activities().stream().filter(Activity::hasUnpluggedPart).count();
        assertThat(unplugged * 3).isGreaterThanOrEqualTo(curriculum.activities().size());
    }

    @Test
    void everyActivityIsInExactlyOneBand() {
        assertThat(curriculum.activities()).allSatisfy(a -> assertThat(a.bands()).hasSize(1));
    }
}
