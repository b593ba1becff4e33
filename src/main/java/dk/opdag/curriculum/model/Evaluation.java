package dk.opdag.curriculum.model;

/**
 * How a teacher sees where a pupil is with {@code goal}, on three levels.
 *
 * @param signs    nået: what a pupil who has reached the goal does or says
 * @param emerging på vej: what a pupil who is not there yet does (null in older guides and own activities)
 * @param beyond   videre: what a pupil who goes further does (null in older guides and own activities)
 */
public record Evaluation(String goal, String signs, String emerging, String beyond) {

    /** Only the "reached" level (a teacher's own activity). */
    public Evaluation(String goal, String signs) {
        this(goal, signs, null, null);
    }
}
