package dk.opdag.bench;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.PUPIL_ENROLMENT;
import static dk.opdag.db.Tables.SCHOOL_CLASS;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.progress.ProgressGrid;
import dk.opdag.classroom.live.ProgressOutboxRepository;
import dk.opdag.classroom.progress.ProgressRules;
import dk.opdag.classroom.progress.ProgressService;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabReadService;
import dk.opdag.lab.LabRepository;
import dk.opdag.lab.ProgressSummaries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The teacher's class grid on a municipality-sized PostgreSQL ({@link MunicipalityDatabase}: 50,000 pupils,
 * 10,000,000 runs). Every call picks a random class of the 2,000 and one of its assignments (25 pupils × 4
 * experiments):
 * <ul>
 *   <li>{@code gridQueryJooq}: the grid's aggregation as the app runs it ({@link ProgressSummaries}, jOOQ);</li>
 *   <li>{@code gridQueryPlainJdbc}: the same two SQL statements written by hand over JDBC, as the baseline;</li>
 *   <li>{@code gridModel}: everything the server does for the grid before the view draws it: the teacher's
 *       access, the assignment, the class list, the aggregation, the states and counts.</li>
 * </ul>
 * The whole render of the view (components and the response to the browser) is measured over HTTP by
 * {@link DashboardBenchmark}. Run: {@code tools/bench/run.sh ClassGridBenchmark}. The first run generates the
 * database (several minutes) and keeps it in {@code target/bench-municipality}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ClassGridBenchmark {

    private MunicipalityDatabase db;
    private DataSource dataSource;
    private ProgressSummaries summaries;
    private ProgressService progress;
    private final List<Lesson> lessons = new ArrayList<>();

    /** One class's assignment: who teaches it, who is in it, which experiments. */
    record Lesson(long assignmentId, SignedInUser teacher, List<Long> pupils, List<String> experiments) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        db = MunicipalityDatabase.open();
        dataSource = db.dataSource();
        DSLContext dsl = db.dsl();
        summaries = new ProgressSummaries(dsl);
        progress = wire(dsl);
        AssignmentRepository assignments = new AssignmentRepository(dsl);
        Map<Long, List<Long>> pupilsByClass = new HashMap<>();
        // Only the generated classes (codes B<school>K<n>), not classes other benchmarks added.
        dsl.select(PUPIL_ENROLMENT.CLASS_ID, PUPIL_ENROLMENT.PUPIL_ID).from(PUPIL_ENROLMENT)
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(PUPIL_ENROLMENT.CLASS_ID))
                .where(SCHOOL_CLASS.CLASS_CODE.like("B%K%"))
                .forEach(r -> pupilsByClass.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, Long> teacherByClass = new HashMap<>();
        dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.SCHOOL_ID).from(APP_USER)
                .where(APP_USER.ROLE.eq(Role.TEACHER.name())).and(APP_USER.USERNAME.like("laerer%"))
                .forEach(r -> teacherByClass.put(Long.parseLong(r.value2().substring("laerer".length())), r.value1()));
        Map<Long, Long> schoolOfTeacher = new HashMap<>();
        dsl.select(APP_USER.ID, APP_USER.SCHOOL_ID).from(APP_USER).where(APP_USER.ROLE.eq(Role.TEACHER.name()))
                .forEach(r -> schoolOfTeacher.put(r.value1(), r.value2()));
        List<Long> classIds = new ArrayList<>(pupilsByClass.keySet());
        Collections.sort(classIds);
        for (long classId : classIds) {
            List<Assignment> ofClass = assignments.ofClass(classId);
            Assignment a = ofClass.get(ThreadLocalRandom.current().nextInt(ofClass.size()));
            long assignmentId = a.id();
            long teacher = teacherByClass.get(classId);
            lessons.add(new Lesson(assignmentId, new SignedInUser(teacher, Role.TEACHER, "Lærer",
                    schoolOfTeacher.get(teacher)), pupilsByClass.get(classId), a.experimentIds()));
        }
        System.out.printf("%n%d classes, %d pupils per class, %d experiments per assignment%n", lessons.size(),
                lessons.getFirst().pupils().size(), lessons.getFirst().experiments().size());
    }

    static ProgressService wire(DSLContext dsl) {
        CurriculumStore store = new CurriculumStore("curriculum");
        ClassRepository classes = new ClassRepository(dsl);
        ClassAccess access = new ClassAccess(classes);
        AssignmentRepository assignments = new AssignmentRepository(dsl);
        ActivityLookup lookup = new ActivityLookup(new CatalogueService(new CatalogueRepository(dsl),
                new ActivityDocuments(), store));
        Clock clock = Clock.systemUTC();
        AssignmentService assignmentService = new AssignmentService(assignments, classes, access, lookup, clock);
        LabReadService lab = new LabReadService(new ProgressSummaries(dsl), new LabRepository(dsl),
                new StaticListableBeanFactory(Map.of("labCatalog", new LabCatalog(store, new LabBlocks())))
                        .getBeanProvider(LabCatalog.class));
        return new ProgressService(assignmentService, assignments, classes, lab, lookup,
                new ProgressRules(3, Duration.ofMinutes(20)), new ProgressOutboxRepository(dsl),
                new dk.opdag.classroom.progress.TeacherNoteRepository(dsl), clock);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
    }

    private Lesson any() {
        return lessons.get(ThreadLocalRandom.current().nextInt(lessons.size()));
    }

    @Benchmark
    public List<ProgressSummaries.Summary> gridQueryJooq() {
        Lesson l = any();
        return summaries.of(l.pupils(), l.experiments(), e -> List.of());
    }

    /** The same two queries in plain JDBC, for the price of jOOQ (the generated experiments have one level). */
    @Benchmark
    public List<ProgressSummaries.Summary> gridQueryPlainJdbc() throws SQLException {
        Lesson l = any();
        String pupils = placeholders(l.pupils().size());
        String experiments = placeholders(l.experiments().size());
        record Key(long pupil, String experiment) {
        }
        Map<Key, ProgressSummaries.LevelProgress> byKey = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select pupil_id, experiment_id, level_id, best_score, "
                    + "runs, last_run_at from lab_level_result where pupil_id in (" + pupils + ") and experiment_id "
                    + "in (" + experiments + ")")) {
                bind(s, l);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byKey.put(new Key(r.getLong(1), r.getString(2)), new ProgressSummaries.LevelProgress(
                                r.getString(3), r.getInt(4), r.getInt(5), r.getObject(6, OffsetDateTime.class), 0,
                                null));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select pupil_id, experiment_id, level_id, revision, "
                    + "saved_at from lab_workspace where pupil_id in (" + pupils + ") and experiment_id in ("
                    + experiments + ")")) {
                bind(s, l);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        var ws = new ProgressSummaries.LevelProgress(r.getString(3), null, 0, null, r.getInt(4),
                                r.getObject(5, OffsetDateTime.class));
                        byKey.merge(new Key(r.getLong(1), r.getString(2)), ws, (runs, w) ->
                                new ProgressSummaries.LevelProgress(runs.levelId(), runs.bestScore(), runs.runs(),
                                        runs.lastRunAt(), w.revision(), w.savedAt()));
                    }
                }
            }
        }
        List<ProgressSummaries.Summary> out = new ArrayList<>(byKey.size());
        for (Entry<Key, ProgressSummaries.LevelProgress> e : byKey.entrySet()) {
            out.add(new ProgressSummaries.Summary(e.getKey().pupil(), e.getKey().experiment(), List.of(e.getValue())));
        }
        return out;
    }

    @Benchmark
    public ProgressGrid gridModel() {
        Lesson l = any();
        return progress.grid(l.teacher(), l.assignmentId());
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, Lesson l) throws SQLException {
        int i = 1;
        for (long p : l.pupils()) {
            s.setLong(i++, p);
        }
        for (String e : l.experiments()) {
            s.setString(i++, e);
        }
    }
}
