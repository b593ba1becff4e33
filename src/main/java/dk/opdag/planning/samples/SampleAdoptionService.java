package dk.opdag.planning.samples;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.Schools;
import dk.opdag.curriculum.yearplan.SampleItem;
import dk.opdag.curriculum.yearplan.SamplePlan;
import dk.opdag.curriculum.yearplan.YearPlanCatalog;
import dk.opdag.planning.ChangeKind;
import dk.opdag.planning.ItemDraft;
import dk.opdag.planning.ItemFilter;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanAccess;
import dk.opdag.planning.PlanAdoption;
import dk.opdag.planning.PlanConflictException;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.SchoolHolidays;
import dk.opdag.planning.Week;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a sample year plan into a real plan: a class's plan (its teachers) or the school's template for the grade
 * (its leaders). Each activity of the sample becomes an item in the same week numbers of the plan's school year; an
 * item that would start in one of the school's holiday weeks starts in the next teaching week and keeps its number
 * of teaching weeks, as copying to the next year does. Slots for the school's own activities are not items (an item
 * needs an activity): they are counted and named, so the teachers can fill them. A plan that already has items is
 * only changed when the user confirms adding beside them or replacing them.
 */
@Service
public class SampleAdoptionService {

    /** What to do with the items a plan already has. */
    public enum Existing { NONE, ADD, REPLACE }

    /** One activity of the sample as it will land in the plan. */
    public record Placement(SampleItem item, String activityTitle, Week from, Week to, boolean shifted) {
    }

    /** What adopting would do, shown before anything is saved. */
    public record Preview(Plan plan, SamplePlan sample, int existingItems, List<Placement> placements,
                          List<SampleItem> ownSlots, List<SampleItem> unplaceable) {
        public int ownLessons() {
            return ownSlots.stream().mapToInt(SampleItem::lessons).sum();
        }
    }

    public record Result(long planId, int added, int removed, int shifted, int ownSlots) {
    }

    private final YearPlanCatalog samples;
    private final Plans reader;
    private final PlanAdoption adoption;
    private final SchoolHolidays holidays;
    private final PlanRepository plans;
    private final PlanAccess access;
    private final SampleUseRepository uses;
    private final Classes classes;
    private final Schools schools;
    private final Clock clock;

    public SampleAdoptionService(YearPlanCatalog samples, Plans reader, PlanAdoption adoption, SchoolHolidays holidays,
                                 PlanRepository plans,
                                 PlanAccess access, SampleUseRepository uses, Classes classes,
                                 Schools schools, Clock clock) {
        this.samples = samples;
        this.reader = reader;
        this.adoption = adoption;
        this.holidays = holidays;
        this.plans = plans;
        this.access = access;
        this.uses = uses;
        this.classes = classes;
        this.schools = schools;
        this.clock = clock;
    }

    public List<SamplePlan> samplesFor(int grade) {
        return samples.plansFor(grade);
    }

    public String activityTitle(String activityId) {
        return samples.activityTitle(activityId);
    }

    public Optional<SamplePlan> sample(String id) {
        return samples.plan(id);
    }

    /** The class's plan, created empty on first use (the class's teachers only). */
    @Transactional
    public Plan classTarget(SignedInUser user, long classId) {
        return adoption.startClassPlan(user, classId);
    }

    /** The school's template for a grade, created empty on first use (its leaders only). */
    @Transactional
    public Plan gradeTarget(SignedInUser user, long schoolId, int startYear, int grade) {
        return adoption.template(user, schoolId, startYear, grade);
    }

    @Transactional(readOnly = true)
    public Preview preview(SignedInUser user, long planId, String sampleId) {
        Plan plan = editable(user, planId);
        SamplePlan sample = samples.plan(sampleId == null ? "" : sampleId)
                .orElseThrow(() -> new PlanningException("yearplans.error.unknown-sample"));
        if (sample.grade() != plan.grade()) {
            throw new PlanningException("yearplans.error.wrong-grade", sample.grade(), plan.grade());
        }
        SchoolCalendar calendar = holidays.calendar(plan);
        List<Placement> placements = new ArrayList<>();
        List<SampleItem> own = new ArrayList<>();
        List<SampleItem> unplaceable = new ArrayList<>();
        for (SampleItem item : sample.items()) {
            if (item.isOwn()) {
                own.add(item);
                continue;
            }
            place(calendar, item, samples.activityTitle(item.activityId()))
                    .ifPresentOrElse(placements::add, () -> unplaceable.add(item));
        }
        int existing = plans.countItems(planId, ItemFilter.none());
        return new Preview(plan, sample, existing, placements, own, unplaceable);
    }

