package dk.opdag.classroom.barometer;

import static dk.opdag.db.Tables.MEASURE_ANSWER;
import static dk.opdag.db.Tables.MEASURE_ROUND;
import static dk.opdag.db.Tables.SCHOOL_CLASS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The measurement's rounds per class (start and end of the school year) and the pupils' answers per task. */
@Repository
public class MeasureRepository {

    private final DSLContext dsl;

    public MeasureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Solved and answered tasks of one grade, round kind and area, and how many pupils answered in that round. */
    public record GradeArea(int grade, MeasureKind kind, String area, int solved, int answered, int pupils) {
    }

    public List<MeasureRound> rounds(long classId) {
        return dsl.selectFrom(MEASURE_ROUND).where(MEASURE_ROUND.CLASS_ID.eq(classId)).orderBy(MEASURE_ROUND.ID)
                .fetch(MeasureRepository::round);
    }

    public Optional<MeasureRound> round(long roundId) {
        return dsl.selectFrom(MEASURE_ROUND).where(MEASURE_ROUND.ID.eq(roundId)).fetchOptional(MeasureRepository::round);
    }

    /** Opens the class's round of this kind, or opens it again when it was closed; returns its id. */
    public long open(long classId, MeasureKind kind, String band, OffsetDateTime at) {
        int reopened = dsl.update(MEASURE_ROUND).setNull(MEASURE_ROUND.CLOSED_AT)
                .where(MEASURE_ROUND.CLASS_ID.eq(classId)).and(MEASURE_ROUND.KIND.eq(kind.name())).execute();
        if (reopened == 0) {
            dsl.insertInto(MEASURE_ROUND).set(MEASURE_ROUND.CLASS_ID, classId).set(MEASURE_ROUND.KIND, kind.name())
                    .set(MEASURE_ROUND.BAND, band).set(MEASURE_ROUND.OPENED_AT, at)
                    .onConflictDoNothing().execute();
        }
        return dsl.select(MEASURE_ROUND.ID).from(MEASURE_ROUND).where(MEASURE_ROUND.CLASS_ID.eq(classId))
                .and(MEASURE_ROUND.KIND.eq(kind.name())).fetchSingle(MEASURE_ROUND.ID);
    }

    public void close(long roundId, OffsetDateTime at) {
        dsl.update(MEASURE_ROUND).set(MEASURE_ROUND.CLOSED_AT, at).where(MEASURE_ROUND.ID.eq(roundId))
                .and(MEASURE_ROUND.CLOSED_AT.isNull()).execute();
    }

    /** A new answer to a task replaces the pupil's earlier one in the same round. */
    public void answer(MeasureAnswer a) {
        int updated = dsl.update(MEASURE_ANSWER).set(MEASURE_ANSWER.SOLVED, a.solved())
                .set(MEASURE_ANSWER.SCORE, a.score()).set(MEASURE_ANSWER.CHOICE, a.choice())
                .set(MEASURE_ANSWER.AREA, a.area()).set(MEASURE_ANSWER.ANSWERED_AT, a.answeredAt())
                .where(MEASURE_ANSWER.ROUND_ID.eq(a.roundId())).and(MEASURE_ANSWER.PUPIL_ID.eq(a.pupilId()))
                .and(MEASURE_ANSWER.TASK_ID.eq(a.taskId())).execute();
        if (updated == 0) {
            dsl.insertInto(MEASURE_ANSWER).set(MEASURE_ANSWER.ROUND_ID, a.roundId())
                    .set(MEASURE_ANSWER.PUPIL_ID, a.pupilId()).set(MEASURE_ANSWER.TASK_ID, a.taskId())
                    .set(MEASURE_ANSWER.AREA, a.area()).set(MEASURE_ANSWER.SOLVED, a.solved())
                    .set(MEASURE_ANSWER.SCORE, a.score()).set(MEASURE_ANSWER.CHOICE, a.choice())
                    .set(MEASURE_ANSWER.ANSWERED_AT, a.answeredAt())
                    .onConflictDoNothing().execute();
        }
    }

    public List<MeasureAnswer> answers(long roundId) {
        return dsl.selectFrom(MEASURE_ANSWER).where(MEASURE_ANSWER.ROUND_ID.eq(roundId))
                .orderBy(MEASURE_ANSWER.PUPIL_ID, MEASURE_ANSWER.TASK_ID).fetch(MeasureRepository::answer);
    }

