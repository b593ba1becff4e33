package dk.opdag.curriculum.model;

/** A folkeskole subject and the grades where it is taught (folkeskoleloven § 5). {@code note} may be null. */
public record Subject(String id, String name, GradeRange grades, String note) {

    public boolean taughtAt(int grade) {
        return grades != null && grades.contains(grade);
    }
}
