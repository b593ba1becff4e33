package dk.opdag.bench;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import dk.opdag.lab.RunLoad;
import dk.opdag.lab.RunScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

/**
 * Issue 11, item 4: a light pupil presses Kør (a one-line program) while four other pupils keep running a heavy but
 * legal program (sorting 100,000 items as text, pressed again as soon as it ends). JMH's sample mode gives the light
 * pupil's time from Kør to result (p0.50, p0.95).
 * <ul>
 *   <li>{@code path=engine-pool}: {@code Engine.run} as the lab called it before (a worker per processor, an
 *   unbounded queue, one program after another).</li>
 *   <li>{@code path=scheduler}: the lab's {@link RunScheduler} as configured by default (one run per pupil, four
 *   workers per processor shared by the OS, a CPU budget per run, a bounded queue).</li>
 * </ul>
 * Run: {@code tools/bench/run.sh RunFairnessBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class RunFairnessBenchmark {

    static final int HEAVY_PUPILS = 4;
    static final long LIGHT_PUPIL = 1000;

    @Param({"engine-pool", "scheduler"})
    public String path;

    private RunScheduler scheduler;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> heavy = new ArrayList<>();

    @Setup(Level.Trial)
    public void startTheHeavyPupils() throws InterruptedException {
        scheduler = RunScheduler.withDefaults();
        stop.set(false);
        for (int i = 1; i <= HEAVY_PUPILS; i++) {
            long pupil = i;
            heavy.add(Thread.ofPlatform().daemon().name("heavy-pupil-" + i).start(() -> {
                while (!stop.get()) {
                    run(pupil, RunLoad.HEAVY);
                }
            }));
        }
        Thread.sleep(1000); // the heavy programs are running when the light pupil starts
    }

    @TearDown(Level.Trial)
    public void stopThem() throws InterruptedException {
        stop.set(true);
        for (Thread t : heavy) {
            t.join();
        }
        heavy.clear();
        scheduler.close();
    }

    @Benchmark
    public Object lightPupilPressesKør() {
        return run(LIGHT_PUPIL, RunLoad.LIGHT);
    }

    private Object run(long pupil, String workspace) {
        if ("engine-pool".equals(path)) {
            return Engine.run(RunLoad.CONSOLE, workspace, Limits.DEFAULT);
        }
        RunScheduler.Outcome<RunResult> outcome = scheduler.run(pupil,
                () -> Engine.runOnCurrentThread(RunLoad.CONSOLE, workspace, Limits.DEFAULT));
        if (outcome instanceof RunScheduler.Outcome.Ran<RunResult> ran) {
            return ran.result();
        }
        return outcome;
    }
}
