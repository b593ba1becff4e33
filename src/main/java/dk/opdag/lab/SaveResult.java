package dk.opdag.lab;

import dk.opdag.experiment.Message;
import java.time.OffsetDateTime;
import java.util.Locale;

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
     * @param reason     the engine's explanation, rendered in the pupil's language; null when there is none
     */
    record Refused(String messageKey, Message reason) implements SaveResult {

        /** The engine's explanation in Danish, or empty. */
        public String detail() {
            return reason == null ? "" : reason.danish();
        }

        /** The engine's explanation in the given language, or empty. */
        public String detail(Locale locale) {
            return reason == null ? "" : reason.in(locale);
        }
    }

    /** Staff preview: work is kept in the page only. */
    record NotStored() implements SaveResult {
    }
}
