package dk.opdag.classroom;

/** A school and the municipality it belongs to. */
public record School(long id, String name, String municipality) {
}
