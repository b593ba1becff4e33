package dk.opdag.classroom.reflection;

import static dk.opdag.db.Tables.REFLECTION_ANSWER;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Pupils' answers to the reflection questions of an assignment. */
@Repository
public class ReflectionRepository {

    private final DSLContext dsl;

    public ReflectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One stored answer; {@code revision} counts its saves. */
    public record Answer(long assignmentId, long pupilId, int questionNo, String question, String text,
                         int revision, boolean shown, OffsetDateTime answeredAt) {
    }

    public List<Answer> ofPupil(long assignmentId, long pupilId) {
        return dsl.selectFrom(REFLECTION_ANSWER)
                .where(REFLECTION_ANSWER.ASSIGNMENT_ID.eq(assignmentId)).and(REFLECTION_ANSWER.PUPIL_ID.eq(pupilId))
                .orderBy(REFLECTION_ANSWER.QUESTION_NO)
                .fetch(ReflectionRepository::toAnswer);
    }

    public Optional<Answer> find(long assignmentId, long pupilId, int questionNo) {
        return dsl.selectFrom(REFLECTION_ANSWER)
                .where(REFLECTION_ANSWER.ASSIGNMENT_ID.eq(assignmentId)).and(REFLECTION_ANSWER.PUPIL_ID.eq(pupilId))
                .and(REFLECTION_ANSWER.QUESTION_NO.eq(questionNo))
                .fetchOptional(ReflectionRepository::toAnswer);
    }

    /** Every answer of an assignment, by question and then pupil. */
    public List<Answer> ofAssignment(long assignmentId) {
        return dsl.selectFrom(REFLECTION_ANSWER)
                .where(REFLECTION_ANSWER.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(REFLECTION_ANSWER.QUESTION_NO, REFLECTION_ANSWER.PUPIL_ID)
                .fetch(ReflectionRepository::toAnswer);
    }

    /** Pupils with at least one answer in each of these assignments: assignment id → pupil ids, as rows. */
    public List<org.jooq.Record2<Long, Long>> answeringPupils(Collection<Long> assignmentIds) {
        return dsl.selectDistinct(REFLECTION_ANSWER.ASSIGNMENT_ID, REFLECTION_ANSWER.PUPIL_ID)
                .from(REFLECTION_ANSWER)
                .where(REFLECTION_ANSWER.ASSIGNMENT_ID.in(assignmentIds))
                .fetch();
    }

    /**
     * Stores the answer if the caller saw the latest revision ({@code expected}; 0 when there was no answer yet).
     * Returns the new revision, or empty when another tab saved in between: nothing is overwritten then.
     */
    public Optional<Integer> save(long assignmentId, long pupilId, int questionNo, String question, String text,
                                  int expected, OffsetDateTime at) {
        if (expected == 0) {
            int inserted = dsl.insertInto(REFLECTION_ANSWER)
                    .set(REFLECTION_ANSWER.ASSIGNMENT_ID, assignmentId)
                    .set(REFLECTION_ANSWER.PUPIL_ID, pupilId)
                    .set(REFLECTION_ANSWER.QUESTION_NO, questionNo)
                    .set(REFLECTION_ANSWER.QUESTION, question)
                    .set(REFLECTION_ANSWER.ANSWER, text)
                    .set(REFLECTION_ANSWER.REVISION, 1)
                    .set(REFLECTION_ANSWER.ANSWERED_AT, at)
                    .onConflictDoNothing()
                    .execute();
            return inserted == 1 ? Optional.of(1) : Optional.empty();
        }
        int updated = dsl.update(REFLECTION_ANSWER)
                .set(REFLECTION_ANSWER.ANSWER, text)
                .set(REFLECTION_ANSWER.QUESTION, question)
                .set(REFLECTION_ANSWER.REVISION, expected + 1)
                .set(REFLECTION_ANSWER.ANSWERED_AT, at)
                .where(REFLECTION_ANSWER.ASSIGNMENT_ID.eq(assignmentId)).and(REFLECTION_ANSWER.PUPIL_ID.eq(pupilId))
                .and(REFLECTION_ANSWER.QUESTION_NO.eq(questionNo)).and(REFLECTION_ANSWER.REVISION.eq(expected))
                .execute();
        return updated == 1 ? Optional.of(expected + 1) : Optional.empty();
    }

    public boolean setShown(long assignmentId, long pupilId, int questionNo, boolean shown) {
        return dsl.update(REFLECTION_ANSWER).set(REFLECTION_ANSWER.SHOWN, shown)
                .where(REFLECTION_ANSWER.ASSIGNMENT_ID.eq(assignmentId)).and(REFLECTION_ANSWER.PUPIL_ID.eq(pupilId))
                .and(REFLECTION_ANSWER.QUESTION_NO.eq(questionNo))
                .execute() == 1;
    }

    private static Answer toAnswer(dk.opdag.db.tables.records.ReflectionAnswerRecord r) {
        return new Answer(r.getAssignmentId(), r.getPupilId(), r.getQuestionNo(), r.getQuestion(), r.getAnswer(),
                r.getRevision(), r.getShown(), r.getAnsweredAt());
    }
}
