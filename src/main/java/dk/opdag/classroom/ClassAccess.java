package dk.opdag.classroom;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import org.springframework.stereotype.Service;

/**
 * Who may see which class: a teacher only their own classes, a leader the classes of their school, an admin all.
 * Pupils never see a class list. Every service method that returns pupils' data asks here first.
 */
@Service
public class ClassAccess {

    private final ClassRepository classes;

    public ClassAccess(ClassRepository classes) {
        this.classes = classes;
    }

    public boolean canView(SignedInUser user, ClassInfo klass) {
        return switch (user.role()) {
            case ADMIN -> true;
            case LEADER -> user.schoolId() != null && user.schoolId() == klass.schoolId();
            case TEACHER -> classes.isTeacherOf(user.id(), klass.id());
            case PUPIL -> false;
        };
    }

    /** Changing the roster or a pupil's code: the class's own teachers and admins. */
    public boolean canManage(SignedInUser user, ClassInfo klass) {
        return switch (user.role()) {
            case ADMIN -> true;
            case TEACHER -> classes.isTeacherOf(user.id(), klass.id());
            case LEADER, PUPIL -> false;
        };
    }

    public ClassInfo requireView(SignedInUser user, long classId) {
        ClassInfo klass = classes.find(classId).orElseThrow(() -> new ClassroomException("class.error.not-found"));
        if (!canView(user, klass)) {
            throw new ClassroomException("class.error.no-access");
        }
        return klass;
    }

    /**
     * Following pupils' work (assignments, the live grid, a pupil's programs, reflections): only the class's own
     * teachers. Leaders and admins see aggregates elsewhere, never a pupil's work.
     */
    public ClassInfo requireTeacher(SignedInUser user, long classId) {
        ClassRepository.TaughtClass found = classes.findForTeacher(classId, user.id())
                .orElseThrow(() -> new ClassroomException("class.error.not-found"));
        if (!user.is(Role.TEACHER) || !found.taughtBy()) {
            throw new ClassroomException("class.error.no-access");
        }
        return found.klass();
    }

    public ClassInfo requireManage(SignedInUser user, long classId) {
        ClassInfo klass = requireView(user, classId);
        if (!canManage(user, klass)) {
            throw new ClassroomException("class.error.no-access");
        }
        return klass;
    }
}
