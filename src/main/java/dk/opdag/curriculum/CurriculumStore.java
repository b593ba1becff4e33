package dk.opdag.curriculum;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.LoadResult;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Curriculum;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The curriculum the app runs with, loaded once at start-up from the copy inside the jar, or from
 * {@code opdag.curriculum.dir} when set. An invalid curriculum stops the start with the full report.
 */
@Service
public class CurriculumStore {

    private static final Logger LOG = LoggerFactory.getLogger(CurriculumStore.class);
    private final Curriculum curriculum;

    public CurriculumStore(@Value("${opdag.curriculum.dir:}") String dir) {
        long start = System.nanoTime();
        LoadResult result = dir.isBlank() ? CurriculumLoader.loadFromClasspath("curriculum")
                : CurriculumLoader.load(Path.of(dir));
        if (!result.errors().isEmpty()) {
            String report = result.errors().stream().map(Problem::toString).collect(Collectors.joining("\n"));
            throw new IllegalStateException("Pensum (curriculum/) er ikke gyldigt, så Opdag starter ikke:\n" + report);
        }
        result.warnings().forEach(w -> LOG.warn("Curriculum: {}", w));
        this.curriculum = result.curriculum();
        LOG.info("Curriculum loaded in {} ms: {} activities, {} subjects, {} experiments (solutions and starts run){}",
                (System.nanoTime() - start) / 1_000_000, curriculum.activities().size(),
                curriculum.subjects().size(), curriculum.experiments().size(), dir.isBlank() ? "" : " from " + dir);
    }

    public Curriculum curriculum() {
        return curriculum;
    }

}
