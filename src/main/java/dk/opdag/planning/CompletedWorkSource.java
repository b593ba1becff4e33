package dk.opdag.planning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Completed work if the classroom feature provides it. Planning works without it (plans alone); views then say that
 * progress is not known instead of showing zeros.
 */
@Service
public class CompletedWorkSource {

    private final ObjectProvider<CompletedWork> provider;

    public CompletedWorkSource(ObjectProvider<CompletedWork> provider) {
        this.provider = provider;
    }

    public boolean available() {
        return provider.getIfAvailable() != null;
    }

    public List<CompletedWork.Completion> completions(long schoolId, long schoolYearId) {
        CompletedWork work = provider.getIfAvailable();
        return work == null ? List.of() : work.completions(schoolId, schoolYearId);
    }

    /**
     * Done on or before a day: the teacher closed the assignment, or at least half of its pupils have finished it
     * (teachers do not always close assignments; then the day it was given stands in for when it was done).
     */
    public static boolean doneBy(CompletedWork.Completion c, LocalDate day) {
        if (c.completedOn() != null) {
            return !c.completedOn().isAfter(day);
        }
        return c.pupilsTotal() > 0 && 2 * c.pupilsDone() >= c.pupilsTotal() && !c.assignedOn().isAfter(day);
    }
}
