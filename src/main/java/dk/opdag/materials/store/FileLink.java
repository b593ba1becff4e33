package dk.opdag.materials.store;

/**
 * Where a file is attached: an activity (own or catalogue) or a year-plan item.
 *
 * @param label filled in by the service (activity title, or "5.B uge 41–43: Skildpadden tegner")
 */
public record FileLink(long id, long fileId, String activityId, Long planId, Long planItemId, long linkedBy,
                       String label) {

    public FileLink withLabel(String text) {
        return new FileLink(id, fileId, activityId, planId, planItemId, linkedBy, text);
    }
}
