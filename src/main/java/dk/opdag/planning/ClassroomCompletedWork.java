package dk.opdag.planning;

import dk.opdag.classroom.progress.ClassCompletedWork;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Planning's {@link CompletedWork} read from the classroom feature's assignments. The adapter lives here, on the
 * side that already depends on classroom, so classroom never imports planning (no cycle between the features).
 */
@Component
class ClassroomCompletedWork implements CompletedWork {

    private final ClassCompletedWork classes;

    ClassroomCompletedWork(ClassCompletedWork classes) {
        this.classes = classes;
    }

    @Override
    public List<Completion> completions(long schoolId, long schoolYearId) {
        return classes.completions(schoolId, schoolYearId).stream()
                .map(c -> new Completion(c.classId(), c.activityId(), c.assignedOn(), c.completedOn(),
                        c.pupilsDone(), c.pupilsTotal()))
                .toList();
    }
}
