package dk.opdag.classroom.progress;

import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.reflection.ReflectionRepository;
import dk.opdag.planning.CompletedWork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning's "planned vs done", from the assignments: a pupil has completed an assignment when they passed every
 * experiment of it, or, for an activity without experiments, when they answered its reflection.
 */
@Service
public class ClassCompletedWork implements CompletedWork {

    private final AssignmentRepository assignments;
    private final ClassRepository classes;
    private final ProgressService progress;
    private final ReflectionRepository reflections;

    public ClassCompletedWork(AssignmentRepository assignments, ClassRepository classes, ProgressService progress,
                              ReflectionRepository reflections) {
        this.assignments = assignments;
        this.classes = classes;
        this.progress = progress;
        this.reflections = reflections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Completion> completions(long schoolId, long schoolYearId) {
        Map<Long, List<Assignment>> byClass = assignments.ofSchoolYear(schoolId, schoolYearId).stream()
                .collect(Collectors.groupingBy(Assignment::classId));
        if (byClass.isEmpty()) {
            return List.of();
        }
        Set<String> answered = new HashSet<>();
        reflections.answeringPupils(byClass.values().stream().flatMap(List::stream).map(Assignment::id).toList())
                .forEach(r -> answered.add(r.value1() + ":" + r.value2()));
        List<Completion> result = new ArrayList<>();
        byClass.forEach((classId, list) -> {
            Set<Long> pupils = classes.pupils(classId).stream().map(PupilRow::id).collect(Collectors.toSet());
            Map<Long, List<ProgressService.AssignmentWork>> work = progress.work(list, pupils).stream()
                    .collect(Collectors.groupingBy(ProgressService.AssignmentWork::assignmentId));
            for (Assignment a : list) {
                List<ProgressService.AssignmentWork> rows = work.getOrDefault(a.id(), List.of());
                int done = (int) rows.stream().filter(w -> a.experimentIds().isEmpty()
                        ? answered.contains(a.id() + ":" + w.pupilId()) : w.done()).count();
                result.add(new Completion(classId, a.activityId(), a.assignedOn(), a.closedOn(), done, rows.size()));
            }
        });
        return result;
    }
}
