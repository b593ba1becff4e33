package dk.opdag.lab;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Comments and hints a teacher left on a pupil's work, shown to the pupil in the experiment view. The lab only reads
 * them; the classroom feature, where teachers write them, implements this interface.
 */
public interface TeacherNoteSource {

    /** A note for the pupil, newest first in {@link #notesFor}. */
    record TeacherNote(String text, boolean hint, String teacherName, OffsetDateTime at) {
    }

    /** Notes for this pupil on this experiment, newest first; empty when there are none. */
    List<TeacherNote> notesFor(long pupilId, String experimentId);

    /** Stops watching. */
    @FunctionalInterface
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Calls {@code onNewNote} (on a background thread, quickly) whenever a teacher leaves a new note for this pupil on
     * this experiment, until the returned watch is closed. Without a live feed nothing is ever called.
     */
    default Watch watch(long pupilId, String experimentId, Runnable onNewNote) {
        return () -> { };
    }
}
