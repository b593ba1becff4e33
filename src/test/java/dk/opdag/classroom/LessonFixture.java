package dk.opdag.classroom;

import dk.opdag.account.AuditLog;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.barometer.BarometerRepository;
import dk.opdag.classroom.barometer.BarometerService;
import dk.opdag.classroom.progress.ClassCompletedWork;
import dk.opdag.classroom.live.ProgressOutboxRepository;
import dk.opdag.classroom.progress.ProgressRules;
import dk.opdag.classroom.progress.ProgressService;
import dk.opdag.classroom.progress.PupilWorkService;
import dk.opdag.classroom.progress.TeacherNoteRepository;
import dk.opdag.classroom.progress.TeacherNotes;
import dk.opdag.classroom.reflection.ReflectionRepository;
import dk.opdag.classroom.reflection.ReflectionService;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabReadService;
import dk.opdag.lab.LabRepository;
import dk.opdag.lab.ProgressSummaries;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A school with two classes (5.B with Bo, 2.A with Anne), the shipped curriculum in the database plus two test
 * activities with experiments, and every classroom service wired by hand over one fresh database.
 */
public final class LessonFixture {

    /** A copy of a shipped 4.–6. activity with three experiments. */
    public static final String TURTLE = "test-skildpadde";
    public static final List<String> TURTLE_EXPERIMENTS = List.of("test-firkant", "test-trekant", "test-stjerne");
    /** A copy of a shipped 1.–3. activity with one experiment. */
    public static final String ROBOT = "test-robot";
    public static final List<String> ROBOT_EXPERIMENTS = List.of("test-robot-flag");
    /** A copy of a shipped 1.–3. activity without experiments. */
    public static final String NO_EXPERIMENTS = "test-uden-eksperimenter";

    private static CurriculumStore store;

    public final DSLContext dsl;
    public final Fixtures f;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    public final AuditLog audit;
    public final LabRepository lab;
    public final ClassAccess access;
    public final AssignmentRepository assignmentRepository;
    public final AssignmentService assignments;
    public final ProgressRules rules = new ProgressRules(3, Duration.ofMinutes(10));
    public final ProgressService progress;
    public final PupilWorkService work;
    public final TeacherNotes notes;
    public final ReflectionRepository reflectionRepository;
    public final ReflectionService reflections;
    public final BarometerService barometer;
    public final ClassCompletedWork completed;

    public final long fiveB;
    public final long twoA;
    public final SignedInUser bo;
    public final SignedInUser anne;
    public final long asta;
    public final long magnus;
    public final long liva;
    public final long alma;

    public LessonFixture(TestDatabase db) {
        dsl = db.fresh();
        f = new Fixtures(dsl);
        Curriculum shipped = store().curriculum();
        List<Activity> activities = new ArrayList<>(shipped.activities());
        activities.add(copy(shipped.activity("skildpadden-tegner").orElseThrow(), TURTLE, TURTLE_EXPERIMENTS));
        activities.add(copy(shipped.activity("vaer-robotten").orElseThrow(), ROBOT, ROBOT_EXPERIMENTS));
        activities.add(copy(shipped.activity("madpakke-instruktionen").orElseThrow(), NO_EXPERIMENTS, List.of()));
        new CurriculumSyncRepository(dsl, new ActivityDocuments())
                .sync(new Curriculum(shipped.subjects(), shipped.frameworks(), activities), OffsetDateTime.now(clock));

        audit = new AuditLog(dsl);
        lab = new LabRepository(dsl);
        access = new ClassAccess(f.classes);
        assignmentRepository = new AssignmentRepository(dsl);
        ActivityLookup lookup = new ActivityLookup(
                new CatalogueService(new CatalogueRepository(dsl), new ActivityDocuments(), store()));
        assignments = new AssignmentService(assignmentRepository, f.classes, access, lookup, clock);
        LabReadService labRead = new LabReadService(new ProgressSummaries(dsl), lab, new StaticListableBeanFactory(java.util.Map.of("labCatalog",
                        new LabCatalog(store(), new LabBlocks()))).getBeanProvider(LabCatalog.class));
        TeacherNoteRepository noteRepository = new TeacherNoteRepository(dsl);
        ProgressOutboxRepository outbox = new ProgressOutboxRepository(dsl);
        progress = new ProgressService(assignments, assignmentRepository, f.classes, labRead, lookup, rules,
                outbox, noteRepository, clock);
        work = new PupilWorkService(assignments, progress, labRead, noteRepository, outbox, lookup, audit, clock);
        notes = new TeacherNotes(noteRepository);
        reflectionRepository = new ReflectionRepository(dsl);
        reflections = new ReflectionService(assignments, reflectionRepository, f.classes, lookup, audit, clock);
        barometer = new BarometerService(f.classes, access, assignmentRepository, progress, lookup,
                new BarometerRepository(dsl), clock);
        completed = new ClassCompletedWork(assignmentRepository, f.classes, progress, reflectionRepository);

        fiveB = f.newClass("5.B", "TEST5B", CodeKind.WORDS);
        twoA = f.newClass("2.A", "TEST2A", CodeKind.PICTURE);
        bo = teacher("bo", fiveB);
        anne = teacher("anne", twoA);
        asta = f.pupil(fiveB, "Asta", null, "kage-tog-1");
        magnus = f.pupil(fiveB, "Magnus", null, "kage-tog-2");
        liva = f.pupil(fiveB, "Liva", null, "kage-tog-3");
        alma = f.pupil(twoA, "Alma", null, "hund+sol");
    }

