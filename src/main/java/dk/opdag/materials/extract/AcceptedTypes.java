package dk.opdag.materials.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The file types a teacher may upload, by the media type Tika detects from the content. */
public final class AcceptedTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String GIF = "image/gif";

    /** Detected type → a short name for people. */
    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry(PDF, "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "ODP"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("text/plain", "TXT"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry(JPEG, "JPEG"),
            Map.entry(PNG, "PNG"),
            Map.entry(GIF, "GIF"));

    /** Programs, whatever their name says. */
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
            "application/x-mach-o-executable", "application/java-archive", "application/x-java-applet",
            "application/x-sh", "application/x-bat", "application/x-msdos-program", "application/vnd.microsoft.portable-executable");

    /** Containers that an office file becomes when it is damaged (a zip that is not a valid DOCX, ODT ...). */
    private static final Set<String> BROKEN_OFFICE = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", "application/octet-stream");

    private static final Set<String> OFFICE_NAMES = Set.of("docx", "odt", "pptx", "odp", "xlsx", "pdf");

    private AcceptedTypes() {
    }

    public static boolean accepted(String mediaType) {
        return ACCEPTED.containsKey(mediaType);
    }

    public static String label(String mediaType) {
        return ACCEPTED.getOrDefault(mediaType, mediaType);
    }

    public static boolean isImage(String mediaType) {
        return mediaType.startsWith("image/");
    }

    public static boolean isExecutable(String mediaType) {
        return EXECUTABLES.contains(mediaType) || mediaType.contains("executable");
    }

    /** A document name (report.docx) whose content is a bare container or unknown bytes: a damaged document. */
    public static boolean looksDamaged(String mediaType, String fileName) {
        return BROKEN_OFFICE.contains(mediaType) && OFFICE_NAMES.contains(extension(fileName));
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** For the upload field: the names teachers know. */
    public static String names() {
        return "PDF, DOCX, ODT, PPTX, ODP, XLSX, TXT, HTML, JPEG, PNG, GIF";
    }
}
