package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.Schools;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's holiday weeks per school year, which every plan of the school follows; leaders set them. */
@Service
public class SchoolHolidays {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final Schools schools;

    public SchoolHolidays(PlanRepository plans, PlanAccess access, Schools schools) {
        this.plans = plans;
        this.access = access;
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    public SchoolCalendar calendar(long schoolId, int startYear) {
        return SchoolCalendar.of(startYear, plans.holidays(schoolId, schools.schoolYear(startYear)));
    }

    public SchoolCalendar calendar(Plan plan) {
        return SchoolCalendar.of(plan.startYear(), plans.holidays(plan.schoolId(), plan.schoolYearId()));
    }

    /** Marks the school's holiday weeks for a school year (only leaders); weeks outside the year are refused. */
    @Transactional
    public SchoolCalendar setHolidays(SignedInUser user, long schoolId, int startYear, Set<Integer> weekCodes) {
        return setHolidays(user, schoolId, startYear, null, weekCodes);
    }

    /**
     * As above, but only if the holidays are still {@code expected} (what the leader's page showed): a colleague who
     * saved in between is not overwritten silently.
     */
    @Transactional
    public SchoolCalendar setHolidays(SignedInUser user, long schoolId, int startYear, Set<Integer> expected,
                                      Set<Integer> weekCodes) {
        access.requireLeaderOf(user, schoolId);
        SchoolCalendar year = SchoolCalendar.of(startYear);
        for (int code : weekCodes) {
            PlanWeeks.requireWeekInYear(year, code);
        }
        long yearId = schools.schoolYear(startYear);
        if (expected != null && !Set.copyOf(plans.holidays(schoolId, yearId)).equals(Set.copyOf(expected))) {
            throw new PlanConflictException("planning.error.holidays-changed");
        }
        plans.replaceHolidays(schoolId, yearId, weekCodes.stream().sorted().toList());
        return calendar(schoolId, startYear);
    }
}
