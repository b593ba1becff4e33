package dk.opdag.curriculum.model;

/**
 * One entry of the guide's word list for pupils learning Danish (andetsprogselever).
 *
 * @param word  e.g. "algoritme"
 * @param means a plain explanation a 10-year-old can follow
 */
public record Term(String word, String means) {
}
