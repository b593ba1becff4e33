package dk.opdag.experiment.level;

/**
 * How the program did in one case. A hidden case carries nothing but its number and whether it passed.
 *
 * @param number 1-based position among the level's cases
 * @param name   the case's name for the pupil; null for hidden cases and unnamed ones
 */
public record CaseOutcome(int number, String name, boolean hidden, boolean passed) {
}
