package dk.opdag.planning;

import static dk.opdag.db.Tables.PLAN_TRAINING_ITEM;

import dk.opdag.db.tables.records.PlanTrainingItemRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The plan_training_item table. */
@Repository
public class TrainingItemRepository {

    private final DSLContext dsl;

    public TrainingItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long schoolId, long schoolYearId, int startYear, TrainingItemDraft draft, long createdBy,
                       OffsetDateTime now) {
        return dsl.insertInto(PLAN_TRAINING_ITEM)
                .set(PLAN_TRAINING_ITEM.SCHOOL_ID, schoolId)
                .set(PLAN_TRAINING_ITEM.SCHOOL_YEAR_ID, schoolYearId)
                .set(PLAN_TRAINING_ITEM.START_YEAR, startYear)
                .set(PLAN_TRAINING_ITEM.MODULE_ID, draft.moduleId())
                .set(PLAN_TRAINING_ITEM.TITLE, draft.title())
                .set(PLAN_TRAINING_ITEM.GROUP_NAME, draft.groupName())
                .set(PLAN_TRAINING_ITEM.GROUP_REF, draft.groupRef())
                .set(PLAN_TRAINING_ITEM.FROM_WEEK, draft.fromWeek())
                .set(PLAN_TRAINING_ITEM.TO_WEEK, draft.toWeek())
                .set(PLAN_TRAINING_ITEM.NOTE, draft.note())
                .set(PLAN_TRAINING_ITEM.CREATED_BY, createdBy)
                .set(PLAN_TRAINING_ITEM.CREATED_AT, now)
                .returning(PLAN_TRAINING_ITEM.ID).fetchOne().getId();
    }

    public Optional<TrainingItem> find(long id) {
        return dsl.selectFrom(PLAN_TRAINING_ITEM).where(PLAN_TRAINING_ITEM.ID.eq(id)).fetchOptional()
                .map(TrainingItemRepository::toItem);
    }

    /** The school's training items in one school year, in week order. */
    public List<TrainingItem> ofSchoolYear(long schoolId, long schoolYearId) {
        return dsl.selectFrom(PLAN_TRAINING_ITEM).where(PLAN_TRAINING_ITEM.SCHOOL_ID.eq(schoolId))
                .and(PLAN_TRAINING_ITEM.SCHOOL_YEAR_ID.eq(schoolYearId))
                .orderBy(PLAN_TRAINING_ITEM.FROM_WEEK, PLAN_TRAINING_ITEM.GROUP_NAME, PLAN_TRAINING_ITEM.ID)
                .fetch(TrainingItemRepository::toItem);
    }

    public void delete(long id) {
        dsl.deleteFrom(PLAN_TRAINING_ITEM).where(PLAN_TRAINING_ITEM.ID.eq(id)).execute();
    }

    private static TrainingItem toItem(PlanTrainingItemRecord r) {
        return new TrainingItem(r.getId(), r.getSchoolId(), r.getStartYear(), r.getModuleId(), r.getTitle(),
                r.getGroupName(), r.getGroupRef(), r.getFromWeek(), r.getToWeek(), r.getNote(), r.getCreatedBy(),
                r.getCreatedAt());
    }
}
