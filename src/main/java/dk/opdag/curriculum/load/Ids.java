package dk.opdag.curriculum.load;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Id spelling rules and duplicate detection for one kind of id (activities, goals, ...). */
public final class Ids {

    /** File-name-safe ids: activities and subjects. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Framework ids that may also use dots: areas, skills, goals ({@code tf18.ct.6.2}). */
    static final Pattern DOTTED = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final String kind;
    private final Map<String, String> firstSeen = new HashMap<>();

    /** @param kind Danish noun with article for messages, e.g. "et forløb" */
    public Ids(String kind) {
        this.kind = kind;
    }

    /** Remembers the id; returns false (after reporting) when it was seen before. */
    public boolean add(String id, FileReport report, Integer line) {
        String here = report.file() + (line == null ? "" : ":" + line);
        String before = firstSeen.putIfAbsent(id, here);
        if (before != null) {
            report.report(Rule.DUPLICATE_ID, line,
                    "id'et '" + id + "' er allerede brugt til " + kind + " (" + before + ")");
            return false;
        }
        return true;
    }

    /** Seen, even if what it names was too broken to keep. */
    public boolean contains(String id) {
        return firstSeen.containsKey(id);
    }

    public static void checkSlug(String id, Pattern pattern, FileReport report, Integer line) {
        if (id != null && !pattern.matcher(id).matches()) {
            String allowed = pattern == SLUG ? "a-z, 0-9 og bindestreg" : "a-z, 0-9, punktum og bindestreg";
            report.report(Rule.ID_SLUG, line, "id'et '" + id + "' må kun indeholde " + allowed
                    + " (ingen store bogstaver, æ, ø, å eller mellemrum)");
        }
    }
}
