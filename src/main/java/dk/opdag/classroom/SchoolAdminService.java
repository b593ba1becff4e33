package dk.opdag.classroom;

import dk.opdag.account.CodeKind;
import dk.opdag.account.LoginCodes;
import dk.opdag.account.Role;
import dk.opdag.account.StaffAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's work: schools, classes, staff accounts and which teacher teaches which class. */
@Service
public class SchoolAdminService {

    // "5.B", "0.A", "10.X" is not a folkeskole grade; "5 B" and "5b" are accepted and written as "5.B".
    private static final Pattern CLASS_NAME = Pattern.compile("([0-9])\\s*[.]?\\s*([\\p{L}0-9]{1,3})");

    private final SchoolRepository schools;
    private final ClassRepository classes;
    private final StaffAccounts accounts;
    private final Clock clock;

    public SchoolAdminService(SchoolRepository schools, ClassRepository classes, StaffAccounts accounts, Clock clock) {
        this.schools = schools;
        this.classes = classes;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<School> schools() {
        return schools.schools();
    }

    @Transactional
    public long createSchool(String municipalityName, String schoolName) {
        String municipality = cleanName(municipalityName, 120);
        String school = cleanName(schoolName, 160);
        long municipalityId = schools.municipality(municipality);
        if (schools.schoolExists(municipalityId, school)) {
            throw new ClassroomException("school.error.exists", school);
        }
        return schools.createSchool(municipalityId, school);
    }

    public int currentStartYear() {
        return SchoolYears.startYearOf(LocalDate.now(clock));
    }

    /**
     * A class in the given school year, with a fresh class code. Grade comes from the name ("5.B" → 5).
     * Returns the name as stored ("5b" becomes "5.B").
     */
    @Transactional
    public String createClass(long schoolId, int startYear, String name, CodeKind kind) {
        schools.school(schoolId).orElseThrow(() -> new ClassroomException("school.error.not-found"));
        Matcher m = CLASS_NAME.matcher(name == null ? "" : name.strip());
        if (!m.matches()) {
            throw new ClassroomException("class.error.name");
        }
        String normalised = m.group(1) + "." + m.group(2).toUpperCase();
        int grade = Integer.parseInt(m.group(1));
        long yearId = schools.schoolYear(startYear);
        if (classes.nameTaken(schoolId, yearId, normalised)) {
            throw new ClassroomException("class.error.exists", normalised);
        }
        String code;
        do {
            code = LoginCodes.newClassCode();
        } while (classes.classCodeTaken(code));
        classes.create(schoolId, yearId, normalised, grade, code, kind);
        return normalised;
    }

    /** Picture codes for 0.–3. klasse, word codes from 4. klasse: the default a teacher would pick. */
    public static CodeKind defaultCodeKind(int grade) {
        return grade <= 3 ? CodeKind.PICTURE : CodeKind.WORDS;
    }

    @Transactional
    public long createStaff(long schoolId, Role role, String username, String password, String name) {
        if (role != Role.TEACHER && role != Role.LEADER) {
            throw new IllegalArgumentException("only teachers and leaders belong to a school");
        }
        schools.school(schoolId).orElseThrow(() -> new ClassroomException("school.error.not-found"));
        return accounts.create(role, schoolId, username, password, name);
    }

    @Transactional
    public void assignTeacher(long classId, long teacherId, Collection<String> subjectIds) {
        ClassInfo klass = classes.find(classId).orElseThrow(() -> new ClassroomException("class.error.not-found"));
        boolean teacherOfSchool = classes.staffOfSchool(klass.schoolId()).stream()
                .anyMatch(s -> s.id() == teacherId && s.role() == Role.TEACHER);
        if (!teacherOfSchool) {
            throw new ClassroomException("class.error.teacher");
        }
        classes.linkTeacher(teacherId, classId, subjectIds);
    }

    public List<ClassSummary> classesOfSchool(long schoolId, int startYear) {
        return classes.summariesOfSchool(schoolId, schools.schoolYear(startYear));
    }

    public List<StaffRow> staffOfSchool(long schoolId) {
        return classes.staffOfSchool(schoolId);
    }

    public School school(long schoolId) {
        return schools.school(schoolId).orElseThrow(() -> new ClassroomException("school.error.not-found"));
    }

    private static String cleanName(String raw, int max) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > max || name.chars().anyMatch(Character::isISOControl)) {
            throw new ClassroomException("school.error.name");
        }
        return name;
    }
}
