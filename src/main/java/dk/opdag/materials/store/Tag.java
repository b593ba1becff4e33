package dk.opdag.materials.store;

/**
 * A tag on a file: a subject id, a grade band ({@code 0-3}, {@code 4-6}, {@code 7-9}) or a competence area code.
 */
public record Tag(Kind kind, String value) {

    public enum Kind { SUBJECT, BAND, AREA }
}
