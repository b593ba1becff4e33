package dk.opdag.classroom.progress;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.TEACHER_NOTE;
import static org.jooq.impl.DSL.count;

import dk.opdag.lab.TeacherNoteSource.TeacherNote;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Teachers' comments and hints on a pupil's experiment, with the teacher's name for the pupil to see. */
@Repository
public class TeacherNoteRepository {

    private final DSLContext dsl;

    public TeacherNoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long add(long pupilId, String experimentId, long teacherId, boolean hint, String text, OffsetDateTime at) {
        return dsl.insertInto(TEACHER_NOTE)
                .set(TEACHER_NOTE.PUPIL_ID, pupilId)
                .set(TEACHER_NOTE.EXPERIMENT_ID, experimentId)
                .set(TEACHER_NOTE.TEACHER_ID, teacherId)
                .set(TEACHER_NOTE.HINT, hint)
                .set(TEACHER_NOTE.NOTE_TEXT, text)
                .set(TEACHER_NOTE.CREATED_AT, at)
                .returning(TEACHER_NOTE.ID).fetchOne().getId();
    }

    /** A pupil and an experiment, the key of {@link #hintCounts}. */
    public record PupilExperiment(long pupilId, String experimentId) {
    }

    /** How many hints (not comments) each of these pupils got on each of these experiments; absent for none. */
    public Map<PupilExperiment, Integer> hintCounts(Collection<Long> pupilIds, Collection<String> experimentIds) {
        if (pupilIds.isEmpty() || experimentIds.isEmpty()) {
            return Map.of();
        }
        Map<PupilExperiment, Integer> counts = new HashMap<>();
        dsl.select(TEACHER_NOTE.PUPIL_ID, TEACHER_NOTE.EXPERIMENT_ID, count())
                .from(TEACHER_NOTE)
                .where(TEACHER_NOTE.PUPIL_ID.in(pupilIds)).and(TEACHER_NOTE.EXPERIMENT_ID.in(experimentIds))
                .and(TEACHER_NOTE.HINT.isTrue())
                .groupBy(TEACHER_NOTE.PUPIL_ID, TEACHER_NOTE.EXPERIMENT_ID)
                .forEach(r -> counts.put(new PupilExperiment(r.value1(), r.value2()), r.value3()));
        return counts;
    }

    /** Newest first. */
    public List<TeacherNote> notes(long pupilId, String experimentId, int limit) {
        return dsl.select(TEACHER_NOTE.NOTE_TEXT, TEACHER_NOTE.HINT, APP_USER.NAME, TEACHER_NOTE.CREATED_AT)
                .from(TEACHER_NOTE).join(APP_USER).on(APP_USER.ID.eq(TEACHER_NOTE.TEACHER_ID))
                .where(TEACHER_NOTE.PUPIL_ID.eq(pupilId)).and(TEACHER_NOTE.EXPERIMENT_ID.eq(experimentId))
                .orderBy(TEACHER_NOTE.CREATED_AT.desc(), TEACHER_NOTE.ID.desc())
                .limit(limit)
                .fetch(r -> new TeacherNote(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
