package dk.opdag.planning;

import java.time.OffsetDateTime;

/**
 * One line of a plan's history: who did what, with the names as they were at the time.
 *
 * @param before for MOVED a week range "202641-202642", for SUBJECT a subject name, for TEACHER a teacher's name
 */
public record PlanChange(long id, Long itemId, ChangeKind kind, String actorName, String activityTitle,
                         String before, String after, OffsetDateTime occurredAt) {
}
