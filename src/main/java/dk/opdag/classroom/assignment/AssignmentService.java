package dk.opdag.classroom.assignment;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving activities to a class or to chosen pupils, and the teacher's handling of them: order, pause, close,
 * remove. Only the class's own teachers may do any of it.
 */
@Service
public class AssignmentService {

    /** A due date further away than this is a typing mistake. */
    static final int MAX_DAYS_AHEAD = 400;

    private final AssignmentRepository assignments;
    private final ClassRepository classes;
    private final ClassAccess access;
    private final ActivityLookup activities;
    private final Clock clock;

    public AssignmentService(AssignmentRepository assignments, ClassRepository classes, ClassAccess access,
                             ActivityLookup activities, Clock clock) {
        this.assignments = assignments;
        this.classes = classes;
        this.access = access;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * Gives an activity, and thereby its experiments, to the class ({@code pupilIds} empty) or to chosen pupils.
     *
     * @param due null for no week or date
     */
    @Transactional
    public long assign(SignedInUser teacher, long classId, String activityId, Collection<Long> pupilIds, Due due) {
        ClassInfo klass = access.requireTeacher(teacher, classId);
        Viewer viewer = new Viewer(teacher.id(), teacher.schoolId());
        if (activityId == null || !activities.assignable(activityId, viewer)) {
            throw new ClassroomException("teaching.assign.error.activity");
        }
        ActivityFacts facts = activities.facts(activityId, viewer).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (due != null && (due.lastDay().isBefore(today) || due.date().isAfter(today.plusDays(MAX_DAYS_AHEAD)))) {
            throw new ClassroomException("teaching.assign.error.due");
        }
        Set<Long> enrolled = classes.pupils(classId).stream().map(PupilRow::id).collect(Collectors.toSet());
        if (!enrolled.containsAll(pupilIds)) {
            throw new ClassroomException("teaching.assign.error.pupils");
        }
        return assignments.create(new AssignmentRepository.NewAssignment(klass.id(), facts.id(), facts.title(),
                teacher.id(), pupilIds.isEmpty(), due, today, facts.experimentIds(), pupilIds));
    }

    /** Activities the teacher can give this class: the catalogue's for its grade plus their own and shared ones. */
    @Transactional(readOnly = true)
    public List<ActivityCard> choices(SignedInUser teacher, long classId) {
        ClassInfo klass = access.requireTeacher(teacher, classId);
        return activities.choicesFor(klass.grade(), new Viewer(teacher.id(), teacher.schoolId()));
    }

    @Transactional(readOnly = true)
    public List<Assignment> ofClass(SignedInUser teacher, long classId) {
        access.requireTeacher(teacher, classId);
        return assignments.ofClass(classId);
    }

    /** The assignment, if this teacher teaches its class; removed ones are found too (for undo). */
    @Transactional(readOnly = true)
    public Assignment require(SignedInUser teacher, long assignmentId) {
        return requireWithClass(teacher, assignmentId).assignment();
    }

    /** An assignment with its class, checked as {@link #require}. */
    public record ClassAssignment(Assignment assignment, ClassInfo klass) {
    }

    @Transactional(readOnly = true)
    public ClassAssignment requireWithClass(SignedInUser teacher, long assignmentId) {
        Assignment a = assignments.find(assignmentId)
                .orElseThrow(() -> new ClassroomException("teaching.assignment.error.not-found"));
        return new ClassAssignment(a, access.requireTeacher(teacher, a.classId()));
    }

    /** The chosen pupils' ids, or empty for the whole class. */
    @Transactional(readOnly = true)
    public List<Long> chosenPupils(SignedInUser teacher, long assignmentId) {
        Assignment a = require(teacher, assignmentId);
        return a.wholeClass() ? List.of() : assignments.chosenPupils(a.id());
    }

    /** Moves an assignment one place up ({@code -1}) or down ({@code +1}) in the class's order. */
    @Transactional
    public void move(SignedInUser teacher, long assignmentId, int direction) {
        Assignment a = require(teacher, assignmentId);
        List<Assignment> order = new ArrayList<>(assignments.ofClass(a.classId()));
        int from = indexOf(order, assignmentId);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).position() != i + 1) {
                assignments.setPosition(order.get(i).id(), i + 1);
            }
        }
    }

    @Transactional
    public void pause(SignedInUser teacher, long assignmentId) {
        setState(teacher, assignmentId, AssignmentState.PAUSED);
    }

    /** Opens a paused or closed assignment again. */
    @Transactional
    public void open(SignedInUser teacher, long assignmentId) {
        setState(teacher, assignmentId, AssignmentState.OPEN);
    }

    @Transactional
    public void close(SignedInUser teacher, long assignmentId) {
        setState(teacher, assignmentId, AssignmentState.CLOSED);
    }

    private void setState(SignedInUser teacher, long assignmentId, AssignmentState state) {
        Assignment a = require(teacher, assignmentId);
        if (a.removed()) {
            throw new ClassroomException("teaching.assignment.error.removed");
        }
        assignments.setState(a.id(), state, state == AssignmentState.CLOSED ? LocalDate.now(clock) : null);
    }

    /**
     * Takes the assignment away from the pupils. The pupils' programs belong to the lab and stay; their reflection
     * answers stay with the removed assignment, so {@link #restore} brings everything back.
     */
    @Transactional
    public void remove(SignedInUser teacher, long assignmentId) {
        Assignment a = require(teacher, assignmentId);
        assignments.setRemoved(a.id(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void restore(SignedInUser teacher, long assignmentId) {
        Assignment a = require(teacher, assignmentId);
        assignments.setRemoved(a.id(), null);
    }

    /** The pupil's open assignments in the teacher's order; empty when the pupil is in no class. */
    @Transactional(readOnly = true)
    public List<Assignment> openForPupil(SignedInUser pupil) {
        return classes.currentClassOf(pupil.id()).map(c -> assignments.openFor(pupil.id(), c)).orElse(List.of());
    }

    /**
     * An assignment the pupil has now (open, theirs, in their class), or a clear reason why not: removed, paused or
     * closed by the teacher, or the pupil is no longer in the class.
     */
    @Transactional(readOnly = true)
    public Assignment requireForPupil(SignedInUser pupil, long assignmentId) {
        Assignment a = findForPupil(pupil, assignmentId);
        if (a.removed()) {
            throw new ClassroomException("teaching.pupil.error.removed");
        }
        if (a.state() != AssignmentState.OPEN) {
            throw new ClassroomException("teaching.pupil.error.not-open");
        }
        return a;
    }

    /** The pupil's own assignment in their current class, in whatever state the teacher left it. */
    @Transactional(readOnly = true)
    public Assignment findForPupil(SignedInUser pupil, long assignmentId) {
        Optional<Long> klass = classes.currentClassOf(pupil.id());
        if (klass.isEmpty()) {
            throw new ClassroomException("teaching.pupil.error.no-class");
        }
        return assignments.find(assignmentId)
                .filter(x -> x.classId() == klass.get())
                .filter(x -> x.wholeClass() || assignments.chosenPupils(x.id()).contains(pupil.id()))
                .orElseThrow(() -> new ClassroomException("teaching.pupil.error.not-yours"));
    }

    private static int indexOf(List<Assignment> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
