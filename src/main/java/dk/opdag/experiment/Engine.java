package dk.opdag.experiment;

import dk.opdag.experiment.check.GeneralChecks;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.interpreter.Interpreter;
import dk.opdag.experiment.interpreter.Recorder;
import dk.opdag.experiment.interpreter.RunAbort;
import dk.opdag.experiment.interpreter.StandardBlocks;
import dk.opdag.experiment.js.JsRandom;
import dk.opdag.experiment.program.Program;
import dk.opdag.experiment.program.WorkspaceException;
import dk.opdag.experiment.program.WorkspaceParser;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import dk.opdag.experiment.world.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a pupil's Blockly workspace in an experiment world and checks the goals.
 * <pre>{@code
 * ExperimentSpec spec = ExperimentSpec.fromJson(experimentJson);
 * RunResult result = Engine.run(spec, workspaceJson, Limits.DEFAULT);
 * }</pre>
 * Thread-safe. Never throws for anything a pupil can build: bad JSON, unknown blocks, endless loops, deep
 * recursion and huge lists all come back as a {@link RunResult} with a Danish {@code error}.
 * Runs execute on a small pool of long-lived worker threads with large stacks, so nested programs cannot
 * overflow the stack and no thread is created per run.
 */
public final class Engine {

    private static final System.Logger LOG = System.getLogger(Engine.class.getName());

    /** Reserved (not committed) stack per worker: room for the deepest nesting the limits allow. */
    private static final long WORKER_STACK_BYTES = 128L * 1024 * 1024;

    private static final ThreadPoolExecutor WORKERS = createWorkers();

    /** Parsers are thread-safe and costly to build (each holds a JSON mapper): one for the usual limits. */
    private static final WorkspaceParser DEFAULT_PARSER = parser(Limits.DEFAULT.maxWorkspaceChars());

    /** Standard and world block types per world: built once here, used by every run and every check. */
    private static final Map<String, Set<String>> ALLOWED = allowedPerWorld();

    private Engine() {
    }

    private static ThreadPoolExecutor createWorkers() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger counter = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(null, r, "experiment-engine-" + counter.incrementAndGet(),
                            WORKER_STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static Map<String, Set<String>> allowedPerWorld() {
        Map<String, Set<String>> allowed = new java.util.HashMap<>();
        for (World world : Worlds.all()) {
            Set<String> types = new java.util.TreeSet<>(StandardBlocks.ALL);
            types.addAll(world.blockTypes());
            // Hash lookups, but a fixed (sorted) order, so messages that pick among the types never vary
            allowed.put(world.id(), java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(types)));
        }
        return Map.copyOf(allowed);
    }

    /**
     * The block types a workspace in this world may hold: Blockly's standard blocks the engine runs and the world's
     * own. The one place this set is made; the lab and the curriculum loader ask here.
     *
     * @throws IllegalArgumentException for an unknown world
     */
    public static Set<String> allowedBlockTypes(String worldId) {
        Set<String> allowed = ALLOWED.get(worldId);
        if (allowed == null) {
            Worlds.get(worldId); // throws with the list of known worlds
        }
        return allowed;
    }

    /**
     * Reads a workspace the way a run with {@link Limits#DEFAULT} reads it, without running it: for deciding whether
     * it may be stored (everything stored can be run).
     *
     * @throws WorkspaceException with a Danish message when it cannot be run
     */
    public static Program read(String worldId, String workspaceJson) {
        return DEFAULT_PARSER.parse(workspaceJson, allowedBlockTypes(worldId));
    }

    private static WorkspaceParser parser(int maxChars) {
        return new WorkspaceParser(maxChars, WorkspaceParser.DEFAULT_MAX_BLOCKS, WorkspaceParser.DEFAULT_MAX_DEPTH);
    }

    /** Runs with {@link Limits#DEFAULT}. */
    public static RunResult run(ExperimentSpec spec, String workspaceJson) {
        return run(spec, workspaceJson, Limits.DEFAULT);
    }

    /**
     * Parses the workspace, runs it in the spec's world within the limits, and evaluates the checks.
     *
     * @param spec          the experiment
     * @param workspaceJson Blockly's {@code serialization.workspaces.save} JSON
     * @param limits        budgets for this run
     */
    public static RunResult run(ExperimentSpec spec, String workspaceJson, Limits limits) {
        Future<RunResult> future = WORKERS.submit(() -> runHere(spec, workspaceJson, limits));
        long waitMillis = limits.timeLimit().toMillis() + 5_000;
        try {
            return future.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return stopped(spec, Message.of("engine.run.too-long"));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return stopped(spec, Message.of("engine.run.interrupted"));
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Experiment engine failed", e.getCause());
            return stopped(spec, Message.of("engine.run.unexpected"));
        }
    }

    /**
     * The same run on the caller's thread, for a caller that schedules runs itself (the lab's fair scheduler). The
     * thread needs a large stack (deep programs nest deeply); interrupting it stops the run at its next step.
     */
    public static RunResult runOnCurrentThread(ExperimentSpec spec, String workspaceJson, Limits limits) {
        return runHere(spec, workspaceJson, limits);
    }

