package dk.opdag.training.profile;

import dk.opdag.training.content.CompetenceItem;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.content.Module;
import dk.opdag.training.content.Track;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A teacher's competence profile from their newest finished self-assessment: target vs actual per dimension, the
 * knowledge-check results beside the self-rating, strongest and weakest items, modules for the largest gaps, and
 * the history over retakes.
 *
 * @param assessedAt     null when no self-assessment is finished yet (then the lists are empty)
 * @param targetsAssumed true when neither the teacher nor a team has set targets and {@link #DEFAULT_TARGET} stands in
 */
public record ProfileReport(OffsetDateTime assessedAt, List<DimensionRow> dimensions, List<ItemRow> strongest,
                            List<ItemRow> weakest, List<Recommendation> recommendations, List<HistoryPoint> history,
                            boolean targetsAssumed) {

    /** "Jeg kan det selv og bruger det i min undervisning": the target when none is set. */
    public static final int DEFAULT_TARGET = 3;

    /**
     * @param actual       mean self-rating over the dimension's items, one decimal
     * @param target       the teacher's own target, else their teams' highest, else {@link #DEFAULT_TARGET}
     * @param checkCorrect right answers in the newest knowledge checks of modules that train this dimension
     * @param checkTotal   questions in those checks (0: no check taken yet)
     */
    public record DimensionRow(Dimension dimension, String name, double actual, int target, TargetSource source,
                               int checkCorrect, int checkTotal) {

        public double gap() {
            return target - actual;
        }

        /** Share of knowledge-check questions answered right, 0–100, or -1 without any. */
        public int checkPercent() {
            return checkTotal == 0 ? -1 : Math.round(100f * checkCorrect / checkTotal);
        }
    }

    public enum TargetSource { PERSONAL, TEAM, DEFAULT }

    public record ItemRow(CompetenceItem item, int rating, int target) {

        public int gap() {
            return target - rating;
        }

        /** What the chosen step means for this item. */
        public String descriptor() {
            return item.levels().get(rating);
        }
    }

    /** A module for a gap, with the items whose gaps it closes. */
    public record Recommendation(Module module, Track track, List<CompetenceItem> because) {
    }

    /** One finished assessment's mean per dimension. */
    public record HistoryPoint(long assessmentId, OffsetDateTime finishedAt, Map<Dimension, Double> means) {
    }

    public boolean assessed() {
        return assessedAt != null;
    }
}
