package dk.opdag.planning;

/**
 * What a user asks to place in a plan, before the rules are checked.
 *
 * @param fromWeek  week code (year * 100 + week)
 * @param teacherId responsible teacher, or null
 * @param note      free text, shown as text; may be null
 */
public record ItemDraft(String activityId, String subjectId, int fromWeek, int toWeek, Long teacherId, String note) {

    public ItemDraft withWeeks(int from, int to) {
        return new ItemDraft(activityId, subjectId, from, to, teacherId, note);
    }
}
