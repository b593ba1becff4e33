package dk.opdag.classroom.barometer;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.SchoolRepository;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.experiment.level.LevelResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The barometer's measurement ("måling"), recommendation 2 of the seeds: what pupils can do, not only what they think
 * they can. A class's teacher opens a round at the start and one at the end of the school year; the pupils answer the
 * short tasks of their band (programs checked by the engine, questions about what a program does); one answer per
 * pupil, task and round is kept (the best). The teacher sees her own classes' growth per competence area and each
 * pupil's results; a pupil sees only her own results beside her own rating; a leader sees only grade aggregates, and
 * nothing for a grade and round with fewer than {@link #MIN_PUPILS} pupils.
 */
@Service
public class MeasureService {

    /** Fewer pupils than this in a grade and round: too few to show without pointing at single children. */
    public static final int MIN_PUPILS = 5;
    private static final int CHOICE_RIGHT = 30;
    private static final int CHOICE_WRONG = 0;

    private final ClassRepository classes;
    private final ClassAccess access;
    private final SchoolRepository schools;
    private final MeasureRepository measures;
    private final CurriculumStore curriculum;
    private final ActivityLookup activities;
    private final Clock clock;

    public MeasureService(ClassRepository classes, ClassAccess access, SchoolRepository schools,
                          MeasureRepository measures, CurriculumStore curriculum, ActivityLookup activities,
                          Clock clock) {
        this.classes = classes;
        this.access = access;
        this.schools = schools;
        this.measures = measures;
        this.curriculum = curriculum;
        this.activities = activities;
        this.clock = clock;
    }

    /** Solved of answered tasks in one competence area (or in all). */
    public record Score(String area, String name, int solved, int answered) {
        public double share() {
            return answered == 0 ? 0 : (double) solved / answered;
        }

        /** Percent solved, rounded; null when nothing was answered. */
        public Integer percent() {
            return answered == 0 ? null : (int) Math.round(100.0 * solved / answered);
        }
    }

    // ---- the teacher ------------------------------------------------------------------------------------------------

    /** One pupil's results in the start and the end round, per area. */
    public record PupilResult(long pupilId, String name, Map<MeasureKind, List<Score>> areas,
                              Map<MeasureKind, Score> total) {
    }

    /**
     * @param rounds   the class's rounds by kind (absent: not opened yet)
     * @param growth   per area and kind, the class's solved of answered
     * @param pupils   every pupil's results, by name
     * @param tasks    the band's tasks
     */
    public record ClassMeasure(ClassInfo klass, GradeBand band, Map<MeasureKind, MeasureRound> rounds,
                               Map<MeasureKind, List<Score>> growth, List<PupilResult> pupils,
                               List<MeasureTask> tasks) {
    }

    @Transactional(readOnly = true)
    public ClassMeasure ofClass(SignedInUser teacher, long classId) {
        ClassInfo klass = access.requireTeacher(teacher, classId);
        GradeBand band = GradeBand.of(klass.grade());
        Map<MeasureKind, MeasureRound> rounds = new EnumMap<>(MeasureKind.class);
        measures.rounds(classId).forEach(r -> rounds.put(r.kind(), r));
        List<PupilRow> pupils = classes.pupils(classId);
        Map<MeasureKind, List<MeasureAnswer>> answers = new EnumMap<>(MeasureKind.class);
        rounds.forEach((kind, round) -> answers.put(kind, measures.answers(round.id())));
        List<String> areaCodes = activities.areaCodes();
        java.util.Set<Long> inClass = pupils.stream().map(PupilRow::id).collect(Collectors.toSet());
        Map<MeasureKind, List<Score>> growth = new EnumMap<>(MeasureKind.class);
        for (MeasureKind kind : MeasureKind.values()) {
            growth.put(kind, scores(areaCodes, answers.getOrDefault(kind, List.of()).stream()
                    .filter(a -> inClass.contains(a.pupilId())).toList()));
        }
        List<PupilResult> results = new ArrayList<>();
        for (PupilRow p : pupils) {
            Map<MeasureKind, List<Score>> areas = new EnumMap<>(MeasureKind.class);
            Map<MeasureKind, Score> total = new EnumMap<>(MeasureKind.class);
            for (MeasureKind kind : MeasureKind.values()) {
                List<MeasureAnswer> own = answers.getOrDefault(kind, List.of()).stream()
                        .filter(a -> a.pupilId() == p.id()).toList();
                areas.put(kind, scores(areaCodes, own));
                total.put(kind, new Score(null, null, (int) own.stream().filter(MeasureAnswer::solved).count(),
                        own.size()));
            }
            results.add(new PupilResult(p.id(), p.displayName(), areas, total));
        }
        return new ClassMeasure(klass, band, rounds, growth, results, curriculum.curriculum().measureTasks(band));
    }

    /** Opens the start or end round (one round is open at a time: opening one closes the other). */
    @Transactional
    public void open(SignedInUser teacher, long classId, MeasureKind kind) {
        ClassInfo klass = access.requireTeacher(teacher, classId);
        GradeBand band = GradeBand.of(klass.grade());
        if (curriculum.curriculum().measureTasks(band).isEmpty()) {
            throw new ClassroomException("realniveau.error.no-tasks");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        measures.rounds(classId).stream().filter(r -> r.kind() != kind && r.open())
                .forEach(r -> measures.close(r.id(), now));
        measures.open(classId, kind, band.label(), now);
    }

    @Transactional
    public void close(SignedInUser teacher, long classId, MeasureKind kind) {
        access.requireTeacher(teacher, classId);
        measures.rounds(classId).stream().filter(r -> r.kind() == kind)
                .forEach(r -> measures.close(r.id(), OffsetDateTime.now(clock)));
    }

    // ---- the pupil --------------------------------------------------------------------------------------------------

    /** The open round of the pupil's class, its tasks and the pupil's own answers so far (by task id). */
    public record PupilRound(MeasureRound round, List<MeasureTask> tasks, Map<String, MeasureAnswer> answers) {
        public int answered() {
            return (int) tasks.stream().filter(t -> answers.containsKey(t.id())).count();
        }
    }

    @Transactional(readOnly = true)
    public Optional<PupilRound> current(SignedInUser pupil) {
        ClassInfo klass = classOf(pupil);
        return measures.rounds(klass.id()).stream().filter(MeasureRound::open).findFirst().map(r -> roundOf(pupil, r));
    }

    private PupilRound roundOf(SignedInUser pupil, MeasureRound round) {
        List<MeasureTask> tasks = curriculum.curriculum().measureTasks(band(round));
        Map<String, MeasureAnswer> mine = measures.answers(round.id(), pupil.id()).stream()
                .collect(Collectors.toMap(MeasureAnswer::taskId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new PupilRound(round, tasks, mine);
    }

    /**
     * The pupil's answer to a question; returns whether it was right. The first answer is final: the explanation shown
     * after it tells the right answer, so a second try would measure nothing.
     */
    @Transactional
    public boolean answerChoice(SignedInUser pupil, long roundId, String taskId, int choice) {
        MeasureTask task = openTask(pupil, roundId, taskId, MeasureTask.Kind.CHOICE);
        if (choice < 0 || choice >= task.options().size()) {
            throw new ClassroomException("realniveau.error.choice");
        }
        Optional<MeasureAnswer> given = measures.answers(roundId, pupil.id()).stream()
                .filter(a -> a.taskId().equals(task.id())).findFirst();
        if (given.isPresent()) {
            return given.get().solved();
        }
        boolean right = choice == task.answer();
        store(pupil, roundId, task, right, right ? CHOICE_RIGHT : CHOICE_WRONG, choice);
        return right;
    }

    /** A run of the pupil's program on a program task, graded by the engine on the server; the best run counts. */
    @Transactional
    public void recordProgram(SignedInUser pupil, long roundId, String taskId, LevelResult graded) {
        MeasureTask task = openTask(pupil, roundId, taskId, MeasureTask.Kind.PROGRAM);
        store(pupil, roundId, task, graded.passed(), graded.score(), null);
    }

    private void store(SignedInUser pupil, long roundId, MeasureTask task, boolean solved, int score, Integer choice) {
        Optional<MeasureAnswer> before = measures.answers(roundId, pupil.id()).stream()
                .filter(a -> a.taskId().equals(task.id())).findFirst();
        if (task.kind() == MeasureTask.Kind.PROGRAM && before.isPresent() && before.get().score() >= score) {
            return; // a later, weaker run does not undo what the pupil already showed she can
        }
        measures.answer(new MeasureAnswer(roundId, pupil.id(), task.id(), task.area(), solved, score, choice,
                OffsetDateTime.now(clock)));
    }

    /** The task of an open round of the pupil's own class; anything else is refused. */
    private MeasureTask openTask(SignedInUser pupil, long roundId, String taskId, MeasureTask.Kind kind) {
        if (!pupil.is(Role.PUPIL)) {
            throw new ClassroomException("class.error.no-access");
        }
        ClassInfo klass = classOf(pupil);
        MeasureRound round = measures.round(roundId).filter(r -> r.classId() == klass.id())
                .orElseThrow(() -> new ClassroomException("class.error.no-access"));
        if (!round.open()) {
            throw new ClassroomException("realniveau.error.closed");
        }
        return curriculum.curriculum().measureTasks(band(round)).stream()
                .filter(t -> t.id().equals(taskId) && t.kind() == kind).findFirst()
                .orElseThrow(() -> new ClassroomException("realniveau.error.no-task"));
    }

    /** The pupil's latest result (the end round once she has answered there, else the start round), per dimension. */
    public record DimensionResult(Dimension dimension, int solved, int answered) {
        public boolean practise() {
            return answered > 0 && solved * 2 < answered;
        }
    }

    /** @param kind the round the results are from; null when the pupil has not answered any round */
    public record PupilMeasure(MeasureKind kind, List<DimensionResult> dimensions) {
    }

    @Transactional(readOnly = true)
    public PupilMeasure mine(SignedInUser pupil) {
        ClassInfo klass = classOf(pupil);
        List<MeasureRound> rounds = measures.rounds(klass.id());
        for (MeasureKind kind : List.of(MeasureKind.END, MeasureKind.START)) {
            Optional<MeasureRound> round = rounds.stream().filter(r -> r.kind() == kind).findFirst();
            List<MeasureAnswer> own = round.map(r -> measures.answers(r.id(), pupil.id())).orElse(List.of());
            if (!own.isEmpty()) {
                List<DimensionResult> dims = new ArrayList<>();
                for (Dimension d : Dimension.values()) {
                    List<MeasureAnswer> in = own.stream().filter(a -> d.areas().contains(a.area())).toList();
                    dims.add(new DimensionResult(d, (int) in.stream().filter(MeasureAnswer::solved).count(),
                            in.size()));
                }
                return new PupilMeasure(kind, dims);
            }
        }
        return new PupilMeasure(null, List.of());
    }

    // ---- the leader -------------------------------------------------------------------------------------------------

    /**
     * One grade's picture: per round kind the pupils who answered and the areas' scores; {@code shown} is false (and
     * the scores empty) for a round with fewer than {@link #MIN_PUPILS} pupils.
     */
    public record GradeRound(MeasureKind kind, int pupils, boolean shown, List<Score> areas) {
    }

    public record GradePicture(int grade, List<GradeRound> rounds) {
    }

    @Transactional(readOnly = true)
    public List<GradePicture> ofSchool(SignedInUser leader) {
        if (!leader.is(Role.LEADER) || leader.schoolId() == null) {
            throw new ClassroomException("class.error.no-access");
        }
        Optional<Long> year = schools.findSchoolYear(SchoolYears.startYearOf(LocalDate.now(clock)));
        if (year.isEmpty()) {
            return List.of();
        }
        Map<Integer, Map<MeasureKind, List<MeasureRepository.GradeArea>>> byGrade = new java.util.TreeMap<>();
        for (MeasureRepository.GradeArea g : measures.gradeAreas(leader.schoolId(), year.get())) {
            byGrade.computeIfAbsent(g.grade(), k -> new EnumMap<>(MeasureKind.class))
                    .computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
        }
        List<String> areaCodes = activities.areaCodes();
        List<GradePicture> pictures = new ArrayList<>();
        byGrade.forEach((grade, kinds) -> {
            List<GradeRound> rounds = new ArrayList<>();
            kinds.forEach((kind, rows) -> {
                int pupils = rows.getFirst().pupils();
                boolean shown = pupils >= MIN_PUPILS;
                List<Score> areas = new ArrayList<>();
                if (shown) {
                    for (String code : areaCodes) {
                        int solved = 0;
                        int answered = 0;
                        for (MeasureRepository.GradeArea r : rows) {
                            if (r.area().equals(code)) {
                                solved += r.solved();
                                answered += r.answered();
                            }
                        }
                        areas.add(new Score(code, activities.areaName(code), solved, answered));
                    }
                }
                rounds.add(new GradeRound(kind, shown ? pupils : 0, shown, areas));
            });
            pictures.add(new GradePicture(grade, rounds));
        });
        return pictures;
    }

    // ---- shared -----------------------------------------------------------------------------------------------------

    private List<Score> scores(List<String> areaCodes, List<MeasureAnswer> answers) {
        List<Score> out = new ArrayList<>();
        for (String code : areaCodes) {
            List<MeasureAnswer> in = answers.stream().filter(a -> a.area().equals(code)).toList();
            out.add(new Score(code, activities.areaName(code), (int) in.stream().filter(MeasureAnswer::solved).count(),
                    in.size()));
        }
        return out;
    }

    private static GradeBand band(MeasureRound round) {
        for (GradeBand b : GradeBand.values()) {
            if (b.label().equals(round.band())) {
                return b;
            }
        }
        throw new IllegalStateException("unknown band " + round.band());
    }

    private ClassInfo classOf(SignedInUser pupil) {
        return classes.currentClassOf(pupil.id()).flatMap(classes::find)
                .orElseThrow(() -> new ClassroomException("teaching.pupil.error.no-class"));
    }
}
