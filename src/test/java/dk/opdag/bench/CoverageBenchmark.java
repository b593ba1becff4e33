package dk.opdag.bench;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.UserRepository;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.SchoolRepository;
import dk.opdag.classroom.Schools;
import dk.opdag.curriculum.ActivityGoals;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CoverageRepository;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.planning.CompletedWork;
import dk.opdag.planning.CompletedWorkSource;
import dk.opdag.planning.ItemDraft;
import dk.opdag.planning.PlanAccess;
import dk.opdag.planning.PlanKind;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.Week;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.planning.coverage.SchoolCoverage;
import dk.opdag.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Coverage computation (heat map rows, gaps, subjects × grades, both layers) for one school of 30 classes with full
 * plans, and for a municipality of 50 such schools, on embedded PostgreSQL (and H2 for comparison). Each class has
 * 12 items from the shipped catalogue for its grade band; half of each class's activities are completed, reported
 * through a {@link CompletedWork} like the classroom feature's.
 * Run: tools/bench/run.sh CoverageBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CoverageBenchmark {

    static final int CLASSES_PER_SCHOOL = 30;
    static final int ITEMS_PER_CLASS = 12;
    static final int START_YEAR = 2026;

    @Param({"POSTGRES", "H2"})
    public String database;

    @Param({"1", "50"})
    public int schoolCount;

    private CoverageService coverage;
    private SignedInUser leader;
    private List<Long> schoolIds;

    @Setup(Level.Trial)
    public void setUp() {
        DSLContext dsl = TestDatabase.valueOf(database).fresh();
        CurriculumStore store = new CurriculumStore("curriculum");
        Curriculum curriculum = store.curriculum();
        new CurriculumSyncRepository(dsl, new ActivityDocuments()).sync(curriculum, OffsetDateTime.now());
        Clock clock = Clock.fixed(Instant.parse("2027-02-17T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        SchoolRepository schools = new SchoolRepository(dsl);
        ClassRepository classes = new ClassRepository(dsl);
        UserRepository users = new UserRepository(dsl);
        PlanRepository plans = new PlanRepository(dsl);
        Map<Long, List<CompletedWork.Completion>> work = new HashMap<>();
        long yearId = schools.schoolYear(START_YEAR);
        long municipality = schools.municipality("Benchkommune");
        SchoolCalendar calendar = SchoolCalendar.of(START_YEAR, SchoolCalendar.usualHolidays(START_YEAR));
        List<Week> weeks = calendar.teachingWeeks();
        schoolIds = new ArrayList<>();
        long leaderId = 0;
        for (int s = 0; s < schoolCount; s++) {
            long school = schools.createSchool(municipality, "Skole " + s);
            schoolIds.add(school);
            long lead = users.createStaff(Role.LEADER, school, "leder" + s, "{noop}x", "Leder " + s);
            if (s == 0) {
                leaderId = lead;
            }
            List<CompletedWork.Completion> done = new ArrayList<>();
            for (int c = 0; c < CLASSES_PER_SCHOOL; c++) {
                int grade = c % 10;
                String name = grade + "." + (char) ('A' + c / 10);
                long klass = classes.create(school, yearId, name, grade, "B" + s + "X" + c, CodeKind.WORDS);
                long teacher = users.createStaff(Role.TEACHER, school, "t" + s + "x" + c, "{noop}x", "Lærer " + c);
                classes.linkTeacher(teacher, klass, List.of("dansk", "matematik"));
                long plan = plans.insertPlan(school, yearId, START_YEAR, PlanKind.CLASS, grade, klass, null, null,
                        teacher);
                List<Activity> fitting = curriculum.activities().stream()
                        .filter(a -> a.grades().bands().stream().anyMatch(b -> b.contains(grade))).toList();
                List<PlanRepository.NewItem> items = new ArrayList<>();
                for (int i = 0; i < ITEMS_PER_CLASS; i++) {
                    // Classes differ: each starts at its own place in the catalogue, some skip an activity.
                    Activity a = fitting.get((i * 3 + c + s) % fitting.size());
                    int week = weeks.get((i * 4 + c) % weeks.size()).code();
                    items.add(new PlanRepository.NewItem(new ItemDraft(a.id(), a.subjects().getFirst().id(), week,
                            week, teacher, null), null));
                    if (i % 2 == 0 && week < Week.of(LocalDate.now(clock)).code()) {
                        done.add(new CompletedWork.Completion(klass, a.id(), Week.ofCode(week).monday(),
                                Week.ofCode(week).friday(), 18, 22));
                    }
                }
                plans.insertItems(plan, items, teacher, OffsetDateTime.now(clock));
            }
            work.put(school, done);
        }
        leader = new SignedInUser(leaderId, Role.LEADER, "Leder 0", schoolIds.getFirst());
        CompletedWork completed = (schoolId, schoolYearId) -> work.getOrDefault(schoolId, List.of());
        CompletedWorkSource source = new CompletedWorkSource(new StaticListableBeanFactory(
                Map.of("completedWork", completed)).getBeanProvider(CompletedWork.class));
        Classes classesApi = new Classes(classes);
        coverage = new CoverageService(plans, new ActivityGoals(new CoverageRepository(dsl)), classesApi,
                new Schools(schools), store, source, new PlanAccess(classesApi), clock, "tf2018");
        SchoolCoverage check = coverage.school(leader, schoolIds.getFirst(), START_YEAR);
        if (check.classes().size() != CLASSES_PER_SCHOOL) {
            throw new IllegalStateException("seeding went wrong: " + check.classes().size() + " classes");
        }
    }

    /** What the leader's coverage view computes for their own school. */
    @Benchmark
    public SchoolCoverage oneSchool() {
        return coverage.school(leader, schoolIds.getFirst(), START_YEAR);
    }

    /** Every school of the municipality in one call (with schoolCount=1, the same school through the batch path). */
    @Benchmark
    public List<SchoolCoverage> allSchools() {
        return coverage.schools(schoolIds, START_YEAR);
    }
}
