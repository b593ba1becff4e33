package dk.opdag.classroom;

import dk.opdag.account.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What teachers, leaders and pupils see of classes on their landing pages. */
@Service
public class ClassroomService {

    private final ClassRepository classes;
    private final SchoolRepository schools;
    private final ClassAccess access;
    private final Clock clock;

    public ClassroomService(ClassRepository classes, SchoolRepository schools, ClassAccess access, Clock clock) {
        this.classes = classes;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    public int currentStartYear() {
        return SchoolYears.startYearOf(LocalDate.now(clock));
    }

    public List<ClassSummary> myClasses(SignedInUser teacher) {
        return classes.summariesOfTeacher(teacher.id(), schools.schoolYear(currentStartYear()));
    }

    /** The leader's school this school year: every class with its pupils counted and its teachers named. */
    public SchoolOverview overview(SignedInUser leader) {
        if (leader.schoolId() == null) {
            return new SchoolOverview("", currentStartYear(), List.of(), 0);
        }
        long yearId = schools.schoolYear(currentStartYear());
        String name = schools.school(leader.schoolId()).map(School::name).orElse("");
        return new SchoolOverview(name, currentStartYear(), classes.summariesOfSchool(leader.schoolId(), yearId),
                classes.pupilCount(leader.schoolId(), yearId));
    }

    public ClassInfo classFor(SignedInUser user, long classId) {
        return access.requireView(user, classId);
    }

    public boolean canManage(SignedInUser user, ClassInfo klass) {
        return access.canManage(user, klass);
    }

    /** The pupil's own class this school year, by name only. */
    public Optional<String> classNameOfPupil(SignedInUser pupil) {
        return classes.classOfPupil(pupil.id(), schools.schoolYear(currentStartYear()))
                .flatMap(classes::find).map(ClassInfo::name);
    }

    public record SchoolOverview(String schoolName, int startYear, List<ClassSummary> classes, int pupils) {
    }
}
