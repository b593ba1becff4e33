package dk.opdag.curriculum;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.LoadResult;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.load.VerifiedCurriculum;
import dk.opdag.shell.startup.LoadedBeside;
import dk.opdag.curriculum.model.Curriculum;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The curriculum the app runs with, loaded once at start-up from the copy inside the jar, or from
 * {@code opdag.curriculum.dir} when set. An invalid curriculum stops the start with the full report.
 * <p>Running every experiment's solutions and starts is the slow part of a load. In the app it runs on a thread of
 * its own beside the rest of the start; {@link CurriculumStartup} waits for it before the curriculum is synchronised,
 * so the app is never ready (and never writes the catalogue) with a curriculum whose experiments fail. The jar's own
 * curriculum skips the runs when the build ran them for the same files and engine ({@link VerifiedCurriculum}).
 */
@Service
public class CurriculumStore {

    private static final Logger LOG = LoggerFactory.getLogger(CurriculumStore.class);
    private final Curriculum curriculum;
    private final String source;
    private final boolean runBeside;
    /** The load with the experiments run; already complete when they ran in the constructor. */
    private final LoadedBeside<LoadResult> runs;

    /** Loads and runs everything before it returns (tools and tests). */
    public CurriculumStore(String dir) {
        this(dir, false);
    }

    @Autowired
    public CurriculumStore(@Value("${opdag.curriculum.dir:}") String dir,
                           @Value("${opdag.curriculum.run-experiments-beside-start:true}") boolean runBeside) {
        long start = System.nanoTime();
        Path folder = dir.isBlank() ? null : Path.of(dir);
        this.source = folder == null ? "" : " from " + dir;
        this.runBeside = runBeside;
        boolean verifiedAtBuild = false;
        if (runBeside) {
            LoadResult read = check(CurriculumLoader.loadWithoutRuns(folder, "curriculum"));
            this.curriculum = read.curriculum();
            // The jar's own curriculum was run when the jar was built; a fingerprint says nothing changed since.
            verifiedAtBuild = folder == null && VerifiedCurriculum.verified(CurriculumStore.class.getClassLoader());
            this.runs = verifiedAtBuild ? LoadedBeside.of(read)
                    : LoadedBeside.start("curriculum-experiment-runs", () -> load(folder));
        } else {
            LoadResult loaded = check(load(folder));
            loaded.warnings().forEach(w -> LOG.warn("Curriculum: {}", w));
            this.curriculum = loaded.curriculum();
            this.runs = LoadedBeside.of(loaded);
        }
        LOG.info("Curriculum loaded in {} ms: {} activities, {} subjects, {} experiments ({}){}",
                (System.nanoTime() - start) / 1_000_000, curriculum.activities().size(),
                curriculum.subjects().size(), curriculum.experiments().size(),
                verifiedAtBuild ? "solutions and starts run and passed when the jar was built"
                        : runBeside ? "solutions and starts run beside the start" : "solutions and starts run", source);
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    /**
     * Waits until every experiment's solutions and starts have run.
     *
     * @throws IllegalStateException with the full report when one failed
     */
    public void awaitExperimentRuns() {
        long start = System.nanoTime();
        LoadResult result = check(runs.get());
        if (!runBeside) {
            return;
        }
        result.warnings().forEach(w -> LOG.warn("Curriculum: {}", w));
        LOG.info("Curriculum experiments run and passed (waited {} ms)", (System.nanoTime() - start) / 1_000_000);
    }

    private static LoadResult load(Path folder) {
        return folder == null ? CurriculumLoader.loadFromClasspath("curriculum") : CurriculumLoader.load(folder);
    }

    private LoadResult check(LoadResult result) {
        if (!result.errors().isEmpty()) {
            String report = result.errors().stream().map(Problem::toString).collect(Collectors.joining("\n"));
            throw new IllegalStateException("Pensum (curriculum/) er ikke gyldigt, så Opdag starter ikke:\n" + report);
        }
        return result;
    }
}
