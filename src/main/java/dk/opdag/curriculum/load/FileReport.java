package dk.opdag.curriculum.load;

import java.util.HashSet;
import java.util.Set;

/**
 * Problems for one file. Also remembers which fields were unreadable ("broken"), so later checks skip them
 * instead of piling follow-on errors on top of the real one.
 */
public final class FileReport {

    private final Problems problems;
    private final String file;
    private final Set<String> broken = new HashSet<>();

    FileReport(Problems problems, String file) {
        this.problems = problems;
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void report(CheckRule rule, Integer line, String message) {
        problems.add(rule, file, line, message);
    }

    /** Reports a problem with the field at {@code path} (e.g. {@code guide.lessons[2]}) and marks it broken. */
    public void broken(String path, CheckRule rule, Integer line, String message) {
        markBroken(path);
        report(rule, line, message);
    }

    /** For a field whose problem was already reported under another name. */
    public void markBroken(String path) {
        broken.add(path);
    }

    /** True when the field itself could be read: neither it nor a field around it was reported broken. */
    public boolean readable(String path) {
        return broken.stream().noneMatch(b -> b.equals(path) || isInside(path, b));
    }

    /** True when the field and everything inside it could be read. */
    public boolean intact(String path) {
        return readable(path) && broken.stream().noneMatch(b -> isInside(b, path));
    }

    private static boolean isInside(String inner, String outer) {
        return outer.isEmpty() || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }
}
