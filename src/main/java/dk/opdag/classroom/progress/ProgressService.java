package dk.opdag.classroom.progress;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.live.ProgressOutboxRepository;
import dk.opdag.lab.LabReadService;
import dk.opdag.lab.ProgressSummaries.Summary;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress on assignments: the teacher's grid (pupils × experiments) and a pupil's own list of tasks. */
@Service
public class ProgressService {

    private final AssignmentService assignmentService;
    private final AssignmentRepository assignments;
    private final ClassRepository classes;
    private final LabReadService lab;
    private final ActivityLookup activities;
    private final ProgressRules rules;
    private final ProgressOutboxRepository outbox;
    private final TeacherNoteRepository notes;
    private final Clock clock;

    public ProgressService(AssignmentService assignmentService, AssignmentRepository assignments,
                           ClassRepository classes, LabReadService lab, ActivityLookup activities,
                           ProgressRules rules, ProgressOutboxRepository outbox, TeacherNoteRepository notes,
                           Clock clock) {
        this.notes = notes;
        this.assignmentService = assignmentService;
        this.assignments = assignments;
        this.classes = classes;
        this.lab = lab;
        this.activities = activities;
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The grid of one assignment, for a teacher of its class: every pupil it is for, every experiment. */
    @Transactional(readOnly = true)
    public ProgressGrid grid(SignedInUser teacher, long assignmentId) {
        AssignmentService.ClassAssignment found = assignmentService.requireWithClass(teacher, assignmentId);
        Assignment a = found.assignment();
        ClassInfo klass = found.klass();
        List<PupilRow> pupils = pupilsOf(a);
        List<ProgressGrid.Column> columns = a.experimentIds().stream()
                .map(id -> new ProgressGrid.Column(id, activities.experimentTitle(id))).toList();
        // Read before the work itself, so an event between the two makes the grid look older, never newer.
        long asOf = outbox.lastId(a.classId());
        return new ProgressGrid(a, klass.name(), columns, rows(a, pupils), asOf);
    }

    /** The pupils an assignment is for, as they are enrolled now (a pupil who left the class drops out). */
    List<PupilRow> pupilsOf(Assignment a) {
        List<PupilRow> enrolled = classes.pupils(a.classId());
        if (a.wholeClass()) {
            return enrolled;
        }
        Set<Long> chosen = new HashSet<>(assignments.chosenPupils(a.id()));
        return enrolled.stream().filter(p -> chosen.contains(p.id())).toList();
    }

    private List<ProgressGrid.Row> rows(Assignment a, List<PupilRow> pupils) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> pupilIds = pupils.stream().map(PupilRow::id).toList();
        Map<Long, Map<String, Summary>> byPupil = summaries(pupilIds, a.experimentIds(), rules.recentSince(now));
        Map<TeacherNoteRepository.PupilExperiment, Integer> hints = notes.hintCounts(pupilIds, a.experimentIds());
        Map<String, Integer> levelCounts = new HashMap<>();
        a.experimentIds().forEach(e -> levelCounts.put(e, lab.levels(e).size()));
        List<ProgressGrid.Row> rows = new ArrayList<>(pupils.size());
        for (PupilRow p : pupils) {
            Map<String, Summary> mine = byPupil.getOrDefault(p.id(), Map.of());
            List<ProgressGrid.Cell> cells = new ArrayList<>(a.experimentIds().size());
            for (String experiment : a.experimentIds()) {
                Summary s = mine.get(experiment);
                cells.add(new ProgressGrid.Cell(experiment, rules.statusOf(s), s == null ? 0 : s.runs(),
                        s == null ? null : s.lastChange(), s == null ? 1 : s.levelReached(),
                        bestScores(s, levelCounts.get(experiment)),
                        hints.getOrDefault(new TeacherNoteRepository.PupilExperiment(p.id(), experiment), 0)));
            }
            rows.add(new ProgressGrid.Row(p.id(), p.displayName(), cells));
        }
        return rows;
    }

