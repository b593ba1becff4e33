package dk.opdag.lab;

import dk.opdag.experiment.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    /** The workspace a pupil starts a level from (what they see before their first change). */
    public Optional<String> startWorkspace(String experimentId, String levelId) {
        LabCatalog c = catalog.getIfAvailable();
        return c == null ? Optional.empty() : c.find(experimentId, levelId).map(LabExperiment::startWorkspace);
    }

    /** One level of an experiment, for a teacher's views. */
    public record LevelInfo(String levelId, int number, String title) {
    }

    /** The experiment's levels in order; one level with id "" for an experiment without levels (or unknown). */
    public List<LevelInfo> levels(String experimentId) {
        LabCatalog c = catalog.getIfAvailable();
        List<LevelInfo> out = c == null ? List.of() : c.experiment(experimentId).map(e -> e.levels().stream()
                .map(l -> new LevelInfo(l.id(), l.number(), l.title() == null ? e.title() : l.title())).toList())
                .orElse(List.of());
        return out.isEmpty() ? List.of(new LevelInfo("", 1, experimentId)) : out;
    }

    private List<String> levelIds(String experimentId) {
        LabCatalog c = catalog.getIfAvailable();
        return c == null ? List.of() : c.experiment(experimentId)
                .map(e -> e.levels().stream().map(dk.opdag.curriculum.model.Level::id).toList()).orElse(List.of());
    }

    /**
     * The messages of a run's failed checks ({@link LabRepository.Run#failedChecks()}, stored by the lab as a JSON
     * array of {@code {type, message}}); text that is not such an array comes back as it is.
     */
    public static List<String> failedCheckMessages(String failedChecks) {
        return failedCheckMessages(failedChecks, null);
    }

    /**
     * As {@link #failedCheckMessages(String)}, in the reader's language where the run stored the engine's message
     * key ({@code i18n}); older runs and a null locale give the stored Danish text.
     */
    public static List<String> failedCheckMessages(String failedChecks, Locale locale) {
        if (failedChecks == null || failedChecks.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(failedChecks);
            if (node != null && node.isArray()) {
                List<String> messages = new ArrayList<>();
                node.forEach(item -> messages.add(locale != null && item.path("i18n").isObject()
                        ? Message.fromJson(item.get("i18n")).in(locale)
                        : item.path("message").asString(item.toString())));
                return messages;
            }
        } catch (JacksonException e) {
            // not JSON: shown as stored
        }
        return List.of(failedChecks);
    }

    /** Why a stored run stopped, in the reader's language when the run has the message key; "" if it did not stop. */
    public static String errorMessage(LabRepository.Run run, Locale locale) {
        if (run.errorKey() != null) {
            try {
                return Message.fromJson(JSON.readTree(run.errorKey())).in(locale);
            } catch (JacksonException e) {
                // unreadable key: the Danish text below
            }
        }
        return run.error() == null ? "" : run.error();
    }

    @Transactional(readOnly = true)
    public List<ProgressSummaries.Summary> summaries(Collection<Long> pupilIds, Collection<String> experimentIds) {
        return summaries.of(pupilIds, experimentIds, this::levelIds);
    }

    /** As {@link #summaries(Collection, Collection)}, with the runs since {@code recentSince} counted per level. */
    @Transactional(readOnly = true)
    public List<ProgressSummaries.Summary> summaries(Collection<Long> pupilIds, Collection<String> experimentIds,
                                                     java.time.OffsetDateTime recentSince) {
        return summaries.of(pupilIds, experimentIds, this::levelIds, recentSince);
    }

    @Transactional(readOnly = true)
    public Optional<LabRepository.Saved> current(long pupilId, String experimentId, String levelId) {
        return lab.current(pupilId, experimentId, levelId);
    }

    /** The pupil's best result on each level that has a run. */
    @Transactional(readOnly = true)
    public List<LabRepository.LevelBest> best(long pupilId, String experimentId) {
        return lab.best(pupilId, experimentId);
    }

    /** How many rungs of a level's hint ladder (hints and worked example) the pupil has revealed, of how many. */
    public record HintUse(int seen, int available) {
    }

    @Transactional(readOnly = true)
    public HintUse hints(long pupilId, String experimentId, String levelId) {
        LabCatalog c = catalog.getIfAvailable();
        int available = c == null ? 0 : c.find(experimentId, levelId).map(LabService::rungs).orElse(0);
        return new HintUse(Math.min(lab.hintsSeen(pupilId, experimentId, levelId), available), available);
    }

    /** The runs of every level, newest first. */
    @Transactional(readOnly = true)
    public List<LabRepository.Run> runs(long pupilId, String experimentId, int limit) {
        return lab.allRuns(pupilId, experimentId, limit);
    }

    /** The versions of one level, newest first. */
    @Transactional(readOnly = true)
    public List<LabRepository.Version> versions(long pupilId, String experimentId, String levelId, int limit) {
        return lab.versions(pupilId, experimentId, levelId, limit);
    }

    @Transactional(readOnly = true)
    public Optional<String> version(long pupilId, long versionId) {
        return lab.version(pupilId, versionId);
    }
}
