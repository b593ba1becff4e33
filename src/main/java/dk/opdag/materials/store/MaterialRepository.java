package dk.opdag.materials.store;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.MATERIAL_BLOB;
import static dk.opdag.db.Tables.MATERIAL_BLOB_CHUNK;
import static dk.opdag.db.Tables.MATERIAL_FILE;
import static dk.opdag.db.Tables.MATERIAL_LINK;
import static dk.opdag.db.Tables.MATERIAL_TAG;
import static org.jooq.impl.DSL.falseCondition;

import dk.opdag.materials.extract.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Files, their content (blobs in 1 MiB chunks), tags and links, in jOOQ. */
@Repository
public class MaterialRepository {

    public static final int CHUNK = 1024 * 1024;

    private final DSLContext dsl;

    public MaterialRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean blobExists(String hash) {
        return dsl.fetchExists(MATERIAL_BLOB, MATERIAL_BLOB.CONTENT_HASH.eq(hash));
    }

    /** Stores content once: the metadata row, then the bytes chunk by chunk, never more than one chunk in memory. */
    public void insertBlob(String hash, Path content, Extraction e, byte[] preview) throws IOException {
        dsl.insertInto(MATERIAL_BLOB)
                .set(MATERIAL_BLOB.CONTENT_HASH, hash)
                .set(MATERIAL_BLOB.BYTE_SIZE, Files.size(content))
                .set(MATERIAL_BLOB.MEDIA_TYPE, e.mediaType())
                .set(MATERIAL_BLOB.DOC_TITLE, cut(e.title(), 500))
                .set(MATERIAL_BLOB.DOC_AUTHOR, cut(e.author(), 300))
                .set(MATERIAL_BLOB.PAGES, e.pages())
                .set(MATERIAL_BLOB.LANGUAGE, cut(e.language(), 20))
                .set(MATERIAL_BLOB.TEXT_CHARS, e.chars())
                .set(MATERIAL_BLOB.TEXT_TRUNCATED, e.truncated())
                .set(MATERIAL_BLOB.EXTRACTED_TEXT, e.text())
                .set(MATERIAL_BLOB.PREVIEW_PNG, preview)
                .execute();
        try (InputStream in = Files.newInputStream(content)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                dsl.insertInto(MATERIAL_BLOB_CHUNK).set(MATERIAL_BLOB_CHUNK.CONTENT_HASH, hash)
                        .set(MATERIAL_BLOB_CHUNK.SEQ, seq++).set(MATERIAL_BLOB_CHUNK.BYTES, chunk).execute();
            }
        }
    }

    /** Writes the stored bytes to {@code out}, one chunk at a time. */
    public void copyContent(String hash, OutputStream out) throws IOException {
        int chunks = dsl.fetchCount(MATERIAL_BLOB_CHUNK, MATERIAL_BLOB_CHUNK.CONTENT_HASH.eq(hash));
        for (int seq = 0; seq < chunks; seq++) {
            byte[] bytes = dsl.select(MATERIAL_BLOB_CHUNK.BYTES).from(MATERIAL_BLOB_CHUNK)
                    .where(MATERIAL_BLOB_CHUNK.CONTENT_HASH.eq(hash)).and(MATERIAL_BLOB_CHUNK.SEQ.eq(seq))
                    .fetchOne(MATERIAL_BLOB_CHUNK.BYTES);
            if (bytes == null) {
                throw new IOException("chunk " + seq + " of " + hash + " is missing");
            }
            out.write(bytes);
        }
    }

    public Optional<byte[]> preview(String hash) {
        return dsl.select(MATERIAL_BLOB.PREVIEW_PNG).from(MATERIAL_BLOB).where(MATERIAL_BLOB.CONTENT_HASH.eq(hash))
                .fetchOptional(MATERIAL_BLOB.PREVIEW_PNG);
    }

    public String text(String hash) {
        return dsl.select(MATERIAL_BLOB.EXTRACTED_TEXT).from(MATERIAL_BLOB)
                .where(MATERIAL_BLOB.CONTENT_HASH.eq(hash)).fetchOne(MATERIAL_BLOB.EXTRACTED_TEXT);
    }

    public long insertFile(String hash, long ownerId, Long schoolId, String fileName, String title) {
        return dsl.insertInto(MATERIAL_FILE)
                .set(MATERIAL_FILE.CONTENT_HASH, hash).set(MATERIAL_FILE.OWNER_ID, ownerId)
                .set(MATERIAL_FILE.SCHOOL_ID, schoolId).set(MATERIAL_FILE.FILE_NAME, cut(fileName, 255))
                .set(MATERIAL_FILE.TITLE, cut(title, 300))
                .returningResult(MATERIAL_FILE.ID).fetchOne().value1();
    }

    public Optional<StoredFile> ownFileWithContent(long ownerId, String hash) {
        return select().where(MATERIAL_FILE.OWNER_ID.eq(ownerId)).and(MATERIAL_FILE.CONTENT_HASH.eq(hash))
                .fetchOptional(MaterialRepository::file);
    }

    public Optional<StoredFile> file(long id) {
        return select().where(MATERIAL_FILE.ID.eq(id)).fetchOptional(MaterialRepository::file);
    }

    /** The viewer's own files and the files colleagues at the viewer's school shared, newest first. */
    public List<StoredFile> visibleFiles(long userId, Long schoolId) {
        return select().where(visibleTo(userId, schoolId)).orderBy(MATERIAL_FILE.UPLOADED_AT.desc(), MATERIAL_FILE.ID.desc())
                .fetch(MaterialRepository::file);
    }

    public List<StoredFile> files(Collection<Long> ids, long userId, Long schoolId) {
        return ids.isEmpty() ? List.of() : select().where(MATERIAL_FILE.ID.in(ids)).and(visibleTo(userId, schoolId))
                .orderBy(MATERIAL_FILE.TITLE).fetch(MaterialRepository::file);
    }

    static Condition visibleTo(long userId, Long schoolId) {
        return MATERIAL_FILE.OWNER_ID.eq(userId).or(schoolId == null ? falseCondition()
                : MATERIAL_FILE.SHARED.isTrue().and(MATERIAL_FILE.SCHOOL_ID.eq(schoolId)));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(MATERIAL_FILE.fields()).select(APP_USER.NAME, MATERIAL_BLOB.BYTE_SIZE,
                        MATERIAL_BLOB.MEDIA_TYPE, MATERIAL_BLOB.DOC_TITLE, MATERIAL_BLOB.DOC_AUTHOR, MATERIAL_BLOB.PAGES,
                        MATERIAL_BLOB.LANGUAGE, MATERIAL_BLOB.TEXT_CHARS, MATERIAL_BLOB.TEXT_TRUNCATED,
                        MATERIAL_BLOB.PREVIEW_PNG.isNotNull().as("has_preview"))
                .from(MATERIAL_FILE)
                .join(MATERIAL_BLOB).on(MATERIAL_BLOB.CONTENT_HASH.eq(MATERIAL_FILE.CONTENT_HASH))
                .join(APP_USER).on(APP_USER.ID.eq(MATERIAL_FILE.OWNER_ID));
    }

    private static StoredFile file(Record r) {
        return new StoredFile(r.get(MATERIAL_FILE.ID), r.get(MATERIAL_FILE.CONTENT_HASH), r.get(MATERIAL_FILE.OWNER_ID),
                r.get(APP_USER.NAME), r.get(MATERIAL_FILE.SCHOOL_ID), r.get(MATERIAL_FILE.FILE_NAME),
                r.get(MATERIAL_FILE.TITLE), r.get(MATERIAL_FILE.SHARED), r.get(MATERIAL_FILE.TAGS_CONFIRMED),
                r.get(MATERIAL_FILE.UPLOADED_AT), r.get(MATERIAL_BLOB.BYTE_SIZE), r.get(MATERIAL_BLOB.MEDIA_TYPE),
                r.get(MATERIAL_BLOB.DOC_TITLE), r.get(MATERIAL_BLOB.DOC_AUTHOR), r.get(MATERIAL_BLOB.PAGES),
                r.get(MATERIAL_BLOB.LANGUAGE), r.get(MATERIAL_BLOB.TEXT_CHARS), r.get(MATERIAL_BLOB.TEXT_TRUNCATED),
                Boolean.TRUE.equals(r.get("has_preview", Boolean.class)));
    }

    public void setShared(long fileId, boolean shared) {
        dsl.update(MATERIAL_FILE).set(MATERIAL_FILE.SHARED, shared).where(MATERIAL_FILE.ID.eq(fileId)).execute();
    }

    public void setTitle(long fileId, String title) {
        dsl.update(MATERIAL_FILE).set(MATERIAL_FILE.TITLE, cut(title, 300)).where(MATERIAL_FILE.ID.eq(fileId)).execute();
    }

    /** Deletes the file; its content too when no other file uses it. */
    public void delete(long fileId, String hash) {
        dsl.deleteFrom(MATERIAL_FILE).where(MATERIAL_FILE.ID.eq(fileId)).execute();
        if (!dsl.fetchExists(MATERIAL_FILE, MATERIAL_FILE.CONTENT_HASH.eq(hash))) {
            dsl.deleteFrom(MATERIAL_BLOB).where(MATERIAL_BLOB.CONTENT_HASH.eq(hash)).execute();
        }
    }

    public int countBlobs() {
        return dsl.fetchCount(MATERIAL_BLOB);
    }

    public int countChunks(String hash) {
        return dsl.fetchCount(MATERIAL_BLOB_CHUNK, MATERIAL_BLOB_CHUNK.CONTENT_HASH.eq(hash));
    }

    // ---- tags ----

    public List<Tag> tags(long fileId) {
        return dsl.select(MATERIAL_TAG.KIND, MATERIAL_TAG.TAG_VALUE).from(MATERIAL_TAG)
                .where(MATERIAL_TAG.FILE_ID.eq(fileId)).orderBy(MATERIAL_TAG.KIND, MATERIAL_TAG.TAG_VALUE)
                .fetch(r -> new Tag(Tag.Kind.valueOf(r.value1()), r.value2()));
    }

    public void replaceTags(long fileId, Collection<Tag> tags) {
        dsl.deleteFrom(MATERIAL_TAG).where(MATERIAL_TAG.FILE_ID.eq(fileId)).execute();
        for (Tag t : tags) {
            dsl.insertInto(MATERIAL_TAG).set(MATERIAL_TAG.FILE_ID, fileId).set(MATERIAL_TAG.KIND, t.kind().name())
                    .set(MATERIAL_TAG.TAG_VALUE, cut(t.value(), 60)).onConflictDoNothing().execute();
        }
        dsl.update(MATERIAL_FILE).set(MATERIAL_FILE.TAGS_CONFIRMED, true).where(MATERIAL_FILE.ID.eq(fileId)).execute();
    }

    // ---- links ----

    public long linkActivity(long fileId, String activityId, long userId) {
        return dsl.insertInto(MATERIAL_LINK).set(MATERIAL_LINK.FILE_ID, fileId)
                .set(MATERIAL_LINK.ACTIVITY_ID, activityId).set(MATERIAL_LINK.LINKED_BY, userId)
                .onConflictDoNothing().returningResult(MATERIAL_LINK.ID).fetchOptional().map(r -> r.value1())
                .orElseGet(() -> dsl.select(MATERIAL_LINK.ID).from(MATERIAL_LINK).where(MATERIAL_LINK.FILE_ID.eq(fileId))
                        .and(MATERIAL_LINK.ACTIVITY_ID.eq(activityId)).fetchOne(MATERIAL_LINK.ID));
    }

    public long linkPlanItem(long fileId, long planId, long planItemId, long userId) {
        return dsl.insertInto(MATERIAL_LINK).set(MATERIAL_LINK.FILE_ID, fileId).set(MATERIAL_LINK.PLAN_ID, planId)
                .set(MATERIAL_LINK.PLAN_ITEM_ID, planItemId).set(MATERIAL_LINK.LINKED_BY, userId)
                .onConflictDoNothing().returningResult(MATERIAL_LINK.ID).fetchOptional().map(r -> r.value1())
                .orElseGet(() -> dsl.select(MATERIAL_LINK.ID).from(MATERIAL_LINK).where(MATERIAL_LINK.FILE_ID.eq(fileId))
                        .and(MATERIAL_LINK.PLAN_ITEM_ID.eq(planItemId)).fetchOne(MATERIAL_LINK.ID));
    }

    public List<FileLink> linksOf(long fileId) {
        return dsl.selectFrom(MATERIAL_LINK).where(MATERIAL_LINK.FILE_ID.eq(fileId)).orderBy(MATERIAL_LINK.ID)
                .fetch(r -> new FileLink(r.getId(), r.getFileId(), r.getActivityId(), r.getPlanId(),
                        r.getPlanItemId(), r.getLinkedBy(), null));
    }

    public Optional<FileLink> link(long linkId) {
        return dsl.selectFrom(MATERIAL_LINK).where(MATERIAL_LINK.ID.eq(linkId))
                .fetchOptional(r -> new FileLink(r.getId(), r.getFileId(), r.getActivityId(), r.getPlanId(),
                        r.getPlanItemId(), r.getLinkedBy(), null));
    }

    public void unlink(long linkId) {
        dsl.deleteFrom(MATERIAL_LINK).where(MATERIAL_LINK.ID.eq(linkId)).execute();
    }

    /** Ids of files attached to an activity. */
    public List<Long> filesOnActivity(String activityId) {
        return dsl.selectDistinct(MATERIAL_LINK.FILE_ID).from(MATERIAL_LINK)
                .where(MATERIAL_LINK.ACTIVITY_ID.eq(activityId)).fetch(MATERIAL_LINK.FILE_ID);
    }

    /** Ids of files attached to each of several activities, in one query (a year plan's items). */
    public java.util.Map<String, List<Long>> filesOnActivities(Collection<String> activityIds) {
        if (activityIds.isEmpty()) {
            return java.util.Map.of();
        }
        return dsl.selectDistinct(MATERIAL_LINK.ACTIVITY_ID, MATERIAL_LINK.FILE_ID).from(MATERIAL_LINK)
                .where(MATERIAL_LINK.ACTIVITY_ID.in(activityIds))
                .fetchGroups(MATERIAL_LINK.ACTIVITY_ID, MATERIAL_LINK.FILE_ID);
    }

    /** Ids of files attached to each of these plan items that has any. */
    public java.util.Map<Long, List<Long>> filesOnPlanItems(Collection<Long> planItemIds) {
        if (planItemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return dsl.selectDistinct(MATERIAL_LINK.PLAN_ITEM_ID, MATERIAL_LINK.FILE_ID).from(MATERIAL_LINK)
                .where(MATERIAL_LINK.PLAN_ITEM_ID.in(planItemIds))
                .fetchGroups(MATERIAL_LINK.PLAN_ITEM_ID, MATERIAL_LINK.FILE_ID);
    }

    /** Ids of files attached to a plan item. */
    public List<Long> filesOnPlanItem(long planItemId) {
        return dsl.selectDistinct(MATERIAL_LINK.FILE_ID).from(MATERIAL_LINK)
                .where(MATERIAL_LINK.PLAN_ITEM_ID.eq(planItemId)).fetch(MATERIAL_LINK.FILE_ID);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
