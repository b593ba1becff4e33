package dk.opdag.classroom.progress;

import dk.opdag.lab.ProgressSummaries.Summary;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a pupil counts as stuck: several failed runs on the level reached (it has never been passed, so every one of
 * them failed), or no change for a while on a started experiment of an open assignment. Passed means every level. Both thresholds are in application.properties
 * ({@code opdag.progress.stuck-failed-runs}, {@code opdag.progress.stuck-idle}).
 */
@Component
public class ProgressRules {

    private final int stuckFailedRuns;
    private final Duration stuckIdle;

    public ProgressRules(@Value("${opdag.progress.stuck-failed-runs:3}") int stuckFailedRuns,
                         @Value("${opdag.progress.stuck-idle:PT10M}") Duration stuckIdle) {
        if (stuckFailedRuns < 1 || stuckIdle.isNegative() || stuckIdle.isZero()) {
            throw new IllegalArgumentException("opdag.progress thresholds must be positive");
        }
        this.stuckFailedRuns = stuckFailedRuns;
        this.stuckIdle = stuckIdle;
    }

    /**
     * @param summary    the pupil's work on the experiment, or null when there is none
     * @param open       the assignment is open (a paused or closed one makes nobody stuck by waiting)
     */
    public CellStatus statusOf(Summary summary, boolean open, OffsetDateTime now) {
        if (summary == null || !summary.started()) {
            return CellStatus.NOT_STARTED;
        }
        if (summary.passed()) {
            return CellStatus.PASSED;
        }
        // The level reached was never passed, so every run on it failed: they are the failed runs in a row.
        if (summary.runsOnCurrentLevel() >= stuckFailedRuns) {
            return CellStatus.STUCK;
        }
        OffsetDateTime last = summary.lastChange();
        if (open && last != null && Duration.between(last, now).compareTo(stuckIdle) > 0) {
            return CellStatus.STUCK;
        }
        return CellStatus.WORKING;
    }

    public int stuckFailedRuns() {
        return stuckFailedRuns;
    }

    public Duration stuckIdle() {
        return stuckIdle;
    }
}
