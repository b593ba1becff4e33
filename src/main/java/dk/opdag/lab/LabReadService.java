package dk.opdag.lab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lab's read-only face for other features: progress summaries for dashboards, and a pupil's current workspace,
 * runs and versions for a teacher looking into the work. Who may read whose work is the caller's decision (the
 * classroom feature checks the class and writes the audit log before it calls here).
 */
@Service
public class LabReadService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProgressSummaries summaries;
    private final LabRepository lab;
    private final ObjectProvider<LabCatalog> catalog;

    public LabReadService(ProgressSummaries summaries, LabRepository lab, ObjectProvider<LabCatalog> catalog) {
        this.summaries = summaries;
        this.lab = lab;
        this.catalog = catalog;
    }

    /** The workspace a pupil starts the experiment from (what they see before their first change). */
    public Optional<String> startWorkspace(String experimentId) {
        LabCatalog c = catalog.getIfAvailable();
        return c == null ? Optional.empty() : c.find(experimentId).map(LabExperiment::startWorkspace);
    }

    /**
     * The messages of a run's failed checks ({@link LabRepository.Run#failedChecks()}, stored by the lab as a JSON
     * array of {@code {type, message}}); text that is not such an array comes back as it is.
     */
    public static List<String> failedCheckMessages(String failedChecks) {
        if (failedChecks == null || failedChecks.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(failedChecks);
            if (node != null && node.isArray()) {
                List<String> messages = new ArrayList<>();
                node.forEach(item -> messages.add(item.path("message").asString(item.toString())));
                return messages;
            }
        } catch (JacksonException e) {
            // not JSON: shown as stored
        }
        return List.of(failedChecks);
    }

    @Transactional(readOnly = true)
    public List<ProgressSummaries.Summary> summaries(Collection<Long> pupilIds, Collection<String> experimentIds) {
        return summaries.of(pupilIds, experimentIds);
    }

    @Transactional(readOnly = true)
    public Optional<LabRepository.Saved> current(long pupilId, String experimentId) {
        return lab.current(pupilId, experimentId);
    }

    /** How many of the experiment's hints the pupil has revealed, of how many there are. */
    public record HintUse(int seen, int available) {
    }

    @Transactional(readOnly = true)
    public HintUse hints(long pupilId, String experimentId) {
        LabCatalog c = catalog.getIfAvailable();
        int available = c == null ? 0 : c.find(experimentId).map(e -> e.hints().size()).orElse(0);
        return new HintUse(Math.min(lab.hintsSeen(pupilId, experimentId), available), available);
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
