package dk.opdag.curriculum.load;

/**
 * One finding in a curriculum file.
 *
 * @param file    path relative to the curriculum folder, e.g. {@code activities/x.yaml}
 * @param line    1-based, or null when the problem is about the whole file
 * @param rule    a {@link Rule#id()}
 * @param message Danish, for content authors
 */
public record Problem(String file, Integer line, String rule, String message) {

    /** {@code file:line: [rule] message}, the way compilers print so editors can jump to the line. */
    public String format() {
        return file + (line == null ? "" : ":" + line) + ": [" + rule + "] " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
