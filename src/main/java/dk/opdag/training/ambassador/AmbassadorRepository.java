package dk.opdag.training.ambassador;

import static dk.opdag.db.Tables.TRAINING_AMBASSADOR;
import static dk.opdag.db.Tables.TRAINING_HELP_REQUEST;
import static dk.opdag.db.Tables.TRAINING_SESSION;
import static dk.opdag.db.Tables.TRAINING_SESSION_NOTE;
import static dk.opdag.db.Tables.TRAINING_SESSION_PARTICIPANT;

import dk.opdag.db.tables.records.TrainingHelpRequestRecord;
import dk.opdag.db.tables.records.TrainingSessionRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Ambassadors, their sessions with participants and shared notes, and colleagues' help requests. */
@Repository
public class AmbassadorRepository {

    private final DSLContext dsl;

    public AmbassadorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Long> ambassadors(long schoolId) {
        return dsl.select(TRAINING_AMBASSADOR.TEACHER_ID).from(TRAINING_AMBASSADOR)
                .where(TRAINING_AMBASSADOR.SCHOOL_ID.eq(schoolId)).orderBy(TRAINING_AMBASSADOR.NAMED_AT)
                .fetch(TRAINING_AMBASSADOR.TEACHER_ID);
    }

    public boolean isAmbassador(long schoolId, long teacherId) {
        return dsl.fetchExists(TRAINING_AMBASSADOR, TRAINING_AMBASSADOR.SCHOOL_ID.eq(schoolId)
                .and(TRAINING_AMBASSADOR.TEACHER_ID.eq(teacherId)));
    }

    public void name(long schoolId, long teacherId, long namedBy, OffsetDateTime now) {
        if (!isAmbassador(schoolId, teacherId)) {
            dsl.insertInto(TRAINING_AMBASSADOR)
                    .set(TRAINING_AMBASSADOR.SCHOOL_ID, schoolId)
                    .set(TRAINING_AMBASSADOR.TEACHER_ID, teacherId)
                    .set(TRAINING_AMBASSADOR.NAMED_BY, namedBy)
                    .set(TRAINING_AMBASSADOR.NAMED_AT, now)
                    .execute();
        }
    }

    public void unname(long schoolId, long teacherId) {
        dsl.deleteFrom(TRAINING_AMBASSADOR).where(TRAINING_AMBASSADOR.SCHOOL_ID.eq(schoolId))
                .and(TRAINING_AMBASSADOR.TEACHER_ID.eq(teacherId)).execute();
    }

    public record Session(long id, long schoolId, long ambassadorId, String moduleId, OffsetDateTime meetsAt,
                          String place, OffsetDateTime completedAt) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    public long createSession(long schoolId, long ambassadorId, String moduleId, OffsetDateTime meetsAt, String place,
                              OffsetDateTime now) {
        return dsl.insertInto(TRAINING_SESSION)
                .set(TRAINING_SESSION.SCHOOL_ID, schoolId)
                .set(TRAINING_SESSION.AMBASSADOR_ID, ambassadorId)
                .set(TRAINING_SESSION.MODULE_ID, moduleId)
                .set(TRAINING_SESSION.MEETS_AT, meetsAt)
                .set(TRAINING_SESSION.PLACE, place)
                .set(TRAINING_SESSION.CREATED_AT, now)
                .returning(TRAINING_SESSION.ID).fetchOne().getId();
    }

    public Optional<Session> session(long id) {
        return dsl.selectFrom(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq(id)).fetchOptional()
                .map(AmbassadorRepository::toSession);
    }

    /** Sessions the teacher runs or is invited to, soonest first. */
    public List<Session> sessionsOf(long teacherId) {
        return dsl.selectFrom(TRAINING_SESSION)
                .where(TRAINING_SESSION.AMBASSADOR_ID.eq(teacherId)
                        .or(TRAINING_SESSION.ID.in(org.jooq.impl.DSL.select(TRAINING_SESSION_PARTICIPANT.SESSION_ID)
                                .from(TRAINING_SESSION_PARTICIPANT)
                                .where(TRAINING_SESSION_PARTICIPANT.TEACHER_ID.eq(teacherId)))))
                .orderBy(TRAINING_SESSION.MEETS_AT, TRAINING_SESSION.ID)
                .fetch(AmbassadorRepository::toSession);
    }

    private static Session toSession(TrainingSessionRecord r) {
        return new Session(r.getId(), r.getSchoolId(), r.getAmbassadorId(), r.getModuleId(), r.getMeetsAt(),
                r.getPlace(), r.getCompletedAt());
    }

    public void completeSession(long sessionId, OffsetDateTime now) {
        dsl.update(TRAINING_SESSION).set(TRAINING_SESSION.COMPLETED_AT, now)
                .where(TRAINING_SESSION.ID.eq(sessionId)).execute();
    }

    public record Participant(long teacherId, boolean attended) {
    }

