package dk.opdag.training;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.StaffAccounts;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.LessonFixture;
import dk.opdag.classroom.RosterService;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.classroom.progress.AssignmentCompletion;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.TrainingItemRepository;
import dk.opdag.planning.TrainingPlanService;
import dk.opdag.testing.TestDatabase;
import dk.opdag.training.ambassador.AmbassadorRepository;
import dk.opdag.training.ambassador.AmbassadorService;
import dk.opdag.training.content.TrainingCheck;
import dk.opdag.training.content.TrainingContent;
import dk.opdag.training.content.TrainingContentLoader;
import dk.opdag.training.module.ModuleRepository;
import dk.opdag.training.module.ModuleService;
import dk.opdag.training.profile.AssessmentRepository;
import dk.opdag.training.profile.ProfileService;
import dk.opdag.training.profile.SelfAssessmentService;
import dk.opdag.training.team.DialogueNoteRepository;
import dk.opdag.training.team.DialogueService;
import dk.opdag.training.team.TeamPlanService;
import dk.opdag.training.team.TeamRepository;
import dk.opdag.training.team.TeamService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/**
 * The classroom's lesson fixture (5.B with Bo, 2.A with Anne, the shipped curriculum) plus every training service
 * wired by hand over the same fresh database, a leader, and more teachers for teams.
 */
public final class TrainingWorld {

    private static TrainingContent content;

    public final LessonFixture l;
    public final TrainingCatalog catalog;
    public final AssessmentRepository assessmentRepository;
    public final SelfAssessmentService assessments;
    public final ModuleRepository moduleRepository;
    public final ModuleService modules;
    public final TeamRepository teamRepository;
    public final TeamService teams;
    public final ProfileService profiles;
    public final AmbassadorService ambassadors;
    public final DialogueService dialogue;
    public final TrainingPlanService trainingPlans;
    public final TeamPlanService teamPlans;
    public final CourseRecordService records;
    public final SchoolAdminService schoolAdmin;
    public final SignedInUser leader;

    public TrainingWorld(TestDatabase db) {
        l = new LessonFixture(db);
        catalog = new TrainingCatalog(content());
        @SuppressWarnings("deprecation")
        StaffAccounts accounts = new StaffAccounts(l.f.users, NoOpPasswordEncoder.getInstance());
        schoolAdmin = new SchoolAdminService(l.f.schools, l.f.classes, accounts, l.clock);
        assessmentRepository = new AssessmentRepository(l.dsl);
        assessments = new SelfAssessmentService(assessmentRepository, catalog, l.clock);
        moduleRepository = new ModuleRepository(l.dsl);
        modules = new ModuleService(moduleRepository, catalog, new ClassroomService(l.f.classes, l.f.schools, l.access,
                l.clock), new RosterService(l.f.classes, l.f.accounts, l.access, l.audit,
                new dk.opdag.account.LoginThrottle(new dk.opdag.account.ThrottleRepository(l.dsl), l.clock, 5, 100, 20,
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1),
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(1))), l.assignments,
                new AssignmentCompletion(l.assignments, l.progress, l.reflectionRepository), l.clock);
        teamRepository = new TeamRepository(l.dsl);
        teams = new TeamService(teamRepository, schoolAdmin, l.audit, l.clock);
        profiles = new ProfileService(assessmentRepository, moduleRepository, teamRepository, catalog);
        ambassadors = new AmbassadorService(new AmbassadorRepository(l.dsl), moduleRepository, catalog, schoolAdmin,
                l.clock);
        dialogue = new DialogueService(new DialogueNoteRepository(l.dsl), teams, catalog, l.clock);
        trainingPlans = new TrainingPlanService(new TrainingItemRepository(l.dsl), new PlanRepository(l.dsl),
                l.f.schoolsApi, l.clock);
        teamPlans = new TeamPlanService(teams, trainingPlans, catalog);
        records = new CourseRecordService(moduleRepository, catalog, schoolAdmin);
        leader = new SignedInUser(l.f.users.createStaff(Role.LEADER, l.f.school, "leder", "{noop}x", "Lene Leder"),
                Role.LEADER, "Lene Leder", l.f.school);
    }

    static synchronized TrainingContent content() {
        if (content == null) {
            content = TrainingContentLoader.load(Path.of("teacher-guides"),
                    TrainingCheck.catalogueOf(LessonFixture.store().curriculum())).content();
        }
        return content;
    }

    /** A teacher at the school without classes. */
    public SignedInUser teacher(String username) {
        long id = l.f.teacher(username);
        return new SignedInUser(id, Role.TEACHER, "Lærer " + username, l.f.school);
    }

    public List<SignedInUser> teachers(String prefix, int count) {
        List<SignedInUser> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(teacher(prefix + i));
        }
        return list;
    }

    /** A finished self-assessment with the same rating on every item. */
    public long assessAll(SignedInUser teacher, int rating) {
        return assess(teacher, itemId -> rating);
    }

    public long assess(SignedInUser teacher, java.util.function.ToIntFunction<String> rating) {
        var p = assessments.startOrResume(teacher);
        for (var item : catalog.content().competences().items()) {
            assessments.answer(teacher, p.assessmentId(), item.id(), rating.applyAsInt(item.id()));
        }
        assessments.finish(teacher, p.assessmentId());
        return p.assessmentId();
    }
}
