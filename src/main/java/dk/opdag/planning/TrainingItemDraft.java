package dk.opdag.planning;

/** A new training item as the training feature asks for it; weeks as {@link Week#code()}. */
public record TrainingItemDraft(String moduleId, String title, String groupName, Long groupRef, int fromWeek,
                                int toWeek, String note) {
}
