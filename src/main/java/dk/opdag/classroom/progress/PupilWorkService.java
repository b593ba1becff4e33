package dk.opdag.classroom.progress;

import dk.opdag.account.AuditLog;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.live.ProgressOutboxRepository;
import dk.opdag.lab.LabReadService;
import dk.opdag.lab.LabRepository;
import dk.opdag.lab.TeacherNoteSource.TeacherNote;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher looking into one pupil's work on one experiment of an assignment: the current program, the runs with
 * their failed checks, the versions, and the notes left so far. Every look is written to the audit log (who, whom,
 * when), in the same transaction as the read.
 */
@Service
public class PupilWorkService {

    public static final String AUDIT_OPEN = "OPEN_PUPIL_WORK";
    public static final String AUDIT_VERSION = "OPEN_PUPIL_VERSION";
    public static final String AUDIT_NOTE = "TEACHER_NOTE";
    public static final int MAX_NOTE = 1000;
    static final int HISTORY = 50;

    private final AssignmentService assignments;
    private final ProgressService progress;
    private final LabReadService lab;
    private final TeacherNoteRepository notes;
    private final ProgressOutboxRepository outbox;
    private final ActivityLookup activities;
    private final AuditLog audit;
    private final Clock clock;

    public PupilWorkService(AssignmentService assignments, ProgressService progress, LabReadService lab,
                            TeacherNoteRepository notes, ProgressOutboxRepository outbox, ActivityLookup activities,
                            AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.assignments = assignments;
        this.progress = progress;
        this.lab = lab;
        this.notes = notes;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One level of the experiment as the teacher sees the pupil's work on it.
     *
     * @param bestScore the pupil's best run (see {@code dk.opdag.experiment.level.Grade}); null before the first
     */
    public record LevelRow(String levelId, int number, String title, Integer bestScore, int runs) {
    }

    /**
     * Everything the teacher sees of the work: every level with its best result, and for the level shown
     * ({@code levelId}) the program, versions and hints used; {@code current} is empty when the pupil has not
     * changed that level's start program, which is then in {@code startWorkspace}. {@code runs} are of every level.
     */
    public record PupilWork(Assignment assignment, long pupilId, String pupilName, String experimentId,
                            String experimentTitle, List<LevelRow> levels, String levelId,
                            Optional<LabRepository.Saved> current, String startWorkspace,
                            List<LabRepository.Run> runs, List<LabRepository.Version> versions,
                            List<TeacherNote> notes, LabReadService.HintUse hints) {

        /** The row of the level shown. */
        public LevelRow shownLevel() {
            return levels.stream().filter(l -> l.levelId().equals(levelId)).findFirst().orElse(levels.getFirst());
        }
    }

    /** The pupil's work on the level they have reached. */
    @Transactional
    public PupilWork open(SignedInUser teacher, long assignmentId, long pupilId, String experimentId) {
        return open(teacher, assignmentId, pupilId, experimentId, null);
    }

    /** The pupil's work on one level ({@code null}: the level the pupil has reached). */
    @Transactional
    public PupilWork open(SignedInUser teacher, long assignmentId, long pupilId, String experimentId,
                          String levelId) {
        Target t = target(teacher, assignmentId, pupilId, experimentId);
        java.util.Map<String, LabRepository.LevelBest> best = new java.util.HashMap<>();
        lab.best(pupilId, experimentId).forEach(b -> best.put(b.levelId(), b));
        List<LevelRow> levels = lab.levels(experimentId).stream().map(l -> {
            LabRepository.LevelBest b = best.get(l.levelId());
            return new LevelRow(l.levelId(), l.number(), l.title(), b == null ? null : b.bestScore(),
                    b == null ? 0 : b.runs());
        }).toList();
        String shown = levelId != null && levels.stream().anyMatch(l -> l.levelId().equals(levelId)) ? levelId
                : reached(levels);
        audit.record(teacher.id(), AUDIT_OPEN, pupilId, experimentId + (shown.isEmpty() ? "" : " niveau " + shown)
                + " (opgave " + assignmentId + ")");
        return new PupilWork(t.assignment, pupilId, t.pupil.displayName(), experimentId,
                activities.experimentTitle(experimentId), levels, shown, lab.current(pupilId, experimentId, shown),
                lab.startWorkspace(experimentId, shown).orElse(null), lab.runs(pupilId, experimentId, HISTORY),
                lab.versions(pupilId, experimentId, shown, HISTORY), notes.notes(pupilId, experimentId, HISTORY),
                lab.hints(pupilId, experimentId, shown));
    }

    /** The first level not passed yet, else the last. */
    private static String reached(List<LevelRow> levels) {
        return levels.stream().filter(l -> l.bestScore() == null
                        || !dk.opdag.experiment.level.Grade.of(l.bestScore()).passed())
                .findFirst().orElse(levels.getLast()).levelId();
    }

    /** An older version of the program; also an opening of the pupil's work, so it is audited too. */
    @Transactional
    public Optional<String> version(SignedInUser teacher, long assignmentId, long pupilId, String experimentId,
                                    long versionId) {
        target(teacher, assignmentId, pupilId, experimentId);
        audit.record(teacher.id(), AUDIT_VERSION, pupilId, experimentId + " version " + versionId);
        return lab.version(pupilId, versionId);
    }

    /** A comment, or a hint ({@code hint} true), that the pupil sees in the experiment view. */
    @Transactional
    public void addNote(SignedInUser teacher, long assignmentId, long pupilId, String experimentId, String text,
                        boolean hint) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new ClassroomException("teaching.note.error.empty");
        }
        if (clean.length() > MAX_NOTE) {
            throw new ClassroomException("teaching.note.error.too-long", clean.length(), MAX_NOTE);
        }
        Target t = target(teacher, assignmentId, pupilId, experimentId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        notes.add(pupilId, experimentId, teacher.id(), hint, clean, now);
        // Through the outbox, in this transaction: the pupil's open experiment (on any instance) shows the note at
        // once, and the class's dashboards mark the hint.
        outbox.appendNote(t.assignment().classId(), pupilId, experimentId, now);
        audit.record(teacher.id(), AUDIT_NOTE, pupilId, experimentId);
    }

    @Transactional(readOnly = true)
    public List<TeacherNote> notes(SignedInUser teacher, long assignmentId, long pupilId, String experimentId) {
        target(teacher, assignmentId, pupilId, experimentId);
        return notes.notes(pupilId, experimentId, HISTORY);
    }

    private record Target(Assignment assignment, PupilRow pupil) {
    }

    /** Refuses unless the teacher teaches the class, the pupil has the assignment, and it holds the experiment. */
    private Target target(SignedInUser teacher, long assignmentId, long pupilId, String experimentId) {
        Assignment a = assignments.require(teacher, assignmentId);
        if (!a.experimentIds().contains(experimentId)) {
            throw new ClassroomException("teaching.work.error.experiment");
        }
        PupilRow pupil = progress.pupilsOf(a).stream().filter(p -> p.id() == pupilId).findFirst()
                .orElseThrow(() -> new ClassroomException("teaching.work.error.pupil"));
        return new Target(a, pupil);
    }
}
