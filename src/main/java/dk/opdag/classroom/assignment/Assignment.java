package dk.opdag.classroom.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity given to a class, or to chosen pupils of it.
 *
 * @param due           null when the teacher gave no week or date
 * @param experimentIds the activity's experiments when it was assigned, in order
 * @param removed       the teacher removed it; kept so that answers and history keep their target
 */
public record Assignment(long id, long classId, String activityId, String activityTitle, long assignedBy,
                         boolean wholeClass, Due due, int position, AssignmentState state, LocalDate assignedOn,
                         LocalDate closedOn, boolean removed, List<String> experimentIds) {

    public Assignment {
        experimentIds = List.copyOf(experimentIds);
    }

    /** Pupils see it now. */
    public boolean visibleToPupils() {
        return state == AssignmentState.OPEN && !removed;
    }
}
