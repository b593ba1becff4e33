package dk.opdag.classroom.progress;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.assignment.AssignmentState;
import dk.opdag.classroom.reflection.ReflectionRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a class has come with one assignment, for other features that gave it through {@link AssignmentService}
 * (teacher training's "i din klasse"). Same rule as planning's "planned vs done": a pupil has completed it when they
 * passed every experiment, or, without experiments, answered its reflection. Only the class's own teachers ask.
 */
@Service
public class AssignmentCompletion {

    private final AssignmentService assignments;
    private final ProgressService progress;
    private final ReflectionRepository reflections;

    public AssignmentCompletion(AssignmentService assignments, ProgressService progress,
                                ReflectionRepository reflections) {
        this.assignments = assignments;
        this.progress = progress;
        this.reflections = reflections;
    }

    /**
     * @param pupilsDone  pupils it is for who have completed it
     * @param pupilsTotal pupils it is for, as enrolled now
     */
    public record Completion(long assignmentId, long classId, String className, String activityTitle,
                             int pupilsDone, int pupilsTotal, boolean closed, boolean removed) {

        /** Done: the teacher closed it, or at least half of its pupils have completed it. */
        public boolean done() {
            return closed || pupilsTotal > 0 && 2 * pupilsDone >= pupilsTotal;
        }
    }

    @Transactional(readOnly = true)
    public Completion of(SignedInUser teacher, long assignmentId) {
        AssignmentService.ClassAssignment found = assignments.requireWithClass(teacher, assignmentId);
        Assignment a = found.assignment();
        List<PupilRow> pupils = progress.pupilsOf(a);
        Set<Long> ids = pupils.stream().map(PupilRow::id).collect(Collectors.toSet());
        int done;
        if (a.experimentIds().isEmpty()) {
            Set<Long> answered = new HashSet<>();
            reflections.answeringPupils(List.of(a.id())).forEach(r -> answered.add(r.value2()));
            done = (int) ids.stream().filter(answered::contains).count();
        } else {
            done = (int) progress.work(List.of(a), ids).stream().filter(ProgressService.AssignmentWork::done).count();
        }
        return new Completion(a.id(), a.classId(), found.klass().name(), a.activityTitle(), done, ids.size(),
                a.state() == AssignmentState.CLOSED, a.removed());
    }
}
