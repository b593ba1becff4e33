package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.SubjectUse;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The content bar of issue 14 ("Gaps"): enough activities for the youngest, for design processes in every band and
 * in the subjects that had too few. Counted the way {@code tools/content/coverage.py} counts them.
 */
class ShippedBreadthTest {

    static Curriculum curriculum;

    @BeforeAll
    static void load() {
        curriculum = CurriculumLoader.load(ShippedCurriculumTest.SHIPPED).curriculum();
    }

    /** A goal in Digital design og designprocesser. */
    static final Predicate<Activity> DESIGN = a -> a.goals().stream().anyMatch(g -> g.startsWith("tf18.dd."));

    /** A goal in the skill area Programmering (tf18.th.3.3, .6.3, .9.3). */
    static final Predicate<Activity> PROGRAMMING = a -> a.goals().stream()
            .anyMatch(g -> g.startsWith("tf18.th.") && g.endsWith(".3"));

    private static List<Activity> on(int grade) {
        return curriculum.activities().stream().filter(a -> a.grades().contains(grade)).toList();
    }

    private static boolean uses(Activity activity, Set<String> subjects) {
        return activity.subjects().stream().map(SubjectUse::id).anyMatch(subjects::contains);
    }

    @Test
    void atLeast70Activities() {
        assertThat(curriculum.activities()).hasSizeGreaterThanOrEqualTo(70);
    }

    @Test
    void boernehaveklassenHasThreeOwnActivitiesWithProgrammingAndDesign() {
        List<Activity> zero = curriculum.activities().stream()
                .filter(a -> a.grades().equals(new GradeRange(0, 0))).toList();
        assertThat(zero).hasSizeGreaterThanOrEqualTo(3);
        assertThat(zero).anyMatch(PROGRAMMING).anyMatch(DESIGN);
        assertThat(zero).allSatisfy(a -> assertThat(a.subjects()).extracting(SubjectUse::id)
                .containsExactly("boernehaveklasse"));
    }

    @Test
    void firstGradeHasThreeActivitiesWithProgrammingAndDesign() {
        assertThat(on(1)).hasSizeGreaterThanOrEqualTo(3).anyMatch(PROGRAMMING).anyMatch(DESIGN);
    }

    @Test
    void threeDesignProcessActivitiesInEveryBand() {
        for (GradeBand band : GradeBand.values()) {
            assertThat(curriculum.activitiesIn(band)).as(band.label()).filteredOn(DESIGN).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"historie", "kristendomskundskab", "musik", "madkundskab", "geografi", "biologi"})
    void threeActivitiesInEachThinSubject(String subject) {
        assertThat(curriculum.activities()).filteredOn(a -> uses(a, Set.of(subject))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void threeActivitiesInTyskOrFransk() {
        assertThat(curriculum.activities()).filteredOn(a -> uses(a, Set.of("tysk", "fransk")))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void threeEngelskActivitiesInSecondAndThirdGrade() {
        assertThat(curriculum.activities()).filteredOn(a -> uses(a, Set.of("engelsk")))
                .filteredOn(a -> a.grades().contains(2) || a.grades().contains(3))
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
