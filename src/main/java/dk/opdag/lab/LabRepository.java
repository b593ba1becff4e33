package dk.opdag.lab;

import static dk.opdag.db.Tables.LAB_HINTS_SEEN;
import static dk.opdag.db.Tables.LAB_RUN;
import static dk.opdag.db.Tables.LAB_WORKSPACE;
import static dk.opdag.db.Tables.LAB_WORKSPACE_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Workspaces, their versions and runs, per pupil and experiment. */
@Repository
public class LabRepository {

    private final DSLContext dsl;

    public LabRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Saved(int revision, String workspace, OffsetDateTime savedAt) {
    }

    public record Version(long id, int revision, OffsetDateTime savedAt) {
    }

    public record Run(long id, OffsetDateTime ranAt, boolean passed, int steps, String failedChecks, String error) {
    }

    /** How many of the experiment's hints the pupil has revealed (0 when none). */
    public int hintsSeen(long pupilId, String experimentId) {
        return dsl.select(LAB_HINTS_SEEN.HINTS_SEEN).from(LAB_HINTS_SEEN)
                .where(LAB_HINTS_SEEN.PUPIL_ID.eq(pupilId)).and(LAB_HINTS_SEEN.EXPERIMENT_ID.eq(experimentId))
                .fetchOptional(r -> r.value1()).orElse(0);
    }

    /** Raises the pupil's count of revealed hints to {@code count}; a lower count (an older tab) changes nothing. */
    public void seeHints(long pupilId, String experimentId, int count, OffsetDateTime now) {
        int raised = dsl.update(LAB_HINTS_SEEN)
                .set(LAB_HINTS_SEEN.HINTS_SEEN, count)
                .set(LAB_HINTS_SEEN.SEEN_AT, now)
                .where(LAB_HINTS_SEEN.PUPIL_ID.eq(pupilId)).and(LAB_HINTS_SEEN.EXPERIMENT_ID.eq(experimentId))
                .and(LAB_HINTS_SEEN.HINTS_SEEN.lt(count))
                .execute();
        if (raised == 0) {
            dsl.insertInto(LAB_HINTS_SEEN)
                    .set(LAB_HINTS_SEEN.PUPIL_ID, pupilId)
                    .set(LAB_HINTS_SEEN.EXPERIMENT_ID, experimentId)
                    .set(LAB_HINTS_SEEN.HINTS_SEEN, count)
                    .set(LAB_HINTS_SEEN.SEEN_AT, now)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    public Optional<Saved> current(long pupilId, String experimentId) {
        return dsl.select(LAB_WORKSPACE.REVISION, LAB_WORKSPACE.WORKSPACE, LAB_WORKSPACE.SAVED_AT)
                .from(LAB_WORKSPACE)
                .where(LAB_WORKSPACE.PUPIL_ID.eq(pupilId)).and(LAB_WORKSPACE.EXPERIMENT_ID.eq(experimentId))
                .fetchOptional(r -> new Saved(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Stores the workspace if the caller saw the latest revision ({@code expected}; 0 for a first save).
     * Returns the new revision, or empty when another tab saved in between (nothing is overwritten then).
     */
    public Optional<Integer> save(long pupilId, String experimentId, int expected, String workspace,
                                  OffsetDateTime now) {
        if (expected == 0) {
            int inserted = dsl.insertInto(LAB_WORKSPACE)
                    .set(LAB_WORKSPACE.PUPIL_ID, pupilId)
                    .set(LAB_WORKSPACE.EXPERIMENT_ID, experimentId)
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
                .and(LAB_WORKSPACE.REVISION.eq(expected))
                .execute();
        return updated == 1 ? Optional.of(expected + 1) : Optional.empty();
    }

    public void addVersion(long pupilId, String experimentId, int revision, String workspace, OffsetDateTime now) {
        dsl.insertInto(LAB_WORKSPACE_VERSION)
                .set(LAB_WORKSPACE_VERSION.PUPIL_ID, pupilId)
                .set(LAB_WORKSPACE_VERSION.EXPERIMENT_ID, experimentId)
                .set(LAB_WORKSPACE_VERSION.REVISION, revision)
                .set(LAB_WORKSPACE_VERSION.WORKSPACE, workspace)
                .set(LAB_WORKSPACE_VERSION.SAVED_AT, now)
                .execute();
    }

    public Optional<OffsetDateTime> latestVersionAt(long pupilId, String experimentId) {
        return dsl.select(org.jooq.impl.DSL.max(LAB_WORKSPACE_VERSION.SAVED_AT)).from(LAB_WORKSPACE_VERSION)
                .where(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .and(LAB_WORKSPACE_VERSION.EXPERIMENT_ID.eq(experimentId))
                .fetchOptional(r -> r.value1());
    }

    /** The newest version, if any. */
    public Optional<Version> latestVersion(long pupilId, String experimentId) {
        List<Version> newest = versions(pupilId, experimentId, 1);
        return newest.isEmpty() ? Optional.empty() : Optional.of(newest.getFirst());
    }

    /** Newest first. */
    public List<Version> versions(long pupilId, String experimentId, int limit) {
        return dsl.select(LAB_WORKSPACE_VERSION.ID, LAB_WORKSPACE_VERSION.REVISION, LAB_WORKSPACE_VERSION.SAVED_AT)
                .from(LAB_WORKSPACE_VERSION)
                .where(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .and(LAB_WORKSPACE_VERSION.EXPERIMENT_ID.eq(experimentId))
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

    /** A version's workspace, only if it is this pupil's and belongs to this experiment. */
    public Optional<String> version(long pupilId, String experimentId, long versionId) {
        return dsl.select(LAB_WORKSPACE_VERSION.WORKSPACE).from(LAB_WORKSPACE_VERSION)
                .where(LAB_WORKSPACE_VERSION.ID.eq(versionId)).and(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .and(LAB_WORKSPACE_VERSION.EXPERIMENT_ID.eq(experimentId))
                .fetchOptional(LAB_WORKSPACE_VERSION.WORKSPACE);
    }

    public long addRun(long pupilId, String experimentId, OffsetDateTime at, boolean passed, int steps,
                       String failedChecks, String error, int revision) {
        return dsl.insertInto(LAB_RUN)
                .set(LAB_RUN.PUPIL_ID, pupilId)
                .set(LAB_RUN.EXPERIMENT_ID, experimentId)
                .set(LAB_RUN.RAN_AT, at)
                .set(LAB_RUN.PASSED, passed)
                .set(LAB_RUN.STEPS, steps)
                .set(LAB_RUN.FAILED_CHECKS, cut(failedChecks, 4000))
                .set(LAB_RUN.ERROR, cut(error, 1000))
                .set(LAB_RUN.REVISION, revision)
                .returning(LAB_RUN.ID).fetchOne().getId();
    }

    /** Newest first. */
    public List<Run> runs(long pupilId, String experimentId, int limit) {
        return dsl.select(LAB_RUN.ID, LAB_RUN.RAN_AT, LAB_RUN.PASSED, LAB_RUN.STEPS, LAB_RUN.FAILED_CHECKS,
                        LAB_RUN.ERROR)
                .from(LAB_RUN)
                .where(LAB_RUN.PUPIL_ID.eq(pupilId)).and(LAB_RUN.EXPERIMENT_ID.eq(experimentId))
                .orderBy(LAB_RUN.RAN_AT.desc(), LAB_RUN.ID.desc())
                .limit(limit)
                .fetch(r -> new Run(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
