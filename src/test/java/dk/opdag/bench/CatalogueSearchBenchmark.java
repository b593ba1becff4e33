package dk.opdag.bench;

import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.testing.TestDatabase;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalogue search latency on the embedded default database (H2) and on PostgreSQL, with the shipped content
 * and with 5,000 generated activities (copies of the shipped ones under new ids and titles).
 * Run: tools/bench/run.sh CatalogueSearchBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogueSearchBenchmark {

    @Param({"shipped", "5000"})
    public String size;

    @Param({"H2", "POSTGRES"})
    public String database;

    private CatalogueRepository catalogue;
    private final CatalogueQuery filtered = new CatalogueQuery(null, "matematik", 5, "ct", null, null, null, null);
    private final CatalogueQuery text = new CatalogueQuery("data", null, null, null, null, null, null, null);

    @Setup
    public void setUp() {
        Curriculum shipped = CurriculumLoader.load(Path.of("curriculum")).curriculum();
        Curriculum content = "shipped".equals(size) ? shipped : generated(shipped, Integer.parseInt(size));
        DSLContext dsl = TestDatabase.valueOf(database).fresh();
        new CurriculumSyncRepository(dsl, new ActivityDocuments()).sync(content, OffsetDateTime.now());
        catalogue = new CatalogueRepository(dsl);
    }

    static Curriculum generated(Curriculum shipped, int count) {
        List<Activity> many = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Activity a = shipped.activities().get(i % shipped.activities().size());
            many.add(new Activity(a.id() + "-" + i, a.title() + " " + i, a.grades(), a.intro(), a.why(),
                    a.subjects(), a.goals(), a.lessons(), a.unplugged(), a.materials(), a.differentiation(),
                    a.experiments(), a.guide(), a.safety(),
                    a.contentHash().substring(0, 56) + String.format("%08x", i)));
        }
        return new Curriculum(shipped.subjects(), shipped.frameworks(), many);
    }

    @Benchmark
    public List<ActivityCard> everything() {
        return catalogue.search(CatalogueQuery.all(), Viewer.anonymous());
    }

    @Benchmark
    public List<ActivityCard> subjectGradeArea() {
        return catalogue.search(filtered, Viewer.anonymous());
    }

    @Benchmark
    public List<ActivityCard> freeText() {
        return catalogue.search(text, Viewer.anonymous());
    }
}
