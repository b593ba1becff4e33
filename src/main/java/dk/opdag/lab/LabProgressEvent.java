package dk.opdag.lab;

import java.time.OffsetDateTime;

/**
 * Something a pupil did in an experiment, published by the lab (as a Spring application event, synchronously inside
 * the transaction that stored it) so that other features can react in the same transaction: the classroom feature
 * writes it to its outbox for live teacher dashboards on every app instance.
 *
 * @param pupilId      the pupil
 * @param experimentId the experiment's curriculum id
 * @param kind         what happened
 * @param passed       for {@link Kind#RAN}: whether the level was passed; false for a save
 * @param revision     the workspace revision the event refers to
 * @param at           when it happened
 * @param levelId      the level ({@code ""} for an experiment without levels)
 * @param score        for {@link Kind#RAN}: the run's score (see {@code dk.opdag.experiment.level.Grade}); 0 else
 */
public record LabProgressEvent(long pupilId, String experimentId, Kind kind, boolean passed, int revision,
                               OffsetDateTime at, String levelId, int score) {

    /** An event of an experiment without levels. */
    public LabProgressEvent(long pupilId, String experimentId, Kind kind, boolean passed, int revision,
                            OffsetDateTime at) {
        this(pupilId, experimentId, kind, passed, revision, at, "", passed ? 30 : 0);
    }

    public enum Kind {
        /** The workspace was autosaved with a change. */
        SAVED,
        /** The program was run and the run stored. */
        RAN
    }
}
