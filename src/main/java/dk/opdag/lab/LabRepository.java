package dk.opdag.lab;

import static dk.opdag.db.Tables.LAB_HINTS_SEEN;
import static dk.opdag.db.Tables.LAB_LEVEL_RESULT;
import static dk.opdag.db.Tables.LAB_RUN;
import static dk.opdag.db.Tables.LAB_WORKSPACE;
import static dk.opdag.db.Tables.LAB_WORKSPACE_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Workspaces, their versions, runs and best results, per pupil and level of an experiment. */
@Repository
public class LabRepository {

    private static final int PASS = dk.opdag.experiment.level.Grade.TOO_MANY_BLOCKS;

    private final DSLContext dsl;

    public LabRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Saved(int revision, String workspace, OffsetDateTime savedAt) {
    }

    public record Version(long id, int revision, OffsetDateTime savedAt) {
    }

    /**
     * One stored run.
     *
     * @param levelId the level it was a run of ({@code ""} for an experiment without levels)
     * @param score   in Code.org's bands: below 20 fails, 20–29 passes, 30 and above is perfect
     */
    /** @param errorKey the reason the program stopped as the engine's message (JSON), null for older runs */
    public record Run(long id, OffsetDateTime ranAt, boolean passed, int steps, String failedChecks, String error,
                      String levelId, int score, String errorKey) {
    }

    /**
     * A pupil's best on one level.
     *
     * @param firstPassedAt null while the level has never been passed
     */
    public record LevelBest(String levelId, int bestScore, OffsetDateTime bestAt, OffsetDateTime firstPassedAt,
                            int runs, OffsetDateTime lastRunAt) {

        public boolean passed() {
            return bestScore >= dk.opdag.experiment.level.Grade.TOO_MANY_BLOCKS;
        }
    }

    /** How many of the experiment's hints the pupil has revealed (0 when none). */
    public int hintsSeen(long pupilId, String experimentId, String levelId) {
        return dsl.select(LAB_HINTS_SEEN.HINTS_SEEN).from(LAB_HINTS_SEEN)
                .where(LAB_HINTS_SEEN.PUPIL_ID.eq(pupilId)).and(LAB_HINTS_SEEN.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_HINTS_SEEN.LEVEL_ID.eq(levelId))
                .fetchOptional(r -> r.value1()).orElse(0);
    }

