package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Subject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One year plan as its reader sees it: the plan with its class's name, who may change it, the teachers and subjects
 * its items may use, and the activities that may go into it. The other planning services find plans here, so that
 * the access rule and the naming live in one place.
 */
@Service
public class Plans {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final Classes classes;
    private final CatalogueService catalogue;
    private final SubjectCatalog subjects;
    private final Clock clock;

    public Plans(PlanRepository plans, PlanAccess access, Classes classes, CatalogueService catalogue,
                 SubjectCatalog subjects, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.classes = classes;
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.clock = clock;
    }

    public int currentStartYear() {
        return SchoolYears.startYearOf(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A plan with its class name filled in, if the user may see it. */
    @Transactional(readOnly = true)
    public Plan plan(SignedInUser user, long planId) {
        Plan plan = plans.findPlan(planId).orElseThrow(() -> new PlanningException("planning.error.plan-not-found"));
        access.requireView(user, plan);
        return named(plan);
    }

    public boolean canEdit(SignedInUser user, Plan plan) {
        return access.canEdit(user, plan);
    }

    /** The teachers who may be responsible for a class plan's items; none for a template. */
    @Transactional(readOnly = true)
    public List<ClassTeacher> teachers(Plan plan) {
        return plan.classId() == null ? List.of() : classes.teachersOf(plan.classId());
    }

    /** Subjects taught at the plan's grade, the only ones an item may use. */
    public List<Subject> subjectsFor(Plan plan) {
        return subjects.taughtAt(plan.grade());
    }

    /** An activity's title as the school sees it, or its id when it is not visible (another teacher's own). */
    @Transactional(readOnly = true)
    public String activityTitle(String activityId, long schoolId) {
        return catalogue.activity(activityId, new Viewer(null, schoolId)).map(p -> p.activity().title())
                .orElse(activityId);
    }

    /** Activities that may go into the plan: the catalogue's and the school's shared ones, for its grade or all. */
    @Transactional(readOnly = true)
    public List<ActivityCard> plannableActivities(Plan plan, boolean allGrades) {
        return catalogue.search(new CatalogueQuery(null, null, allGrades ? null : plan.grade(), null, null, null,
                null, null), new Viewer(null, plan.schoolId()));
    }

    /** The plan, if the user may change it (not named: callers that change items need only its ids). */
    Plan editablePlan(SignedInUser user, long planId) {
        Plan plan = plans.findPlan(planId).orElseThrow(() -> new PlanningException("planning.error.plan-not-found"));
        access.requireEdit(user, plan);
        return plan;
    }

    Plan named(Plan plan) {
        if (plan.classId() == null) {
            return plan;
        }
        String name = classes.find(plan.classId()).map(ClassInfo::name).orElse("?");
        return new Plan(plan.id(), plan.schoolId(), plan.schoolYearId(), plan.startYear(), plan.kind(), plan.grade(),
                plan.classId(), name, plan.adoptedFrom(), plan.copiedFrom());
    }

    Map<Long, String> teacherNames(Plan plan) {
        return teachers(plan).stream().collect(Collectors.toMap(ClassTeacher::id, ClassTeacher::name));
    }

    List<PlannedActivity> withTeacherNames(Plan plan, List<PlannedActivity> items) {
        if (plan.classId() == null || items.stream().allMatch(i -> i.teacherId() == null)) {
            return items;
        }
        Map<Long, String> names = teacherNames(plan);
        Function<PlannedActivity, PlannedActivity> name = i -> i.teacherId() == null ? i
                : i.withTeacherName(names.get(i.teacherId()));
        return items.stream().map(name).toList();
    }

    /** Refuses to grow a plan beyond {@link PlanItems#MAX_ITEMS}. */
    void requireRoom(Plan plan, int adding) {
        if (plans.countItems(plan.id(), ItemFilter.none()) + adding > PlanItems.MAX_ITEMS) {
            throw new PlanningException("planning.error.too-many", PlanItems.MAX_ITEMS);
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