    public List<MeasureAnswer> answers(long roundId, long pupilId) {
        return dsl.selectFrom(MEASURE_ANSWER).where(MEASURE_ANSWER.ROUND_ID.eq(roundId))
                .and(MEASURE_ANSWER.PUPIL_ID.eq(pupilId)).orderBy(MEASURE_ANSWER.TASK_ID)
                .fetch(MeasureRepository::answer);
    }

    /** Everything stored about one pupil, oldest first: for the pupil's data export. */
    public List<MeasureAnswer> answersOfPupil(long pupilId) {
        return dsl.selectFrom(MEASURE_ANSWER).where(MEASURE_ANSWER.PUPIL_ID.eq(pupilId))
                .orderBy(MEASURE_ANSWER.ANSWERED_AT, MEASURE_ANSWER.TASK_ID).fetch(MeasureRepository::answer);
    }

    public void erasePupil(long pupilId) {
        dsl.deleteFrom(MEASURE_ANSWER).where(MEASURE_ANSWER.PUPIL_ID.eq(pupilId)).execute();
    }

    /**
     * Per grade, round kind and area of one school's classes in one school year: tasks solved and answered. The
     * pupils counted are those who answered anything in a round of that kind in that grade.
     */
    public List<GradeArea> gradeAreas(long schoolId, long schoolYearId) {
        var solved = sum(when(MEASURE_ANSWER.SOLVED.isTrue(), 1).otherwise(0));
        var pupilsPerKind = dsl.select(SCHOOL_CLASS.GRADE, MEASURE_ROUND.KIND,
                        countDistinct(MEASURE_ANSWER.PUPIL_ID).as("pupils"))
                .from(MEASURE_ANSWER).join(MEASURE_ROUND).on(MEASURE_ROUND.ID.eq(MEASURE_ANSWER.ROUND_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(MEASURE_ROUND.CLASS_ID))
                .where(SCHOOL_CLASS.SCHOOL_ID.eq(schoolId)).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId))
                .groupBy(SCHOOL_CLASS.GRADE, MEASURE_ROUND.KIND)
                .fetch();
        java.util.Map<String, Integer> pupils = new java.util.HashMap<>();
        for (Record r : pupilsPerKind) {
            pupils.put(r.get(SCHOOL_CLASS.GRADE) + "/" + r.get(MEASURE_ROUND.KIND), r.get("pupils", Integer.class));
        }
        return dsl.select(SCHOOL_CLASS.GRADE, MEASURE_ROUND.KIND, MEASURE_ANSWER.AREA, solved, count())
                .from(MEASURE_ANSWER).join(MEASURE_ROUND).on(MEASURE_ROUND.ID.eq(MEASURE_ANSWER.ROUND_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(MEASURE_ROUND.CLASS_ID))
                .where(SCHOOL_CLASS.SCHOOL_ID.eq(schoolId)).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId))
                .groupBy(SCHOOL_CLASS.GRADE, MEASURE_ROUND.KIND, MEASURE_ANSWER.AREA)
                .orderBy(SCHOOL_CLASS.GRADE, MEASURE_ROUND.KIND, MEASURE_ANSWER.AREA)
                .fetch(r -> new GradeArea(r.value1(), MeasureKind.valueOf(r.value2()), r.value3(),
                        r.value4() == null ? 0 : r.value4().intValue(), r.value5(),
                        pupils.getOrDefault(r.value1() + "/" + r.value2(), 0)));
    }

    private static MeasureRound round(dk.opdag.db.tables.records.MeasureRoundRecord r) {
        return new MeasureRound(r.getId(), r.getClassId(), MeasureKind.valueOf(r.getKind()), r.getBand(),
                r.getOpenedAt(), r.getClosedAt());
    }

    private static MeasureAnswer answer(dk.opdag.db.tables.records.MeasureAnswerRecord r) {
        return new MeasureAnswer(r.getRoundId(), r.getPupilId(), r.getTaskId(), r.getArea(), r.getSolved(),
                r.getScore(), r.getChoice(), r.getAnsweredAt());
    }
}
