package dk.opdag.lab;

import java.time.OffsetDateTime;

/** What became of an autosave. */
public sealed interface SaveResult {

    /** Stored as a new revision. */
    record Saved(int revision, OffsetDateTime at) implements SaveResult {
    }

    /** Nothing to store: the stored workspace is already exactly this one. */
    record Unchanged(int revision, OffsetDateTime at) implements SaveResult {
    }

    /**
     * Another tab or window saved in between; nothing was overwritten. Save again with {@code theirRevision} as the
     * base to keep this copy ({@link LabService#keepMine}), or load theirs.
     */
    record Conflict(int theirRevision, OffsetDateTime theirSavedAt, String theirWorkspace) implements SaveResult {
    }

    /**
     * Not stored because the workspace is unusable; the last saved work is untouched.
     *
     * @param messageKey i18n key ({@code lab.refused.*}) of the message for the pupil
     * @param detail     the engine's Danish explanation, or empty
     */
    record Refused(String messageKey, String detail) implements SaveResult {
    }

    /** Staff preview: work is kept in the page only. */
    record NotStored() implements SaveResult {
    }
}
