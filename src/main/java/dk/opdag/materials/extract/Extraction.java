package dk.opdag.materials.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * What the child process read from an accepted file.
 *
 * @param mediaType  detected from the content, e.g. {@code application/pdf}
 * @param title      from the document's metadata, or null
 * @param author     from the document's metadata, or null
 * @param pages      pages or slides when the format knows them, else null
 * @param language   ISO 639-1 code (e.g. {@code da}) from the document or detected from its text, or null
 * @param text       the extracted text, at most {@link ExtractionLimits#maxChars()} characters
 * @param truncated  the text was cut at the limit
 * @param storedFile the bytes to store: the upload itself, or a copy without location data for photos
 * @param preview    a PNG of a PDF's first page, or null
 */
public record Extraction(String mediaType, String title, String author, Integer pages, String language, String text,
                         boolean truncated, Path storedFile, Path preview) {

    public int chars() {
        return text.length();
    }

    /** Temporary files this extraction made beside the upload, to delete when done. */
    public List<Path> temporaryFiles(Path upload) {
        return java.util.stream.Stream.of(storedFile, preview)
                .filter(p -> p != null && !p.equals(upload)).toList();
    }
}
