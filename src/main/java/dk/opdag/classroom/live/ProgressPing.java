package dk.opdag.classroom.live;

import java.time.OffsetDateTime;

/** One row of the outbox as dashboards hear it: a pupil of a class saved or ran an experiment. */
public record ProgressPing(long id, long classId, long pupilId, String experimentId, boolean ran, boolean passed,
                           OffsetDateTime at) {
}
