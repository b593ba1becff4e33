package dk.opdag.curriculum.model;

/**
 * One entry of the guide's answer key (facit).
 *
 * @param q a question pupils meet in a lesson, worksheet or reflection
 * @param a the answer, or for an open question what a good answer contains
 */
public record Answer(String q, String a) {
}