    public void invite(long sessionId, Collection<Long> teacherIds, OffsetDateTime now) {
        for (long teacher : teacherIds) {
            if (!dsl.fetchExists(TRAINING_SESSION_PARTICIPANT, TRAINING_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId)
                    .and(TRAINING_SESSION_PARTICIPANT.TEACHER_ID.eq(teacher)))) {
                dsl.insertInto(TRAINING_SESSION_PARTICIPANT)
                        .set(TRAINING_SESSION_PARTICIPANT.SESSION_ID, sessionId)
                        .set(TRAINING_SESSION_PARTICIPANT.TEACHER_ID, teacher)
                        .set(TRAINING_SESSION_PARTICIPANT.INVITED_AT, now)
                        .execute();
            }
        }
    }

    public List<Participant> participants(long sessionId) {
        return dsl.selectFrom(TRAINING_SESSION_PARTICIPANT).where(TRAINING_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId))
                .orderBy(TRAINING_SESSION_PARTICIPANT.INVITED_AT, TRAINING_SESSION_PARTICIPANT.TEACHER_ID)
                .fetch(r -> new Participant(r.getTeacherId(), r.getAttended()));
    }

    public void setAttended(long sessionId, long teacherId, boolean attended) {
        dsl.update(TRAINING_SESSION_PARTICIPANT).set(TRAINING_SESSION_PARTICIPANT.ATTENDED, attended)
                .where(TRAINING_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId))
                .and(TRAINING_SESSION_PARTICIPANT.TEACHER_ID.eq(teacherId)).execute();
    }

    public record Note(long id, long authorId, String note, OffsetDateTime writtenAt) {
    }

    public void addNote(long sessionId, long authorId, String note, OffsetDateTime now) {
        dsl.insertInto(TRAINING_SESSION_NOTE)
                .set(TRAINING_SESSION_NOTE.SESSION_ID, sessionId)
                .set(TRAINING_SESSION_NOTE.AUTHOR_ID, authorId)
                .set(TRAINING_SESSION_NOTE.NOTE, note)
                .set(TRAINING_SESSION_NOTE.WRITTEN_AT, now)
                .execute();
    }

    public List<Note> notes(long sessionId) {
        return dsl.selectFrom(TRAINING_SESSION_NOTE).where(TRAINING_SESSION_NOTE.SESSION_ID.eq(sessionId))
                .orderBy(TRAINING_SESSION_NOTE.WRITTEN_AT, TRAINING_SESSION_NOTE.ID)
                .fetch(r -> new Note(r.getId(), r.getAuthorId(), r.getNote(), r.getWrittenAt()));
    }

    /** @param takenBy the ambassador who took it, or null while open */
    public record HelpRequest(long id, long teacherId, String moduleId, String message, OffsetDateTime createdAt,
                              Long takenBy, OffsetDateTime closedAt) {

        public boolean closed() {
            return closedAt != null;
        }
    }

    public long askForHelp(long schoolId, long teacherId, String moduleId, String message, OffsetDateTime now) {
        return dsl.insertInto(TRAINING_HELP_REQUEST)
                .set(TRAINING_HELP_REQUEST.SCHOOL_ID, schoolId)
                .set(TRAINING_HELP_REQUEST.TEACHER_ID, teacherId)
                .set(TRAINING_HELP_REQUEST.MODULE_ID, moduleId)
                .set(TRAINING_HELP_REQUEST.MESSAGE, message)
                .set(TRAINING_HELP_REQUEST.CREATED_AT, now)
                .returning(TRAINING_HELP_REQUEST.ID).fetchOne().getId();
    }

    public Optional<HelpRequest> helpRequest(long id, long schoolId) {
        return dsl.selectFrom(TRAINING_HELP_REQUEST).where(TRAINING_HELP_REQUEST.ID.eq(id))
                .and(TRAINING_HELP_REQUEST.SCHOOL_ID.eq(schoolId)).fetchOptional().map(AmbassadorRepository::toHelp);
    }

    /** Open requests of the school, oldest first. */
    public List<HelpRequest> openHelpRequests(long schoolId) {
        return dsl.selectFrom(TRAINING_HELP_REQUEST).where(TRAINING_HELP_REQUEST.SCHOOL_ID.eq(schoolId))
                .and(TRAINING_HELP_REQUEST.CLOSED_AT.isNull())
                .orderBy(TRAINING_HELP_REQUEST.CREATED_AT, TRAINING_HELP_REQUEST.ID)
                .fetch(AmbassadorRepository::toHelp);
    }

    public List<HelpRequest> helpRequestsOf(long teacherId) {
        return dsl.selectFrom(TRAINING_HELP_REQUEST).where(TRAINING_HELP_REQUEST.TEACHER_ID.eq(teacherId))
                .orderBy(TRAINING_HELP_REQUEST.CREATED_AT.desc(), TRAINING_HELP_REQUEST.ID.desc())
                .fetch(AmbassadorRepository::toHelp);
    }

    public void take(long id, long ambassadorId, OffsetDateTime now) {
        dsl.update(TRAINING_HELP_REQUEST).set(TRAINING_HELP_REQUEST.TAKEN_BY, ambassadorId)
                .set(TRAINING_HELP_REQUEST.TAKEN_AT, now).where(TRAINING_HELP_REQUEST.ID.eq(id)).execute();
    }

    public void close(long id, OffsetDateTime now) {
        dsl.update(TRAINING_HELP_REQUEST).set(TRAINING_HELP_REQUEST.CLOSED_AT, now)
                .where(TRAINING_HELP_REQUEST.ID.eq(id)).execute();
    }

    private static HelpRequest toHelp(TrainingHelpRequestRecord r) {
        return new HelpRequest(r.getId(), r.getTeacherId(), r.getModuleId(), r.getMessage(), r.getCreatedAt(),
                r.getTakenBy(), r.getClosedAt());
    }
}
