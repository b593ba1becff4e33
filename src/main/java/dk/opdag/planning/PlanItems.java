package dk.opdag.planning;

import static dk.opdag.planning.PlanWeeks.requireWeekInYear;
import static dk.opdag.planning.PlanWeeks.weekNumber;
import static dk.opdag.planning.PlanWeeks.weeks;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.Classes;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Subject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's items and their history: listing, adding, changing, moving and removing items, each change written to
 * the history line by line. Every rule a user can break is refused here with a Danish reason (see
 * {@link PlanningException}); the views only show what this service says.
 */
@Service
public class PlanItems {

    /** A plan this large is still fast to list and count; beyond it something is wrong (an import loop, a script). */
    public static final int MAX_ITEMS = 5_000;
    public static final int MAX_NOTE = 1_000;

    private final PlanRepository plans;
    private final Plans reader;
    private final SchoolHolidays holidays;
    private final Classes classes;
    private final CatalogueService catalogue;
    private final SubjectCatalog subjects;

    public PlanItems(PlanRepository plans, Plans reader, SchoolHolidays holidays, Classes classes,
                     CatalogueService catalogue, SubjectCatalog subjects) {
        this.plans = plans;
        this.reader = reader;
        this.holidays = holidays;
        this.classes = classes;
        this.catalogue = catalogue;
        this.subjects = subjects;
    }

    /** Every item, in week order, with the responsible teachers' names. */
    @Transactional(readOnly = true)
    public List<PlannedActivity> items(SignedInUser user, long planId) {
        Plan plan = reader.plan(user, planId);
        return reader.withTeacherNames(plan, plans.items(planId));
    }

    @Transactional(readOnly = true)
    public List<PlannedActivity> items(SignedInUser user, long planId, ItemFilter filter, int offset, int limit) {
        Plan plan = reader.plan(user, planId);
        return reader.withTeacherNames(plan, plans.items(planId, filter, offset, limit));
    }

    @Transactional(readOnly = true)
    public int countItems(SignedInUser user, long planId, ItemFilter filter) {
        reader.plan(user, planId);
        return plans.countItems(planId, filter);
    }

