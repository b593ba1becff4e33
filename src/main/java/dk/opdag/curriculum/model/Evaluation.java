package dk.opdag.curriculum.model;

/** What a teacher sees a pupil do or say when {@code goal} is reached. */
public record Evaluation(String goal, String signs) {
}
