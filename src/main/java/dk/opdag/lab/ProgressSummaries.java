package dk.opdag.lab;

import static dk.opdag.db.Tables.LAB_LEVEL_RESULT;
import static dk.opdag.db.Tables.LAB_RUN;
import static org.jooq.impl.DSL.count;
import static dk.opdag.db.Tables.LAB_WORKSPACE;

import dk.opdag.experiment.level.Grade;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * How far pupils are with experiments and their levels, read from the lab's tables: for dashboards and progress pages
 * of other features, which never read lab_level_result or lab_workspace themselves. Read only. Two indexed queries
 * (best results per level; the current workspaces) merged in memory, in the order of each experiment's levels.
 */
@Repository
public class ProgressSummaries {

    private final DSLContext dsl;

    public ProgressSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One pupil on one level.
     *
     * @param bestScore the best run's score (see {@link Grade}), null before the first run
     * @param runs      runs stored
     * @param lastRunAt null without runs
     * @param revision  the level's workspace save count, 0 when never saved
     * @param savedAt   null when never saved
     * @param recentRuns runs since the moment the caller asked about (0 when it asked about none)
     */
    public record LevelProgress(String levelId, Integer bestScore, int runs, OffsetDateTime lastRunAt, int revision,
                                OffsetDateTime savedAt, int recentRuns) {

        public LevelProgress(String levelId, Integer bestScore, int runs, OffsetDateTime lastRunAt, int revision,
                             OffsetDateTime savedAt) {
            this(levelId, bestScore, runs, lastRunAt, revision, savedAt, 0);
        }

        LevelProgress withRecentRuns(int recent) {
            return new LevelProgress(levelId, bestScore, runs, lastRunAt, revision, savedAt, recent);
        }

        public boolean passed() {
            return bestScore != null && Grade.of(bestScore).passed();
        }

        public boolean perfect() {
            return bestScore != null && Grade.of(bestScore) == Grade.PERFECT;
        }

        boolean started() {
            return runs > 0 || revision > 0;
        }
    }

    /**
     * One pupil's work on one experiment: a row per level, in the experiment's order (levels without work included).
     */
    public record Summary(long pupilId, String experimentId, List<LevelProgress> levels) {

        public Summary {
            levels = List.copyOf(levels);
        }

        public int levelCount() {
            return levels.size();
        }

        public int levelsPassed() {
            return (int) levels.stream().filter(LevelProgress::passed).count();
        }

        public int levelsPerfect() {
            return (int) levels.stream().filter(LevelProgress::perfect).count();
        }

        /** Every level is passed: the experiment is done. */
        public boolean passed() {
            return !levels.isEmpty() && levelsPassed() == levels.size();
        }

        /** The level the pupil has reached (1-based): the first not passed, or the last when all are. */
        public int levelReached() {
            for (int i = 0; i < levels.size(); i++) {
                if (!levels.get(i).passed()) {
                    return i + 1;
                }
            }
            return levels.size();
        }

        /** Runs on the level reached; while it is not passed, every one of them failed. */
        public int runsOnCurrentLevel() {
            return levels.isEmpty() ? 0 : levels.get(levelReached() - 1).runs();
        }

        /**
         * Recent runs on the level reached (see {@link #of(Collection, Collection, Function, OffsetDateTime)}); while
         * that level is not passed, every one of them failed.
         */
        public int recentRunsOnCurrentLevel() {
            return levels.isEmpty() ? 0 : levels.get(levelReached() - 1).recentRuns();
        }

        /** Runs on every level. */
        public int runs() {
            return levels.stream().mapToInt(LevelProgress::runs).sum();
        }

        /** Saves on every level; 0 when nothing was ever saved. */
        public int revision() {
            return levels.stream().mapToInt(LevelProgress::revision).sum();
        }

        public boolean started() {
            return levels.stream().anyMatch(LevelProgress::started);
        }

        /** The latest save or run on any level; null when nothing happened. */
        public OffsetDateTime lastChange() {
            OffsetDateTime last = null;
            for (LevelProgress l : levels) {
                for (OffsetDateTime t : new OffsetDateTime[] {l.lastRunAt(), l.savedAt()}) {
                    if (t != null && (last == null || t.isAfter(last))) {
                        last = t;
                    }
                }
            }
            return last;
        }
    }

