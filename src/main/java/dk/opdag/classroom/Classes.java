package dk.opdag.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other features may read about classes: a class, its pupils and teachers, the classes of a school or a
 * teacher in a school year, and a school's staff. No access checks here: callers check who asks (see
 * {@link ClassAccess}).
 */
@Service
public class Classes {

    private final ClassRepository classes;

    public Classes(ClassRepository classes) {
        this.classes = classes;
    }

    public Optional<ClassInfo> find(long classId) {
        return classes.find(classId);
    }

    public boolean isTeacherOf(long teacherId, long classId) {
        return classes.isTeacherOf(teacherId, classId);
    }

    /** The class's active teachers by name, each with the subjects they teach it. */
    public List<ClassTeacher> teachersOf(long classId) {
        return classes.teachersOf(classId);
    }

    /** The class's active pupils in Danish alphabetical order. */
    public List<PupilRow> pupils(long classId) {
        return classes.pupils(classId);
    }

    /** The class of the pupil's latest school year, if any. */
    public Optional<Long> currentClassOf(long pupilId) {
        return classes.currentClassOf(pupilId);
    }

    /** A school's classes in a school year, by grade and name, with pupil counts and teachers' names. */
    public List<ClassSummary> summariesOfSchool(long schoolId, long schoolYearId) {
        return classes.summariesOfSchool(schoolId, schoolYearId);
    }

    /** The classes a teacher teaches in a school year, by grade and name. */
    public List<ClassSummary> summariesOfTeacher(long teacherId, long schoolYearId) {
        return classes.summariesOfTeacher(teacherId, schoolYearId);
    }

    /** The classes of several schools in one school year, by school, grade and name. */
    public List<ClassInfo> classesOfSchools(Collection<Long> schoolIds, long schoolYearId) {
        return classes.classesOfSchools(schoolIds, schoolYearId);
    }

    /** A school's teachers and leaders. */
    public List<StaffRow> staffOfSchool(long schoolId) {
        return classes.staffOfSchool(schoolId);
    }
}
