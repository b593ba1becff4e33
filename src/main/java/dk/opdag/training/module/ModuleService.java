package dk.opdag.training.module;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.RosterService;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.progress.AssignmentCompletion;
import dk.opdag.training.Staff;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.Module;
import dk.opdag.training.content.Track;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's own work on modules: starting, the knowledge check, the private logbook, the practice task in one of
 * their classes (given through the classroom's assignment service), and completing. Everything here is the
 * signed-in teacher's own; nobody else reads it through this service.
 */
@Service
public class ModuleService {

    public static final int MAX_ENTRY = 4_000;

    private final ModuleRepository repository;
    private final TrainingCatalog catalog;
    private final ClassroomService classrooms;
    private final RosterService roster;
    private final AssignmentService assignments;
    private final AssignmentCompletion completion;
    private final Clock clock;

    public ModuleService(ModuleRepository repository, TrainingCatalog catalog, ClassroomService classrooms,
                         RosterService roster, AssignmentService assignments, AssignmentCompletion completion,
                         Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.classrooms = classrooms;
        this.roster = roster;
        this.assignments = assignments;
        this.completion = completion;
        this.clock = clock;
    }

    public enum Status { NOT_STARTED, STARTED, COMPLETED }

    /** A module with the teacher's progress on it. */
    public record ModuleEntry(Module module, Status status, ModuleRepository.CheckResult check) {
    }

    public record TrackEntry(Track track, List<ModuleEntry> modules) {

        public long completed() {
            return modules.stream().filter(m -> m.status() == Status.COMPLETED).count();
        }

        public boolean isCompleted() {
            return completed() == modules.size();
        }
    }

    /** Every track with the teacher's status per module, in the content's order. */
    @Transactional(readOnly = true)
    public List<TrackEntry> overview(SignedInUser user) {
        Staff.require(user);
        Map<String, ModuleRepository.Progress> progress = repository.progress(user.id());
        Map<String, ModuleRepository.CheckResult> checks = repository.latestChecks(user.id());
        return catalog.content().tracks().stream().map(t -> new TrackEntry(t, t.modules().stream()
                .map(m -> new ModuleEntry(m, status(progress.get(m.id())), checks.get(m.id()))).toList())).toList();
    }

    private static Status status(ModuleRepository.Progress p) {
        return p == null ? Status.NOT_STARTED : p.completed() ? Status.COMPLETED : Status.STARTED;
    }

    /** Everything the module page shows for the teacher. */
    public record ModuleState(Module module, Track track, Status status, ModuleRepository.Progress progress,
                              ModuleRepository.CheckResult check, List<ModuleRepository.LogbookEntry> logbook,
                              Optional<PracticeStatus> practice) {
    }

    @Transactional(readOnly = true)
    public ModuleState state(SignedInUser user, String moduleId) {
        Staff.require(user);
        Module module = require(moduleId);
        ModuleRepository.Progress progress = repository.progress(user.id()).get(module.id());
        return new ModuleState(module, catalog.content().track(module.trackId()).orElseThrow(), status(progress),
                progress, repository.latestChecks(user.id()).get(module.id()),
                repository.logbook(user.id(), module.id()), practice(user, module.id()));
    }

    @Transactional
    public void start(SignedInUser user, String moduleId) {
        Staff.require(user);
        Module module = require(moduleId);
        repository.start(user.id(), module.id(), module.trackId(), OffsetDateTime.now(clock));
    }

    /** The outcome of one question: what was chosen, what is right, and why. */
    public record QuestionOutcome(int chosen, int correct, String explanation) {

        public boolean right() {
            return chosen == correct;
        }
    }

    public record CheckOutcome(int correct, int total, List<QuestionOutcome> questions) {
    }

    /**
     * Marks the knowledge check: one chosen option index per question, in order. Every attempt is kept; the newest
     * stands beside the self-assessment.
     */
    @Transactional
    public CheckOutcome submitCheck(SignedInUser user, String moduleId, List<Integer> chosen) {
        Staff.require(user);
        Module module = require(moduleId);
        List<Module.Question> questions = module.check();
        if (chosen == null || chosen.size() != questions.size() || chosen.stream().anyMatch(c -> c == null)) {
            throw new TrainingException("training.check.error.unanswered");
        }
        List<QuestionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Module.Question q = questions.get(i);
            int c = chosen.get(i);
            if (c < 0 || c >= q.options().size()) {
                throw new TrainingException("training.check.error.unanswered");
            }
            outcomes.add(new QuestionOutcome(c, q.correctIndex(), q.explanation()));
        }
        int correct = (int) outcomes.stream().filter(QuestionOutcome::right).count();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.start(user.id(), module.id(), module.trackId(), now);
        repository.saveCheck(user.id(), module.id(), correct, questions.size(), now);
        return new CheckOutcome(correct, questions.size(), outcomes);
    }

    /** Done by the teacher's own word, once the knowledge check has been taken. */
    @Transactional
    public void complete(SignedInUser user, String moduleId) {
        Staff.require(user);
        Module module = require(moduleId);
        if (!repository.latestChecks(user.id()).containsKey(module.id())) {
            throw new TrainingException("training.module.error.check-first");
        }
        repository.complete(user.id(), module.id(), module.trackId(), null, OffsetDateTime.now(clock));
    }

    /** Writes the answer to one logbook prompt of the module; an empty text removes it. */
    @Transactional
    public void saveEntry(SignedInUser user, String moduleId, int promptNo, String text) {
        Staff.require(user);
        Module module = require(moduleId);
        if (promptNo < 0 || promptNo >= module.reflection().size()) {
            throw new TrainingException("training.logbook.error.prompt");
        }
        String entry = text == null ? "" : text.strip();
        if (entry.length() > MAX_ENTRY) {
            throw new TrainingException("training.logbook.error.long", MAX_ENTRY);
        }
        if (entry.isEmpty()) {
            repository.logbook(user.id(), module.id()).stream().filter(e -> e.promptNo() == promptNo)
                    .forEach(e -> repository.deleteEntry(user.id(), e.id()));
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.start(user.id(), module.id(), module.trackId(), now);
        repository.saveEntry(user.id(), module.id(), promptNo, module.reflection().get(promptNo), entry, now);
    }

    /** The teacher's whole logbook, newest first. */
    @Transactional(readOnly = true)
    public List<ModuleRepository.LogbookEntry> logbook(SignedInUser user) {
        Staff.require(user);
        return repository.logbook(user.id(), null);
    }

    @Transactional
    public void deleteEntry(SignedInUser user, long entryId) {
        Staff.require(user);
        if (!repository.deleteEntry(user.id(), entryId)) {
            throw new TrainingException("training.logbook.error.not-found");
        }
    }

    @Transactional
    public int deleteLogbook(SignedInUser user) {
        Staff.require(user);
        return repository.deleteLogbook(user.id());
    }

    /** The teacher's classes this school year, to give the practice task to. */
    @Transactional(readOnly = true)
    public List<ClassSummary> practiceClasses(SignedInUser user) {
        Staff.requireTeacher(user);
        return classrooms.myClasses(user);
    }

    /** The pupils of one of the teacher's classes, for giving the task to a group only. */
    @Transactional(readOnly = true)
    public List<PupilRow> pupils(SignedInUser user, long classId) {
        Staff.requireTeacher(user);
        return call(() -> roster.pupils(user, classId));
    }

    /**
     * How the class is doing with the practice task.
     *
     * @param available false when the assignment can no longer be followed (removed, or the class is not the
     *                  teacher's any more)
     */
    public record PracticeStatus(String className, String activityTitle, OffsetDateTime assignedAt, int pupilsDone,
                                 int pupilsTotal, boolean done, boolean available) {
    }

    /**
     * Gives the module's practice activity to one of the teacher's classes, or to chosen pupils of it, through the
     * classroom's assignment service (which checks that the class is the teacher's).
     */
    @Transactional
    public PracticeStatus assignPractice(SignedInUser user, String moduleId, long classId, Collection<Long> pupilIds) {
        Staff.requireTeacher(user);
        Module module = require(moduleId);
        if (module.inClass() == null) {
            throw new TrainingException("training.practice.error.none");
        }
        long assignmentId = call(() -> assignments.assign(user, classId, module.inClass().activityId(),
                pupilIds == null ? List.of() : pupilIds, null));
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.start(user.id(), module.id(), module.trackId(), now);
        repository.savePractice(user.id(), module.id(), classId, assignmentId, now);
        return practice(user, module.id()).orElseThrow();
    }

    private Optional<PracticeStatus> practice(SignedInUser user, String moduleId) {
        return repository.practice(user.id(), moduleId).map(p -> {
            try {
                AssignmentCompletion.Completion c = completion.of(user, p.assignmentId());
                return new PracticeStatus(c.className(), c.activityTitle(), p.assignedAt(), c.pupilsDone(),
                        c.pupilsTotal(), c.done(), !c.removed());
            } catch (ClassroomException e) {
                return new PracticeStatus("", "", p.assignedAt(), 0, 0, false, false);
            }
        });
    }

    public Module require(String moduleId) {
        return catalog.module(moduleId).orElseThrow(() -> new TrainingException("training.module.error.not-found"));
    }

    /** Classroom refusals become training refusals with the classroom's own message key. */
    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ClassroomException e) {
            throw new TrainingException(e.messageKey(), e.params());
        }
    }
}
