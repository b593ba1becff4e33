package dk.opdag.planning;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training items in the school's year plan. Staff of the school (teachers and leaders) put them in, in teaching
 * weeks of the school year; the training feature checks beforehand that the teacher is in the group. Everyone on
 * the staff may read them; the one who made an item, or a leader, may take it out again.
 */
@Service
public class TrainingPlanService {

    public static final int MAX_NOTE = 1_000;

    private final TrainingItemRepository items;
    private final PlanRepository plans;
    private final Schools schools;
    private final Clock clock;

    public TrainingPlanService(TrainingItemRepository items, PlanRepository plans, Schools schools,
                               Clock clock) {
        this.items = items;
        this.plans = plans;
        this.schools = schools;
        this.clock = clock;
    }

    public int currentStartYear() {
        return SchoolYears.startYearOf(LocalDate.now(clock));
    }

    /** The weeks of the school year with the school's holidays, to choose from. */
    @Transactional(readOnly = true)
    public SchoolCalendar calendar(SignedInUser user, int startYear) {
        long school = requireStaff(user);
        return SchoolCalendar.of(startYear, plans.holidays(school, schools.schoolYear(startYear)));
    }

    @Transactional
    public TrainingItem add(SignedInUser user, int startYear, TrainingItemDraft draft) {
        long school = requireStaff(user);
        long yearId = schools.schoolYear(startYear);
        SchoolCalendar calendar = SchoolCalendar.of(startYear, plans.holidays(school, yearId));
        for (int week : List.of(draft.fromWeek(), draft.toWeek())) {
            if (!calendar.contains(week)) {
                throw new PlanningException("planning.error.week-outside", week % 100,
                        SchoolYears.label(startYear));
            }
        }
        if (draft.toWeek() < draft.fromWeek()) {
            throw new PlanningException("planning.error.weeks-backwards", draft.fromWeek() % 100,
                    draft.toWeek() % 100);
        }
        for (int week : List.of(draft.fromWeek(), draft.toWeek())) {
            if (calendar.isHoliday(week)) {
                throw new PlanningException("planning.error.holiday", week % 100);
            }
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new PlanningException("planning.error.note-too-long", MAX_NOTE, note.length());
        }
        TrainingItemDraft clean = new TrainingItemDraft(draft.moduleId(), draft.title(), draft.groupName(),
                draft.groupRef(), draft.fromWeek(), draft.toWeek(), note);
        long id = items.insert(school, yearId, startYear, clean, user.id(), OffsetDateTime.now(clock));
        return items.find(id).orElseThrow();
    }

    /** The school's training items in a school year, in week order. */
    @Transactional(readOnly = true)
    public List<TrainingItem> ofSchool(SignedInUser user, int startYear) {
        long school = requireStaff(user);
        return schools.findSchoolYear(startYear).map(year -> items.ofSchoolYear(school, year)).orElse(List.of());
    }

    @Transactional
    public void remove(SignedInUser user, long itemId) {
        long school = requireStaff(user);
        TrainingItem item = items.find(itemId)
                .filter(i -> i.schoolId() == school)
                .orElseThrow(() -> new PlanningException("planning.error.no-access"));
        if (item.createdBy() != user.id() && !user.is(Role.LEADER)) {
            throw new PlanningException("planning.error.no-access");
        }
        items.delete(itemId);
    }

    private static long requireStaff(SignedInUser user) {
        if (user == null || user.schoolId() == null || !(user.is(Role.TEACHER) || user.is(Role.LEADER))) {
            throw new PlanningException("planning.error.no-access");
        }
        return user.schoolId();
    }
}
