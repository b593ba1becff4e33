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
 * @param passed       for {@link Kind#RAN}: whether every goal check passed; false for a save
 * @param revision     the workspace revision the event refers to
 * @param at           when it happened
 */
public record LabProgressEvent(long pupilId, String experimentId, Kind kind, boolean passed, int revision,
                               OffsetDateTime at) {

    public enum Kind {
        /** The workspace was autosaved with a change. */
        SAVED,
        /** The program was run and the run stored. */
        RAN
    }
}
