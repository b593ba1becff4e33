package dk.opdag.classroom.progress;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.TEACHER_NOTE;

import dk.opdag.lab.TeacherNoteSource.TeacherNote;
import java.time.OffsetDateTime;
import java.util.List;
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
