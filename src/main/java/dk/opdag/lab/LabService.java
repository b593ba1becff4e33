package dk.opdag.lab;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.experiment.level.LevelRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A pupil's work on a level of an experiment: opening it, autosaving with a revision check (two tabs never overwrite
 * each other silently), versions to go back to, runs graded on every case of the level (the best result per level is
 * kept), and which levels are open. Every stored save and run publishes a {@link LabProgressEvent} synchronously
 * inside the transaction that stored it (not for the free experiment, which is play, not progress).
 *
 * <p>Who may do what is decided here: a pupil only ever reads and writes their own work (the pupil id always comes
 * from the signed-in user); staff get a preview in which nothing is stored. The engine runs outside any database
 * transaction, so a class pressing Kør at once does not hold database connections while programs run.
 */
@Service
public class LabService {

    /** Autosaves become a version at most this often; a run and a restore always keep the work they replace or ran. */
    static final Duration VERSION_EVERY = Duration.ofMinutes(2);
    static final int VERSIONS_SHOWN = 30;
    /** Longest workspace JSON that is stored (the engine's own limit, so all stored work can run). */
    public static final int MAX_WORKSPACE_CHARS = WorkspaceCheck.MAX_CHARS;
    private static final int FAILED_CHECKS_CHARS = 4000;

    private final LabRepository repository;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final RunScheduler runs;

