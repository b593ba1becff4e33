package dk.opdag.demo;

import dk.opdag.account.CodeKind;
import dk.opdag.account.LoginCodes;
import dk.opdag.account.Role;
import dk.opdag.account.StaffAccounts;
import dk.opdag.classroom.SchoolSetup;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import dk.opdag.planning.demo.PlanningDemoData;
import dk.opdag.portfolio.demo.PortfolioDemoData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo school that {@code --demo} creates in an empty database: one leader, three teachers, three classes in
 * three grade bands and 60 invented pupils. The logins are listed in README.md; keep the two in step.
 */
@Service
public class DemoData {

    public static final String PASSWORD = "opdag-demo-1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** A demo class, its teacher, and the first pupil's fixed code (for README); the rest are random. */
    record DemoClass(String name, String code, CodeKind kind, String teacher, List<String> subjects,
                     String firstPupilCode, List<String> pupils) {
    }

    static final List<DemoClass> CLASSES = List.of(
            new DemoClass("2.A", "DEMO2A", CodeKind.PICTURE, "anne", List.of("dansk", "matematik", "natur-teknologi"),
                    "hund+sol", List.of("Alma", "Noah", "Ida", "William", "Ella", "Oscar", "Sofia", "Lucas", "Freja",
                            "Emil B", "Emil K", "Clara", "Malik", "Agnes", "Victor", "Laura", "Aksel", "Nora",
                            "Yusuf", "Karla")),
            new DemoClass("5.B", "DEMO5B", CodeKind.WORDS, "bo", List.of("matematik", "natur-teknologi", "dansk"),
                    "kage-tog-7", List.of("Asta", "Magnus", "Josefine", "Elias", "Sara", "Alfred", "Mathilde",
                            "Carl", "Liva", "Anton", "Esther", "Hamza", "Olivia", "Frederik", "Ellen", "Johan",
                            "Maja", "August", "Vigga", "Ali")),
            new DemoClass("8.C", "DEMO8C", CodeKind.WORDS, "carla", List.of("fysik-kemi", "samfundsfag", "matematik"),
                    "robot-sky-3", List.of("Ellie", "Mikkel", "Amalie", "Sebastian", "Nanna", "Jonas", "Cecilie",
                            "Rasmus", "Signe", "Mads", "Filippa", "Tobias", "Zainab", "Jakob", "Luna", "Marius",
                            "Alberte", "Kasper", "Selma", "Adam")));

    private final Schools schools;
    private final SchoolSetup setup;
    private final StaffAccounts accounts;
    private final PlanningDemoData planning;
    private final Clock clock;
    private final DemoLessons lessons;
    private final DemoMeasure measure;
    private final PortfolioDemoData portfolio;

    public DemoData(Schools schools, SchoolSetup setup, StaffAccounts accounts,
                    PlanningDemoData planning, Clock clock, DemoLessons lessons, DemoMeasure measure,
                    PortfolioDemoData portfolio) {
        this.portfolio = portfolio;
        this.schools = schools;
        this.setup = setup;
        this.accounts = accounts;
        this.planning = planning;
        this.clock = clock;
        this.lessons = lessons;
        this.measure = measure;
    }

    /** Creates the demo school unless the database already has schools (a second start changes nothing). */
    @Transactional
    public boolean createIfEmpty() {
        if (!schools.all().isEmpty()) {
            LOG.info("Demo data skipped: the database already has schools");
            return false;
        }
        int startYear = SchoolYears.startYearOf(LocalDate.now(clock));
        long yearId = schools.schoolYear(startYear);
        long school = setup.createSchool(setup.municipality("Demo Kommune"), "Opdag Demoskole");
        StaffAccounts.SharedPassword password = accounts.sharedPassword(PASSWORD);
        if (accounts.needsFirstAdmin()) {
            accounts.create(Role.ADMIN, null, "admin", password, "Demo Administrator");
        }
        accounts.create(Role.LEADER, school, "leder", password, "Lene Leder");
        // Every other pupil's code is random per installation: a fixed seed gave every --demo server the same codes.
        java.util.random.RandomGenerator random = new java.security.SecureRandom();
        List<DemoLessons.DemoClass> made = new java.util.ArrayList<>();
        for (DemoClass demo : CLASSES) {
            int grade = demo.name().charAt(0) - '0';
            long classId = setup.createClass(school, yearId, demo.name(), grade, demo.code(), demo.kind());
            long teacher = accounts.create(Role.TEACHER, school, demo.teacher(), password, teacherName(demo.teacher()));
            setup.linkTeacher(teacher, classId, demo.subjects());
            made.add(new DemoLessons.DemoClass(classId, teacher, teacherName(demo.teacher()), school));
            for (int i = 0; i < demo.pupils().size(); i++) {
                String[] name = demo.pupils().get(i).split(" ");
                String code = i == 0 ? demo.firstPupilCode() : LoginCodes.newPupilCode(demo.kind(), random);
                setup.addPupil(school, classId, yearId, name[0], name.length > 1 ? name[1] : null, code);
            }
        }
        planning.create(school, startYear);
        lessons.create(made.get(0), made.get(1), made.get(2));
        measure.create(made.get(2), 8); // 8.C took the barometer's start round
        portfolio.create(school, yearId, made.get(2).teacherId(), teacherName("carla"));
        LOG.info("Demo school created: 3 classes, 60 pupils. Logins are listed in README.md");
        return true;
    }

    private static String teacherName(String username) {
        return switch (username) {
            case "anne" -> "Anne Andersen";
            case "bo" -> "Bo Berg";
            default -> "Carla Christensen";
        };
    }
}
