package dk.opdag.curriculum.yearplan;

import dk.opdag.curriculum.model.GradeRange;
import java.util.List;
import java.util.Optional;

/** A whole valgfag course as data, from {@code curriculum/courses/}: modules in week order. */
public record ValgfagCourse(String id, String title, GradeRange grades, String subjectId, int lessonsPerWeek,
                            int teachingWeeks, String rationale, List<CourseModule> modules) {

    public ValgfagCourse {
        modules = List.copyOf(modules);
    }

    public Optional<CourseModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public int totalLessons() {
        return modules.stream().mapToInt(CourseModule::lessons).sum();
    }
}
