package dk.opdag.lab;

import static dk.opdag.db.Tables.LAB_RUN;
import static dk.opdag.db.Tables.LAB_WORKSPACE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * How far pupils are with experiments, aggregated in SQL over the lab's tables: for dashboards and progress pages of
 * other features, which never read lab_run or lab_workspace themselves. Read only. Two indexed queries (runs grouped
 * per pupil and experiment; the current workspaces) merged in memory.
 */
@Repository
public class ProgressSummaries {

    private final DSLContext dsl;

    public ProgressSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One pupil's work on one experiment.
     *
     * @param runs       runs stored
     * @param passedRuns runs in which every goal check passed
     * @param lastRunAt  null without runs
     * @param revision   the workspace's save count, 0 when never saved
     * @param savedAt    null when never saved
     */
    public record Summary(long pupilId, String experimentId, int runs, int passedRuns, OffsetDateTime lastRunAt,
                          int revision, OffsetDateTime savedAt) {

        public boolean passed() {
            return passedRuns > 0;
        }

        /** The later of the last save and the last run; null when nothing happened. */
        public OffsetDateTime lastChange() {
            if (lastRunAt == null) {
                return savedAt;
            }
            return savedAt == null || lastRunAt.isAfter(savedAt) ? lastRunAt : savedAt;
        }
    }

    /** Summaries for every pair of these pupils and experiments that has a workspace or a run; others are absent. */
    public List<Summary> of(Collection<Long> pupilIds, Collection<String> experimentIds) {
        if (pupilIds.isEmpty() || experimentIds.isEmpty()) {
            return List.of();
        }
        record Key(long pupil, String experiment) {
        }
        Map<Key, Summary> byKey = new HashMap<>();
        dsl.select(LAB_RUN.PUPIL_ID, LAB_RUN.EXPERIMENT_ID, count(),
                        sum(when(LAB_RUN.PASSED.isTrue(), 1).otherwise(0)), max(LAB_RUN.RAN_AT))
                .from(LAB_RUN)
                .where(LAB_RUN.PUPIL_ID.in(pupilIds)).and(LAB_RUN.EXPERIMENT_ID.in(experimentIds))
                .groupBy(LAB_RUN.PUPIL_ID, LAB_RUN.EXPERIMENT_ID)
                .forEach(r -> byKey.put(new Key(r.value1(), r.value2()), new Summary(r.value1(), r.value2(),
                        r.value3(), r.value4().intValue(), r.value5(), 0, null)));
        dsl.select(LAB_WORKSPACE.PUPIL_ID, LAB_WORKSPACE.EXPERIMENT_ID, LAB_WORKSPACE.REVISION, LAB_WORKSPACE.SAVED_AT)
                .from(LAB_WORKSPACE)
                .where(LAB_WORKSPACE.PUPIL_ID.in(pupilIds)).and(LAB_WORKSPACE.EXPERIMENT_ID.in(experimentIds))
                .forEach(r -> byKey.merge(new Key(r.value1(), r.value2()),
                        new Summary(r.value1(), r.value2(), 0, 0, null, r.value3(), r.value4()),
                        (runs, ws) -> new Summary(runs.pupilId(), runs.experimentId(), runs.runs(),
                                runs.passedRuns(), runs.lastRunAt(), ws.revision(), ws.savedAt())));
        return new ArrayList<>(byKey.values());
    }
}
