package dk.opdag.planning;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Subject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Year plans: grade templates, class plans adopted from them, items placed by week, holiday weeks, history and copying
 * to the next school year. Every rule a user can break is refused here with a Danish reason (see
 * {@link PlanningException}); the views only show what this service says.
 */
@Service
public class PlanService {

    /** A plan this large is still fast to list and count; beyond it something is wrong (an import loop, a script). */
    public static final int MAX_ITEMS = 5_000;
    public static final int MAX_NOTE = 1_000;

    private final PlanRepository plans;
    private final PlanAccess access;
    private final Classes classes;
    private final ClassAccess classAccess;
    private final Schools schools;
    private final CatalogueService catalogue;
    private final SubjectCatalog subjects;
    private final Clock clock;

    public PlanService(PlanRepository plans, PlanAccess access, Classes classes, ClassAccess classAccess,
                       Schools schools, CatalogueService catalogue, SubjectCatalog subjects, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.classes = classes;
        this.classAccess = classAccess;
        this.schools = schools;
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.clock = clock;
    }

    public int currentStartYear() {
        return SchoolYears.startYearOf(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading

    /** A plan with its class name filled in, if the user may see it. */
    @Transactional(readOnly = true)
    public Plan plan(SignedInUser user, long planId) {
        Plan plan = plans.findPlan(planId).orElseThrow(() -> new PlanningException("planning.error.plan-not-found"));
        access.requireView(user, plan);
        return named(plan);
    }

    public boolean canEdit(SignedInUser user, Plan plan) {
        return access.canEdit(user, plan);
    }

    @Transactional(readOnly = true)
    public SchoolCalendar calendar(long schoolId, int startYear) {
        return SchoolCalendar.of(startYear, plans.holidays(schoolId, schools.schoolYear(startYear)));
    }

    public SchoolCalendar calendar(Plan plan) {
        return SchoolCalendar.of(plan.startYear(), plans.holidays(plan.schoolId(), plan.schoolYearId()));
    }

    /** Every item, in week order, with the responsible teachers' names. */
    @Transactional(readOnly = true)
    public List<PlannedActivity> items(SignedInUser user, long planId) {
        Plan plan = plan(user, planId);
        return withTeacherNames(plan, plans.items(planId));
    }

    @Transactional(readOnly = true)
    public List<PlannedActivity> items(SignedInUser user, long planId, ItemFilter filter, int offset, int limit) {
        Plan plan = plan(user, planId);
        return withTeacherNames(plan, plans.items(planId, filter, offset, limit));
    }

    @Transactional(readOnly = true)
    public int countItems(SignedInUser user, long planId, ItemFilter filter) {
        plan(user, planId);
        return plans.countItems(planId, filter);
    }

    @Transactional(readOnly = true)
    public List<PlanChange> history(SignedInUser user, long planId, int offset, int limit) {
        plan(user, planId);
        return plans.changes(planId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countHistory(SignedInUser user, long planId) {
        plan(user, planId);
        return plans.countChanges(planId);
    }

    /** The teachers who may be responsible for a class plan's items; none for a template. */
    @Transactional(readOnly = true)
    public List<ClassTeacher> teachers(Plan plan) {
        return plan.classId() == null ? List.of() : classes.teachersOf(plan.classId());
    }

    /** Subjects taught at the plan's grade, the only ones an item may use. */
    public List<Subject> subjectsFor(Plan plan) {
        return subjects.taughtAt(plan.grade());
    }

    /** What a school has planned this school year, for the overview of plans. */
    public record SchoolPlans(long schoolId, int startYear, List<Plan> templates, List<Plan> classPlans,
                              Map<Long, Integer> itemCounts) {
        public Plan templateFor(int grade) {
            return templates.stream().filter(p -> p.grade() == grade).findFirst().orElse(null);
        }

        public Plan planOf(long classId) {
            return classPlans.stream().filter(p -> Objects.equals(p.classId(), classId)).findFirst().orElse(null);
        }
    }

    /** The plans of the user's school that the user may see, with item counts. */
    @Transactional(readOnly = true)
    public SchoolPlans schoolPlans(SignedInUser user, long schoolId, int startYear) {
        long yearId = schools.schoolYear(startYear);
        List<Plan> visible = plans.plansOfSchool(schoolId, yearId).stream()
                .filter(p -> access.canView(user, p)).map(this::named).toList();
        Map<Long, Integer> stored = plans.itemCounts(visible.stream().map(Plan::id).toList());
        Map<Long, Integer> counts = visible.stream()
                .collect(Collectors.toMap(Plan::id, p -> stored.getOrDefault(p.id(), 0)));
        return new SchoolPlans(schoolId, startYear, visible.stream().filter(Plan::isTemplate).toList(),
                visible.stream().filter(p -> !p.isTemplate()).toList(), counts);
    }

    /** The classes a user plans for in a school year: a leader's whole school, a teacher's own classes. */
    @Transactional(readOnly = true)
    public List<ClassSummary> classesOf(SignedInUser user, int startYear) {
        long yearId = schools.schoolYear(startYear);
        if (user.is(Role.TEACHER)) {
            return classes.summariesOfTeacher(user.id(), yearId);
        }
        return user.schoolId() == null ? List.of() : classes.summariesOfSchool(user.schoolId(), yearId);
    }

    // ---- creating plans

    /** The school's template for a grade, created empty on first use (only leaders). */
    @Transactional
    public Plan template(SignedInUser user, long schoolId, int startYear, int grade) {
        access.requireLeaderOf(user, schoolId);
        if (grade < 0 || grade > 9) {
            throw new PlanningException("planning.error.grade");
        }
        long yearId = schools.schoolYear(startYear);
        return plans.template(schoolId, yearId, grade).orElseGet(() -> {
            long id;
            try {
                id = plans.insertPlan(schoolId, yearId, startYear, PlanKind.TEMPLATE, grade, null, null, null,
                        user.id());
            } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
                throw new PlanConflictException("planning.error.plan-created-meanwhile");
            }
            plans.addChange(id, null, ChangeKind.CREATED, user.id(), user.displayName(), null, null, null, now());
            return plans.findPlan(id).orElseThrow();
        });
    }

    /**
     * Adopts the grade's template into a class: creates the class plan on first use and adds the template's items it
     * does not have yet. What the teachers changed in the class plan stays as they left it.
     */
    @Transactional
    public AdoptResult adopt(SignedInUser user, long classId) {
        ClassInfo klass = manageableClass(user, classId);
        Plan template = plans.template(klass.schoolId(), klass.schoolYearId(), klass.grade())
                .orElseThrow(() -> new PlanningException("planning.error.no-template", klass.grade()));
        Plan plan = classPlan(user, klass, template.id());
        Set<Long> already = new HashSet<>(plans.adoptedTemplateItems(plan.id()));
        List<PlannedActivity> toAdd = plans.items(template.id()).stream()
                .filter(i -> !already.contains(i.id())).toList();
        requireRoom(plan, toAdd.size());
        List<ClassTeacher> teachers = classes.teachersOf(classId);
        OffsetDateTime now = now();
        List<PlanRepository.NewItem> copies = new ArrayList<>();
        for (PlannedActivity item : toAdd) {
            ItemDraft draft = item.toDraft();
            Long teacher = teacherFor(draft.subjectId(), teachers, user);
            copies.add(new PlanRepository.NewItem(new ItemDraft(draft.activityId(), draft.subjectId(),
                    draft.fromWeek(), draft.toWeek(), teacher, draft.note()), item.id()));
        }
        plans.insertItems(plan.id(), copies, user.id(), now);
        plans.addChange(plan.id(), null, ChangeKind.ADOPTED, user.id(), user.displayName(), null, null,
                Integer.toString(toAdd.size()), now);
        return new AdoptResult(plan.id(), toAdd.size());
    }

    public record AdoptResult(long planId, int added) {
    }

    /** The class's own plan, empty, for a class whose grade has no template (or that wants its own). */
    @Transactional
    public Plan startClassPlan(SignedInUser user, long classId) {
        ClassInfo klass = manageableClass(user, classId);
        return classPlan(user, klass, null);
    }

    private Plan classPlan(SignedInUser user, ClassInfo klass, Long templateId) {
        return plans.planOfClass(klass.id()).map(this::named).orElseGet(() -> {
            long id;
            try {
                id = plans.insertPlan(klass.schoolId(), klass.schoolYearId(), klass.startYear(), PlanKind.CLASS,
                        klass.grade(), klass.id(), templateId, null, user.id());
            } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
                // A colleague created it a moment ago; their plan stands, this user tries again on it.
                throw new PlanConflictException("planning.error.plan-created-meanwhile");
            }
            plans.addChange(id, null, ChangeKind.CREATED, user.id(), user.displayName(), null, null, null, now());
            return named(plans.findPlan(id).orElseThrow());
        });
    }

    private ClassInfo manageableClass(SignedInUser user, long classId) {
        try {
            return classAccess.requireManage(user, classId);
        } catch (ClassroomException e) {
            throw new PlanningException("planning.error.class-teachers-only");
        }
    }

    /** The class teacher who teaches this subject in the class: the user when they do, else the first who does. */
    private static Long teacherFor(String subjectId, List<ClassTeacher> teachers, SignedInUser user) {
        List<ClassTeacher> teaching = teachers.stream().filter(t -> t.subjects().contains(subjectId)).toList();
        return teaching.stream().filter(t -> t.id() == user.id()).findFirst()
                .or(() -> teaching.stream().findFirst()).map(ClassTeacher::id).orElse(null);
    }

    // ---- items

    @Transactional
    public PlannedActivity addItem(SignedInUser user, long planId, ItemDraft draft) {
        Plan plan = editablePlan(user, planId);
        requireRoom(plan, 1);
        var activity = catalogue.activity(draft.activityId() == null ? "" : draft.activityId(),
                new Viewer(null, plan.schoolId()))
                .orElseThrow(() -> new PlanningException("planning.error.activity-unavailable"));
        if (activity.retired()) {
            throw new PlanningException("planning.error.activity-retired", activity.activity().title());
        }
        ItemDraft clean = checked(plan, draft);
        long id = plans.insertItem(planId, clean, null, user.id(), now());
        PlannedActivity saved = plans.findItem(id).orElseThrow();
        plans.addChange(planId, id, ChangeKind.ADDED, user.id(), user.displayName(), saved.activityTitle(), null,
                weeks(saved.fromWeek(), saved.toWeek()), now());
        return withTeacherNames(plan, List.of(saved)).getFirst();
    }

    /**
     * Saves new weeks, subject, teacher or note for an item, if nobody else saved it since {@code expectedVersion}.
     * Every changed field gets its own line in the history.
     */
    @Transactional
    public PlannedActivity updateItem(SignedInUser user, long itemId, int expectedVersion, ItemDraft draft) {
        PlannedActivity current = existingItem(itemId, draft);
        Plan plan = editablePlan(user, current.planId());
        ItemDraft clean = checked(plan, draft);
        if (!plans.updateItem(itemId, expectedVersion, clean, user.id(), now())) {
            throw conflict(itemId, current.activityTitle());
        }
        recordChanges(user, plan, current, clean);
        return withTeacherNames(plan, List.of(plans.findItem(itemId).orElseThrow())).getFirst();
    }

    /** Moves an item to start in another week, keeping its number of teaching weeks (holidays do not count). */
    @Transactional
    public PlannedActivity moveItem(SignedInUser user, long itemId, int expectedVersion, int newFromWeek) {
        PlannedActivity current = plans.findItem(itemId)
                .orElseThrow(() -> new PlanningException("planning.error.item-gone"));
        Plan plan = editablePlan(user, current.planId());
        SchoolCalendar calendar = calendar(plan);
        requireWeekInYear(calendar, newFromWeek);
        Week end = calendar.endWhenMoved(current.fromWeek(), current.toWeek(), newFromWeek)
                .orElseThrow(() -> new PlanningException("planning.error.move-past-end", weekNumber(newFromWeek)));
        return updateItem(user, itemId, expectedVersion, current.toDraft().withWeeks(newFromWeek, end.code()));
    }

    @Transactional
    public void removeItem(SignedInUser user, long itemId, int expectedVersion) {
        PlannedActivity current = plans.findItem(itemId)
                .orElseThrow(() -> new PlanningException("planning.error.item-gone"));
        Plan plan = editablePlan(user, current.planId());
        if (!plans.deleteItem(itemId, expectedVersion)) {
            throw conflict(itemId, current.activityTitle());
        }
        plans.addChange(plan.id(), itemId, ChangeKind.REMOVED, user.id(), user.displayName(),
                current.activityTitle(), weeks(current.fromWeek(), current.toWeek()), null, now());
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
        OffsetDateTime now = now();
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
            Map<Long, String> names = teacherNames(plan);
            plans.addChange(plan.id(), before.id(), ChangeKind.TEACHER, user.id(), user.displayName(), title,
                    before.teacherId() == null ? null : names.get(before.teacherId()),
                    after.teacherId() == null ? null : names.get(after.teacherId()), now);
        }
        if (!Objects.equals(before.note(), after.note())) {
            plans.addChange(plan.id(), before.id(), ChangeKind.NOTE, user.id(), user.displayName(), title,
                    before.note(), after.note(), now);
        }
    }

    private Plan editablePlan(SignedInUser user, long planId) {
        Plan plan = plans.findPlan(planId).orElseThrow(() -> new PlanningException("planning.error.plan-not-found"));
        access.requireEdit(user, plan);
        return plan;
    }

    private void requireRoom(Plan plan, int adding) {
        if (plans.countItems(plan.id(), ItemFilter.none()) + adding > MAX_ITEMS) {
            throw new PlanningException("planning.error.too-many", MAX_ITEMS);
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
        SchoolCalendar calendar = calendar(plan);
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

    private static void requireWeekInYear(SchoolCalendar calendar, int week) {
        if (!calendar.contains(week)) {
            throw new PlanningException("planning.error.week-outside", weekNumber(week),
                    SchoolYears.label(calendar.startYear()));
        }
    }

    /** The week number alone (41 of 202641), for messages; codes that are not weeks are shown as they are. */
    static int weekNumber(int code) {
        return code > 100 ? code % 100 : code;
    }

    /** "202641-202642": the stored form of a range in the history. */
    static String weeks(int from, int to) {
        return from + "-" + to;
    }

    // ---- holidays

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
            requireWeekInYear(year, code);
        }
        long yearId = schools.schoolYear(startYear);
        if (expected != null && !Set.copyOf(plans.holidays(schoolId, yearId)).equals(Set.copyOf(expected))) {
            throw new PlanConflictException("planning.error.holidays-changed");
        }
        plans.replaceHolidays(schoolId, yearId, weekCodes.stream().sorted().toList());
        return calendar(schoolId, startYear);
    }

    // ---- copying to the next school year

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
        Plan source = plan(user, planId);
        int nextYear = source.startYear() + 1;
        Plan target;
        List<ClassTeacher> teachers = List.of();
        if (targetClassId == null) {
            target = template(user, source.schoolId(), nextYear, source.grade());
        } else {
            ClassInfo klass = manageableClass(user, targetClassId);
            if (klass.startYear() != nextYear || klass.schoolId() != source.schoolId()
                    || klass.grade() != source.grade()) {
                throw new PlanningException("planning.error.copy-wrong-class", SchoolYears.label(nextYear),
                        source.grade());
            }
            target = classPlan(user, klass, null);
            teachers = classes.teachersOf(klass.id());
        }
        int existing = plans.countItems(target.id(), ItemFilter.none());
        if (existing > 0) {
            throw new PlanningException("planning.error.copy-target-not-empty", existing);
        }
        SchoolCalendar next = calendar(target);
        SchoolCalendar before = calendar(source);
        OffsetDateTime now = now();
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
            Long teacher = target.isTemplate() ? null : teacherFor(item.subjectId(), teachers, user);
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

    /** An activity's title as the school sees it, or its id when it is not visible (another teacher's own). */
    @Transactional(readOnly = true)
    public String activityTitle(String activityId, long schoolId) {
        return catalogue.activity(activityId, new Viewer(null, schoolId)).map(p -> p.activity().title())
                .orElse(activityId);
    }

    /** Activities that may go into the plan: the catalogue's and the school's shared ones, for its grade or all. */
    @Transactional(readOnly = true)
    public List<ActivityCard> plannableActivities(Plan plan, boolean allGrades) {
        return catalogue.search(new CatalogueQuery(null, null, allGrades ? null : plan.grade(), null, null, null,
                null, null), new Viewer(null, plan.schoolId()));
    }

    /** The week with the same number one school year later (uge 53 becomes uge 52 where the year has no 53). */
    static int sameWeekNextYear(int code, SchoolCalendar next) {
        int number = code % 100;
        return next.byNumber(number).or(() -> next.byNumber(number - 1)).orElseThrow().code();
    }

    // ---- names

    private Plan named(Plan plan) {
        if (plan.classId() == null) {
            return plan;
        }
        String name = classes.find(plan.classId()).map(ClassInfo::name).orElse("?");
        return new Plan(plan.id(), plan.schoolId(), plan.schoolYearId(), plan.startYear(), plan.kind(), plan.grade(),
                plan.classId(), name, plan.adoptedFrom(), plan.copiedFrom());
    }

    private Map<Long, String> teacherNames(Plan plan) {
        return teachers(plan).stream().collect(Collectors.toMap(ClassTeacher::id, ClassTeacher::name));
    }

    private List<PlannedActivity> withTeacherNames(Plan plan, List<PlannedActivity> items) {
        if (plan.classId() == null || items.stream().allMatch(i -> i.teacherId() == null)) {
            return items;
        }
        Map<Long, String> names = teacherNames(plan);
        Function<PlannedActivity, PlannedActivity> name = i -> i.teacherId() == null ? i
                : i.withTeacherName(names.get(i.teacherId()));
        return items.stream().map(name).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
