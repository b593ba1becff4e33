package dk.opdag.lab;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where pupils' programs run, so that one pupil cannot slow the class (issue 11, item 4):
 * <ul>
 *   <li>At most one run in flight per user: pressing Kør again while the program still runs is refused kindly.</li>
 *   <li>More worker threads than processors, so the operating system shares the processors between the runs: a
 *   one-line program next to four heavy ones gets its turn at once instead of waiting for a free worker.</li>
 *   <li>A CPU-time budget per run: a watchdog interrupts a run that has used more processor time than allowed
 *   (the interpreter stops at its next step with "Programmet tog for lang tid").</li>
 *   <li>A bounded queue: when all workers and queue places are taken, or a run waited too long for a worker, the
 *   answer is "the server is busy, try again" (a message of its own, not "your program took too long").</li>
 * </ul>
 * Runs are plain suppliers, so any caller in the lab (one case, or a level's several cases) can use it.
 */
public final class RunScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunScheduler.class);
    /** Reserved (not committed) stack per worker: room for the deepest nesting the engine's limits allow. */
    private static final long WORKER_STACK_BYTES = 128L * 1024 * 1024;

    /** What became of a request to run. */
    public sealed interface Outcome<T> {
        record Ran<T>(T result) implements Outcome<T> {
        }

        /** This user already has a run in flight. */
        record AlreadyRunning<T>() implements Outcome<T> {
        }

        /** No worker or queue place was free in time. */
        record Busy<T>() implements Outcome<T> {
        }
    }

    /** Refused runs, for views: the i18n key of the message to show. */
    public static final class RunRefused extends RuntimeException {
        private final String messageKey;

        public RunRefused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService watchdog;
    private final Map<Long, Boolean> inFlight = new ConcurrentHashMap<>();
    private final Map<Thread, Long> running = new ConcurrentHashMap<>();
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final long cpuBudgetNanos;
    private final Duration maxQueueWait;
    private final Duration maxWait;

    /**
     * @param threads      worker threads (more than processors: the OS shares them fairly)
     * @param queue        runs that may wait for a worker; beyond that the server is busy
     * @param cpuBudget    processor time one run may use
     * @param maxQueueWait a run that waited longer than this for a worker is not started (busy)
     */
    public RunScheduler(int threads, int queue, Duration cpuBudget, Duration maxQueueWait) {
        AtomicInteger counter = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
                    Thread t = new Thread(null, r, "lab-run-" + counter.incrementAndGet(), WORKER_STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        this.workers.allowCoreThreadTimeOut(true);
        this.cpuBudgetNanos = cpuBudget.toNanos();
        this.maxQueueWait = maxQueueWait;
        // The interpreter's own wall-clock limit is 10 s; on a busy server a run may get only part of a processor.
        this.maxWait = maxQueueWait.plus(cpuBudget.multipliedBy(threads)).plusSeconds(15);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lab-run-watchdog");
            t.setDaemon(true);
            return t;
        });
        if (cpu.isThreadCpuTimeSupported()) {
            watchdog.scheduleWithFixedDelay(this::stopRunsOverBudget, 100, 100, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Four worker threads per processor, a queue that holds two classes pressing Kør at once (see
     * {@link #defaultQueue}), 3 s of CPU per run, 5 s at most in the queue.
     */
    public static RunScheduler withDefaults() {
        int threads = 4 * Math.max(2, Runtime.getRuntime().availableProcessors());
        return new RunScheduler(threads, defaultQueue(threads), Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    /**
     * Room for 64 waiting runs (two classes of 30 pressing Kør together) or twice the threads if that is more: a
     * class must not be told "busy" on a small server just because everyone pressed at once; the longest wait in the
     * queue still bounds what a pupil can cost the others.
     */
    public static int defaultQueue(int threads) {
        return Math.max(64, 2 * threads);
    }

    /**
     * Runs {@code run} for this user on a worker thread and waits for it. The run must be safe to execute on any
     * thread (the engine's {@code Engine.runOnCurrentThread} is).
     */
    public <T> Outcome<T> run(long userId, Supplier<T> run) {
        if (inFlight.putIfAbsent(userId, Boolean.TRUE) != null) {
            return new Outcome.AlreadyRunning<>();
        }
        try {
            long queued = System.nanoTime();
            Future<T> future;
            try {
                future = workers.submit(() -> {
                    if (System.nanoTime() - queued > maxQueueWait.toNanos()) {
                        return null; // waited too long: the pupil has been told nothing yet, so say "busy"
                    }
                    Thread me = Thread.currentThread();
                    Thread.interrupted(); // start clean
                    running.put(me, cpu.isThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : 0L);
                    try {
                        return run.get();
                    } finally {
                        running.remove(me);
                        Thread.interrupted(); // a late watchdog interrupt must not hit the next run
                    }
                });
            } catch (RejectedExecutionException full) {
                return new Outcome.Busy<>();
            }
            try {
                T result = future.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
                return result == null ? new Outcome.Busy<>() : new Outcome.Ran<>(result);
            } catch (TimeoutException e) {
                future.cancel(true);
                return new Outcome.Busy<>();
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return new Outcome.Busy<>();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a run failed outside the engine", e.getCause());
            }
        } finally {
            inFlight.remove(userId);
        }
    }

    /** Runs still waiting for a worker (for tests and measurements). */
    public int queued() {
        return workers.getQueue().size();
    }

    private void stopRunsOverBudget() {
        try {
            running.forEach((thread, startCpu) -> {
                long used = cpu.getThreadCpuTime(thread.threadId()) - startCpu;
                if (used > cpuBudgetNanos) {
                    thread.interrupt();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Run watchdog", e);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        workers.shutdownNow();
    }
}
