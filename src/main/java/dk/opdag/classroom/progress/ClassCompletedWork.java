package dk.opdag.classroom.progress;

import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.reflection.ReflectionRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the school's classes have done, from the assignments: a pupil has completed an assignment when they passed
 * every experiment of it, or, for an activity without experiments, when they answered its reflection. Planning reads
 * it (for "planned vs done") through its own adapter, so classroom does not depend on planning.
 */
@Service
public class ClassCompletedWork {

    /**
     * One assignment of a catalogue or school activity to a class, with how far the class got.
     *
     * @param classId     the class
     * @param activityId  curriculum (or teacher-made) activity id
     * @param assignedOn  when it was given
     * @param completedOn when the teacher closed it, or null while it is still open
     * @param pupilsDone  pupils who completed it (every experiment passed, or marked done)
     * @param pupilsTotal pupils it was assigned to
     */
    public record Completion(long classId, String activityId, LocalDate assignedOn, LocalDate completedOn,
                             int pupilsDone, int pupilsTotal) {
    }

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

    /** Every assignment in the school's classes in one school year. */
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