    /**
     * Summaries for every pair of these pupils and experiments that has a workspace or a run; others are absent.
     *
     * @param levelsOf an experiment's level ids in order; an experiment it does not know (empty list) gets the levels
     *                 found in the tables
     */
    public List<Summary> of(Collection<Long> pupilIds, Collection<String> experimentIds,
                            Function<String, List<String>> levelsOf) {
        return of(pupilIds, experimentIds, levelsOf, null);
    }

    /**
     * As {@link #of(Collection, Collection, Function)}, and with each level's runs since {@code recentSince} counted
     * ({@link LevelProgress#recentRuns()}), from a third indexed query; null counts none.
     */
    public List<Summary> of(Collection<Long> pupilIds, Collection<String> experimentIds,
                            Function<String, List<String>> levelsOf, OffsetDateTime recentSince) {
        if (pupilIds.isEmpty() || experimentIds.isEmpty()) {
            return List.of();
        }
        record Key(long pupil, String experiment) {
        }
        Map<Key, Map<String, LevelProgress>> byKey = new LinkedHashMap<>();
        dsl.select(LAB_LEVEL_RESULT.PUPIL_ID, LAB_LEVEL_RESULT.EXPERIMENT_ID, LAB_LEVEL_RESULT.LEVEL_ID,
                        LAB_LEVEL_RESULT.BEST_SCORE, LAB_LEVEL_RESULT.RUNS, LAB_LEVEL_RESULT.LAST_RUN_AT)
                .from(LAB_LEVEL_RESULT)
                .where(LAB_LEVEL_RESULT.PUPIL_ID.in(pupilIds)).and(LAB_LEVEL_RESULT.EXPERIMENT_ID.in(experimentIds))
                .forEach(r -> byKey.computeIfAbsent(new Key(r.value1(), r.value2()), k -> new LinkedHashMap<>())
                        .put(r.value3(), new LevelProgress(r.value3(), r.value4(), r.value5(), r.value6(), 0, null)));
        dsl.select(LAB_WORKSPACE.PUPIL_ID, LAB_WORKSPACE.EXPERIMENT_ID, LAB_WORKSPACE.LEVEL_ID,
                        LAB_WORKSPACE.REVISION, LAB_WORKSPACE.SAVED_AT)
                .from(LAB_WORKSPACE)
                .where(LAB_WORKSPACE.PUPIL_ID.in(pupilIds)).and(LAB_WORKSPACE.EXPERIMENT_ID.in(experimentIds))
                .forEach(r -> byKey.computeIfAbsent(new Key(r.value1(), r.value2()), k -> new LinkedHashMap<>())
                        .merge(r.value3(), new LevelProgress(r.value3(), null, 0, null, r.value4(), r.value5()),
                                (runs, ws) -> new LevelProgress(runs.levelId(), runs.bestScore(), runs.runs(),
                                        runs.lastRunAt(), ws.revision(), ws.savedAt())));
        if (recentSince != null) {
            dsl.select(LAB_RUN.PUPIL_ID, LAB_RUN.EXPERIMENT_ID, LAB_RUN.LEVEL_ID, count())
                    .from(LAB_RUN)
                    .where(LAB_RUN.PUPIL_ID.in(pupilIds)).and(LAB_RUN.EXPERIMENT_ID.in(experimentIds))
                    .and(LAB_RUN.RAN_AT.ge(recentSince))
                    .groupBy(LAB_RUN.PUPIL_ID, LAB_RUN.EXPERIMENT_ID, LAB_RUN.LEVEL_ID)
                    .forEach(r -> byKey.computeIfPresent(new Key(r.value1(), r.value2()), (k, levels) -> {
                        levels.computeIfPresent(r.value3(), (level, p) -> p.withRecentRuns(r.value4()));
                        return levels;
                    }));
        }
        Map<String, List<String>> order = new LinkedHashMap<>();
        List<Summary> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, found) -> {
            List<String> levels = order.computeIfAbsent(key.experiment(), levelsOf);
            List<LevelProgress> rows = new ArrayList<>();
            if (levels.isEmpty()) {
                rows.addAll(found.values());
            } else {
                for (String level : levels) {
                    rows.add(found.getOrDefault(level, new LevelProgress(level, null, 0, null, 0, null)));
                }
            }
            out.add(new Summary(key.pupil(), key.experiment(), rows));
        });
        return out;
    }
}
