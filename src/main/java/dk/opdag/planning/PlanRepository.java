package dk.opdag.planning;

import static dk.opdag.db.Tables.ACTIVITY;
import static dk.opdag.db.Tables.PLAN_CHANGE;
import static dk.opdag.db.Tables.PLAN_FEED;
import static dk.opdag.db.Tables.PLAN_HOLIDAY;
import static dk.opdag.db.Tables.PLAN_ITEM;
import static dk.opdag.db.Tables.SUBJECT;
import static dk.opdag.db.Tables.YEAR_PLAN;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

/**
 * Year plans, their items, holiday weeks, history and calendar feeds. Items are read joined with the catalogue's
 * synchronised activity and subject tables (titles, grades, names), which the curriculum keeps in the database for
 * exactly this kind of join.
 */
@Repository
public class PlanRepository {

    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- plans

    public long insertPlan(long schoolId, long schoolYearId, int startYear, PlanKind kind, int grade, Long classId,
                           Long adoptedFrom, Long copiedFrom, Long createdBy) {
        return dsl.insertInto(YEAR_PLAN)
                .set(YEAR_PLAN.SCHOOL_ID, schoolId)
                .set(YEAR_PLAN.SCHOOL_YEAR_ID, schoolYearId)
                .set(YEAR_PLAN.START_YEAR, startYear)
                .set(YEAR_PLAN.KIND, kind.name())
                .set(YEAR_PLAN.GRADE, grade)
                .set(YEAR_PLAN.CLASS_ID, classId)
                .set(YEAR_PLAN.TEMPLATE_GRADE, kind == PlanKind.TEMPLATE ? grade : null)
                .set(YEAR_PLAN.ADOPTED_FROM, adoptedFrom)
                .set(YEAR_PLAN.COPIED_FROM, copiedFrom)
                .set(YEAR_PLAN.CREATED_BY, createdBy)
                .returning(YEAR_PLAN.ID).fetchOne().getId();
    }

    public Optional<Plan> findPlan(long id) {
        return plans(YEAR_PLAN.ID.eq(id)).stream().findFirst();
    }

    public Optional<Plan> template(long schoolId, long schoolYearId, int grade) {
        return plans(YEAR_PLAN.SCHOOL_ID.eq(schoolId).and(YEAR_PLAN.SCHOOL_YEAR_ID.eq(schoolYearId))
                .and(YEAR_PLAN.TEMPLATE_GRADE.eq(grade))).stream().findFirst();
    }

    public Optional<Plan> planOfClass(long classId) {
        return plans(YEAR_PLAN.CLASS_ID.eq(classId)).stream().findFirst();
    }

    /** Templates first (by grade), then class plans (by grade). */
    public List<Plan> plansOfSchool(long schoolId, long schoolYearId) {
        return plans(YEAR_PLAN.SCHOOL_ID.eq(schoolId).and(YEAR_PLAN.SCHOOL_YEAR_ID.eq(schoolYearId)));
    }

    /** The plans of several schools in one school year (one query for a municipality). */
    public List<Plan> plansOfSchools(Collection<Long> schoolIds, long schoolYearId) {
        return plans(YEAR_PLAN.SCHOOL_ID.in(schoolIds).and(YEAR_PLAN.SCHOOL_YEAR_ID.eq(schoolYearId)));
    }

    private List<Plan> plans(Condition condition) {
        return dsl.selectFrom(YEAR_PLAN).where(condition)
                .orderBy(YEAR_PLAN.KIND.desc(), YEAR_PLAN.GRADE, YEAR_PLAN.ID)
                .fetch(r -> new Plan(r.getId(), r.getSchoolId(), r.getSchoolYearId(), r.getStartYear(),
                        PlanKind.valueOf(r.getKind()), r.getGrade(), r.getClassId(), null, r.getAdoptedFrom(),
                        r.getCopiedFrom()));
    }

    // ---- items

