package dk.opdag.lab;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.experiment.ExperimentSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;

/** The experiments the lab can open: the catalogue's (parsed once per content version) and the free one. */
@Service
public class LabCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(LabCatalog.class);

    private final CurriculumStore curriculum;
    private final LabBlocks blocks;
    private final Map<String, LabExperiment> parsed = new ConcurrentHashMap<>();

    public LabCatalog(CurriculumStore curriculum, LabBlocks blocks) {
        this.curriculum = curriculum;
        this.blocks = blocks;
    }

    /** The first level of a catalogue experiment; empty for unknown ids and for specs the engine cannot run. */
    public Optional<LabExperiment> find(String id) {
        return experiment(id).flatMap(e -> level(e, e.first()));
    }

    /** One level of a catalogue experiment by the level's id; empty when there is no such level. */
    public Optional<LabExperiment> find(String id, String levelId) {
        return experiment(id).flatMap(e -> e.level(levelId == null ? "" : levelId).flatMap(l -> level(e, l)));
    }

    /** Every level of a catalogue experiment, in order (empty for an unknown id). */
    public List<LabExperiment> levels(String id) {
        return experiment(id).map(e -> e.levels().stream().map(l -> level(e, l)).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }

    /** The curriculum's experiment (for its title and levels), without parsing anything. */
    public Optional<Experiment> experiment(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return curriculum.curriculum().experiment(id);
    }

    private Optional<LabExperiment> level(Experiment e, dk.opdag.curriculum.model.Level level) {
        try {
            return Optional.of(parsed.computeIfAbsent(e.id() + "@" + e.contentHash() + "#" + level.id(),
                    k -> LabExperiment.of(e, level)));
        } catch (RuntimeException ex) {
            LOG.warn("Experiment {} level {} cannot be run: {}", e.id(), level.id(), ex.getMessage());
            return Optional.empty();
        }
    }

    /** "Frit eksperiment": the console world with Blockly's standard blocks. */
    public LabExperiment free(String title) {
        return new LabExperiment(LabExperiment.FREE_ID, title, "",
                ExperimentSpec.of("console", JsonNodeFactory.instance.objectNode(), List.of()),
                blocks.standardToolbox(), "{}", List.of());
    }

    /** Free play in one of its worlds ({@code frit/…}) with the band's toolbox; empty for other ids. */
    public Optional<LabExperiment> freeWorld(String id, dk.opdag.curriculum.model.GradeBand band, String title) {
        return FreePlay.FreeWorld.byId(id).map(w -> FreePlay.experiment(w, band, blocks.standardToolbox(), title));
    }

}