    /** Raises the pupil's count of revealed hints to {@code count}; a lower count (an older tab) changes nothing. */
    public void seeHints(long pupilId, String experimentId, String levelId, int count, OffsetDateTime now) {
        int raised = dsl.update(LAB_HINTS_SEEN)
                .set(LAB_HINTS_SEEN.HINTS_SEEN, count)
                .set(LAB_HINTS_SEEN.SEEN_AT, now)
                .where(LAB_HINTS_SEEN.PUPIL_ID.eq(pupilId)).and(LAB_HINTS_SEEN.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_HINTS_SEEN.LEVEL_ID.eq(levelId))
                .and(LAB_HINTS_SEEN.HINTS_SEEN.lt(count))
                .execute();
        if (raised == 0) {
            dsl.insertInto(LAB_HINTS_SEEN)
                    .set(LAB_HINTS_SEEN.PUPIL_ID, pupilId)
                    .set(LAB_HINTS_SEEN.EXPERIMENT_ID, experimentId)
                    .set(LAB_HINTS_SEEN.LEVEL_ID, levelId)
                    .set(LAB_HINTS_SEEN.HINTS_SEEN, count)
                    .set(LAB_HINTS_SEEN.SEEN_AT, now)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    public Optional<Saved> current(long pupilId, String experimentId, String levelId) {
        return dsl.select(LAB_WORKSPACE.REVISION, LAB_WORKSPACE.WORKSPACE, LAB_WORKSPACE.SAVED_AT)
                .from(LAB_WORKSPACE)
                .where(LAB_WORKSPACE.PUPIL_ID.eq(pupilId)).and(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_WORKSPACE.LEVEL_ID.eq(levelId))
                .fetchOptional(r -> new Saved(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Stores the workspace if the caller saw the latest revision ({@code expected}; 0 for a first save).
     * Returns the new revision, or empty when another tab saved in between (nothing is overwritten then).
     */
    public Optional<Integer> save(long pupilId, String experimentId, String levelId, int expected, String workspace,
                                  OffsetDateTime now) {
        if (expected == 0) {
            int inserted = dsl.insertInto(LAB_WORKSPACE)
                    .set(LAB_WORKSPACE.PUPIL_ID, pupilId)
                    .set(LAB_WORKSPACE.EXPERIMENT_ID, experimentId)
                    .set(LAB_WORKSPACE.LEVEL_ID, levelId)
                    .set(LAB_WORKSPACE.REVISION, 1)
                    .set(LAB_WORKSPACE.WORKSPACE, workspace)
                    .set(LAB_WORKSPACE.SAVED_AT, now)
                    .onConflictDoNothing()
                    .execute();
            return inserted == 1 ? Optional.of(1) : Optional.empty();
        }
        int updated = dsl.update(LAB_WORKSPACE)
                .set(LAB_WORKSPACE.REVISION, expected + 1)
                .set(LAB_WORKSPACE.WORKSPACE, workspace)
                .set(LAB_WORKSPACE.SAVED_AT, now)
                .where(LAB_WORKSPACE.PUPIL_ID.eq(pupilId)).and(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_WORKSPACE.LEVEL_ID.eq(levelId)).and(LAB_WORKSPACE.REVISION.eq(expected))
                .execute();
        return updated == 1 ? Optional.of(expected + 1) : Optional.empty();
    }

    public void addVersion(long pupilId, String experimentId, String levelId, int revision, String workspace,
                           OffsetDateTime now) {
        dsl.insertInto(LAB_WORKSPACE_VERSION)
                .set(LAB_WORKSPACE_VERSION.PUPIL_ID, pupilId)
                .set(LAB_WORKSPACE_VERSION.EXPERIMENT_ID, experimentId)
                .set(LAB_WORKSPACE_VERSION.LEVEL_ID, levelId)
                .set(LAB_WORKSPACE_VERSION.REVISION, revision)
                .set(LAB_WORKSPACE_VERSION.WORKSPACE, workspace)
                .set(LAB_WORKSPACE_VERSION.SAVED_AT, now)
                .execute();
    }

    /** The newest version of the level, if any. */
    public Optional<Version> latestVersion(long pupilId, String experimentId, String levelId) {
        List<Version> newest = versions(pupilId, experimentId, levelId, 1);
        return newest.isEmpty() ? Optional.empty() : Optional.of(newest.getFirst());
    }

    /** The level's versions, newest first. */
    public List<Version> versions(long pupilId, String experimentId, String levelId, int limit) {
        return dsl.select(LAB_WORKSPACE_VERSION.ID, LAB_WORKSPACE_VERSION.REVISION, LAB_WORKSPACE_VERSION.SAVED_AT)
                .from(LAB_WORKSPACE_VERSION)
                .where(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .and(LAB_WORKSPACE_VERSION.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_WORKSPACE_VERSION.LEVEL_ID.eq(levelId))
                .orderBy(LAB_WORKSPACE_VERSION.SAVED_AT.desc(), LAB_WORKSPACE_VERSION.ID.desc())
                .limit(limit)
                .fetch(r -> new Version(r.value1(), r.value2(), r.value3()));
    }

    /** A version's workspace, only if it is this pupil's. */
    public Optional<String> version(long pupilId, long versionId) {
        return dsl.select(LAB_WORKSPACE_VERSION.WORKSPACE).from(LAB_WORKSPACE_VERSION)
                .where(LAB_WORKSPACE_VERSION.ID.eq(versionId)).and(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .fetchOptional(LAB_WORKSPACE_VERSION.WORKSPACE);
    }

    /** A version's workspace, only if it is this pupil's and belongs to this level of this experiment. */
    public Optional<String> version(long pupilId, String experimentId, String levelId, long versionId) {
        return dsl.select(LAB_WORKSPACE_VERSION.WORKSPACE).from(LAB_WORKSPACE_VERSION)
                .where(LAB_WORKSPACE_VERSION.ID.eq(versionId)).and(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .and(LAB_WORKSPACE_VERSION.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_WORKSPACE_VERSION.LEVEL_ID.eq(levelId))
                .fetchOptional(LAB_WORKSPACE_VERSION.WORKSPACE);
    }

    public long addRun(long pupilId, String experimentId, String levelId, OffsetDateTime at, int score, int steps,
                       String failedChecks, String error, String errorKey, int revision) {
        return dsl.insertInto(LAB_RUN)
                .set(LAB_RUN.PUPIL_ID, pupilId)
                .set(LAB_RUN.EXPERIMENT_ID, experimentId)
                .set(LAB_RUN.LEVEL_ID, levelId)
                .set(LAB_RUN.SCORE, score)
                .set(LAB_RUN.RAN_AT, at)
                .set(LAB_RUN.PASSED, dk.opdag.experiment.level.Grade.of(score).passed())
                .set(LAB_RUN.STEPS, steps)
                .set(LAB_RUN.FAILED_CHECKS, cut(failedChecks, 4000))
                .set(LAB_RUN.ERROR, cut(error, 1000))
                .set(LAB_RUN.ERROR_KEY, errorKey == null || errorKey.length() > 2000 ? null : errorKey)
                .set(LAB_RUN.REVISION, revision)
                .returning(LAB_RUN.ID).fetchOne().getId();
    }

    /** The runs of one level, newest first. */
    public List<Run> runs(long pupilId, String experimentId, String levelId, int limit) {
        return runs(pupilId, experimentId, LAB_RUN.LEVEL_ID.eq(levelId), limit);
    }

    /** The runs of every level of the experiment, newest first. */
    public List<Run> allRuns(long pupilId, String experimentId, int limit) {
        return runs(pupilId, experimentId, org.jooq.impl.DSL.noCondition(), limit);
    }

    private List<Run> runs(long pupilId, String experimentId, org.jooq.Condition level, int limit) {
        return dsl.select(LAB_RUN.ID, LAB_RUN.RAN_AT, LAB_RUN.PASSED, LAB_RUN.STEPS, LAB_RUN.FAILED_CHECKS,
                        LAB_RUN.ERROR, LAB_RUN.LEVEL_ID, LAB_RUN.SCORE, LAB_RUN.ERROR_KEY)
                .from(LAB_RUN)
                .where(LAB_RUN.PUPIL_ID.eq(pupilId)).and(LAB_RUN.EXPERIMENT_ID.eq(experimentId)).and(level)
                .orderBy(LAB_RUN.RAN_AT.desc(), LAB_RUN.ID.desc())
                .limit(limit)
                .fetch(r -> new Run(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    /** The pupil's best on each level of the experiment that has a run. */
    public List<LevelBest> best(long pupilId, String experimentId) {
        return dsl.select(LAB_LEVEL_RESULT.LEVEL_ID, LAB_LEVEL_RESULT.BEST_SCORE, LAB_LEVEL_RESULT.BEST_AT,
                        LAB_LEVEL_RESULT.FIRST_PASSED_AT, LAB_LEVEL_RESULT.RUNS, LAB_LEVEL_RESULT.LAST_RUN_AT)
                .from(LAB_LEVEL_RESULT)
                .where(LAB_LEVEL_RESULT.PUPIL_ID.eq(pupilId)).and(LAB_LEVEL_RESULT.EXPERIMENT_ID.eq(experimentId))
                .fetch(r -> new LevelBest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The levels of the experiment on which the pupil has a stored workspace. */
    public List<String> levelsWithWork(long pupilId, String experimentId) {
        return dsl.select(LAB_WORKSPACE.LEVEL_ID).from(LAB_WORKSPACE)
                .where(LAB_WORKSPACE.PUPIL_ID.eq(pupilId)).and(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId))
                .fetch(LAB_WORKSPACE.LEVEL_ID);
    }

    /**
     * Counts a run towards the level's best: one more run, and a higher score (never a lower one) becomes the best.
     * Inside the run's transaction; two tabs running at once both count.
     */
    public void recordResult(long pupilId, String experimentId, String levelId, int score, OffsetDateTime at) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = dsl.update(LAB_LEVEL_RESULT)
                    .set(LAB_LEVEL_RESULT.RUNS, LAB_LEVEL_RESULT.RUNS.plus(1))
                    .set(LAB_LEVEL_RESULT.LAST_RUN_AT, at)
                    .set(LAB_LEVEL_RESULT.BEST_AT, org.jooq.impl.DSL.when(LAB_LEVEL_RESULT.BEST_SCORE.lt(score), at)
                            .otherwise(LAB_LEVEL_RESULT.BEST_AT))
                    .set(LAB_LEVEL_RESULT.FIRST_PASSED_AT, org.jooq.impl.DSL.when(
                                    LAB_LEVEL_RESULT.FIRST_PASSED_AT.isNull()
                                            .and(org.jooq.impl.DSL.val(score).ge(PASS)), at)
                            .otherwise(LAB_LEVEL_RESULT.FIRST_PASSED_AT))
                    .set(LAB_LEVEL_RESULT.BEST_SCORE, org.jooq.impl.DSL.greatest(LAB_LEVEL_RESULT.BEST_SCORE,
                            org.jooq.impl.DSL.val(score)))
                    .where(LAB_LEVEL_RESULT.PUPIL_ID.eq(pupilId)).and(LAB_LEVEL_RESULT.EXPERIMENT_ID.eq(experimentId))
                    .and(LAB_LEVEL_RESULT.LEVEL_ID.eq(levelId))
                    .execute();
            if (updated == 1) {
                return;
            }
            int inserted = dsl.insertInto(LAB_LEVEL_RESULT)
                    .set(LAB_LEVEL_RESULT.PUPIL_ID, pupilId)
                    .set(LAB_LEVEL_RESULT.EXPERIMENT_ID, experimentId)
                    .set(LAB_LEVEL_RESULT.LEVEL_ID, levelId)
                    .set(LAB_LEVEL_RESULT.BEST_SCORE, score)
                    .set(LAB_LEVEL_RESULT.BEST_AT, at)
                    .set(LAB_LEVEL_RESULT.FIRST_PASSED_AT, score >= PASS ? at : null)
                    .set(LAB_LEVEL_RESULT.RUNS, 1)
                    .set(LAB_LEVEL_RESULT.LAST_RUN_AT, at)
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) {
                return;
            }
            // another tab inserted first: count this run on top of theirs
        }
    }

    /**
     * Moves the work a pupil stored before the experiment had levels (level id {@code ""}) to {@code levelId}:
     * workspaces, versions, runs, revealed hints and best results. Where the pupil already has that level (which the
     * app never produces, since this runs before anyone works), the older workspace is kept as a version and the
     * best of the two results counts: nothing is lost. Returns how many rows moved.
     */
    public int adoptLegacyWork(String experimentId, String levelId) {
        if (levelId.isEmpty()) {
            return 0;
        }
        String legacy = "";
        int moved = 0;
        var ws2 = LAB_WORKSPACE.as("ws2");
        // A clash: the legacy workspace becomes a version of the level, then goes.
        dsl.insertInto(LAB_WORKSPACE_VERSION, LAB_WORKSPACE_VERSION.PUPIL_ID, LAB_WORKSPACE_VERSION.EXPERIMENT_ID,
                        LAB_WORKSPACE_VERSION.LEVEL_ID, LAB_WORKSPACE_VERSION.REVISION, LAB_WORKSPACE_VERSION.WORKSPACE,
                        LAB_WORKSPACE_VERSION.SAVED_AT)
                .select(dsl.select(LAB_WORKSPACE.PUPIL_ID, LAB_WORKSPACE.EXPERIMENT_ID, org.jooq.impl.DSL.val(levelId),
                                LAB_WORKSPACE.REVISION, LAB_WORKSPACE.WORKSPACE, LAB_WORKSPACE.SAVED_AT)
                        .from(LAB_WORKSPACE)
                        .where(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId)).and(LAB_WORKSPACE.LEVEL_ID.eq(legacy))
                        .andExists(dsl.selectOne().from(ws2).where(ws2.PUPIL_ID.eq(LAB_WORKSPACE.PUPIL_ID))
                                .and(ws2.EXPERIMENT_ID.eq(experimentId)).and(ws2.LEVEL_ID.eq(levelId))))
                .execute();
        dsl.deleteFrom(LAB_WORKSPACE).where(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_WORKSPACE.LEVEL_ID.eq(legacy))
                .andExists(dsl.selectOne().from(ws2).where(ws2.PUPIL_ID.eq(LAB_WORKSPACE.PUPIL_ID))
                        .and(ws2.EXPERIMENT_ID.eq(experimentId)).and(ws2.LEVEL_ID.eq(levelId)))
                .execute();
        moved += dsl.update(LAB_WORKSPACE).set(LAB_WORKSPACE.LEVEL_ID, levelId)
                .where(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId)).and(LAB_WORKSPACE.LEVEL_ID.eq(legacy))
                .execute();
        moved += dsl.update(LAB_WORKSPACE_VERSION).set(LAB_WORKSPACE_VERSION.LEVEL_ID, levelId)
                .where(LAB_WORKSPACE_VERSION.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_WORKSPACE_VERSION.LEVEL_ID.eq(legacy))
                .execute();
        moved += dsl.update(LAB_RUN).set(LAB_RUN.LEVEL_ID, levelId)
                .where(LAB_RUN.EXPERIMENT_ID.eq(experimentId)).and(LAB_RUN.LEVEL_ID.eq(legacy))
                .execute();

        var h2 = LAB_HINTS_SEEN.as("h2");
        dsl.deleteFrom(LAB_HINTS_SEEN).where(LAB_HINTS_SEEN.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_HINTS_SEEN.LEVEL_ID.eq(legacy))
                .andExists(dsl.selectOne().from(h2).where(h2.PUPIL_ID.eq(LAB_HINTS_SEEN.PUPIL_ID))
                        .and(h2.EXPERIMENT_ID.eq(experimentId)).and(h2.LEVEL_ID.eq(levelId)))
                .execute();
        moved += dsl.update(LAB_HINTS_SEEN).set(LAB_HINTS_SEEN.LEVEL_ID, levelId)
                .where(LAB_HINTS_SEEN.EXPERIMENT_ID.eq(experimentId)).and(LAB_HINTS_SEEN.LEVEL_ID.eq(legacy))
                .execute();

        var r2 = LAB_LEVEL_RESULT.as("r2");
        for (var old : dsl.selectFrom(LAB_LEVEL_RESULT).where(LAB_LEVEL_RESULT.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_LEVEL_RESULT.LEVEL_ID.eq(legacy))
                .andExists(dsl.selectOne().from(r2).where(r2.PUPIL_ID.eq(LAB_LEVEL_RESULT.PUPIL_ID))
                        .and(r2.EXPERIMENT_ID.eq(experimentId)).and(r2.LEVEL_ID.eq(levelId)))
                .fetch()) {
            dsl.update(LAB_LEVEL_RESULT)
                    .set(LAB_LEVEL_RESULT.RUNS, LAB_LEVEL_RESULT.RUNS.plus(old.getRuns()))
                    .set(LAB_LEVEL_RESULT.BEST_SCORE, org.jooq.impl.DSL.greatest(LAB_LEVEL_RESULT.BEST_SCORE,
                            org.jooq.impl.DSL.val(old.getBestScore())))
                    .where(LAB_LEVEL_RESULT.PUPIL_ID.eq(old.getPupilId()))
                    .and(LAB_LEVEL_RESULT.EXPERIMENT_ID.eq(experimentId)).and(LAB_LEVEL_RESULT.LEVEL_ID.eq(levelId))
                    .execute();
            dsl.deleteFrom(LAB_LEVEL_RESULT).where(LAB_LEVEL_RESULT.PUPIL_ID.eq(old.getPupilId()))
                    .and(LAB_LEVEL_RESULT.EXPERIMENT_ID.eq(experimentId)).and(LAB_LEVEL_RESULT.LEVEL_ID.eq(legacy))
                    .execute();
        }
        moved += dsl.update(LAB_LEVEL_RESULT).set(LAB_LEVEL_RESULT.LEVEL_ID, levelId)
                .where(LAB_LEVEL_RESULT.EXPERIMENT_ID.eq(experimentId)).and(LAB_LEVEL_RESULT.LEVEL_ID.eq(legacy))
                .execute();
        return moved;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
