package dk.opdag.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * What classes have actually done, for "planned vs done" and the equity view. {@link ClassroomCompletedWork}
 * implements it from the classroom feature's assignments; planning works without an implementation (plans alone) and asks through an
 * {@code ObjectProvider<CompletedWork>}.
 */
public interface CompletedWork {

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
    record Completion(long classId, String activityId, LocalDate assignedOn, LocalDate completedOn, int pupilsDone,
                      int pupilsTotal) {
    }

    /** Every assignment in the school's classes in one school year. */
    List<Completion> completions(long schoolId, long schoolYearId);
}