    public static synchronized CurriculumStore store() {
        if (store == null) {
            store = new CurriculumStore("curriculum");
        }
        return store;
    }

    private SignedInUser teacher(String name, long klass) {
        long id = f.teacher(name);
        f.classes.linkTeacher(id, klass, List.of("matematik"));
        return new SignedInUser(id, Role.TEACHER, "Lærer " + name, f.school);
    }

    public SignedInUser pupil(long id, String name) {
        return new SignedInUser(id, Role.PUPIL, name, f.school);
    }

    /** A save of the pupil's workspace now (the next revision). */
    public void save(long pupil, String experiment) {
        int revision = lab.current(pupil, experiment, "").map(LabRepository.Saved::revision).orElse(0);
        lab.save(pupil, experiment, "", revision, "{\"rev\":" + (revision + 1) + "}", OffsetDateTime.now(clock))
                .orElseThrow();
        lab.addVersion(pupil, experiment, "", revision + 1, "{\"rev\":" + (revision + 1) + "}",
                OffsetDateTime.now(clock));
    }

    /** A run now, after a save. */
    public void run(long pupil, String experiment, boolean passed) {
        save(pupil, experiment);
        int revision = lab.current(pupil, experiment, "").orElseThrow().revision();
        int score = passed ? dk.opdag.experiment.level.Grade.ALL_PASS : dk.opdag.experiment.level.Grade.WRONG;
        lab.addRun(pupil, experiment, "", OffsetDateTime.now(clock), score, 12,
                passed ? null : "Figuren er ikke lukket", null, null, revision);
        lab.recordResult(pupil, experiment, "", score, OffsetDateTime.now(clock));
    }

    /** Every level of a shipped experiment passed now: the pupil has climbed the whole stair, so it is done. */
    public void passEveryLevel(long pupil, String experiment) {
        for (var level : store().curriculum().experiment(experiment).orElseThrow().levels()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            lab.save(pupil, experiment, level.id(), 0, "{\"rev\":1}", now).orElseThrow();
            lab.addRun(pupil, experiment, level.id(), now, dk.opdag.experiment.level.Grade.ALL_PASS, 12, null, null, null, 1);
            lab.recordResult(pupil, experiment, level.id(), dk.opdag.experiment.level.Grade.ALL_PASS, now);
        }
    }

    private static Activity copy(Activity a, String id, List<String> experiments) {
        return new Activity(id, a.title() + " (test)", a.grades(), a.intro(), a.why(), a.subjects(), a.goals(),
                a.lessons(), a.unplugged(), a.materials(), a.differentiation(), experiments, a.guide(), a.safety(),
                a.contentHash().substring(0, 50) + "-test-" + id.length());
    }
}
