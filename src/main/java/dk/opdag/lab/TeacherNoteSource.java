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
}
