package dk.opdag.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 4: one pupil cannot slow the class. (How fast a light run is beside heavy ones is measured by
 * {@code RunFairnessBenchmark}, not asserted here.)
 */
class RunSchedulerTest {

    /** The pupils' request threads (the common pool has a single thread on a two-processor machine). */
    private static final java.util.concurrent.ExecutorService CALLERS =
            java.util.concurrent.Executors.newCachedThreadPool();

    private static RunResult light() {
        return Engine.runOnCurrentThread(RunLoad.CONSOLE, RunLoad.LIGHT, Limits.DEFAULT);
    }

    private static RunResult heavy() {
        return Engine.runOnCurrentThread(RunLoad.CONSOLE, RunLoad.HEAVY, Limits.DEFAULT);
    }

    @Test
    void aSecondKørWhileTheFirstStillRunsIsRefusedKindly() throws Exception {
        try (RunScheduler runs = new RunScheduler(4, 4, Duration.ofSeconds(30), Duration.ofSeconds(5))) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            var first = CompletableFuture.supplyAsync(() -> runs.run(7, () -> {
                started.countDown();
                await(release);
                return light();
            }), CALLERS);
            started.await();
            assertThat(runs.run(7, RunSchedulerTest::light)).isInstanceOf(RunScheduler.Outcome.AlreadyRunning.class);
            assertThat(runs.run(8, RunSchedulerTest::light)).isInstanceOf(RunScheduler.Outcome.Ran.class);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(RunScheduler.Outcome.Ran.class);
            assertThat(runs.run(7, RunSchedulerTest::light)).isInstanceOf(RunScheduler.Outcome.Ran.class);
        }
    }

    @Test
    void aFullQueueAnswersBusyNotTooLong() throws Exception {
        try (RunScheduler runs = new RunScheduler(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30))) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            var worker = CompletableFuture.supplyAsync(() -> runs.run(1, () -> {
                started.countDown();
                await(release);
                return light();
            }), CALLERS);
            started.await();
            var queued = CompletableFuture.supplyAsync(() -> runs.run(2, RunSchedulerTest::light), CALLERS);
            while (runs.queued() < 1) {
                Thread.onSpinWait();
            }
            assertThat(runs.run(3, RunSchedulerTest::light)).isInstanceOf(RunScheduler.Outcome.Busy.class);
            release.countDown();
            assertThat(worker.get(10, TimeUnit.SECONDS)).isInstanceOf(RunScheduler.Outcome.Ran.class);
            assertThat(queued.get(10, TimeUnit.SECONDS)).isInstanceOf(RunScheduler.Outcome.Ran.class);
        }
    }

    @Test
    void aRunThatWaitedTooLongForAWorkerIsBusyAndNeverStarts() throws Exception {
        try (RunScheduler runs = new RunScheduler(1, 4, Duration.ofSeconds(30), Duration.ofMillis(100))) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            var worker = CompletableFuture.supplyAsync(() -> runs.run(1, () -> {
                started.countDown();
                await(release);
                return light();
            }), CALLERS);
            started.await();
            boolean[] ran = {false};
            var late = CompletableFuture.supplyAsync(() -> runs.run(2, () -> {
                ran[0] = true;
                return light();
            }), CALLERS);
            Thread.sleep(300);
            release.countDown();
            assertThat(late.get(10, TimeUnit.SECONDS)).isInstanceOf(RunScheduler.Outcome.Busy.class);
            assertThat(ran[0]).isFalse();
            worker.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aHeavyProgramIsStoppedByItsCpuBudget() {
        try (RunScheduler runs = new RunScheduler(2, 2, Duration.ofMillis(300), Duration.ofSeconds(5))) {
            // Step and work budgets (which grow with the step budget) and the clock far away: only the CPU budget can stop it.
            Limits endless = new Limits(1_000_000_000, 200, 100_000, 5_000, 2_000, 2_000_000, Duration.ofMinutes(5));
            RunScheduler.Outcome<RunResult> outcome = runs.run(1,
                    () -> Engine.runOnCurrentThread(RunLoad.CONSOLE, RunLoad.HEAVY, endless));
            assertThat(outcome).isInstanceOfSatisfying(RunScheduler.Outcome.Ran.class, ran ->
                    assertThat(((RunResult) ran.result()).error()).hasValueSatisfying(e -> assertThat(e).contains("for lang tid")));
        }
    }

    @Test
    void aLightProgramRunsWhileFourHeavyOnesAreStillRunning() throws Exception {
        try (RunScheduler runs = new RunScheduler(8, 16, Duration.ofSeconds(30), Duration.ofSeconds(5))) {
            List<CompletableFuture<RunScheduler.Outcome>> heavy = new ArrayList<>();
            for (long pupil = 1; pupil <= 4; pupil++) {
                long p = pupil;
                heavy.add(CompletableFuture.supplyAsync(() -> runs.run(p, RunSchedulerTest::heavy), CALLERS));
            }
            Thread.sleep(200); // the heavy ones hold their workers
            var light = runs.run(99, RunSchedulerTest::light);
            assertThat(light).isInstanceOfSatisfying(RunScheduler.Outcome.Ran.class,
                    ran -> assertThat(((RunResult) ran.result()).error()).isEmpty());
            // With a worker per processor (the old pool) the light run would have waited for these to finish.
            assertThat(heavy).anyMatch(f -> !f.isDone());
            for (var f : heavy) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
