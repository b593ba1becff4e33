package dk.opdag.materials.store;

import java.time.OffsetDateTime;

/**
 * A teacher's file with what was read from its content.
 *
 * @param title     the name shown in Opdag (the document's own title, or the file name, until the teacher edits it)
 * @param docTitle  the title in the document's metadata, or null
 * @param pages     pages or slides, when the format knows them
 * @param language  ISO 639-1, or null
 */
public record StoredFile(long id, String contentHash, long ownerId, String ownerName, Long schoolId, String fileName,
                         String title, boolean shared, boolean tagsConfirmed, OffsetDateTime uploadedAt,
                         long byteSize, String mediaType, String docTitle, String author, Integer pages,
                         String language, int textChars, boolean textTruncated, boolean hasPreview) {
}
