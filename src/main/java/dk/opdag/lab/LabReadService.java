package dk.opdag.lab;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lab's read-only face for other features: progress summaries for dashboards, and a pupil's current workspace,
 * runs and versions for a teacher looking into the work. Who may read whose work is the caller's decision (the
 * classroom feature checks the class and writes the audit log before it calls here).
 */
@Service
public class LabReadService {

    private final ProgressSummaries summaries;
    private final LabRepository lab;

    public LabReadService(ProgressSummaries summaries, LabRepository lab) {
        this.summaries = summaries;
        this.lab = lab;
    }

    @Transactional(readOnly = true)
    public List<ProgressSummaries.Summary> summaries(Collection<Long> pupilIds, Collection<String> experimentIds) {
        return summaries.of(pupilIds, experimentIds);
    }

    @Transactional(readOnly = true)
    public Optional<LabRepository.Saved> current(long pupilId, String experimentId) {
        return lab.current(pupilId, experimentId);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<LabRepository.Run> runs(long pupilId, String experimentId, int limit) {
        return lab.runs(pupilId, experimentId, limit);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<LabRepository.Version> versions(long pupilId, String experimentId, int limit) {
        return lab.versions(pupilId, experimentId, limit);
    }

    @Transactional(readOnly = true)
    public Optional<String> version(long pupilId, long versionId) {
        return lab.version(pupilId, versionId);
    }
}
