package dk.opdag.classroom.reflection;

import dk.opdag.account.AuditLog;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.assignment.AssignmentState;
import dk.opdag.curriculum.catalogue.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reflection after an activity: pupils answer its reflection questions (the youngest start from sentence starters);
 * the teacher reads the answers question by question and picks some to show on the board without names.
 */
@Service
public class ReflectionService {

    /** Room for a thoughtful paragraph; a longer text is refused with a message, and stays in the pupil's field. */
    public static final int MAX_ANSWER = 2000;
    /** Up to 3rd grade pupils get sentence starters to choose from. */
    public static final int STARTERS_UP_TO_GRADE = 3;
    /** A teacher read a pupil's reflection answers (one audit row per pupil whose answers were shown). */
    public static final String AUDIT_READ = "READ_REFLECTION";

    private final AssignmentService assignments;
    private final ReflectionRepository answers;
    private final ClassRepository classes;
    private final ActivityLookup activities;
    private final AuditLog audit;
    private final Clock clock;

    public ReflectionService(AssignmentService assignments, ReflectionRepository answers, ClassRepository classes,
                             ActivityLookup activities, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.answers = answers;
        this.classes = classes;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the pupil's reflection page shows. {@code answers} holds the saved ones by question number. */
    public record Form(Assignment assignment, List<String> questions, boolean starters,
                       Map<Integer, ReflectionRepository.Answer> answers) {
    }

    @Transactional(readOnly = true)
    public Form form(SignedInUser pupil, long assignmentId) {
        Assignment a = assignments.requireForPupil(pupil, assignmentId);
        ClassInfo klass = classes.find(a.classId()).orElseThrow();
        Map<Integer, ReflectionRepository.Answer> saved = answers.ofPupil(a.id(), pupil.id()).stream()
                .collect(Collectors.toMap(ReflectionRepository.Answer::questionNo, Function.identity()));
        return new Form(a, questions(a), klass.grade() <= STARTERS_UP_TO_GRADE, saved);
    }

    /** The activity's reflection questions as they are now; the answers keep the wording the pupil saw. */
    public List<String> questions(Assignment a) {
        ClassInfo klass = classes.find(a.classId()).orElseThrow();
        return activities.facts(a.activityId(), new Viewer(a.assignedBy(), klass.schoolId()))
                .map(f -> f.reflection()).orElse(List.of());
    }

    /**
     * Saved (with the new revision), or not saved because another tab saved first ({@code current} then holds the
     * answer that is stored). {@code notice} is an i18n key when the teacher paused, closed or removed the
     * assignment meanwhile: the answer is kept all the same.
     */
    public record Outcome(boolean saved, int revision, String current, String notice) {
    }

    @Transactional
    public Outcome save(SignedInUser pupil, long assignmentId, int questionNo, String text, int expectedRevision) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new ClassroomException("teaching.reflection.error.empty");
        }
        if (clean.length() > MAX_ANSWER) {
            throw new ClassroomException("teaching.reflection.error.too-long", clean.length(), MAX_ANSWER);
        }
        // A tab opened before the teacher paused or removed the assignment still saves: nothing the pupil wrote
        // is lost. Not being in the class (any more) or not having the assignment is refused.
        Assignment a = assignments.findForPupil(pupil, assignmentId);
        List<String> questions = questions(a);
        if (questionNo < 0 || questionNo >= questions.size()) {
            throw new ClassroomException("teaching.reflection.error.question");
        }
        Optional<Integer> revision = answers.save(a.id(), pupil.id(), questionNo, questions.get(questionNo), clean,
                expectedRevision, OffsetDateTime.now(clock));
        if (revision.isEmpty()) {
            var stored = answers.find(a.id(), pupil.id(), questionNo);
            return new Outcome(false, stored.map(ReflectionRepository.Answer::revision).orElse(0),
                    stored.map(ReflectionRepository.Answer::text).orElse(""), null);
        }
        String notice = a.removed() ? "teaching.reflection.saved-removed"
                : a.state() != AssignmentState.OPEN ? "teaching.reflection.saved-not-open" : null;
        return new Outcome(true, revision.get(), clean, notice);
    }

    /** One answer as the teacher reads it. */
    public record PupilAnswer(long pupilId, String pupilName, String text, boolean shown) {
    }

    public record QuestionAnswers(int questionNo, String question, List<PupilAnswer> answers) {
    }

    /**
     * Answers question by question, pupils by name; pupils no longer in the class are left out. Reading them is
     * looking into the pupils' work, so each pupil whose answers are shown gets an audit row.
     */
    @Transactional
    public List<QuestionAnswers> byQuestion(SignedInUser teacher, long assignmentId) {
        Assignment a = assignments.require(teacher, assignmentId);
        Map<Long, String> names = classes.pupils(a.classId()).stream()
                .collect(Collectors.toMap(PupilRow::id, PupilRow::displayName));
        List<String> questions = questions(a);
        Map<Integer, List<ReflectionRepository.Answer>> byNo = answers.ofAssignment(a.id()).stream()
                .filter(x -> names.containsKey(x.pupilId()))
                .collect(Collectors.groupingBy(ReflectionRepository.Answer::questionNo));
        byNo.values().stream().flatMap(List::stream).map(ReflectionRepository.Answer::pupilId).distinct()
                .forEach(pupil -> audit.record(teacher.id(), AUDIT_READ, pupil, "opgave " + a.id()));
        int count = Math.max(questions.size(), byNo.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
        List<QuestionAnswers> result = new ArrayList<>();
        for (int no = 0; no < count; no++) {
            List<ReflectionRepository.Answer> list = byNo.getOrDefault(no, List.of());
            String question = no < questions.size() ? questions.get(no)
                    : list.isEmpty() ? "" : list.getFirst().question();
            result.add(new QuestionAnswers(no, question, list.stream()
                    .map(x -> new PupilAnswer(x.pupilId(), names.get(x.pupilId()), x.text(), x.shown()))
                    .sorted(Comparator.comparing(PupilAnswer::pupilName, java.text.Collator.getInstance(
                            java.util.Locale.of("da"))))
                    .toList()));
        }
        return result;
    }

    @Transactional
    public void setShown(SignedInUser teacher, long assignmentId, long pupilId, int questionNo, boolean shown) {
        Assignment a = assignments.require(teacher, assignmentId);
        if (!answers.setShown(a.id(), pupilId, questionNo, shown)) {
            throw new ClassroomException("teaching.reflection.error.no-answer");
        }
    }

    /** A question on the board with the answers the teacher chose, without names, in no telling order. */
    public record BoardQuestion(String question, List<String> answers) {
    }

    @Transactional
    public List<BoardQuestion> board(SignedInUser teacher, long assignmentId) {
        return byQuestion(teacher, assignmentId).stream()
                .map(q -> new BoardQuestion(q.question(), q.answers().stream().filter(PupilAnswer::shown)
                        // Not by name: alphabetical order would give away who wrote what.
                        .sorted(Comparator.comparingInt(x -> Long.hashCode(x.pupilId() * 0x9E3779B97F4A7C15L
                                ^ assignmentId)))
                        .map(PupilAnswer::text).toList()))
                .filter(q -> !q.answers().isEmpty())
                .toList();
    }
}