    /** Without a scheduler of its own (tests, benchmarks): the default one. */
    public LabService(LabRepository repository, PlatformTransactionManager transactions,
                      ApplicationEventPublisher events, Clock clock) {
        this(repository, transactions, events, clock, RunScheduler.withDefaults());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public LabService(LabRepository repository, PlatformTransactionManager transactions,
                      ApplicationEventPublisher events, Clock clock, RunScheduler runs) {
        this.runs = runs;
        this.repository = repository;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the experiment view starts from.
     *
     * @param workspace the pupil's saved workspace, else the experiment's start workspace
     * @param revision  the saved revision (0 when nothing is saved yet, and always for staff)
     * @param savedAt   when it was saved, or null
     * @param stored    whether this user's work is stored (pupils) or only previewed (staff)
     * @param hintsSeen how many of the experiment's hints the pupil has already revealed
     */
    public record Opened(String workspace, int revision, OffsetDateTime savedAt, boolean stored, int hintsSeen) {
    }

    /**
     * The result of pressing Kør: the level's verdict (only what the pupil may see: the shown case's run, the hidden
     * cases as passed or not) and what became of the save that went with it.
     */
    public record RunOutcome(LevelResult graded, SaveResult save) {

        /** The run of the case the pupil sees, to replay. */
        public RunResult result() {
            return graded.shown();
        }
    }

    /**
     * One level on the pupil's path through an experiment.
     *
     * @param bestScore the best run's score, or null before the first run
     * @param open      the pupil may work on it: the first level, a level after a passed one, or one with work on it
     */
    public record LevelState(String levelId, int number, String title, Integer bestScore, boolean open) {

        public boolean passed() {
            return bestScore != null && dk.opdag.experiment.level.Grade.of(bestScore).passed();
        }

        public boolean perfect() {
            return bestScore != null && dk.opdag.experiment.level.Grade.of(bestScore)
                    == dk.opdag.experiment.level.Grade.PERFECT;
        }
    }

    public Opened open(SignedInUser user, LabExperiment experiment) {
        if (!stores(user)) {
            return new Opened(experiment.startWorkspace(), 0, null, false, 0);
        }
        int hints = Math.min(repository.hintsSeen(user.id(), experiment.id(), experiment.levelId()),
                rungs(experiment));
        return repository.current(user.id(), experiment.id(), experiment.levelId())
                .map(s -> new Opened(s.workspace(), s.revision(), s.savedAt(), true, hints))
                .orElseGet(() -> new Opened(experiment.startWorkspace(), 0, null, true, hints));
    }

    /** The rungs of a level's hint ladder: the hints, then the worked example. */
    public static int rungs(LabExperiment experiment) {
        return experiment.hints().size() + (experiment.exampleText() == null ? 0 : 1);
    }

    /**
     * The pupil reveals one more rung of the hint ladder after the {@code shown} ones. Stored for pupils, so a reload
     * shows the same hints and the teacher can see they were used; returns how many rungs are revealed now.
     */
    public int revealHint(SignedInUser user, LabExperiment experiment, int shown) {
        int next = Math.min(Math.max(shown, 0) + 1, rungs(experiment));
        if (!stores(user) || next == 0) {
            return next;
        }
        return tx.execute(status -> {
            repository.seeHints(user.id(), experiment.id(), experiment.levelId(), next, OffsetDateTime.now(clock));
            return Math.min(repository.hintsSeen(user.id(), experiment.id(), experiment.levelId()),
                    rungs(experiment));
        });
    }

    /**
     * The pupil's path through the experiment's levels (given in order): the best result on each and which are open.
     * For staff every level is open and nothing is stored.
     */
    public List<LevelState> path(SignedInUser user, List<LabExperiment> levels) {
        if (levels.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, LabRepository.LevelBest> best = new java.util.HashMap<>();
        java.util.Set<String> worked = new java.util.HashSet<>();
        if (stores(user)) {
            tx.executeWithoutResult(status -> {
                repository.best(user.id(), levels.getFirst().id()).forEach(b -> best.put(b.levelId(), b));
                worked.addAll(repository.levelsWithWork(user.id(), levels.getFirst().id()));
            });
        }
        List<LevelState> path = new java.util.ArrayList<>();
        boolean previousPassed = true;
        for (LabExperiment l : levels) {
            LabRepository.LevelBest b = best.get(l.levelId());
            boolean open = !stores(user) || previousPassed || worked.contains(l.levelId()) || b != null;
            LevelState state = new LevelState(l.levelId(), l.levelNumber(), l.levelTitle(),
                    b == null ? null : b.bestScore(), open);
            path.add(state);
            previousPassed = state.passed();
        }
        return path;
    }

    /** Where the pupil continues: the first open level not passed yet, else the last level. */
    public static LevelState current(List<LevelState> path) {
        return path.stream().filter(l -> l.open() && !l.passed()).findFirst().orElse(path.getLast());
    }

    /**
     * Autosaves the workspace if {@code baseRevision} is still the stored one. An unusable workspace (too large,
     * malformed, blocks from elsewhere) is refused and the stored work stays as it was.
     */
    public SaveResult save(SignedInUser user, LabExperiment experiment, int baseRevision, String workspace) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            SaveResult result = saveUntimed(user, experiment, baseRevision, workspace);
            outcome = result instanceof SaveResult.Refused ? "refused" : "ok";
            return result;
        } finally {
            LabTimings.record(LabTimings.Action.SAVE, start, outcome);
        }
    }

    private SaveResult saveUntimed(SignedInUser user, LabExperiment experiment, int baseRevision, String workspace) {
        if (!stores(user)) {
            return new SaveResult.NotStored();
        }
        Optional<SaveResult.Refused> refused = WorkspaceCheck.problem(workspace, experiment.worldId());
        if (refused.isPresent()) {
            return refused.get();
        }
        return tx.execute(status -> store(user.id(), experiment, baseRevision, workspace));
    }

    /**
     * After a {@link SaveResult.Conflict}: stores this tab's workspace over the other one, which is kept as a
     * version first, so nothing is lost either way.
     */
    public SaveResult keepMine(SignedInUser user, LabExperiment experiment, int theirRevision, String workspace) {
        if (!stores(user)) {
            return new SaveResult.NotStored();
        }
        Optional<SaveResult.Refused> refused = WorkspaceCheck.problem(workspace, experiment.worldId());
        if (refused.isPresent()) {
            return refused.get();
        }
        return tx.execute(status -> {
            keepCurrentAsVersion(user.id(), experiment);
            return store(user.id(), experiment, theirRevision, workspace);
        });
    }

    /**
     * After a {@link SaveResult.Conflict} when the pupil takes the other tab's work: this tab's workspace is kept as
     * a version (numbered with the current revision), so it can be found again.
     */
    public void keepAsVersion(SignedInUser user, LabExperiment experiment, String workspace) {
        if (!stores(user) || WorkspaceCheck.problem(workspace, experiment.worldId()).isPresent()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            int revision = repository.current(user.id(), experiment.id(), experiment.levelId())
                    .map(LabRepository.Saved::revision).orElse(0);
            repository.addVersion(user.id(), experiment.id(), experiment.levelId(), revision, workspace,
                    OffsetDateTime.now(clock));
        });
    }

