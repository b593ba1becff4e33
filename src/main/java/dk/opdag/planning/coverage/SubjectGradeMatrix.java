package dk.opdag.planning.coverage;

import dk.opdag.curriculum.model.Subject;
import java.util.List;
import java.util.Map;

/**
 * Subjects (rows) × grades (columns): how many plan items use the subject at the grade (planned), and how many of
 * those the class has done. A subject not taught at a grade has no cell.
 */
public record SubjectGradeMatrix(List<Subject> subjects, List<Integer> grades, Map<String, Layers> cells) {

    static String key(String subjectId, int grade) {
        return subjectId + "/" + grade;
    }

    /** Null when the subject is not taught at the grade. */
    public Layers cell(Subject subject, int grade) {
        if (!subject.taughtAt(grade)) {
            return null;
        }
        return cells.getOrDefault(key(subject.id(), grade), Layers.NONE);
    }

    /** Subjects that have at least one item somewhere, for a matrix that fits a screen. */
    public List<Subject> used() {
        return subjects.stream().filter(s -> grades.stream().anyMatch(g -> {
            Layers l = cell(s, g);
            return l != null && l.planned() > 0;
        })).toList();
    }
}
