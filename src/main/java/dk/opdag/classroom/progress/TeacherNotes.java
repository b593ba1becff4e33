package dk.opdag.classroom.progress;

import dk.opdag.lab.TeacherNoteSource;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives the lab's experiment view the notes a pupil's teachers left on the pupil's work. */
@Service
public class TeacherNotes implements TeacherNoteSource {

    /** Enough for a lesson's worth of hints; older ones are of no use on the screen. */
    static final int SHOWN = 20;

    private final TeacherNoteRepository notes;

    public TeacherNotes(TeacherNoteRepository notes) {
        this.notes = notes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeacherNote> notesFor(long pupilId, String experimentId) {
        return notes.notes(pupilId, experimentId, SHOWN);
    }
}
