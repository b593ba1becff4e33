package dk.opdag.training;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.shell.startup.LoadedBeside;
import dk.opdag.shell.startup.ReadBesideStart;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.content.Module;
import dk.opdag.training.content.TrainingCheck;
import dk.opdag.training.content.TrainingContent;
import dk.opdag.training.content.TrainingContentLoader;
import dk.opdag.training.content.TrainingLoadResult;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The training content the app runs with: {@code teacher-guides/} inside the jar (or {@code opdag.guides.dir}),
 * read once at start-up and checked against the curriculum the app runs with. Invalid content stops the start with
 * the full report, as an invalid curriculum does.
 */
@Service
public class TrainingCatalog implements ReadBesideStart {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingCatalog.class);
    private final LoadedBeside<TrainingContent> content;

    /** Reads the content beside the rest of the start (the start-up check waits for it before ready). */
    @Autowired
    public TrainingCatalog(CurriculumStore curriculum, @Value("${opdag.guides.dir:}") String dir) {
        this.content = LoadedBeside.start("training-content", () -> read(curriculum, dir));
    }

    /** For tests: content read elsewhere. */
    public TrainingCatalog(TrainingContent content) {
        this.content = LoadedBeside.of(content);
    }

    private static TrainingContent read(CurriculumStore curriculum, String dir) {
        TrainingContentLoader.Catalogue catalogue = TrainingCheck.catalogueOf(curriculum.curriculum());
        TrainingLoadResult result = dir.isBlank() ? TrainingContentLoader.loadFromClasspath("teacher-guides", catalogue)
                : TrainingContentLoader.load(Path.of(dir), catalogue);
        if (result.hasErrors()) {
            throw new IllegalStateException("Efteruddannelsen (teacher-guides/) er ikke gyldig, så Opdag starter ikke:\n"
                    + result.errors().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
        result.warnings().forEach(w -> LOG.warn("Training content: {}", w));
        LOG.info("Training content loaded: {}", TrainingCheck.summary(result));
        return result.content();
    }

    public TrainingContent content() {
        return content.get();
    }

    @Override
    public void awaitRead() {
        content.get();
    }

    public Optional<Module> module(String id) {
        return id == null ? Optional.empty() : content().module(id);
    }

    /** The dimensions a module moves: those of its goals' items, in goal order. */
    public Set<Dimension> dimensionsOf(Module module) {
        Set<Dimension> dims = new LinkedHashSet<>();
        module.goals().forEach(g -> content().competences().item(g.itemId()).ifPresent(i -> dims.add(i.dimension())));
        return dims;
    }
}
