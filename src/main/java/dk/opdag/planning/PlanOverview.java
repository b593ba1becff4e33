package dk.opdag.planning;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.Schools;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a school, or a teacher, has planned in a school year: the plans they may see and the classes they plan for. */
@Service
public class PlanOverview {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final Plans reader;
    private final Classes classes;
    private final Schools schools;

    public PlanOverview(PlanRepository plans, PlanAccess access, Plans reader, Classes classes, Schools schools) {
        this.plans = plans;
        this.access = access;
        this.reader = reader;
        this.classes = classes;
        this.schools = schools;
    }

    /** What a school has planned this school year, for the overview of plans. */
    public record SchoolPlans(long schoolId, int startYear, List<Plan> templates, List<Plan> classPlans,
                              Map<Long, Integer> itemCounts) {
        public Plan templateFor(int grade) {
            return templates.stream().filter(p -> p.grade() == grade).findFirst().orElse(null);
        }

        public Plan planOf(long classId) {
            return classPlans.stream().filter(p -> Objects.equals(p.classId(), classId)).findFirst().orElse(null);
        }
    }

    /** The plans of the user's school that the user may see, with item counts. */
    @Transactional(readOnly = true)
    public SchoolPlans schoolPlans(SignedInUser user, long schoolId, int startYear) {
        long yearId = schools.schoolYear(startYear);
        List<Plan> visible = plans.plansOfSchool(schoolId, yearId).stream()
                .filter(p -> access.canView(user, p)).map(reader::named).toList();
        Map<Long, Integer> stored = plans.itemCounts(visible.stream().map(Plan::id).toList());
        Map<Long, Integer> counts = visible.stream()
                .collect(Collectors.toMap(Plan::id, p -> stored.getOrDefault(p.id(), 0)));
        return new SchoolPlans(schoolId, startYear, visible.stream().filter(Plan::isTemplate).toList(),
                visible.stream().filter(p -> !p.isTemplate()).toList(), counts);
    }

    /** The classes a user plans for in a school year: a leader's whole school, a teacher's own classes. */
    @Transactional(readOnly = true)
    public List<ClassSummary> classesOf(SignedInUser user, int startYear) {
        long yearId = schools.schoolYear(startYear);
        if (user.is(Role.TEACHER)) {
            return classes.summariesOfTeacher(user.id(), yearId);
        }
        return user.schoolId() == null ? List.of() : classes.summariesOfSchool(user.schoolId(), yearId);
    }
}