    private static RunResult stopped(ExperimentSpec spec, Message message) {
        WorldState state = Worlds.get(spec.worldId()).create(spec.startState(), spec.seed());
        return new RunResult(false, List.of(), 0, List.of(), state.snapshot(), List.of(), Optional.of(message));
    }

    /** What {@link #runAll} returns: a result per spec, and the program when it could be read (else null). */
    public record Batch(List<RunResult> results, Program program) {
        public Batch {
            results = List.copyOf(results);
        }
    }

    /**
     * Runs one workspace in several specs of the same world (a level's cases: other start states, other expected
     * results), reading the workspace once. Results come in the order of the specs.
     */
    public static Batch runAll(List<ExperimentSpec> specs, String workspaceJson, Limits limits) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("runAll needs at least one spec");
        }
        Future<Batch> future = WORKERS.submit(() -> runAllHere(specs, workspaceJson, limits));
        long waitMillis = limits.timeLimit().toMillis() * specs.size() + 5_000;
        Message stopped;
        try {
            return future.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            stopped = Message.of("engine.run.too-long");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            stopped = Message.of("engine.run.interrupted");
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Experiment engine failed", e.getCause());
            stopped = Message.of("engine.run.unexpected");
        }
        Message message = stopped;
        return new Batch(specs.stream().map(s -> stopped(s, message)).toList(), null);
    }

    /** {@link #runAll} on the caller's thread, for a caller that schedules runs itself. */
    public static Batch runAllOnCurrentThread(List<ExperimentSpec> specs, String workspaceJson, Limits limits) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("runAll needs at least one spec");
        }
        return runAllHere(specs, workspaceJson, limits);
    }

    private static Batch runAllHere(List<ExperimentSpec> specs, String workspaceJson, Limits limits) {
        Program program = null;
        WorkspaceException unreadable = null;
        try {
            program = parse(specs.getFirst(), workspaceJson, limits);
        } catch (WorkspaceException e) {
            unreadable = e;
        }
        List<RunResult> results = new ArrayList<>(specs.size());
        for (ExperimentSpec spec : specs) {
            results.add(runParsed(spec, program, unreadable, limits));
        }
        return new Batch(results, program);
    }

    private static Program parse(ExperimentSpec spec, String workspaceJson, Limits limits) {
        Set<String> allowed = allowedBlockTypes(spec.worldId());
        WorkspaceParser parser = limits.maxWorkspaceChars() == Limits.DEFAULT.maxWorkspaceChars()
                ? DEFAULT_PARSER : parser(limits.maxWorkspaceChars());
        return parser.parse(workspaceJson, allowed);
    }

    /** The whole run on the current thread (a worker with a big stack). */
    private static RunResult runHere(ExperimentSpec spec, String workspaceJson, Limits limits) {
        try {
            return runParsed(spec, parse(spec, workspaceJson, limits), null, limits);
        } catch (WorkspaceException e) {
            return runParsed(spec, null, e, limits);
        }
    }

    /** Runs a parsed program, or reports why it could not be read ({@code unreadable}). */
    private static RunResult runParsed(ExperimentSpec spec, Program program, WorkspaceException unreadable,
                                       Limits limits) {
        World world = Worlds.get(spec.worldId());
        WorldState state = world.create(spec.startState(), spec.seed());
        Recorder recorder = new Recorder(limits.maxTraceEvents(), limits.maxOutputLines());

        Optional<Message> error = Optional.empty();
        int steps = 0;
        int blockCount = 0;
        Map<String, Object> variables = Map.of();
        try {
            if (unreadable != null) {
                throw unreadable;
            }
            blockCount = program.blockCount();
            Interpreter interpreter = new Interpreter(program, state, limits, recorder, new JsRandom(spec.seed()));
            try {
                interpreter.run();
            } catch (RunAbort e) {
                error = Optional.of(e.text());
                recorder.trace(e.blockId(), "error", recorder.messageData(e.text()));
            } catch (StackOverflowError e) {
                error = Optional.of(Message.of("engine.run.too-deep-functions"));
                recorder.trace(null, "error", recorder.messageData(error.get()));
            } finally {
                steps = interpreter.steps();
                variables = interpreter.variables();
            }
        } catch (WorkspaceException e) {
            error = Optional.of(e.text());
            recorder.trace(e.blockId(), "error", recorder.messageData(e.text()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure while running an experiment", e);
            error = Optional.of(Message.of("engine.run.unexpected"));
        }

        RunFacts facts = new RunFacts(recorder.output(), steps, error, blockCount, variables);
        List<GoalCheck> checks = new ArrayList<>(spec.checks());
        if (spec.maxBlocks().isPresent() && checks.stream().noneMatch(c -> c instanceof GoalCheck.MaxBlocks)) {
            checks.add(new GoalCheck.MaxBlocks(spec.maxBlocks().getAsInt()));
        }
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (GoalCheck check : checks) {
            outcomes.add(GeneralChecks.evaluate(check, facts)
                    .or(() -> state.check(check, facts))
                    .orElseGet(() -> CheckOutcome.fail(check.type(), Message.of("engine.check.unknown"))));
        }
        boolean passed = error.isEmpty() && outcomes.stream().allMatch(CheckOutcome::passed);
        return new RunResult(passed, outcomes, steps, recorder.trace(), state.snapshot(), recorder.output(), error);
    }
}
