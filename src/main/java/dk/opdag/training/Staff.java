package dk.opdag.training;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;

/**
 * Who may take part in training: staff of a school (teachers and leaders). Pupils and admins have no training
 * profile. Checked in every service method, so a view that is opened by mistake still gets nothing.
 */
public final class Staff {

    private Staff() {
    }

    /** A teacher or leader with a school. */
    public static SignedInUser require(SignedInUser user) {
        if (user == null || !(user.is(Role.TEACHER) || user.is(Role.LEADER)) || user.schoolId() == null) {
            throw new TrainingException("training.error.staff-only");
        }
        return user;
    }

    public static SignedInUser requireLeader(SignedInUser user) {
        if (user == null || !user.is(Role.LEADER) || user.schoolId() == null) {
            throw new TrainingException("training.error.leaders-only");
        }
        return user;
    }

    public static SignedInUser requireTeacher(SignedInUser user) {
        if (user == null || !user.is(Role.TEACHER) || user.schoolId() == null) {
            throw new TrainingException("training.error.teachers-only");
        }
        return user;
    }
}
