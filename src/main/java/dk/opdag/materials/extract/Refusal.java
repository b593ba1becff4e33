package dk.opdag.materials.extract;

/**
 * Why a file was not accepted. Each has a Danish message in {@code i18n/materials.properties} under
 * {@code materials.refused.<code>}; the child process reports only the code and its arguments.
 */
public enum Refusal {
    /** Larger than the upload limit ({0} = the limit in MB). */
    TOO_LARGE,
    /** A type that is not a document or picture Opdag takes ({0} = the detected type, {1} = the file name). */
    UNSUPPORTED_TYPE,
    /** A program (exe, elf, script) whatever its name says ({0} = the file name). */
    EXECUTABLE,
    /** Protected by a password. */
    ENCRYPTED,
    /** Damaged or not what its name says ({0} = the file name). */
    DAMAGED,
    /** Unpacks to far more than it weighs: a zip bomb, or a document built like one. */
    ZIP_BOMB,
    /** More pages than the limit ({0} = pages, {1} = the limit). */
    TOO_MANY_PAGES,
    /** Reading took longer than the limit ({0} = seconds). */
    TIMEOUT,
    /** Reading needed more memory than the limit. */
    TOO_COMPLEX,
    /** The file is empty. */
    EMPTY,
    /** A photo whose location could not be removed. */
    LOCATION_KEPT,
    /** Too many files are being read right now. */
    BUSY,
    /** Anything else that went wrong while reading. */
    FAILED;

    public String messageKey() {
        return "materials.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
