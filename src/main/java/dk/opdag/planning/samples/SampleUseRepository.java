package dk.opdag.planning.samples;

import static dk.opdag.db.Tables.PLAN_SAMPLE_USE;
import static dk.opdag.db.Tables.YEAR_PLAN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which sample year plan each plan was last filled from ({@code plan_sample_use}). */
@Repository
public class SampleUseRepository {

    private final DSLContext dsl;

    public SampleUseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A plan's sample: its id, model and how many items it added. */
    public record Use(long planId, Long classId, int grade, String sampleId, String model, int itemsAdded,
                      OffsetDateTime adoptedAt) {
    }

    /** Records (or replaces) the sample a plan was filled from. */
    public void record(long planId, String sampleId, String model, int itemsAdded, long userId, OffsetDateTime now) {
        dsl.deleteFrom(PLAN_SAMPLE_USE).where(PLAN_SAMPLE_USE.PLAN_ID.eq(planId)).execute();
        dsl.insertInto(PLAN_SAMPLE_USE)
                .set(PLAN_SAMPLE_USE.PLAN_ID, planId)
                .set(PLAN_SAMPLE_USE.SAMPLE_ID, sampleId)
                .set(PLAN_SAMPLE_USE.MODEL, model)
                .set(PLAN_SAMPLE_USE.ITEMS_ADDED, itemsAdded)
                .set(PLAN_SAMPLE_USE.ADOPTED_BY, userId)
                .set(PLAN_SAMPLE_USE.ADOPTED_AT, now)
                .execute();
    }

    public Optional<Use> ofPlan(long planId) {
        return select().where(PLAN_SAMPLE_USE.PLAN_ID.eq(planId)).fetchOptional(SampleUseRepository::toUse);
    }

    /** Every plan of a school and school year that was filled from a sample, templates and classes alike. */
    public List<Use> ofSchool(long schoolId, long schoolYearId) {
        return select().where(YEAR_PLAN.SCHOOL_ID.eq(schoolId)).and(YEAR_PLAN.SCHOOL_YEAR_ID.eq(schoolYearId))
                .orderBy(YEAR_PLAN.GRADE, YEAR_PLAN.CLASS_ID.nullsFirst())
                .fetch(SampleUseRepository::toUse);
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record7<Long, Long, Integer, String, String, Integer,
            OffsetDateTime>> select() {
        return dsl.select(PLAN_SAMPLE_USE.PLAN_ID, YEAR_PLAN.CLASS_ID, YEAR_PLAN.GRADE, PLAN_SAMPLE_USE.SAMPLE_ID,
                        PLAN_SAMPLE_USE.MODEL, PLAN_SAMPLE_USE.ITEMS_ADDED, PLAN_SAMPLE_USE.ADOPTED_AT)
                .from(PLAN_SAMPLE_USE).join(YEAR_PLAN).on(YEAR_PLAN.ID.eq(PLAN_SAMPLE_USE.PLAN_ID));
    }

    private static Use toUse(org.jooq.Record7<Long, Long, Integer, String, String, Integer, OffsetDateTime> r) {
        return new Use(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }
}
