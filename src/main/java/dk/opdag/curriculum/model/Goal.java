package dk.opdag.curriculum.model;

/** A goal to reach after grade 3, 6 or 9, under one skill area ({@code skill} is its id). */
public record Goal(String id, int after, String skill, String text) {

    /** The band an activity must be in to work towards this goal. */
    public GradeBand band() {
        return GradeBand.ofAfter(after);
    }
}
