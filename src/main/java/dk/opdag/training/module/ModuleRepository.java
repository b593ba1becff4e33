package dk.opdag.training.module;

import static dk.opdag.db.Tables.TRAINING_CHECK_RESULT;
import static dk.opdag.db.Tables.TRAINING_LOGBOOK_ENTRY;
import static dk.opdag.db.Tables.TRAINING_MODULE_PROGRESS;
import static dk.opdag.db.Tables.TRAINING_PRACTICE;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A teacher's modules: started and completed, knowledge-check attempts, logbook entries and practice tasks. */
@Repository
public class ModuleRepository {

    private final DSLContext dsl;

    public ModuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param completedAt null while under way; sessionId set when attending a session completed it */
    public record Progress(String moduleId, String trackId, OffsetDateTime startedAt, OffsetDateTime completedAt,
                           Long sessionId) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    public Map<String, Progress> progress(long teacherId) {
        Map<String, Progress> result = new LinkedHashMap<>();
        dsl.selectFrom(TRAINING_MODULE_PROGRESS).where(TRAINING_MODULE_PROGRESS.TEACHER_ID.eq(teacherId))
                .orderBy(TRAINING_MODULE_PROGRESS.STARTED_AT)
                .forEach(r -> result.put(r.getModuleId(), new Progress(r.getModuleId(), r.getTrackId(),
                        r.getStartedAt(), r.getCompletedAt(), r.getSessionId())));
        return result;
    }

    /** Records the start; a second start changes nothing. */
    public void start(long teacherId, String moduleId, String trackId, OffsetDateTime now) {
        if (!dsl.fetchExists(TRAINING_MODULE_PROGRESS, TRAINING_MODULE_PROGRESS.TEACHER_ID.eq(teacherId)
                .and(TRAINING_MODULE_PROGRESS.MODULE_ID.eq(moduleId)))) {
            dsl.insertInto(TRAINING_MODULE_PROGRESS)
                    .set(TRAINING_MODULE_PROGRESS.TEACHER_ID, teacherId)
                    .set(TRAINING_MODULE_PROGRESS.MODULE_ID, moduleId)
                    .set(TRAINING_MODULE_PROGRESS.TRACK_ID, trackId)
                    .set(TRAINING_MODULE_PROGRESS.STARTED_AT, now)
                    .execute();
        }
    }

    /** Completes the module (starting it first if needed); an earlier completion stands. */
    public void complete(long teacherId, String moduleId, String trackId, Long sessionId, OffsetDateTime now) {
        start(teacherId, moduleId, trackId, now);
        dsl.update(TRAINING_MODULE_PROGRESS)
                .set(TRAINING_MODULE_PROGRESS.COMPLETED_AT, now)
                .set(TRAINING_MODULE_PROGRESS.SESSION_ID, sessionId)
                .where(TRAINING_MODULE_PROGRESS.TEACHER_ID.eq(teacherId))
                .and(TRAINING_MODULE_PROGRESS.MODULE_ID.eq(moduleId))
                .and(TRAINING_MODULE_PROGRESS.COMPLETED_AT.isNull())
                .execute();
    }

    public record CheckResult(String moduleId, int correct, int total, OffsetDateTime takenAt) {
    }

    public void saveCheck(long teacherId, String moduleId, int correct, int total, OffsetDateTime now) {
        dsl.insertInto(TRAINING_CHECK_RESULT)
                .set(TRAINING_CHECK_RESULT.TEACHER_ID, teacherId)
                .set(TRAINING_CHECK_RESULT.MODULE_ID, moduleId)
                .set(TRAINING_CHECK_RESULT.CORRECT, correct)
                .set(TRAINING_CHECK_RESULT.TOTAL, total)
                .set(TRAINING_CHECK_RESULT.TAKEN_AT, now)
                .execute();
    }

    /** The newest attempt per module. */
    public Map<String, CheckResult> latestChecks(long teacherId) {
        Map<String, CheckResult> latest = new LinkedHashMap<>();
        dsl.selectFrom(TRAINING_CHECK_RESULT).where(TRAINING_CHECK_RESULT.TEACHER_ID.eq(teacherId))
                .orderBy(TRAINING_CHECK_RESULT.TAKEN_AT, TRAINING_CHECK_RESULT.ID)
                .forEach(r -> latest.put(r.getModuleId(), new CheckResult(r.getModuleId(), r.getCorrect(),
                        r.getTotal(), r.getTakenAt())));
        return latest;
    }

    public record LogbookEntry(long id, String moduleId, int promptNo, String prompt, String entry,
                               OffsetDateTime writtenAt, OffsetDateTime updatedAt) {
    }