    /** The best score per level in order; a pupil who has not started gets an empty score for each level. */
    private static List<Integer> bestScores(Summary s, int levelCount) {
        if (s != null) {
            return s.levels().stream().map(l -> l.bestScore()).toList();
        }
        return java.util.Collections.nCopies(levelCount, null);
    }

    private Map<Long, Map<String, Summary>> summaries(List<Long> pupilIds, List<String> experimentIds,
                                                      OffsetDateTime recentSince) {
        Map<Long, Map<String, Summary>> byPupil = new HashMap<>();
        for (Summary s : lab.summaries(pupilIds, experimentIds, recentSince)) {
            byPupil.computeIfAbsent(s.pupilId(), k -> new HashMap<>()).put(s.experimentId(), s);
        }
        return byPupil;
    }

    /** How many of an assignment's experiments one of its pupils has passed. */
    public record AssignmentWork(long assignmentId, long pupilId, int passed, int total) {

        public boolean done() {
            return total > 0 && passed == total;
        }
    }

    /**
     * Passed experiments per pupil and assignment, for each pupil an assignment is for. Without access checks: for
     * callers that checked the class already (barometer, planning's completed work).
     */
    @Transactional(readOnly = true)
    public List<AssignmentWork> work(List<Assignment> list, Set<Long> pupilIds) {
        List<String> experimentIds = list.stream().flatMap(a -> a.experimentIds().stream()).distinct().toList();
        Map<Long, Map<String, Summary>> byPupil = summaries(List.copyOf(pupilIds), experimentIds, null);
        List<AssignmentWork> result = new ArrayList<>();
        for (Assignment a : list) {
            Set<Long> forWhom = a.wholeClass() ? pupilIds : new HashSet<>(assignments.chosenPupils(a.id()));
            for (long pupil : pupilIds) {
                if (!forWhom.contains(pupil)) {
                    continue;
                }
                Map<String, Summary> mine = byPupil.getOrDefault(pupil, Map.of());
                int passed = (int) a.experimentIds().stream()
                        .filter(e -> mine.containsKey(e) && mine.get(e).passed()).count();
                result.add(new AssignmentWork(a.id(), pupil, passed, a.experimentIds().size()));
            }
        }
        return result;
    }

    /**
     * One experiment of a pupil's task, as the pupil sees it.
     *
     * @param lesson the title of the lesson whose step works on it, or null
     * @param hints how many hints the pupil's teachers sent on it
     */
    public record TaskExperiment(String experimentId, String title, CellStatus status, String lesson, int hints) {
    }

    /** An open assignment on "Mine opgaver" with the pupil's own progress. */
    public record Task(Assignment assignment, List<TaskExperiment> experiments) {

        public long passed() {
            return experiments.stream().filter(e -> e.status() == CellStatus.PASSED).count();
        }
    }

    /** The pupil's open assignments in the teacher's order, each with the pupil's progress on its experiments. */
    @Transactional(readOnly = true)
    public List<Task> tasks(SignedInUser pupil) {
        List<Assignment> open = assignmentService.openForPupil(pupil);
        List<String> experimentIds = open.stream().flatMap(a -> a.experimentIds().stream()).distinct().toList();
        Map<String, Summary> mine = summaries(List.of(pupil.id()), experimentIds, null)
                .getOrDefault(pupil.id(), Map.of());
        Map<TeacherNoteRepository.PupilExperiment, Integer> hints = notes.hintCounts(List.of(pupil.id()),
                experimentIds);
        return open.stream().map(a -> new Task(a, a.experimentIds().stream()
                        .map(id -> new TaskExperiment(id, activities.experimentTitle(id),
                                pupilStatus(rules.statusOf(mine.get(id))),
                                activities.lessonWith(a.activityId(), id).orElse(null),
                                hints.getOrDefault(new TeacherNoteRepository.PupilExperiment(pupil.id(), id), 0)))
                        .toList()))
                .toList();
    }

    /** Pupils are never told they are stuck: to them it is simply work in progress. */
    private static CellStatus pupilStatus(CellStatus status) {
        return status == CellStatus.STUCK ? CellStatus.WORKING : status;
    }
}
