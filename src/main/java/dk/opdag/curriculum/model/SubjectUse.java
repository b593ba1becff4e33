package dk.opdag.curriculum.model;

/**
 * A subject an activity is taught in, and what the activity does <em>in</em> that subject.
 * {@code grades} is null unless the entry narrows the activity's grades (e.g. madkundskab only in 5.–6.).
 */
public record SubjectUse(String id, String does, GradeRange grades) {

    /** The grades this subject is used at: its own range, or else the whole activity's. */
    public GradeRange gradesWithin(GradeRange activityGrades) {
        return grades != null ? grades : activityGrades;
    }
}
