package dk.opdag.planning;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.ActivityGoals;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.CoverageRepository;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A school for planning tests, built through the real repositories and services on H2 or PostgreSQL: classes 2.A,
 * 5.A, 5.B and 8.C in 2026/27, their teachers, a leader, the shipped subjects and goal framework, and a handful of
 * test activities whose goals are chosen so that coverage can be counted by hand:
 * <pre>
 *   t-ct5   5.–6.  ct.6.1, ct.6.2
 *   t-dm5   5.–6.  dm.6.1
 *   t-mix5  5.–6.  ct.6.1, th.6.2
 *   t-dd2   1.–2.  dd.3.1
 *   t-th8   8.–9.  th.9.1, dm.9.2
 * </pre>
 * The clock stands on Wednesday 18 November 2026, uge 47.
 */
final class PlanningWorld {

    static final Instant WEDNESDAY_WEEK_47 = Instant.parse("2026-11-18T09:00:00Z");
    private static final CurriculumStore STORE = new CurriculumStore("curriculum");

    final Fixtures f;
    final MutableClock clock = new MutableClock(WEDNESDAY_WEEK_47);
    final PlanRepository repository;
    final PlanAccess access;
    final Plans plans;
    final PlanItems planItems;
    final SchoolHolidays schoolHolidays;
    final PlanAdoption adoption;
    final NextYearCopy yearCopy;
    final PlanOverview planOverview;
    final FakeCompletedWork work = new FakeCompletedWork();
    final long c2a;
    final long c5a;
    final long c5b;
    final long c8c;
    final SignedInUser leader;
    final SignedInUser anne;
    final SignedInUser bo;
    final SignedInUser birgit;
    final SignedInUser carla;
    final CurriculumSyncRepository sync;

    PlanningWorld(TestDatabase db) {
        f = new Fixtures(db.fresh());
        sync = new CurriculumSyncRepository(f.dsl, new ActivityDocuments());
        sync.sync(curriculum(), OffsetDateTime.now(clock));
        PlanningServices planning = new PlanningServices(f, catalogue(), new SubjectCatalog(STORE), clock);
        repository = planning.repository;
        access = planning.access;
        plans = planning.plans;
        planItems = planning.planItems;
        schoolHolidays = planning.schoolHolidays;
        adoption = planning.adoption;
        yearCopy = planning.yearCopy;
        planOverview = planning.planOverview;
        c2a = f.newClass("2.A", "T2A", CodeKind.PICTURE);
        c5a = f.newClass("5.A", "T5A", CodeKind.WORDS);
        c5b = f.newClass("5.B", "T5B", CodeKind.WORDS);
        c8c = f.newClass("8.C", "T8C", CodeKind.WORDS);
        anne = teacher("anne", "Anne Andersen", c2a, List.of("dansk", "matematik"));
        bo = teacher("bo", "Bo Berg", c5b, List.of("matematik", "natur-teknologi"));
        birgit = teacher("birgit", "Birgit Bach", c5b, List.of("dansk"));
        teacher("alf", "Alf Ask", c5a, List.of("matematik"));
        carla = teacher("carla", "Carla Christensen", c8c, List.of("fysik-kemi", "samfundsfag"));
        leader = new SignedInUser(f.users.createStaff(Role.LEADER, f.school, "leder", "{noop}x", "Lene Leder"),
                Role.LEADER, "Lene Leder", f.school);
    }

    CatalogueService catalogue() {
        return new CatalogueService(new CatalogueRepository(f.dsl), new ActivityDocuments(), STORE);
    }

    CoverageService coverage(boolean withCompletedWork) {
        return new CoverageService(repository, new ActivityGoals(new CoverageRepository(f.dsl)), f.classesApi,
                f.schoolsApi, STORE,
                completedWork(withCompletedWork), access, clock, "tf2018");
    }

    CompletedWorkSource completedWork(boolean available) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                available ? Map.of("completedWork", work) : Map.of());
        return new CompletedWorkSource(beans.getBeanProvider(CompletedWork.class));
    }

    SignedInUser teacher(String username, String name, long classId, List<String> subjects) {
        long id = f.users.createStaff(Role.TEACHER, f.school, username, "{noop}x", name);
        f.classes.linkTeacher(id, classId, subjects);
        return new SignedInUser(id, Role.TEACHER, name, f.school);
    }

    /** A second school in the same municipality, with its own leader and a teacher in its own 5.X. */
    SignedInUser otherSchoolTeacher() {
        long other = f.schools.createSchool(f.schools.municipality("Testkommune"), "Andenskolen");
        long klass = f.classes.create(other, f.year, "5.X", 5, "OTHER5X", CodeKind.WORDS);
        long id = f.users.createStaff(Role.TEACHER, other, "xena", "{noop}x", "Xena Xu");
        f.classes.linkTeacher(id, klass, List.of("matematik"));
        return new SignedInUser(id, Role.TEACHER, "Xena Xu", other);
    }

    /** A refusal's text in Danish, as the user reads it. */
    static String danish(PlanningException e) {
        return OpdagI18nProvider.translate(e.key(), OpdagI18nProvider.DANISH, e.args());
    }

    /** The refusal the action ends in; fails the test if it succeeds. */
    static PlanningException refusal(Runnable action) {
        try {
            action.run();
        } catch (PlanningException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    static int week(int year, int number) {
        return new Week(year, number).code();
    }

    static ItemDraft draft(String activity, String subject, int from, int to) {
        return new ItemDraft(activity, subject, from, to, null, null);
    }

    static Curriculum curriculum() {
        Curriculum shipped = STORE.curriculum();
        Activity model = shipped.activities().getFirst();
        List<Activity> mine = new ArrayList<>(shipped.activities());
        mine.add(activity(model, "t-ct5", "Test: sortering", 5, 6, List.of("matematik"),
                List.of("tf18.ct.6.1", "tf18.ct.6.2")));
        mine.add(activity(model, "t-dm5", "Test: hvad vil appen", 5, 6, List.of("dansk"), List.of("tf18.dm.6.1")));
        mine.add(activity(model, "t-mix5", "Test: sensorer", 5, 6, List.of("natur-teknologi", "matematik"),
                List.of("tf18.ct.6.1", "tf18.th.6.2")));
        mine.add(activity(model, "t-dd2", "Test: tegn en robot", 1, 2, List.of("dansk"), List.of("tf18.dd.3.1")));
        mine.add(activity(model, "t-th8", "Test: netværk", 8, 9, List.of("fysik-kemi", "samfundsfag"),
                List.of("tf18.th.9.1", "tf18.dm.9.2")));
        return new Curriculum(shipped.subjects(), shipped.frameworks(), mine);
    }

    private static Activity activity(Activity model, String id, String title, int from, int to, List<String> subjects,
                                     List<String> goals) {
        return new Activity(id, title, new GradeRange(from, to), model.intro(), model.why(),
                subjects.stream().map(s -> new SubjectUse(s, "Eleverne arbejder med det i faget.", null)).toList(),
                goals, model.lessons(), model.unplugged(), model.materials(), model.differentiation(), List.of(),
                model.guide(), model.safety(), "hash-" + id);
    }

    /** Completed work as the classroom feature would report it, set by each test. */
    static final class FakeCompletedWork implements CompletedWork {
        final List<Completion> completions = new ArrayList<>();

        @Override
        public List<Completion> completions(long schoolId, long schoolYearId) {
            return List.copyOf(completions);
        }
    }
}
