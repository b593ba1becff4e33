package dk.opdag.training.profile;

import static dk.opdag.db.Tables.TRAINING_ANSWER;
import static dk.opdag.db.Tables.TRAINING_ASSESSMENT;
import static dk.opdag.db.Tables.TRAINING_PERSONAL_TARGET;

import dk.opdag.training.content.Dimension;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A teacher's self-assessments, their answers and personal targets. Callers check that the teacher is the owner. */
@Repository
public class AssessmentRepository {

    private final DSLContext dsl;

    public AssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param finishedAt null while paused
     * @param answers    item id → rating 0–5
     */
    public record Assessment(long id, long teacherId, OffsetDateTime startedAt, OffsetDateTime updatedAt,
                             OffsetDateTime finishedAt, Map<String, Integer> answers) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    public long start(long teacherId, OffsetDateTime now) {
        return dsl.insertInto(TRAINING_ASSESSMENT)
                .set(TRAINING_ASSESSMENT.TEACHER_ID, teacherId)
                .set(TRAINING_ASSESSMENT.STARTED_AT, now)
                .set(TRAINING_ASSESSMENT.UPDATED_AT, now)
                .returning(TRAINING_ASSESSMENT.ID).fetchOne().getId();
    }

    public Optional<Assessment> find(long id) {
        return dsl.selectFrom(TRAINING_ASSESSMENT).where(TRAINING_ASSESSMENT.ID.eq(id)).fetchOptional()
                .map(r -> new Assessment(r.getId(), r.getTeacherId(), r.getStartedAt(), r.getUpdatedAt(),
                        r.getFinishedAt(), answers(r.getId())));
    }

    /** The teacher's paused assessment, if any (there is at most one). */
    public Optional<Long> unfinished(long teacherId) {
        return dsl.select(TRAINING_ASSESSMENT.ID).from(TRAINING_ASSESSMENT)
                .where(TRAINING_ASSESSMENT.TEACHER_ID.eq(teacherId)).and(TRAINING_ASSESSMENT.FINISHED_AT.isNull())
                .orderBy(TRAINING_ASSESSMENT.ID.desc()).limit(1).fetchOptional(TRAINING_ASSESSMENT.ID);
    }

    /** Finished assessments, oldest first, each with its answers. */
    public List<Assessment> finished(long teacherId) {
        var rows = dsl.selectFrom(TRAINING_ASSESSMENT)
                .where(TRAINING_ASSESSMENT.TEACHER_ID.eq(teacherId)).and(TRAINING_ASSESSMENT.FINISHED_AT.isNotNull())
                .orderBy(TRAINING_ASSESSMENT.FINISHED_AT, TRAINING_ASSESSMENT.ID).fetch();
        Map<Long, Map<String, Integer>> answers = answersOf(rows.map(r -> r.getId()));
        return rows.map(r -> new Assessment(r.getId(), r.getTeacherId(), r.getStartedAt(), r.getUpdatedAt(),
                r.getFinishedAt(), answers.getOrDefault(r.getId(), Map.of())));
    }

    private Map<String, Integer> answers(long assessmentId) {
        return answersOf(List.of(assessmentId)).getOrDefault(assessmentId, Map.of());
    }

    private Map<Long, Map<String, Integer>> answersOf(Collection<Long> ids) {
        Map<Long, Map<String, Integer>> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        dsl.select(TRAINING_ANSWER.ASSESSMENT_ID, TRAINING_ANSWER.ITEM_ID, TRAINING_ANSWER.RATING)
                .from(TRAINING_ANSWER).where(TRAINING_ANSWER.ASSESSMENT_ID.in(ids))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(),
                        r.value3()));
        return result;
    }

    /** Saves or changes one answer; the assessment's updated_at follows. */
    public void answer(long assessmentId, String itemId, Dimension dimension, int rating, OffsetDateTime now) {
        int changed = dsl.update(TRAINING_ANSWER).set(TRAINING_ANSWER.RATING, rating)
                .set(TRAINING_ANSWER.DIMENSION, dimension.name())
                .where(TRAINING_ANSWER.ASSESSMENT_ID.eq(assessmentId)).and(TRAINING_ANSWER.ITEM_ID.eq(itemId))
                .execute();
        if (changed == 0) {
            dsl.insertInto(TRAINING_ANSWER)
                    .set(TRAINING_ANSWER.ASSESSMENT_ID, assessmentId)
                    .set(TRAINING_ANSWER.ITEM_ID, itemId)
                    .set(TRAINING_ANSWER.DIMENSION, dimension.name())
                    .set(TRAINING_ANSWER.RATING, rating)
                    .execute();
        }
        dsl.update(TRAINING_ASSESSMENT).set(TRAINING_ASSESSMENT.UPDATED_AT, now)
                .where(TRAINING_ASSESSMENT.ID.eq(assessmentId)).execute();
    }

    public void finish(long assessmentId, OffsetDateTime now) {
        dsl.update(TRAINING_ASSESSMENT).set(TRAINING_ASSESSMENT.FINISHED_AT, now)
                .set(TRAINING_ASSESSMENT.UPDATED_AT, now)
                .where(TRAINING_ASSESSMENT.ID.eq(assessmentId)).execute();
    }

    /** Deletes the assessment and its answers (cascade); true when it was the teacher's. */
    public boolean delete(long teacherId, long assessmentId) {
        return dsl.deleteFrom(TRAINING_ASSESSMENT).where(TRAINING_ASSESSMENT.ID.eq(assessmentId))
                .and(TRAINING_ASSESSMENT.TEACHER_ID.eq(teacherId)).execute() > 0;
    }

    /** Every assessment and personal target of the teacher. */
    public int deleteAll(long teacherId) {
        dsl.deleteFrom(TRAINING_PERSONAL_TARGET).where(TRAINING_PERSONAL_TARGET.TEACHER_ID.eq(teacherId)).execute();
        return dsl.deleteFrom(TRAINING_ASSESSMENT).where(TRAINING_ASSESSMENT.TEACHER_ID.eq(teacherId)).execute();
    }

    public Map<Dimension, Integer> targets(long teacherId) {
        Map<Dimension, Integer> targets = new EnumMap<>(Dimension.class);
        dsl.select(TRAINING_PERSONAL_TARGET.DIMENSION, TRAINING_PERSONAL_TARGET.TARGET).from(TRAINING_PERSONAL_TARGET)
                .where(TRAINING_PERSONAL_TARGET.TEACHER_ID.eq(teacherId))
                .forEach(r -> targets.put(Dimension.valueOf(r.value1()), r.value2()));
        return targets;
    }

    public void setTarget(long teacherId, Dimension dimension, Integer target, OffsetDateTime now) {
        dsl.deleteFrom(TRAINING_PERSONAL_TARGET).where(TRAINING_PERSONAL_TARGET.TEACHER_ID.eq(teacherId))
                .and(TRAINING_PERSONAL_TARGET.DIMENSION.eq(dimension.name())).execute();
        if (target != null) {
            dsl.insertInto(TRAINING_PERSONAL_TARGET)
                    .set(TRAINING_PERSONAL_TARGET.TEACHER_ID, teacherId)
                    .set(TRAINING_PERSONAL_TARGET.DIMENSION, dimension.name())
                    .set(TRAINING_PERSONAL_TARGET.TARGET, target)
                    .set(TRAINING_PERSONAL_TARGET.SET_AT, now)
                    .execute();
        }
    }
}
