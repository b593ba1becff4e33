package dk.opdag.classroom.barometer;

import static dk.opdag.classroom.LessonFixture.TURTLE;
import static dk.opdag.classroom.LessonFixture.TURTLE_EXPERIMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.LessonFixture;
import dk.opdag.classroom.barometer.BarometerService.Comparison;
import dk.opdag.classroom.barometer.BarometerService.Verdict;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pupil's own rating beside their work, and the class picture for the teacher. */
class BarometerServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ratingSitsBesideTheWorkInTheDimensionsAreas(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        // The turtle activity's goals are in teknologisk handleevne (th) and computationel tankegang (ct).
        l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        SignedInUser asta = l.pupil(l.asta, "Asta");
        for (String e : TURTLE_EXPERIMENTS) {
            l.run(l.asta, e, true);
        }
        l.barometer.rate(asta, Dimension.BRUG, 2);
        l.barometer.rate(asta, Dimension.FORSTAAELSE, 2);
        l.barometer.rate(asta, Dimension.FORSTAAELSE, 5);

        var mine = l.barometer.mine(asta);

        assertThat(mine.scaleMax()).isEqualTo(5);
        Comparison brug = mine.dimensions().get(0);
        assertThat(brug.rating()).isEqualTo(2);
        assertThat(brug.workLevel()).isEqualTo(5.0);
        assertThat(brug.verdict()).isEqualTo(Verdict.BELOW);
        Comparison forstaaelse = mine.dimensions().get(1);
        assertThat(forstaaelse.rating()).isEqualTo(5);
        assertThat(forstaaelse.passed()).isEqualTo(3);
        assertThat(forstaaelse.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(mine.dimensions().get(2).verdict()).isEqualTo(Verdict.NOT_RATED);
        assertThat(mine.areas()).extracting(BarometerService.AreaWork::area).containsExactly("dm", "dd", "ct", "th");
        assertThat(mine.areas().get(2).passed()).isEqualTo(3);
        assertThat(mine.areas().get(0).total()).isZero();

        l.barometer.rate(asta, Dimension.OPDAGELSE, 3);
        assertThat(l.barometer.mine(asta).dimensions().get(2).verdict()).isEqualTo(Verdict.NO_WORK);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theYoungestRateWithThreeSmileysAndValuesOutsideTheScaleAreRefused(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        SignedInUser alma = l.pupil(l.alma, "Alma");
        assertThat(l.barometer.mine(alma).scaleMax()).isEqualTo(3);
        assertThatThrownBy(() -> l.barometer.rate(alma, Dimension.BRUG, 4))
                .hasMessage("teaching.barometer.error.value");
        assertThatThrownBy(() -> l.barometer.rate(alma, Dimension.BRUG, 0))
                .hasMessage("teaching.barometer.error.value");
        l.barometer.rate(alma, Dimension.BRUG, 3);
        assertThat(l.barometer.mine(alma).dimensions().getFirst().rating()).isEqualTo(3);
        l.f.classes.unenrol(l.alma, l.twoA);
        assertThatThrownBy(() -> l.barometer.rate(alma, Dimension.BRUG, 2))
                .hasMessage("teaching.pupil.error.no-class");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theClassPictureCountsRatingsAndWorkForTheClassesOwnTeacherOnly(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.run(l.asta, TURTLE_EXPERIMENTS.getFirst(), true);
        l.barometer.rate(l.pupil(l.asta, "Asta"), Dimension.BRUG, 4);
        l.barometer.rate(l.pupil(l.magnus, "Magnus"), Dimension.BRUG, 4);
        l.barometer.rate(l.pupil(l.liva, "Liva"), Dimension.BRUG, 1);

        var picture = l.barometer.ofClass(l.bo, l.fiveB);

        assertThat(picture.pupils()).extracting(BarometerService.PupilBarometer::name)
                .containsExactly("Asta", "Liva", "Magnus");
        assertThat(picture.ratingCounts().get(Dimension.BRUG)).containsExactly(0, 1, 0, 0, 2, 0);
        assertThat(picture.ratingCounts().get(Dimension.OPDAGELSE)).containsOnly(0);
        var ct = picture.areas().stream().filter(a -> a.area().equals("ct")).findFirst().orElseThrow();
        assertThat(ct.passed()).isEqualTo(1);
        assertThat(ct.total()).isEqualTo(9);
        assertThatThrownBy(() -> l.barometer.ofClass(l.anne, l.fiveB)).hasMessage("class.error.no-access");
    }

    @Test
    void verdictsAreAWholeStepApartAndOldRatingsAreRescaled() {
        assertThat(BarometerService.compare(Dimension.BRUG, 3, 1, 2, 5).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(BarometerService.compare(Dimension.BRUG, 5, 1, 2, 5).verdict()).isEqualTo(Verdict.ABOVE);
        assertThat(BarometerService.compare(Dimension.BRUG, 1, 1, 2, 5).verdict()).isEqualTo(Verdict.BELOW);
        assertThat(BarometerService.compare(Dimension.BRUG, 2, 0, 0, 5).verdict()).isEqualTo(Verdict.NO_WORK);
        assertThat(BarometerService.rescale(3, 3, 5)).isEqualTo(5);
        assertThat(BarometerService.rescale(2, 3, 5)).isEqualTo(3);
        assertThat(BarometerService.rescale(1, 3, 5)).isEqualTo(1);
    }
}
