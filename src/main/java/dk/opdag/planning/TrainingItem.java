package dk.opdag.planning;

import java.time.OffsetDateTime;

/**
 * Staff training in the school's year plan: a training module for a group of staff (a team) in a range of weeks.
 * The title and group name are kept as text; {@code groupRef} is the training feature's own key for the group.
 */
public record TrainingItem(long id, long schoolId, int startYear, String moduleId, String title, String groupName,
                           Long groupRef, int fromWeek, int toWeek, String note, long createdBy,
                           OffsetDateTime createdAt) {
}