    public List<LogbookEntry> logbook(long teacherId, String moduleId) {
        var query = dsl.selectFrom(TRAINING_LOGBOOK_ENTRY).where(TRAINING_LOGBOOK_ENTRY.TEACHER_ID.eq(teacherId));
        if (moduleId != null) {
            query = query.and(TRAINING_LOGBOOK_ENTRY.MODULE_ID.eq(moduleId));
        }
        return query.orderBy(TRAINING_LOGBOOK_ENTRY.WRITTEN_AT.desc(), TRAINING_LOGBOOK_ENTRY.PROMPT_NO)
                .fetch(r -> new LogbookEntry(r.getId(), r.getModuleId(), r.getPromptNo(), r.getPrompt(), r.getEntry(),
                        r.getWrittenAt(), r.getUpdatedAt()));
    }

    public void saveEntry(long teacherId, String moduleId, int promptNo, String prompt, String entry,
                          OffsetDateTime now) {
        int changed = dsl.update(TRAINING_LOGBOOK_ENTRY)
                .set(TRAINING_LOGBOOK_ENTRY.ENTRY, entry)
                .set(TRAINING_LOGBOOK_ENTRY.PROMPT, prompt)
                .set(TRAINING_LOGBOOK_ENTRY.UPDATED_AT, now)
                .where(TRAINING_LOGBOOK_ENTRY.TEACHER_ID.eq(teacherId))
                .and(TRAINING_LOGBOOK_ENTRY.MODULE_ID.eq(moduleId))
                .and(TRAINING_LOGBOOK_ENTRY.PROMPT_NO.eq(promptNo))
                .execute();
        if (changed == 0) {
            dsl.insertInto(TRAINING_LOGBOOK_ENTRY)
                    .set(TRAINING_LOGBOOK_ENTRY.TEACHER_ID, teacherId)
                    .set(TRAINING_LOGBOOK_ENTRY.MODULE_ID, moduleId)
                    .set(TRAINING_LOGBOOK_ENTRY.PROMPT_NO, promptNo)
                    .set(TRAINING_LOGBOOK_ENTRY.PROMPT, prompt)
                    .set(TRAINING_LOGBOOK_ENTRY.ENTRY, entry)
                    .set(TRAINING_LOGBOOK_ENTRY.WRITTEN_AT, now)
                    .set(TRAINING_LOGBOOK_ENTRY.UPDATED_AT, now)
                    .execute();
        }
    }

    /** True when the entry existed and was the teacher's own. */
    public boolean deleteEntry(long teacherId, long entryId) {
        return dsl.deleteFrom(TRAINING_LOGBOOK_ENTRY).where(TRAINING_LOGBOOK_ENTRY.ID.eq(entryId))
                .and(TRAINING_LOGBOOK_ENTRY.TEACHER_ID.eq(teacherId)).execute() > 0;
    }

    public int deleteLogbook(long teacherId) {
        return dsl.deleteFrom(TRAINING_LOGBOOK_ENTRY).where(TRAINING_LOGBOOK_ENTRY.TEACHER_ID.eq(teacherId))
                .execute();
    }

    public record Practice(String moduleId, long classId, long assignmentId, OffsetDateTime assignedAt) {
    }

    public Optional<Practice> practice(long teacherId, String moduleId) {
        return dsl.selectFrom(TRAINING_PRACTICE).where(TRAINING_PRACTICE.TEACHER_ID.eq(teacherId))
                .and(TRAINING_PRACTICE.MODULE_ID.eq(moduleId)).fetchOptional()
                .map(r -> new Practice(r.getModuleId(), r.getClassId(), r.getAssignmentId(), r.getAssignedAt()));
    }

    /** The module's practice task given anew replaces the earlier one. */
    public void savePractice(long teacherId, String moduleId, long classId, long assignmentId, OffsetDateTime now) {
        dsl.deleteFrom(TRAINING_PRACTICE).where(TRAINING_PRACTICE.TEACHER_ID.eq(teacherId))
                .and(TRAINING_PRACTICE.MODULE_ID.eq(moduleId)).execute();
        dsl.insertInto(TRAINING_PRACTICE)
                .set(TRAINING_PRACTICE.TEACHER_ID, teacherId)
                .set(TRAINING_PRACTICE.MODULE_ID, moduleId)
                .set(TRAINING_PRACTICE.CLASS_ID, classId)
                .set(TRAINING_PRACTICE.ASSIGNMENT_ID, assignmentId)
                .set(TRAINING_PRACTICE.ASSIGNED_AT, now)
                .execute();
    }

}
