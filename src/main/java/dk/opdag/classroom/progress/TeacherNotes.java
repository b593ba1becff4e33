package dk.opdag.classroom.progress;

import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.live.ProgressFeed;
import dk.opdag.lab.TeacherNoteSource;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the lab's experiment view the notes a pupil's teachers left on the pupil's work, and tells an open view at
 * once when a new one arrives (through the progress feed, so a note written on another app instance is heard too).
 */
@Service
public class TeacherNotes implements TeacherNoteSource {

    /** Enough for a lesson's worth of hints; older ones are of no use on the screen. */
    static final int SHOWN = 20;

    private final TeacherNoteRepository notes;
    private final ProgressFeed feed;
    private final ClassRepository classes;

    /** Without a live feed: notes are read, never pushed (for tests that wire services by hand). */
    public TeacherNotes(TeacherNoteRepository notes) {
        this(notes, null, null);
    }

    @Autowired
    public TeacherNotes(TeacherNoteRepository notes, ProgressFeed feed, ClassRepository classes) {
        this.notes = notes;
        this.feed = feed;
        this.classes = classes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeacherNote> notesFor(long pupilId, String experimentId) {
        return notes.notes(pupilId, experimentId, SHOWN);
    }

    @Override
    public Watch watch(long pupilId, String experimentId, Runnable onNewNote) {
        if (feed == null) {
            return () -> { };
        }
        Optional<Long> classId = classes.currentClassOf(pupilId);
        if (classId.isEmpty()) {
            return () -> { }; // a pupil without a class has no teacher to write to them
        }
        ProgressFeed.Subscription subscription = feed.subscribe(classId.get(), pings -> {
            if (pings.stream().anyMatch(p -> p.note() && p.pupilId() == pupilId
                    && p.experimentId().equals(experimentId))) {
                onNewNote.run();
            }
        });
        return subscription::close;
    }
}
