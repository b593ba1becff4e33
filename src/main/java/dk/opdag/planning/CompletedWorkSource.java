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

    /** Completed (closed by the teacher) on or before a day. */
    public static boolean doneBy(CompletedWork.Completion c, LocalDate day) {
        return c.completedOn() != null && !c.completedOn().isAfter(day);
    }
}
