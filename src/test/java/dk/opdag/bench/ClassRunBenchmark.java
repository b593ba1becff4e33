package dk.opdag.bench;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A class presses Kør at once: 30 pupils' programs start together. {@code programs = solutions}: the shipped
 * experiments' reference solutions, in turn; {@code programs = endless}: the worst class, where every program loops
 * until the engine stops it at the 100,000-step budget (the maze's start: "until at the flag: move").
 * {@code thirtyAtOnce}: time until the last of the 30 results is back. {@code onePupilOfThirty}: the time of one
 * run while 30 threads run all the time.
 * Run: tools/bench/run.sh ClassRunBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassRunBenchmark {

    static final int CLASS_SIZE = 30;

    private record Run(ExperimentSpec spec, String workspace) {
    }

    @Param({"solutions", "endless"})
    public String programs;

    private final List<Run> runs = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private ExecutorService pupils;

    @Setup(Level.Trial)
    public void setUp() {
        List<Experiment> experiments = CurriculumLoader.load(Path.of("curriculum")).curriculum().experiments();
        for (int i = 0; i < CLASS_SIZE; i++) {
            Experiment e = programs.equals("endless") ? experiments.stream()
                    .filter(x -> x.id().equals("robot-hoejre-haand")).findFirst().orElseThrow()
                    : experiments.get(i % experiments.size());
            runs.add(new Run(dk.opdag.experiment.level.LevelSpec.fromJson(e.first().spec()).visibleSpec(),
                    programs.equals("endless") ? e.first().startWorkspace() : e.first().solution()));
        }
        pupils = Executors.newFixedThreadPool(CLASS_SIZE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pupils.shutdownNow();
    }

    @Benchmark
    @Threads(1)
    public int thirtyAtOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RunResult>> results = new ArrayList<>();
        for (Run run : runs) {
            results.add(pupils.submit(() -> {
                go.await();
                return Engine.run(run.spec(), run.workspace(), Limits.DEFAULT);
            }));
        }
        go.countDown();
        int passed = 0;
        for (Future<RunResult> r : results) {
            passed += r.get().passed() ? 1 : 0;
        }
        int expected = programs.equals("endless") ? 0 : CLASS_SIZE;
        if (passed != expected) {
            throw new IllegalStateException(passed + " of " + CLASS_SIZE + " passed, expected " + expected);
        }
        return passed;
    }

    @Benchmark
    @Threads(CLASS_SIZE)
    public RunResult onePupilOfThirty() {
        Run run = runs.get(Math.floorMod(next.getAndIncrement(), CLASS_SIZE));
        return Engine.run(run.spec(), run.workspace(), Limits.DEFAULT);
    }
}
