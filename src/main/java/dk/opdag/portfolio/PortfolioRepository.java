package dk.opdag.portfolio;

import static dk.opdag.db.Tables.PORTFOLIO_COMMENT;
import static dk.opdag.db.Tables.PORTFOLIO_ENTRY;
import static dk.opdag.db.Tables.PORTFOLIO_FILE;
import static dk.opdag.db.Tables.VALGFAG_CLASS;

import dk.opdag.db.tables.records.PortfolioEntryRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The portfolio's tables: valgfag classes, entries, their file and the teachers' comments. */
@Repository
public class PortfolioRepository {

    private final DSLContext dsl;

    public PortfolioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- valgfag classes

    public Optional<String> courseOf(long classId) {
        return dsl.select(VALGFAG_CLASS.COURSE_ID).from(VALGFAG_CLASS).where(VALGFAG_CLASS.CLASS_ID.eq(classId))
                .fetchOptional(VALGFAG_CLASS.COURSE_ID);
    }

    public void markValgfag(long classId, String courseId, long userId, OffsetDateTime now) {
        dsl.deleteFrom(VALGFAG_CLASS).where(VALGFAG_CLASS.CLASS_ID.eq(classId)).execute();
        dsl.insertInto(VALGFAG_CLASS).set(VALGFAG_CLASS.CLASS_ID, classId).set(VALGFAG_CLASS.COURSE_ID, courseId)
                .set(VALGFAG_CLASS.MARKED_BY, userId).set(VALGFAG_CLASS.MARKED_AT, now).execute();
    }

    public void unmarkValgfag(long classId) {
        dsl.deleteFrom(VALGFAG_CLASS).where(VALGFAG_CLASS.CLASS_ID.eq(classId)).execute();
    }

    // ---- entries

    public long insert(long pupilId, long classId, EntryDraft d, OffsetDateTime now) {
        return dsl.insertInto(PORTFOLIO_ENTRY)
                .set(PORTFOLIO_ENTRY.PUPIL_ID, pupilId).set(PORTFOLIO_ENTRY.CLASS_ID, classId)
                .set(PORTFOLIO_ENTRY.MODULE_ID, d.moduleId()).set(PORTFOLIO_ENTRY.TITLE, d.title())
                .set(PORTFOLIO_ENTRY.BODY, d.body()).set(PORTFOLIO_ENTRY.MADE, d.made())
                .set(PORTFOLIO_ENTRY.REFLECTION, d.reflection()).set(PORTFOLIO_ENTRY.EXPERIMENT_ID, d.experimentId())
                .set(PORTFOLIO_ENTRY.VERSION, 0).set(PORTFOLIO_ENTRY.CREATED_AT, now)
                .set(PORTFOLIO_ENTRY.UPDATED_AT, now)
                .returning(PORTFOLIO_ENTRY.ID).fetchOne().getId();
    }

