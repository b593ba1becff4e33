package dk.opdag.classroom;

import dk.opdag.account.Accounts;
import dk.opdag.account.CodeKind;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds schools, classes and class lists directly, for demo data made at start-up. No access checks and no
 * audit: people use {@link SchoolAdminService} and {@link RosterService}, which check both.
 */
@Service
public class SchoolSetup {

    private final SchoolRepository schools;
    private final ClassRepository classes;
    private final Accounts accounts;

    public SchoolSetup(SchoolRepository schools, ClassRepository classes, Accounts accounts) {
        this.schools = schools;
        this.classes = classes;
        this.accounts = accounts;
    }

    /** The municipality's id, created on first use. */
    public long municipality(String name) {
        return schools.municipality(name);
    }

    public long createSchool(long municipalityId, String name) {
        return schools.createSchool(municipalityId, name);
    }

    public long createClass(long schoolId, long schoolYearId, String name, int grade, String classCode,
                            CodeKind kind) {
        return classes.create(schoolId, schoolYearId, name, grade, classCode, kind);
    }

    /** Makes the teacher one of the class's teachers, teaching it exactly these subjects. */
    public void linkTeacher(long teacherId, long classId, Collection<String> subjectIds) {
        classes.linkTeacher(teacherId, classId, subjectIds);
    }

    /** A new pupil's account, enrolled in the class for the school year; returns the pupil's id. */
    @Transactional
    public long addPupil(long schoolId, long classId, long schoolYearId, String firstName, String initial,
                         String loginCode) {
        long pupil = accounts.createPupil(schoolId, firstName, initial, loginCode);
        classes.enrol(pupil, classId, schoolYearId);
        return pupil;
    }
}
