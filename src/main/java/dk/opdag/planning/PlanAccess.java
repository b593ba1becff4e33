package dk.opdag.planning;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.Classes;
import org.springframework.stereotype.Service;

/**
 * Who may see and change which plan. Grade templates: the school's leaders change them, its teachers read them.
 * Class plans: the class's teachers change them, the school's leaders read them. Admins may do both. Nobody sees
 * another school's plans. Every service method asks here first; hidden buttons are not the protection.
 */
@Service
public class PlanAccess {

    private final Classes classes;

    public PlanAccess(Classes classes) {
        this.classes = classes;
    }

    public boolean canView(SignedInUser user, Plan plan) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        if (user.is(Role.PUPIL) || !sameSchool(user, plan)) {
            return false;
        }
        return user.is(Role.LEADER) || plan.isTemplate() || classes.isTeacherOf(user.id(), plan.classId());
    }

    public boolean canEdit(SignedInUser user, Plan plan) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        if (!sameSchool(user, plan)) {
            return false;
        }
        return plan.isTemplate() ? user.is(Role.LEADER)
                : user.is(Role.TEACHER) && classes.isTeacherOf(user.id(), plan.classId());
    }

    public void requireView(SignedInUser user, Plan plan) {
        if (!canView(user, plan)) {
            throw new PlanningException("planning.error.no-access");
        }
    }

    public void requireEdit(SignedInUser user, Plan plan) {
        requireView(user, plan);
        if (!canEdit(user, plan)) {
            throw new PlanningException(plan.isTemplate() ? "planning.error.template-leaders-only"
                    : "planning.error.class-teachers-only");
        }
    }

    /** Leaders run the school's templates and holidays. */
    public void requireLeaderOf(SignedInUser user, long schoolId) {
        boolean ok = user.is(Role.ADMIN) || user.is(Role.LEADER) && user.schoolId() != null
                && user.schoolId() == schoolId;
        if (!ok) {
            throw new PlanningException("planning.error.leaders-only");
        }
    }

    private static boolean sameSchool(SignedInUser user, Plan plan) {
        return user.schoolId() != null && user.schoolId() == plan.schoolId();
    }
}
