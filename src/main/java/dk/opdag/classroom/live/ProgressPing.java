package dk.opdag.classroom.live;

import java.time.OffsetDateTime;

/**
 * One row of the outbox as dashboards hear it: a pupil of a class saved or ran an experiment, or ({@code note}) a
 * teacher left a note on the pupil's work.
 */
public record ProgressPing(long id, long classId, long pupilId, String experimentId, boolean ran, boolean passed,
                           OffsetDateTime at, boolean note) {

    /** The outbox kind of a teacher's note. */
    static final String NOTE = "NOTE";
}
