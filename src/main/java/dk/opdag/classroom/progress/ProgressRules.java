package dk.opdag.classroom.progress;

import dk.opdag.lab.ProgressSummaries.Summary;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a pupil counts as stuck: trying and failing, that is several failed runs on the level reached within a short
 * window ({@code opdag.progress.stuck-failed-runs} runs in {@code opdag.progress.stuck-window}). The level reached was
 * never passed, so every run on it failed. Time alone never makes anyone stuck: on a week-long assignment a pupil who
 * logged off is simply working. Passed means every level.
 */
@Component
public class ProgressRules {

    private final int stuckFailedRuns;
    private final Duration stuckWindow;

    public ProgressRules(@Value("${opdag.progress.stuck-failed-runs:3}") int stuckFailedRuns,
                         @Value("${opdag.progress.stuck-window:PT20M}") Duration stuckWindow) {
        if (stuckFailedRuns < 1 || stuckWindow.isNegative() || stuckWindow.isZero()) {
            throw new IllegalArgumentException("opdag.progress thresholds must be positive");
        }
        this.stuckFailedRuns = stuckFailedRuns;
        this.stuckWindow = stuckWindow;
    }

    /** From when runs count as recent: the summaries given to {@link #statusOf} must count runs since then. */
    public OffsetDateTime recentSince(OffsetDateTime now) {
        return now.minus(stuckWindow);
    }

    /**
     * @param summary the pupil's work on the experiment with recent runs counted since {@link #recentSince}, or null
     *                when there is none
     */
    public CellStatus statusOf(Summary summary) {
        if (summary == null || !summary.started()) {
            return CellStatus.NOT_STARTED;
        }
        if (summary.passed()) {
            return CellStatus.PASSED;
        }
        return summary.recentRunsOnCurrentLevel() >= stuckFailedRuns ? CellStatus.STUCK : CellStatus.WORKING;
    }

    public int stuckFailedRuns() {
        return stuckFailedRuns;
    }

    public Duration stuckWindow() {
        return stuckWindow;
    }
}