    /**
     * Adopts the sample. {@code existing} must say what to do with items already in the plan ({@link Existing#NONE}
     * only for an empty plan), and {@code expectedExisting} is the count the user saw: if a colleague changed the
     * plan meanwhile, nothing is done.
     */
    @Transactional
    public Result adopt(SignedInUser user, long planId, String sampleId, Existing existing, int expectedExisting) {
        Preview preview = preview(user, planId, sampleId);
        if (preview.existingItems() != expectedExisting) {
            throw new PlanConflictException("yearplans.error.changed-meanwhile", preview.existingItems());
        }
        if (preview.existingItems() > 0 && (existing == null || existing == Existing.NONE)) {
            throw new PlanningException("yearplans.error.confirm-needed", preview.existingItems());
        }
        Plan plan = preview.plan();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int removed = 0;
        if (existing == Existing.REPLACE) {
            for (PlannedActivity item : plans.items(planId)) {
                if (!plans.deleteItem(item.id(), item.version())) {
                    throw new PlanConflictException("yearplans.error.changed-meanwhile", preview.existingItems());
                }
                plans.addChange(planId, item.id(), ChangeKind.REMOVED, user.id(), user.displayName(),
                        item.activityTitle(), weeks(item.fromWeek(), item.toWeek()), null, now);
                removed++;
            }
        }
        if (plans.countItems(planId, ItemFilter.none()) + preview.placements().size() > PlanItems.MAX_ITEMS) {
            throw new PlanningException("planning.error.too-many", PlanItems.MAX_ITEMS);
        }
        List<ClassTeacher> teachers = plan.classId() == null ? List.of() : classes.teachersOf(plan.classId());
        List<PlanRepository.NewItem> items = new ArrayList<>();
        for (Placement p : preview.placements()) {
            SampleItem s = p.item();
            Long teacher = plan.isTemplate() ? null : teacherFor(s.subjectId(), teachers, user);
            items.add(new PlanRepository.NewItem(new ItemDraft(s.activityId(), s.subjectId(), p.from().code(),
                    p.to().code(), teacher, note(s)), null));
        }
        plans.insertItems(planId, items, user.id(), now);
        plans.addChange(planId, null, ChangeKind.ADOPTED, user.id(), user.displayName(), null,
                preview.sample().title(), Integer.toString(items.size()), now);
        uses.record(planId, preview.sample().id(), preview.sample().model().id(), items.size(), user.id(), now);
        int shifted = (int) preview.placements().stream().filter(Placement::shifted).count();
        return new Result(planId, items.size(), removed, shifted, preview.ownSlots().size());
    }

    /** Which plans of the school were filled from which sample, for the leader's overview. */
    @Transactional(readOnly = true)
    public List<SampleUseRepository.Use> usesOfSchool(SignedInUser user, long schoolId, int startYear) {
        access.requireLeaderOf(user, schoolId);
        return uses.ofSchool(schoolId, schools.schoolYear(startYear));
    }

    /** Where an activity of the sample lands in this school year, or empty when no teaching week is left. */
    static Optional<Placement> place(SchoolCalendar calendar, SampleItem item, String title) {
        Optional<Week> fromWeek = byNumber(calendar, item.fromWeek());
        Optional<Week> toWeek = byNumber(calendar, item.toWeek());
        if (fromWeek.isEmpty() || toWeek.isEmpty()) {
            return Optional.empty();
        }
        Optional<Week> start = calendar.teachingWeekFrom(fromWeek.get().code());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        int length = Math.max(1, calendar.teachingWeeksBetween(fromWeek.get().code(), toWeek.get().code()));
        Week end = calendar.endAfter(start.get().code(), length)
                .or(() -> calendar.teachingWeekUntil(calendar.last().code())).orElseThrow();
        return Optional.of(new Placement(item, title, start.get(), end, !start.get().equals(fromWeek.get())));
    }

    private static Optional<Week> byNumber(SchoolCalendar calendar, int number) {
        return calendar.byNumber(number).or(() -> number == 53 ? calendar.byNumber(52) : Optional.empty());
    }

    /** The sample's reason, kept with the item so the teacher sees why it is there. */
    private static String note(SampleItem item) {
        String note = item.why() + (item.experiments().isEmpty() ? "" : " (" + String.join(", ", item.experiments())
                + ")");
        return note.length() > PlanItems.MAX_NOTE ? note.substring(0, PlanItems.MAX_NOTE) : note;
    }

    private Plan editable(SignedInUser user, long planId) {
        Plan plan = reader.plan(user, planId);
        access.requireEdit(user, plan);
        return plan;
    }

    /** The class teacher who teaches the subject: the user when they do, else the first who does. */
    private static Long teacherFor(String subjectId, List<ClassTeacher> teachers, SignedInUser user) {
        List<ClassTeacher> teaching = teachers.stream().filter(t -> t.subjects().contains(subjectId)).toList();
        return teaching.stream().filter(t -> t.id() == user.id()).findFirst()
                .or(() -> teaching.stream().findFirst()).map(ClassTeacher::id).orElse(null);
    }

    private static String weeks(int from, int to) {
        return from + "-" + to;
    }
}
