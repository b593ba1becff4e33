package dk.opdag.planning;

/**
 * Narrows a plan's list view; null means "any".
 *
 * @param week    only items running in this week (code)
 * @param text    words in the activity's title
 */
public record ItemFilter(Integer week, String subjectId, String text) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null);
    }
}
