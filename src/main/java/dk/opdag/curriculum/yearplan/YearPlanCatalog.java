package dk.opdag.curriculum.yearplan;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.load.CurriculumFiles;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.shell.startup.LoadedBeside;
import dk.opdag.shell.startup.ReadBesideStart;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The sample year plans and the valgfag course the app runs with, read beside the curriculum (the same folder) and
 * checked against it. Invalid files stop the start with the full report, as the curriculum does.
 */
@Service
public class YearPlanCatalog implements ReadBesideStart {

    private static final Logger LOG = LoggerFactory.getLogger(YearPlanCatalog.class);
    /** The valgfag course the portfolio belongs to. */
    public static final String VALGFAG = "valgfag-teknologiforstaaelse";

    /** The plans, the courses and the activity titles for the plans' lines (from the curriculum in memory). */
    private record Read(List<SamplePlan> plans, List<ValgfagCourse> courses, java.util.Map<String, String> titles) {
    }

    private final LoadedBeside<Read> read;

    /** Reads the files beside the rest of the start (the start-up check waits for them before ready). */
    @Autowired
    public YearPlanCatalog(CurriculumStore store, @Value("${opdag.curriculum.dir:}") String dir) {
        this.read = LoadedBeside.start("sample-year-plans", () -> read(store, dir));
    }

    /** For tests. */
    public YearPlanCatalog(List<SamplePlan> plans, List<ValgfagCourse> courses) {
        this.read = LoadedBeside.of(new Read(List.copyOf(plans), List.copyOf(courses), java.util.Map.of()));
    }

    private static Read read(CurriculumStore store, String dir) {
        CurriculumFiles files = dir.isBlank()
                ? CurriculumFiles.fromClasspath("curriculum", "subjects.yaml", YearPlanCatalog.class.getClassLoader())
                : CurriculumFiles.fromDirectory(Path.of(dir));
        YearPlanLoader.Result result = YearPlanLoader.load(files, store.curriculum());
        if (result.hasErrors()) {
            throw new IllegalStateException("Årsplan-skabelonerne er ikke gyldige, så Opdag starter ikke:\n"
                    + result.errors().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
        LOG.info("Sample year plans loaded: {} plans, {} courses", result.plans().size(), result.courses().size());
        return new Read(result.plans(), result.courses(), store.curriculum().activities().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.title(), (a, b) -> a)));
    }

    /** An activity's title as the catalogue ships it, or its id. */
    public String activityTitle(String activityId) {
        return read.get().titles().getOrDefault(activityId, activityId);
    }

    @Override
    public void awaitRead() {
        read.get();
    }

    /** Every plan, by grade and model. */
    public List<SamplePlan> plans() {
        return read.get().plans();
    }

    public List<SamplePlan> plansFor(int grade) {
        return plans().stream().filter(p -> p.grade() == grade).toList();
    }

    public Optional<SamplePlan> plan(String id) {
        return plans().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ValgfagCourse> course(String id) {
        return read.get().courses().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public ValgfagCourse valgfag() {
        return course(VALGFAG).orElseThrow(() -> new IllegalStateException("no course " + VALGFAG));
    }
}
