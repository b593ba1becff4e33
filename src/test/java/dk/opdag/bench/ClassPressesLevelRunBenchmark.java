package dk.opdag.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.level.TestCase;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabRepository;
import dk.opdag.lab.LabService;
import dk.opdag.shell.DatabaseConfig;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * A class pressing Kør at once on a level with five cases: 30 pupils each run a shipped level's program through
 * {@link LabService#run} (the program on all five cases, grading, autosave, stored run, best result, progress event)
 * at the same moment; every other burst the program has changed (reference solution, then start program), so half
 * the runs also store a new revision. The level's own cases (one visible, one or two hidden) are repeated to five,
 * so every run does five cases' work. Embedded PostgreSQL behind a Hikari pool of 10 connections, as Spring Boot
 * configures it. One benchmark operation is one burst; JMH reports the burst's wall time (the last pupil's wait).
 * Every pupil's own time from the common start to their result is collected too, and its median and p95 are
 * printed and written to {@code target/lab-class-level-runs.txt} at the end.
 * Run: tools/bench/run.sh ClassPressesLevelRunBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class ClassPressesLevelRunBenchmark {

    static final int PUPILS = 30;

    static final int CASES = 5;

    /** experiment/level: a heavy one (29 keys tried on every case), a data level and a two-day greenhouse. */
    @Param({"knaek-caesar/find-skole-beskeden", "stroemslugeren/stroemslugeren", "vanding-der-styrer-sig-selv/andre-dage"})
    public String level;

    private HikariDataSource pool;
    private LabService lab;
    private LabExperiment experiment;
    private String solution;
    private String start;
    private int burst;
    private final List<SignedInUser> pupils = new ArrayList<>();
    private final int[] revisions = new int[PUPILS];
    private ExecutorService requests;
    private final List<Double> pupilMillis = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean measuring;

    @Setup(Level.Trial)
    public void setUp() {
        Curriculum curriculum = CurriculumLoader.load(Path.of("curriculum")).curriculum();
        String[] parts = level.split("/");
        var e = curriculum.experiment(parts[0]).orElseThrow();
        var l = e.level(parts[1]).orElseThrow();
        LabExperiment shipped = LabExperiment.of(e, l);
        LevelSpec spec = shipped.levelSpec();
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; cases.size() < CASES; i++) {
            TestCase c = spec.cases().get(i % spec.cases().size());
            cases.add(i < spec.cases().size() ? c : new TestCase(null, c.start(), c.checks(), true));
        }
        LevelSpec five = new LevelSpec(spec.base(), cases, spec.required(), spec.idealBlocks(), spec.hiddenMessage());
        experiment = new LabExperiment(shipped.id(), shipped.levelId(), shipped.title(), shipped.goal(),
                shipped.levelTitle(), shipped.task(), shipped.levelNumber(), shipped.levelCount(), five,
                shipped.toolbox(), shipped.startWorkspace(), shipped.hints(), shipped.exampleText(),
                shipped.exampleWorkspace(), shipped.solution());
        solution = l.solution();
        start = experiment.startWorkspace();

        DSLContext migrated = TestDatabase.POSTGRES.fresh();
        PGSimpleDataSource pg = (PGSimpleDataSource) ((DataSourceConnectionProvider) migrated.configuration()
                .connectionProvider()).dataSource();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getURL());
        config.setUsername(pg.getUser());
        config.setPassword(pg.getPassword());
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
        DataSource tx = new TransactionAwareDataSourceProxy(pool);
        DSLContext dsl = DSL.using(tx, SQLDialect.POSTGRES, DatabaseConfig.jooqSettings());
        Fixtures f = new Fixtures(dsl);
        long klass = f.newClass("5.B", "BENCH5B", CodeKind.WORDS);
        for (int i = 0; i < PUPILS; i++) {
            long id = f.pupil(klass, "Elev" + i, null, "kode-" + i);
            pupils.add(new SignedInUser(id, Role.PUPIL, "Elev" + i, f.school));
        }
        lab = new LabService(new LabRepository(dsl), new DataSourceTransactionManager(pool), event -> { },
                Clock.systemUTC());
        // Like Tomcat: every request on a thread of its own.
        requests = Executors.newFixedThreadPool(PUPILS);
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public int classPressesKoer() throws Exception {
        // Every other burst the pupils have changed their blocks, so the run also autosaves a new revision.
        boolean solved = burst++ % 2 == 0;
        String workspace = solved ? solution : start;
        CountDownLatch ready = new CountDownLatch(PUPILS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            int pupil = i;
            results.add(requests.submit(() -> {
                ready.countDown();
                go.await();
                long start = System.nanoTime();
                LabService.RunOutcome outcome = lab.run(pupils.get(pupil), experiment, revisions[pupil], workspace);
                if (measuring) {
                    pupilMillis.add((System.nanoTime() - start) / 1e6);
                }
                if (outcome.graded().passed() != solved || outcome.graded().cases().size() != CASES) {
                    throw new IllegalStateException("the solution passes and the start fails, or something is wrong");
                }
                if (outcome.save() instanceof dk.opdag.lab.SaveResult.Saved s) {
                    revisions[pupil] = s.revision();
                }
                return outcome.result().steps();
            }));
        }
        ready.await();
        go.countDown();
        int steps = 0;
        for (Future<Integer> r : results) {
            steps += r.get();
        }
        return steps;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        requests.shutdownNow();
        pool.close();
        List<Double> sorted = new ArrayList<>(pupilMillis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        String line = String.format(Locale.ROOT,
                "%s, %d cases: %d pupil runs in bursts of %d: per pupil median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                level, CASES, sorted.size(), PUPILS, percentile(sorted, 0.5), percentile(sorted, 0.95),
                sorted.getLast());
        System.out.print(line);
        try {
            Files.writeString(Path.of("target", "lab-class-level-runs.txt"), line,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
