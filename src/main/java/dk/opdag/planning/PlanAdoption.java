package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.Schools;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How plans come to be: a grade's template (leaders), a class's own plan, and adopting the template into a class.
 * Two colleagues creating the same plan at once is refused for the second with a reason to try again.
 */
@Service
public class PlanAdoption {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final Plans reader;
    private final Classes classes;
    private final ClassAccess classAccess;
    private final Schools schools;

    public PlanAdoption(PlanRepository plans, PlanAccess access, Plans reader, Classes classes,
                        ClassAccess classAccess, Schools schools) {
        this.plans = plans;
        this.access = access;
        this.reader = reader;
        this.classes = classes;
        this.classAccess = classAccess;
        this.schools = schools;
    }

    /** The school's template for a grade, created empty on first use (only leaders). */
    @Transactional
    public Plan template(SignedInUser user, long schoolId, int startYear, int grade) {
        access.requireLeaderOf(user, schoolId);
        if (grade < 0 || grade > 9) {
            throw new PlanningException("planning.error.grade");
        }
        long yearId = schools.schoolYear(startYear);
        return plans.template(schoolId, yearId, grade).orElseGet(() -> {
            long id;
            try {
                id = plans.insertPlan(schoolId, yearId, startYear, PlanKind.TEMPLATE, grade, null, null, null,
                        user.id());
            } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
                throw new PlanConflictException("planning.error.plan-created-meanwhile");
            }
            plans.addChange(id, null, ChangeKind.CREATED, user.id(), user.displayName(), null, null, null,
                    reader.now());
            return plans.findPlan(id).orElseThrow();
        });
    }

    /**
     * Adopts the grade's template into a class: creates the class plan on first use and adds the template's items it
     * does not have yet. What the teachers changed in the class plan stays as they left it.
     */
    @Transactional
    public AdoptResult adopt(SignedInUser user, long classId) {
        ClassInfo klass = manageableClass(user, classId);
        Plan template = plans.template(klass.schoolId(), klass.schoolYearId(), klass.grade())
                .orElseThrow(() -> new PlanningException("planning.error.no-template", klass.grade()));
        Plan plan = classPlan(user, klass, template.id());
        Set<Long> already = new HashSet<>(plans.adoptedTemplateItems(plan.id()));
        List<PlannedActivity> toAdd = plans.items(template.id()).stream()
                .filter(i -> !already.contains(i.id())).toList();
        reader.requireRoom(plan, toAdd.size());
        List<ClassTeacher> teachers = classes.teachersOf(classId);
        OffsetDateTime now = reader.now();
        List<PlanRepository.NewItem> copies = new ArrayList<>();
        for (PlannedActivity item : toAdd) {
            ItemDraft draft = item.toDraft();
            Long teacher = teacherFor(draft.subjectId(), teachers, user);
            copies.add(new PlanRepository.NewItem(new ItemDraft(draft.activityId(), draft.subjectId(),
                    draft.fromWeek(), draft.toWeek(), teacher, draft.note()), item.id()));
        }
        plans.insertItems(plan.id(), copies, user.id(), now);
        plans.addChange(plan.id(), null, ChangeKind.ADOPTED, user.id(), user.displayName(), null, null,
                Integer.toString(toAdd.size()), now);
        return new AdoptResult(plan.id(), toAdd.size());
    }

    public record AdoptResult(long planId, int added) {
    }

    /** The class's own plan, empty, for a class whose grade has no template (or that wants its own). */
    @Transactional
    public Plan startClassPlan(SignedInUser user, long classId) {
        ClassInfo klass = manageableClass(user, classId);
        return classPlan(user, klass, null);
    }

    /** The class's plan, created (adopted from {@code templateId} if given) when it has none. */
    Plan classPlan(SignedInUser user, ClassInfo klass, Long templateId) {
        return plans.planOfClass(klass.id()).map(reader::named).orElseGet(() -> {
            long id;
            try {
                id = plans.insertPlan(klass.schoolId(), klass.schoolYearId(), klass.startYear(), PlanKind.CLASS,
                        klass.grade(), klass.id(), templateId, null, user.id());
            } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
                // A colleague created it a moment ago; their plan stands, this user tries again on it.
                throw new PlanConflictException("planning.error.plan-created-meanwhile");
            }
            plans.addChange(id, null, ChangeKind.CREATED, user.id(), user.displayName(), null, null, null,
                    reader.now());
            return reader.named(plans.findPlan(id).orElseThrow());
        });
    }

    /** The class, if the user is one of its teachers (or may manage it otherwise). */
    ClassInfo manageableClass(SignedInUser user, long classId) {
        try {
            return classAccess.requireManage(user, classId);
        } catch (ClassroomException e) {
            throw new PlanningException("planning.error.class-teachers-only");
        }
    }

    /** The class teacher who teaches this subject in the class: the user when they do, else the first who does. */
    static Long teacherFor(String subjectId, List<ClassTeacher> teachers, SignedInUser user) {
        List<ClassTeacher> teaching = teachers.stream().filter(t -> t.subjects().contains(subjectId)).toList();
        return teaching.stream().filter(t -> t.id() == user.id()).findFirst()
                .or(() -> teaching.stream().findFirst()).map(ClassTeacher::id).orElse(null);
    }
}
