package dk.opdag.demo;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.assignment.Due;
import dk.opdag.classroom.barometer.BarometerService;
import dk.opdag.classroom.barometer.Dimension;
import dk.opdag.classroom.progress.PupilWorkService;
import dk.opdag.classroom.reflection.ReflectionService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A lesson in progress for the demo school, made through the real services: assignments in 2.A, 5.B and 8.C, runs
 * through the lab (so the grid shows solved, working, stuck and not started pupils), a teacher's hint, reflection
 * answers (two chosen for the board) and barometer ratings.
 */
@Service
public class DemoLessons {

    /** A demo class with its teacher, as {@link DemoData} created them. */
    public record DemoClass(long classId, long teacherId, String teacherName, long schoolId) {
    }

    static final String TURTLE_ACTIVITY = "skildpadden-tegner";
    static final String BUS_ACTIVITY = "skolebussens-vej";
    static final String FEED_ACTIVITY = "din-feed-er-ikke-min-feed";
    /** README's demo pupils start every experiment from a clean slate, so they take no part in the made-up work. */
    static final Set<String> README_PUPILS = Set.of("Alma", "Asta", "Ellie");
    private static final Logger LOG = LoggerFactory.getLogger(DemoLessons.class);

    private final AssignmentService assignments;
    private final Classes classes;
    private final LabService lab;
    private final LabCatalog catalog;
    private final CurriculumStore curriculum;
    private final ReflectionService reflections;
    private final BarometerService barometer;
    private final PupilWorkService work;
    private final Clock clock;

    public DemoLessons(AssignmentService assignments, Classes classes, LabService lab, LabCatalog catalog,
                       CurriculumStore curriculum, ReflectionService reflections, BarometerService barometer, PupilWorkService work,
                       Clock clock) {
        this.assignments = assignments;
        this.classes = classes;
        this.lab = lab;
        this.catalog = catalog;
        this.curriculum = curriculum;
        this.reflections = reflections;
        this.barometer = barometer;
        this.work = work;
        this.clock = clock;
    }

    /** Runs inside {@link DemoData#createIfEmpty}'s transaction. */
    public void create(DemoClass twoA, DemoClass fiveB, DemoClass eightC) {
        int startYear = SchoolYears.startYearOf(LocalDate.now(clock));
        Due thisWeek = Due.week(LocalDate.now(clock).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), startYear);
        Due nextWeek = Due.on(thisWeek.date().plusWeeks(1).plusDays(4));

        SignedInUser bo = teacher(fiveB);
        long turtle = assignments.assign(bo, fiveB.classId(), TURTLE_ACTIVITY, List.of(), thisWeek);
        List<PupilRow> fiveBPupils = others(fiveB);
        catalog.find("skildpadde-sekskant").ifPresent(e -> workOn(e, fiveBPupils, fiveB, bo, turtle));
        answer(fiveBPupils, turtle, fiveB, List.of(
                new Answer(0, 0, "Når jeg tegner selv, kan jeg rette undervejs. Programmet gør bare det, jeg skrev."),
                new Answer(1, 1, "Det blev en trekant i stedet for en sekskant. Så talte jeg hjørnerne og prøvede igen."),
                new Answer(2, 2, "I spil er banerne tit lavet af programmer."),
                new Answer(3, 1, "Jeg drejede 90 grader hver gang, så det blev en firkant. Nu ved jeg, at det er "
                        + "360 delt med 6.")));
        reflections.setShown(bo, turtle, fiveBPupils.get(1).id(), 1, true);
        reflections.setShown(bo, turtle, fiveBPupils.get(3).id(), 1, true);
        rate(fiveBPupils, fiveB, new int[][] {{4, 3, 5}, {2, 2, 3}, {5, 4, 4}, {3, 3, 2}, {4, 2, 3}, {1, 2, 2}});

        SignedInUser anne = teacher(twoA);
        long bus = assignments.assign(anne, twoA.classId(), BUS_ACTIVITY, List.of(), nextWeek);
        List<PupilRow> twoAPupils = others(twoA);
        catalog.find("robot-labyrint").ifPresent(e -> workOn(e, twoAPupils, twoA, anne, bus));
        rate(twoAPupils, twoA, new int[][] {{3, 2, 3}, {2, 2, 2}, {3, 3, 3}});

        SignedInUser carla = teacher(eightC);
        long feed = assignments.assign(carla, eightC.classId(), FEED_ACTIVITY, List.of(), thisWeek);
        List<PupilRow> eightCPupils = others(eightC);
        answer(eightCPupils, feed, eightC, List.of(
                new Answer(0, 0, "Min feed viser mest fodbold, fordi jeg har set mange klip om det."),
                new Answer(1, 0, "Appen tjener penge, når jeg bliver hængende, så den viser det, jeg ser længst.")));
        LOG.info("Demo lessons created: assignments in 2.A, 5.B and 8.C with runs, reflections and ratings");
    }

    private List<PupilRow> others(DemoClass c) {
        return classes.pupils(c.classId()).stream().filter(p -> !README_PUPILS.contains(p.name())).toList();
    }

    private static SignedInUser teacher(DemoClass c) {
        return new SignedInUser(c.teacherId(), Role.TEACHER, c.teacherName(), c.schoolId());
    }

    private static SignedInUser pupil(PupilRow p, DemoClass c) {
        return new SignedInUser(p.id(), Role.PUPIL, p.displayName(), c.schoolId());
    }

    /**
     * The first third of the class solved it (after a failed try), the next few are stuck after three failed runs
     * (one has a hint from the teacher), a few are working, and the rest have not started.
     */
    private void workOn(LabExperiment e, List<PupilRow> pupils, DemoClass c, SignedInUser teacher, long assignment) {
        String failing = e.startWorkspace();
        String solution = e.solution();
        for (int i = 0; i < pupils.size(); i++) {
            SignedInUser p = pupil(pupils.get(i), c);
            if (i < pupils.size() / 3 && solution != null) {
                run(p, e, failing);
                run(p, e, solution);
            } else if (i < pupils.size() / 3 + 3) {
                for (int n = 0; n < 3; n++) {
                    run(p, e, failing);
                }
                if (i == pupils.size() / 3) {
                    work.addNote(teacher, assignment, p.id(), e.id(),
                            "Tæl hjørnerne i figuren, du vil tegne. Hvor mange gange skal løkken så køre?", true);
                }
            } else if (i < pupils.size() / 3 + 6) {
                run(p, e, failing);
            }
        }
    }

    private void run(SignedInUser pupil, LabExperiment e, String workspace) {
        int revision = lab.open(pupil, e).revision();
        lab.run(pupil, e, revision, workspace);
    }

    /** A pupil's (by place on the class list) answer to a question (by number). */
    private record Answer(int pupil, int question, String text) {
    }

    private void answer(List<PupilRow> pupils, long assignment, DemoClass c, List<Answer> answers) {
        for (Answer a : answers) {
            if (a.pupil() < pupils.size() && a.question() < reflections.questions(
                    assignments.require(teacher(c), assignment)).size()) {
                reflections.save(pupil(pupils.get(a.pupil()), c), assignment, a.question(), a.text(), 0);
            }
        }
    }

    private void rate(List<PupilRow> pupils, DemoClass c, int[][] ratings) {
        for (int i = 0; i < ratings.length && i < pupils.size(); i++) {
            SignedInUser p = pupil(pupils.get(i), c);
            for (Dimension d : Dimension.values()) {
                barometer.rate(p, d, ratings[i][d.ordinal()]);
            }
        }
    }

}