    /**
     * Runs the program on every case of the level and grades it. For a pupil the workspace is saved first (same rules
     * as {@link #save}), the run is stored whatever the outcome, and the level's best result is kept; staff previews
     * store nothing.
     *
     * @throws RunScheduler.RunRefused when this user's previous run still runs, or the server is busy (nothing is
     *                                 stored then; the autosave has the program)
     */
    public RunOutcome run(SignedInUser user, LabExperiment experiment, int baseRevision, String workspace) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            RunOutcome result = runUntimed(user, experiment, baseRevision, workspace);
            outcome = "ok";
            return result;
        } catch (RunScheduler.RunRefused refused) {
            outcome = "refused";
            throw refused;
        } finally {
            LabTimings.record(LabTimings.Action.RUN, start, outcome);
        }
    }

    private RunOutcome runUntimed(SignedInUser user, LabExperiment experiment, int baseRevision, String workspace) {
        LevelResult graded = schedule(user, () -> LevelRunner.runOnCurrentThread(experiment.levelSpec(), workspace,
                Limits.DEFAULT));
        RunResult result = graded.shown();
        if (!stores(user)) {
            return new RunOutcome(graded, new SaveResult.NotStored());
        }
        // The run has read the workspace with the same rules a save uses: read it again only to say why not.
        Optional<SaveResult.Refused> refused = graded.readable() ? Optional.empty()
                : WorkspaceCheck.problem(workspace, experiment.worldId());
        SaveResult save = tx.execute(status -> {
            SaveResult s = refused.isPresent() ? refused.get()
                    : store(user.id(), experiment, baseRevision, workspace);
            int revision = switch (s) {
                case SaveResult.Saved saved -> saved.revision();
                case SaveResult.Unchanged same -> same.revision();
                default -> baseRevision;
            };
            if (s instanceof SaveResult.Saved || s instanceof SaveResult.Unchanged) {
                keepCurrentAsVersion(user.id(), experiment); // the program as it ran can always be found again
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            repository.addRun(user.id(), experiment.id(), experiment.levelId(), now, graded.score(), result.steps(),
                    failedChecks(graded), result.error().orElse(null),
                    result.errorMessage().map(m -> m.toJson().toString()).orElse(null), revision);
            repository.recordResult(user.id(), experiment.id(), experiment.levelId(), graded.score(), now);
            publish(user.id(), experiment, LabProgressEvent.Kind.RAN, graded.passed(), graded.score(), revision, now);
            return s;
        });
        return new RunOutcome(graded, save);
    }

    /** The pupil's versions of this level, newest first (none for staff). */
    public List<LabRepository.Version> versions(SignedInUser user, LabExperiment experiment) {
        return stores(user) ? repository.versions(user.id(), experiment.id(), experiment.levelId(), VERSIONS_SHOWN)
                : List.of();
    }

    /** The pupil's latest runs of this level, newest first (none for staff). */
    public List<LabRepository.Run> runs(SignedInUser user, LabExperiment experiment, int limit) {
        return stores(user) ? repository.runs(user.id(), experiment.id(), experiment.levelId(), limit) : List.of();
    }

    /**
     * Makes one of the pupil's own versions the current workspace (the current one is kept as a version first).
     * Empty when the version is not this pupil's, or not of this experiment.
     *
     * @return the save result and the restored workspace
     */
    public Optional<Restored> restore(SignedInUser user, LabExperiment experiment, long versionId, int baseRevision) {
        if (!stores(user)) {
            return Optional.empty();
        }
        return repository.version(user.id(), experiment.id(), experiment.levelId(), versionId)
                .map(workspace -> replace(user, experiment, baseRevision, workspace));
    }

    /** Back to the experiment's start workspace (the current one is kept as a version first). */
    public Restored startOver(SignedInUser user, LabExperiment experiment, int baseRevision) {
        if (!stores(user)) {
            return new Restored(new SaveResult.NotStored(), experiment.startWorkspace());
        }
        return replace(user, experiment, baseRevision, experiment.startWorkspace());
    }

    public record Restored(SaveResult save, String workspace) {
    }

    private Restored replace(SignedInUser user, LabExperiment experiment, int baseRevision, String workspace) {
        SaveResult result = tx.execute(status -> {
            keepCurrentAsVersion(user.id(), experiment);
            return store(user.id(), experiment, baseRevision, workspace);
        });
        return new Restored(result, workspace);
    }

    /** Inside a transaction: the revision-checked write, the version policy and the event. */
    private SaveResult store(long pupilId, LabExperiment experiment, int baseRevision, String workspace) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<LabRepository.Saved> current = repository.current(pupilId, experiment.id(), experiment.levelId());
        if (current.isPresent() && current.get().workspace().equals(workspace)) {
            // Same content (e.g. the page-leave beacon after the last autosave got through): nothing to do.
            return new SaveResult.Unchanged(current.get().revision(), current.get().savedAt());
        }
        if (current.isEmpty() && baseRevision == 0 && workspace.equals(experiment.startWorkspace())) {
            return new SaveResult.Unchanged(0, null);
        }
        // Nothing stored yet (first save, or a base from a tab that outlived its data): insert, which still
        // refuses when another tab inserted first.
        int base = current.isEmpty() ? 0 : baseRevision;
        Optional<Integer> revision = repository.save(pupilId, experiment.id(), experiment.levelId(), base, workspace,
                now);
        if (revision.isEmpty()) {
            LabRepository.Saved theirs = repository.current(pupilId, experiment.id(), experiment.levelId())
                    .orElseThrow();
            return new SaveResult.Conflict(theirs.revision(), theirs.savedAt(), theirs.workspace());
        }
        Optional<LabRepository.Version> latest = repository.latestVersion(pupilId, experiment.id(),
                experiment.levelId());
        if (latest.isEmpty() || !latest.get().savedAt().plus(VERSION_EVERY).isAfter(now)) {
            repository.addVersion(pupilId, experiment.id(), experiment.levelId(), revision.get(), workspace, now);
        }
        publish(pupilId, experiment, LabProgressEvent.Kind.SAVED, false, 0, revision.get(), now);
        return new SaveResult.Saved(revision.get(), now);
    }

    /** Keeps the stored workspace as a version unless the newest version already is exactly that revision. */
    private void keepCurrentAsVersion(long pupilId, LabExperiment experiment) {
        String id = experiment.id();
        String level = experiment.levelId();
        repository.current(pupilId, id, level).ifPresent(current -> {
            boolean kept = repository.latestVersion(pupilId, id, level)
                    .map(v -> v.revision() == current.revision()).orElse(false);
            if (!kept) {
                repository.addVersion(pupilId, id, level, current.revision(), current.workspace(),
                        OffsetDateTime.now(clock));
            }
        });
    }

    private void publish(long pupilId, LabExperiment experiment, LabProgressEvent.Kind kind, boolean passed,
                         int score, int revision, OffsetDateTime at) {
        if (!experiment.free()) {
            events.publishEvent(new LabProgressEvent(pupilId, experiment.id(), kind, passed, revision, at,
                    experiment.levelId(), score));
        }
    }

    /**
     * What the teacher later reads about a run that did not pass: the shown case's failed checks, or, when only the
     * program itself falls short (a hidden case, a missing block, too many blocks), the level's own message. Never
     * anything of a hidden case beyond the level's message.
     */
    static String failedChecks(LevelResult graded) {
        List<CheckOutcome> checks = new java.util.ArrayList<>(graded.shown().checks());
        if (graded.shown().passed() && !graded.perfect()) {
            checks.add(CheckOutcome.fail("level", graded.verdict()));
        }
        return failedChecks(checks);
    }

    /** Failed checks as a JSON array of {type, message}, as many as fit the column. */
    static String failedChecks(List<CheckOutcome> checks) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int length = 2;
        for (CheckOutcome c : checks) {
            if (c.passed()) {
                continue;
            }
            String message = c.message().length() > 500 ? c.message().substring(0, 500) + "…" : c.message();
            var item = JsonNodeFactory.instance.objectNode().put("type", c.type()).put("message", message);
            var key = c.text().toJson(); // so a reader sees it in her own language
            if (key.toString().length() <= 1000) {
                item.set("i18n", key);
            }
            int itemLength = item.toString().length() + 1;
            if (length + itemLength > FAILED_CHECKS_CHARS) {
                break;
            }
            array.add(item);
            length += itemLength;
        }
        return array.isEmpty() ? null : array.toString();
    }

    /** Through the fair scheduler: one run in flight per user, a CPU budget per run, a bounded queue. */
    private <T> T schedule(SignedInUser user, java.util.function.Supplier<T> run) {
        return switch (runs.run(user == null ? -1 : user.id(), run)) {
            case RunScheduler.Outcome.Ran<T> ran -> ran.result();
            case RunScheduler.Outcome.AlreadyRunning<T> already -> throw new RunScheduler.RunRefused("lab.run.already");
            case RunScheduler.Outcome.Busy<T> busy -> throw new RunScheduler.RunRefused("lab.run.busy");
        };
    }

    /** Pupils' work is stored; staff only preview. */
    private static boolean stores(SignedInUser user) {
        return user != null && user.is(Role.PUPIL);
    }
}
