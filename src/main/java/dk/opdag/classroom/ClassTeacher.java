package dk.opdag.classroom;

import java.util.List;

/** A teacher of a class and the subjects they teach it (subject slugs from the curriculum). */
public record ClassTeacher(long id, String name, List<String> subjects) {
}
