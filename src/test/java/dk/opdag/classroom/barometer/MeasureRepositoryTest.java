package dk.opdag.classroom.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.CodeKind;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rounds and answers on H2 and PostgreSQL: reopening, replacing an answer, grade sums, erasing a pupil. */
class MeasureRepositoryTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-09-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRoundOpensOnceClosesAndOpensAgain(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        MeasureRepository measures = new MeasureRepository(f.dsl);
        long klass = f.newClass("5.B", "R5B", CodeKind.WORDS);

        long start = measures.open(klass, MeasureKind.START, "4-6", T);
        assertThat(measures.open(klass, MeasureKind.START, "4-6", T.plusDays(1))).isEqualTo(start);
        measures.close(start, T.plusDays(2));
        assertThat(measures.round(start).orElseThrow().open()).isFalse();
        assertThat(measures.round(start).orElseThrow().closedAt()).isEqualTo(T.plusDays(2));
        measures.close(start, T.plusDays(3)); // closing a closed round keeps its first close
        assertThat(measures.round(start).orElseThrow().closedAt()).isEqualTo(T.plusDays(2));
        assertThat(measures.open(klass, MeasureKind.START, "4-6", T.plusDays(4))).isEqualTo(start);
        assertThat(measures.round(start).orElseThrow().open()).isTrue();
        long end = measures.open(klass, MeasureKind.END, "4-6", T.plusDays(200));
        assertThat(measures.rounds(klass)).extracting(MeasureRound::kind)
                .containsExactly(MeasureKind.START, MeasureKind.END);
        assertThat(end).isNotEqualTo(start);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answersAreReplacedSummedPerGradeAndErased(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        MeasureRepository measures = new MeasureRepository(f.dsl);
        long fiveB = f.newClass("5.B", "R5B", CodeKind.WORDS);
        long fiveC = f.newClass("5.C", "R5C", CodeKind.WORDS);
        long asta = f.pupil(fiveB, "Asta", null, "a-b-1");
        long bo = f.pupil(fiveC, "Bo", null, "a-b-2");
        long roundB = measures.open(fiveB, MeasureKind.START, "4-6", T);
        long roundC = measures.open(fiveC, MeasureKind.START, "4-6", T);

        measures.answer(new MeasureAnswer(roundB, asta, "opgave-1", "ct", false, 0, 2, T));
        measures.answer(new MeasureAnswer(roundB, asta, "opgave-1", "ct", true, 30, 1, T.plusMinutes(1)));
        measures.answer(new MeasureAnswer(roundB, asta, "opgave-2", "dm", false, 10, null, T.plusMinutes(2)));
        measures.answer(new MeasureAnswer(roundC, bo, "opgave-1", "ct", true, 30, 1, T.plusMinutes(3)));

        assertThat(measures.answers(roundB, asta))
                .extracting(MeasureAnswer::taskId, MeasureAnswer::solved, MeasureAnswer::choice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("opgave-1", true, 1),
                        org.assertj.core.groups.Tuple.tuple("opgave-2", false, null));
        assertThat(measures.answers(roundC)).hasSize(1);

        var grade = measures.gradeAreas(f.school, f.year);
        assertThat(grade).extracting(MeasureRepository.GradeArea::grade, MeasureRepository.GradeArea::area,
                        MeasureRepository.GradeArea::solved, MeasureRepository.GradeArea::answered,
                        MeasureRepository.GradeArea::pupils)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "ct", 2, 2, 2),
                        org.assertj.core.groups.Tuple.tuple(5, "dm", 0, 1, 2));

        measures.erasePupil(asta);
        assertThat(measures.answersOfPupil(asta)).isEmpty();
        assertThat(measures.answersOfPupil(bo)).hasSize(1);
    }
}