    private SelectOnConditionStep<Record> itemSelect() {
        return dsl.select(PLAN_ITEM.asterisk(), ACTIVITY.TITLE, ACTIVITY.GRADE_FROM, ACTIVITY.GRADE_TO,
                        ACTIVITY.RETIRED_AT, SUBJECT.NAME)
                .from(PLAN_ITEM)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(PLAN_ITEM.ACTIVITY_ID))
                .join(SUBJECT).on(SUBJECT.ID.eq(PLAN_ITEM.SUBJECT_ID));
    }

    private static PlannedActivity toItem(Record r) {
        return new PlannedActivity(r.get(PLAN_ITEM.ID), r.get(PLAN_ITEM.PLAN_ID), r.get(PLAN_ITEM.ACTIVITY_ID),
                r.get(ACTIVITY.TITLE), r.get(ACTIVITY.GRADE_FROM), r.get(ACTIVITY.GRADE_TO),
                r.get(ACTIVITY.RETIRED_AT) != null, r.get(PLAN_ITEM.SUBJECT_ID), r.get(SUBJECT.NAME),
                r.get(PLAN_ITEM.FROM_WEEK), r.get(PLAN_ITEM.TO_WEEK), r.get(PLAN_ITEM.TEACHER_ID), null,
                r.get(PLAN_ITEM.NOTE), r.get(PLAN_ITEM.TEMPLATE_ITEM_ID), r.get(PLAN_ITEM.VERSION),
                r.get(PLAN_ITEM.UPDATED_AT));
    }

    /** Every item of a plan in week order. */
    public List<PlannedActivity> items(long planId) {
        return itemSelect().where(PLAN_ITEM.PLAN_ID.eq(planId))
                .orderBy(PLAN_ITEM.FROM_WEEK, PLAN_ITEM.TO_WEEK, ACTIVITY.TITLE, PLAN_ITEM.ID)
                .fetch(PlanRepository::toItem);
    }

    /** One page of a plan's items, for lists that never load a 2,000-item plan at once. */
    public List<PlannedActivity> items(long planId, ItemFilter filter, int offset, int limit) {
        return itemSelect().where(PLAN_ITEM.PLAN_ID.eq(planId)).and(matches(filter))
                .orderBy(PLAN_ITEM.FROM_WEEK, PLAN_ITEM.TO_WEEK, ACTIVITY.TITLE, PLAN_ITEM.ID)
                .offset(offset).limit(limit)
                .fetch(PlanRepository::toItem);
    }

    public int countItems(long planId, ItemFilter filter) {
        return dsl.fetchCount(dsl.select(PLAN_ITEM.ID).from(PLAN_ITEM)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(PLAN_ITEM.ACTIVITY_ID))
                .where(PLAN_ITEM.PLAN_ID.eq(planId)).and(matches(filter)));
    }

    /** Items per plan, for many plans in one query; plans without items are absent. */
    public Map<Long, Integer> itemCounts(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PLAN_ITEM.PLAN_ID, count()).from(PLAN_ITEM).where(PLAN_ITEM.PLAN_ID.in(planIds))
                .groupBy(PLAN_ITEM.PLAN_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private static Condition matches(ItemFilter filter) {
        Condition c = noCondition();
        if (filter.week() != null) {
            c = c.and(PLAN_ITEM.FROM_WEEK.le(filter.week())).and(PLAN_ITEM.TO_WEEK.ge(filter.week()));
        }
        if (filter.subjectId() != null) {
            c = c.and(PLAN_ITEM.SUBJECT_ID.eq(filter.subjectId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            for (String word : filter.text().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                c = c.and(ACTIVITY.TITLE.lower().contains(word));
            }
        }
        return c;
    }

    public Optional<PlannedActivity> findItem(long itemId) {
        return itemSelect().where(PLAN_ITEM.ID.eq(itemId)).fetchOptional(PlanRepository::toItem);
    }

    public long insertItem(long planId, ItemDraft d, Long templateItemId, long userId, OffsetDateTime now) {
        return dsl.insertInto(PLAN_ITEM)
                .set(PLAN_ITEM.PLAN_ID, planId)
                .set(PLAN_ITEM.ACTIVITY_ID, d.activityId())
                .set(PLAN_ITEM.SUBJECT_ID, d.subjectId())
                .set(PLAN_ITEM.FROM_WEEK, d.fromWeek())
                .set(PLAN_ITEM.TO_WEEK, d.toWeek())
                .set(PLAN_ITEM.TEACHER_ID, d.teacherId())
                .set(PLAN_ITEM.NOTE, d.note())
                .set(PLAN_ITEM.TEMPLATE_ITEM_ID, templateItemId)
                .set(PLAN_ITEM.VERSION, 0)
                .set(PLAN_ITEM.UPDATED_BY, userId)
                .set(PLAN_ITEM.UPDATED_AT, now)
                .returning(PLAN_ITEM.ID).fetchOne().getId();
    }

    /** An item to insert in bulk, with the template item it came from (or null). */
    public record NewItem(ItemDraft draft, Long templateItemId) {
    }

    /** Inserts many items in one statement per 500 (adopting, copying, large plans). */
    public void insertItems(long planId, List<NewItem> items, long userId, OffsetDateTime now) {
        for (int start = 0; start < items.size(); start += 500) {
            var insert = dsl.insertInto(PLAN_ITEM, PLAN_ITEM.PLAN_ID, PLAN_ITEM.ACTIVITY_ID, PLAN_ITEM.SUBJECT_ID,
                    PLAN_ITEM.FROM_WEEK, PLAN_ITEM.TO_WEEK, PLAN_ITEM.TEACHER_ID, PLAN_ITEM.NOTE,
                    PLAN_ITEM.TEMPLATE_ITEM_ID, PLAN_ITEM.VERSION, PLAN_ITEM.UPDATED_BY, PLAN_ITEM.UPDATED_AT);
            for (NewItem item : items.subList(start, Math.min(items.size(), start + 500))) {
                ItemDraft d = item.draft();
                insert = insert.values(planId, d.activityId(), d.subjectId(), d.fromWeek(), d.toWeek(),
                        d.teacherId(), d.note(), item.templateItemId(), 0, userId, now);
            }
            insert.execute();
        }
    }

    /** Saves a change only if nobody saved the item since {@code expectedVersion}; false means they did. */
    public boolean updateItem(long itemId, int expectedVersion, ItemDraft d, long userId, OffsetDateTime now) {
        return dsl.update(PLAN_ITEM)
                .set(PLAN_ITEM.SUBJECT_ID, d.subjectId())
                .set(PLAN_ITEM.FROM_WEEK, d.fromWeek())
                .set(PLAN_ITEM.TO_WEEK, d.toWeek())
                .set(PLAN_ITEM.TEACHER_ID, d.teacherId())
                .set(PLAN_ITEM.NOTE, d.note())
                .set(PLAN_ITEM.VERSION, PLAN_ITEM.VERSION.plus(1))
                .set(PLAN_ITEM.UPDATED_BY, userId)
                .set(PLAN_ITEM.UPDATED_AT, now)
                .where(PLAN_ITEM.ID.eq(itemId)).and(PLAN_ITEM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public boolean deleteItem(long itemId, int expectedVersion) {
        return dsl.deleteFrom(PLAN_ITEM)
                .where(PLAN_ITEM.ID.eq(itemId)).and(PLAN_ITEM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Template item ids already adopted into a class plan, so adopting again adds only what is new. */
    public List<Long> adoptedTemplateItems(long planId) {
        return dsl.select(PLAN_ITEM.TEMPLATE_ITEM_ID).from(PLAN_ITEM)
                .where(PLAN_ITEM.PLAN_ID.eq(planId)).and(PLAN_ITEM.TEMPLATE_ITEM_ID.isNotNull())
                .fetch(PLAN_ITEM.TEMPLATE_ITEM_ID);
    }

    /** Who saved an item last, from its history, for a conflict message. */
    public Optional<String> lastEditor(long itemId) {
        return dsl.select(PLAN_CHANGE.ACTOR_NAME).from(PLAN_CHANGE)
                .where(PLAN_CHANGE.ITEM_ID.eq(itemId))
                .orderBy(PLAN_CHANGE.OCCURRED_AT.desc(), PLAN_CHANGE.ID.desc())
                .limit(1).fetchOptional(PLAN_CHANGE.ACTOR_NAME);
    }

    // ---- what class plans hold, for coverage

    /** One placed activity in a class plan, as coverage counts it. */
    public record Placement(long schoolId, long classId, int grade, String activityId, String subjectId,
                            int fromWeek, int toWeek) {
    }

    /** Every item of every class plan of these schools in a school year. */
    public List<Placement> classPlacements(Collection<Long> schoolIds, long schoolYearId) {
        return dsl.select(YEAR_PLAN.SCHOOL_ID, YEAR_PLAN.CLASS_ID, YEAR_PLAN.GRADE, PLAN_ITEM.ACTIVITY_ID,
                        PLAN_ITEM.SUBJECT_ID, PLAN_ITEM.FROM_WEEK, PLAN_ITEM.TO_WEEK)
                .from(PLAN_ITEM).join(YEAR_PLAN).on(YEAR_PLAN.ID.eq(PLAN_ITEM.PLAN_ID))
                .where(YEAR_PLAN.SCHOOL_ID.in(schoolIds)).and(YEAR_PLAN.SCHOOL_YEAR_ID.eq(schoolYearId))
                .and(YEAR_PLAN.CLASS_ID.isNotNull())
                .fetch(r -> new Placement(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    // ---- holidays

    public List<Integer> holidays(long schoolId, long schoolYearId) {
        return dsl.select(PLAN_HOLIDAY.WEEK).from(PLAN_HOLIDAY)
                .where(PLAN_HOLIDAY.SCHOOL_ID.eq(schoolId)).and(PLAN_HOLIDAY.SCHOOL_YEAR_ID.eq(schoolYearId))
                .orderBy(PLAN_HOLIDAY.WEEK)
                .fetch(PLAN_HOLIDAY.WEEK);
    }

    public void replaceHolidays(long schoolId, long schoolYearId, Collection<Integer> weeks) {
        dsl.deleteFrom(PLAN_HOLIDAY)
                .where(PLAN_HOLIDAY.SCHOOL_ID.eq(schoolId)).and(PLAN_HOLIDAY.SCHOOL_YEAR_ID.eq(schoolYearId))
                .execute();
        for (int week : weeks) {
            dsl.insertInto(PLAN_HOLIDAY)
                    .set(PLAN_HOLIDAY.SCHOOL_ID, schoolId)
                    .set(PLAN_HOLIDAY.SCHOOL_YEAR_ID, schoolYearId)
                    .set(PLAN_HOLIDAY.WEEK, week)
                    .execute();
        }
    }

    // ---- history

    public void addChange(long planId, Long itemId, ChangeKind kind, Long actorId, String actorName,
                          String activityTitle, String before, String after, OffsetDateTime at) {
        dsl.insertInto(PLAN_CHANGE)
                .set(PLAN_CHANGE.PLAN_ID, planId)
                .set(PLAN_CHANGE.ITEM_ID, itemId)
                .set(PLAN_CHANGE.KIND, kind.name())
                .set(PLAN_CHANGE.ACTOR_ID, actorId)
                .set(PLAN_CHANGE.ACTOR_NAME, cut(actorName, 120))
                .set(PLAN_CHANGE.ACTIVITY_TITLE, cut(activityTitle, 200))
                .set(PLAN_CHANGE.BEFORE_VALUE, cut(before, 300))
                .set(PLAN_CHANGE.AFTER_VALUE, cut(after, 300))
                .set(PLAN_CHANGE.OCCURRED_AT, at)
                .execute();
    }

    /** Newest first. */
    public List<PlanChange> changes(long planId, int offset, int limit) {
        return dsl.selectFrom(PLAN_CHANGE).where(PLAN_CHANGE.PLAN_ID.eq(planId))
                .orderBy(PLAN_CHANGE.OCCURRED_AT.desc(), PLAN_CHANGE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new PlanChange(r.getId(), r.getItemId(), ChangeKind.valueOf(r.getKind()),
                        r.getActorName(), r.getActivityTitle(), r.getBeforeValue(), r.getAfterValue(),
                        r.getOccurredAt()));
    }

    public int countChanges(long planId) {
        return dsl.fetchCount(PLAN_CHANGE, PLAN_CHANGE.PLAN_ID.eq(planId));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ---- calendar feeds

    public record Feed(long teacherId, long classId) {
    }

    /** Stores a teacher's feed token for a class, replacing the one before (which stops working). */
    public void saveFeed(long teacherId, long classId, String tokenHash, OffsetDateTime now) {
        dsl.deleteFrom(PLAN_FEED).where(PLAN_FEED.TEACHER_ID.eq(teacherId)).and(PLAN_FEED.CLASS_ID.eq(classId))
                .execute();
        dsl.insertInto(PLAN_FEED)
                .set(PLAN_FEED.TEACHER_ID, teacherId)
                .set(PLAN_FEED.CLASS_ID, classId)
                .set(PLAN_FEED.TOKEN_HASH, tokenHash)
                .set(PLAN_FEED.CREATED_AT, now)
                .execute();
    }

    public Optional<Feed> feedByToken(String tokenHash) {
        return dsl.select(PLAN_FEED.TEACHER_ID, PLAN_FEED.CLASS_ID).from(PLAN_FEED)
                .where(PLAN_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new Feed(r.value1(), r.value2()));
    }

    public Optional<OffsetDateTime> feedCreated(long teacherId, long classId) {
        return dsl.select(PLAN_FEED.CREATED_AT).from(PLAN_FEED)
                .where(PLAN_FEED.TEACHER_ID.eq(teacherId)).and(PLAN_FEED.CLASS_ID.eq(classId))
                .fetchOptional(PLAN_FEED.CREATED_AT);
    }

    public void deleteFeed(long teacherId, long classId) {
        dsl.deleteFrom(PLAN_FEED).where(PLAN_FEED.TEACHER_ID.eq(teacherId)).and(PLAN_FEED.CLASS_ID.eq(classId))
                .execute();
    }
}