    /** Saves only if nobody saved since {@code expectedVersion}; false means an older copy. */
    public boolean update(long entryId, int expectedVersion, EntryDraft d, OffsetDateTime now) {
        return dsl.update(PORTFOLIO_ENTRY)
                .set(PORTFOLIO_ENTRY.MODULE_ID, d.moduleId()).set(PORTFOLIO_ENTRY.TITLE, d.title())
                .set(PORTFOLIO_ENTRY.BODY, d.body()).set(PORTFOLIO_ENTRY.MADE, d.made())
                .set(PORTFOLIO_ENTRY.REFLECTION, d.reflection()).set(PORTFOLIO_ENTRY.EXPERIMENT_ID, d.experimentId())
                .set(PORTFOLIO_ENTRY.VERSION, expectedVersion + 1).set(PORTFOLIO_ENTRY.UPDATED_AT, now)
                .where(PORTFOLIO_ENTRY.ID.eq(entryId)).and(PORTFOLIO_ENTRY.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public boolean delete(long entryId, int expectedVersion) {
        return dsl.deleteFrom(PORTFOLIO_ENTRY).where(PORTFOLIO_ENTRY.ID.eq(entryId))
                .and(PORTFOLIO_ENTRY.VERSION.eq(expectedVersion)).execute() == 1;
    }

    public Optional<PortfolioEntry> find(long entryId) {
        return dsl.selectFrom(PORTFOLIO_ENTRY).where(PORTFOLIO_ENTRY.ID.eq(entryId)).fetchOptional()
                .map(r -> withDetails(List.of(r)).getFirst());
    }

    /** A pupil's entries, newest first. */
    public List<PortfolioEntry> ofPupil(long pupilId) {
        return withDetails(dsl.selectFrom(PORTFOLIO_ENTRY).where(PORTFOLIO_ENTRY.PUPIL_ID.eq(pupilId))
                .orderBy(PORTFOLIO_ENTRY.CREATED_AT.desc(), PORTFOLIO_ENTRY.ID.desc()).fetch());
    }

    /** Entries per pupil written in a class. */
    public Map<Long, Integer> countsInClass(long classId) {
        return dsl.select(PORTFOLIO_ENTRY.PUPIL_ID, org.jooq.impl.DSL.count()).from(PORTFOLIO_ENTRY)
                .where(PORTFOLIO_ENTRY.CLASS_ID.eq(classId)).groupBy(PORTFOLIO_ENTRY.PUPIL_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private List<PortfolioEntry> withDetails(List<PortfolioEntryRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = rows.stream().map(PortfolioEntryRecord::getId).toList();
        Map<Long, PortfolioEntry.FileInfo> files = dsl.select(PORTFOLIO_FILE.ENTRY_ID, PORTFOLIO_FILE.FILE_NAME,
                        PORTFOLIO_FILE.MEDIA_TYPE, PORTFOLIO_FILE.SIZE_BYTES)
                .from(PORTFOLIO_FILE).where(PORTFOLIO_FILE.ENTRY_ID.in(ids))
                .fetchMap(r -> r.value1(), r -> new PortfolioEntry.FileInfo(r.value2(), r.value3(), r.value4()));
        Map<Long, List<PortfolioEntry.Comment>> comments = dsl.selectFrom(PORTFOLIO_COMMENT)
                .where(PORTFOLIO_COMMENT.ENTRY_ID.in(ids)).orderBy(PORTFOLIO_COMMENT.CREATED_AT, PORTFOLIO_COMMENT.ID)
                .fetch().stream().collect(Collectors.groupingBy(c -> c.getEntryId(), Collectors.mapping(
                        c -> new PortfolioEntry.Comment(c.getId(), c.getTeacherName(), c.getCommentText(),
                                c.getCreatedAt()), Collectors.toList())));
        return rows.stream().map(r -> new PortfolioEntry(r.getId(), r.getPupilId(), r.getClassId(), r.getModuleId(),
                r.getTitle(), r.getBody(), r.getMade(), r.getReflection(), r.getExperimentId(), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt(), files.get(r.getId()),
                comments.getOrDefault(r.getId(), List.of()))).toList();
    }

    // ---- files and comments

    public void saveFile(long entryId, String name, String mediaType, byte[] content, OffsetDateTime now) {
        dsl.deleteFrom(PORTFOLIO_FILE).where(PORTFOLIO_FILE.ENTRY_ID.eq(entryId)).execute();
        dsl.insertInto(PORTFOLIO_FILE).set(PORTFOLIO_FILE.ENTRY_ID, entryId).set(PORTFOLIO_FILE.FILE_NAME, name)
                .set(PORTFOLIO_FILE.MEDIA_TYPE, mediaType).set(PORTFOLIO_FILE.SIZE_BYTES, content.length)
                .set(PORTFOLIO_FILE.CONTENT, content).set(PORTFOLIO_FILE.UPLOADED_AT, now).execute();
    }

    public void deleteFile(long entryId) {
        dsl.deleteFrom(PORTFOLIO_FILE).where(PORTFOLIO_FILE.ENTRY_ID.eq(entryId)).execute();
    }

    public Optional<byte[]> fileContent(long entryId) {
        return dsl.select(PORTFOLIO_FILE.CONTENT).from(PORTFOLIO_FILE).where(PORTFOLIO_FILE.ENTRY_ID.eq(entryId))
                .fetchOptional(PORTFOLIO_FILE.CONTENT);
    }

    public void addComment(long entryId, long teacherId, String teacherName, String text, OffsetDateTime now) {
        dsl.insertInto(PORTFOLIO_COMMENT).set(PORTFOLIO_COMMENT.ENTRY_ID, entryId)
                .set(PORTFOLIO_COMMENT.TEACHER_ID, teacherId).set(PORTFOLIO_COMMENT.TEACHER_NAME, teacherName)
                .set(PORTFOLIO_COMMENT.COMMENT_TEXT, text).set(PORTFOLIO_COMMENT.CREATED_AT, now).execute();
    }

    // ---- the pupil's data (export and erasure)

    public List<PortfolioEntry> allOfPupil(long pupilId) {
        return ofPupil(pupilId);
    }

    /** Deletes every entry of the pupil; files and comments go with them (ON DELETE CASCADE). */
    public void eraseFor(long pupilId) {
        dsl.deleteFrom(PORTFOLIO_ENTRY).where(PORTFOLIO_ENTRY.PUPIL_ID.eq(pupilId)).execute();
    }
}
