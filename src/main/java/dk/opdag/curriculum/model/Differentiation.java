package dk.opdag.curriculum.model;

/** An easier path (also for pupils who read with difficulty) and a harder one. */
public record Differentiation(String easier, String harder) {
}