    @Transactional(readOnly = true)
    public List<PlanChange> history(SignedInUser user, long planId, int offset, int limit) {
        reader.plan(user, planId);
        return plans.changes(planId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countHistory(SignedInUser user, long planId) {
        reader.plan(user, planId);
        return plans.countChanges(planId);
    }

    @Transactional
    public PlannedActivity addItem(SignedInUser user, long planId, ItemDraft draft) {
        Plan plan = reader.editablePlan(user, planId);
        reader.requireRoom(plan, 1);
        var activity = catalogue.activity(draft.activityId() == null ? "" : draft.activityId(),
                new Viewer(null, plan.schoolId()))
                .orElseThrow(() -> new PlanningException("planning.error.activity-unavailable"));
        if (activity.retired()) {
            throw new PlanningException("planning.error.activity-retired", activity.activity().title());
        }
        ItemDraft clean = checked(plan, draft);
        long id = plans.insertItem(planId, clean, null, user.id(), reader.now());
        PlannedActivity saved = plans.findItem(id).orElseThrow();
        plans.addChange(planId, id, ChangeKind.ADDED, user.id(), user.displayName(), saved.activityTitle(), null,
                weeks(saved.fromWeek(), saved.toWeek()), reader.now());
        return reader.withTeacherNames(plan, List.of(saved)).getFirst();
    }

    /**
     * Saves new weeks, subject, teacher or note for an item, if nobody else saved it since {@code expectedVersion}.
     * Every changed field gets its own line in the history.
     */
    @Transactional
    public PlannedActivity updateItem(SignedInUser user, long itemId, int expectedVersion, ItemDraft draft) {
        PlannedActivity current = existingItem(itemId, draft);
        Plan plan = reader.editablePlan(user, current.planId());
        ItemDraft clean = checked(plan, draft);
        if (!plans.updateItem(itemId, expectedVersion, clean, user.id(), reader.now())) {
            throw conflict(itemId, current.activityTitle());
        }
        recordChanges(user, plan, current, clean);
        return reader.withTeacherNames(plan, List.of(plans.findItem(itemId).orElseThrow())).getFirst();
    }

    /** Moves an item to start in another week, keeping its number of teaching weeks (holidays do not count). */
    @Transactional
    public PlannedActivity moveItem(SignedInUser user, long itemId, int expectedVersion, int newFromWeek) {
        PlannedActivity current = plans.findItem(itemId)
                .orElseThrow(() -> new PlanningException("planning.error.item-gone"));
        Plan plan = reader.editablePlan(user, current.planId());
        SchoolCalendar calendar = holidays.calendar(plan);
        requireWeekInYear(calendar, newFromWeek);
        Week end = calendar.endWhenMoved(current.fromWeek(), current.toWeek(), newFromWeek)
                .orElseThrow(() -> new PlanningException("planning.error.move-past-end", weekNumber(newFromWeek)));
        return updateItem(user, itemId, expectedVersion, current.toDraft().withWeeks(newFromWeek, end.code()));
    }

    @Transactional
    public void removeItem(SignedInUser user, long itemId, int expectedVersion) {
        PlannedActivity current = plans.findItem(itemId)
                .orElseThrow(() -> new PlanningException("planning.error.item-gone"));
        Plan plan = reader.editablePlan(user, current.planId());
        if (!plans.deleteItem(itemId, expectedVersion)) {
            throw conflict(itemId, current.activityTitle());
        }
        plans.addChange(plan.id(), itemId, ChangeKind.REMOVED, user.id(), user.displayName(),
                current.activityTitle(), weeks(current.fromWeek(), current.toWeek()), null, reader.now());
    }

    private PlannedActivity existingItem(long itemId, ItemDraft draft) {
        PlannedActivity current = plans.findItem(itemId)
                .orElseThrow(() -> new PlanningException("planning.error.item-gone"));
        if (draft.activityId() != null && !draft.activityId().equals(current.activityId())) {
            throw new IllegalArgumentException("an item keeps its activity; remove it and add another");
        }
        return current;
    }

    private PlanConflictException conflict(long itemId, String title) {
        if (plans.findItem(itemId).isEmpty()) {
            return new PlanConflictException("planning.error.item-removed-meanwhile", title);
        }
        return new PlanConflictException("planning.error.conflict", plans.lastEditor(itemId).orElse("?"), title);
    }

    private void recordChanges(SignedInUser user, Plan plan, PlannedActivity before, ItemDraft after) {
        OffsetDateTime now = reader.now();
        String title = before.activityTitle();
        if (before.fromWeek() != after.fromWeek() || before.toWeek() != after.toWeek()) {
            plans.addChange(plan.id(), before.id(), ChangeKind.MOVED, user.id(), user.displayName(), title,
                    weeks(before.fromWeek(), before.toWeek()), weeks(after.fromWeek(), after.toWeek()), now);
        }
        if (!before.subjectId().equals(after.subjectId())) {
            plans.addChange(plan.id(), before.id(), ChangeKind.SUBJECT, user.id(), user.displayName(), title,
                    before.subjectName(), subjects.find(after.subjectId()).map(Subject::name).orElse(null), now);
        }
        if (!Objects.equals(before.teacherId(), after.teacherId())) {
            Map<Long, String> names = reader.teacherNames(plan);
            plans.addChange(plan.id(), before.id(), ChangeKind.TEACHER, user.id(), user.displayName(), title,
                    before.teacherId() == null ? null : names.get(before.teacherId()),
                    after.teacherId() == null ? null : names.get(after.teacherId()), now);
        }
        if (!Objects.equals(before.note(), after.note())) {
            plans.addChange(plan.id(), before.id(), ChangeKind.NOTE, user.id(), user.displayName(), title,
                    before.note(), after.note(), now);
        }
    }

    /** The draft as it will be stored, or the first rule it breaks. */
    ItemDraft checked(Plan plan, ItemDraft draft) {
        Subject subject = subjects.find(draft.subjectId() == null ? "" : draft.subjectId())
                .orElseThrow(() -> new PlanningException("planning.error.unknown-subject"));
        if (!subject.taughtAt(plan.grade())) {
            throw new PlanningException("planning.error.subject-not-taught", subject.name(),
                    subject.grades().label(), plan.grade());
        }
        SchoolCalendar calendar = holidays.calendar(plan);
        requireWeekInYear(calendar, draft.fromWeek());
        requireWeekInYear(calendar, draft.toWeek());
        if (draft.toWeek() < draft.fromWeek()) {
            throw new PlanningException("planning.error.weeks-backwards", weekNumber(draft.fromWeek()),
                    weekNumber(draft.toWeek()));
        }
        for (int week : List.of(draft.fromWeek(), draft.toWeek())) {
            if (calendar.isHoliday(week)) {
                throw new PlanningException("planning.error.holiday", weekNumber(week));
            }
        }
        Long teacher = plan.isTemplate() ? null : draft.teacherId();
        if (teacher != null && classes.teachersOf(plan.classId()).stream().noneMatch(t -> t.id() == teacher)) {
            throw new PlanningException("planning.error.teacher-not-in-class");
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new PlanningException("planning.error.note-too-long", MAX_NOTE, note.length());
        }
        return new ItemDraft(draft.activityId(), subject.id(), draft.fromWeek(), draft.toWeek(), teacher, note);
    }
}
