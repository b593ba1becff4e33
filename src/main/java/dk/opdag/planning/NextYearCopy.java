package dk.opdag.planning;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Copies a plan into the next school year, week by week, around the new year's holidays. */
@Service
public class NextYearCopy {

    private final PlanRepository plans;
    private final Plans reader;
    private final PlanAdoption adoption;
    private final SchoolHolidays holidays;
    private final Classes classes;
    private final Schools schools;

    public NextYearCopy(PlanRepository plans, Plans reader, PlanAdoption adoption, SchoolHolidays holidays,
                        Classes classes, Schools schools) {
        this.plans = plans;
        this.reader = reader;
        this.adoption = adoption;
        this.holidays = holidays;
        this.classes = classes;
        this.schools = schools;
    }

    /** Where a copied plan went and what had to change on the way. */
    public record CopyResult(long planId, int copied, int shifted, List<String> skipped) {
    }

    /**
     * Copies a plan into the next school year: into that year's template for the same grade ({@code targetClassId}
     * null, leaders only) or into a class of the same grade in that year (its teachers). Weeks keep their numbers;
     * an item that would start in a holiday of the new year starts in the next teaching week instead. The target must
     * be empty, so nothing anyone planned there is overwritten.
     */
    @Transactional
    public CopyResult copyToNextYear(SignedInUser user, long planId, Long targetClassId) {
        Plan source = reader.plan(user, planId);
        int nextYear = source.startYear() + 1;
        Plan target;
        List<ClassTeacher> teachers = List.of();
        if (targetClassId == null) {
            target = adoption.template(user, source.schoolId(), nextYear, source.grade());
        } else {
            ClassInfo klass = adoption.manageableClass(user, targetClassId);
            if (klass.startYear() != nextYear || klass.schoolId() != source.schoolId()
                    || klass.grade() != source.grade()) {
                throw new PlanningException("planning.error.copy-wrong-class", SchoolYears.label(nextYear),
                        source.grade());
            }
            target = adoption.classPlan(user, klass, null);
            teachers = classes.teachersOf(klass.id());
        }
        int existing = plans.countItems(target.id(), ItemFilter.none());
        if (existing > 0) {
            throw new PlanningException("planning.error.copy-target-not-empty", existing);
        }
        SchoolCalendar next = holidays.calendar(target);
        SchoolCalendar before = holidays.calendar(source);
        OffsetDateTime now = reader.now();
        List<PlanRepository.NewItem> copies = new ArrayList<>();
        int shifted = 0;
        List<String> skipped = new ArrayList<>();
        for (PlannedActivity item : plans.items(source.id())) {
            if (item.retired()) {
                skipped.add(item.activityTitle());
                continue;
            }
            int start = sameWeekNextYear(item.fromWeek(), next);
            int startTeaching = next.teachingWeekFrom(start).map(Week::code).orElse(-1);
            if (startTeaching < 0) {
                skipped.add(item.activityTitle());
                continue;
            }
            int length = before.teachingWeeksBetween(item.fromWeek(), item.toWeek());
            int end = next.endAfter(startTeaching, length).map(Week::code)
                    .orElseGet(() -> next.teachingWeekUntil(next.last().code()).orElseThrow().code());
            if (startTeaching != start) {
                shifted++;
            }
            Long teacher = target.isTemplate() ? null : PlanAdoption.teacherFor(item.subjectId(), teachers, user);
            copies.add(new PlanRepository.NewItem(new ItemDraft(item.activityId(), item.subjectId(), startTeaching,
                    end, teacher, item.note()), null));
        }
        plans.insertItems(target.id(), copies, user.id(), now);
        int copied = copies.size();
        plans.addChange(target.id(), null, ChangeKind.COPIED, user.id(), user.displayName(), null,
                SchoolYears.label(source.startYear()), Integer.toString(copied), now);
        return new CopyResult(target.id(), copied, shifted, skipped);
    }

    /** Where a plan can be copied to: next year's template (classId null) or a class of the same grade. */
    public record CopyTarget(Long classId, String className) {
    }

    @Transactional(readOnly = true)
    public List<CopyTarget> copyTargets(SignedInUser user, Plan plan) {
        List<CopyTarget> targets = new ArrayList<>();
        boolean leads = user.is(Role.ADMIN) || user.is(Role.LEADER) && Objects.equals(user.schoolId(),
                plan.schoolId());
        if (leads) {
            targets.add(new CopyTarget(null, null));
        }
        if (user.is(Role.TEACHER)) {
            long nextYear = schools.schoolYear(plan.startYear() + 1);
            classes.summariesOfTeacher(user.id(), nextYear).stream().filter(c -> c.grade() == plan.grade())
                    .forEach(c -> targets.add(new CopyTarget(c.id(), c.name())));
        }
        return targets;
    }

    /** The week with the same number one school year later (uge 53 becomes uge 52 where the year has no 53). */
    static int sameWeekNextYear(int code, SchoolCalendar next) {
        int number = code % 100;
        return next.byNumber(number).or(() -> next.byNumber(number - 1)).orElseThrow().code();
    }
}
