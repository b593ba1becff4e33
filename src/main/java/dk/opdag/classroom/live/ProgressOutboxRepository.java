package dk.opdag.classroom.live;

import static dk.opdag.db.Tables.PROGRESS_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.springframework.stereotype.Repository;

/**
 * The outbox table of progress events. On PostgreSQL every insert also sends a NOTIFY on {@link #CHANNEL}, which the
 * database delivers to listening app instances when the inserting transaction commits (never before, never for a
 * rolled-back one).
 */
@Repository
public class ProgressOutboxRepository {

    public static final String CHANNEL = "opdag_progress";

    private final DSLContext dsl;

    public ProgressOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean notifies() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    public long append(long classId, long pupilId, String experimentId, boolean ran, boolean passed,
                       OffsetDateTime at) {
        return append(classId, pupilId, experimentId, ran ? "RAN" : "SAVED", passed, at);
    }

    /** A teacher left a note (comment or hint) on a pupil's experiment. */
    public long appendNote(long classId, long pupilId, String experimentId, OffsetDateTime at) {
        return append(classId, pupilId, experimentId, ProgressPing.NOTE, false, at);
    }

    private long append(long classId, long pupilId, String experimentId, String kind, boolean passed,
                        OffsetDateTime at) {
        long id = dsl.insertInto(PROGRESS_EVENT)
                .set(PROGRESS_EVENT.CLASS_ID, classId)
                .set(PROGRESS_EVENT.PUPIL_ID, pupilId)
                .set(PROGRESS_EVENT.EXPERIMENT_ID, experimentId)
                .set(PROGRESS_EVENT.KIND, kind)
                .set(PROGRESS_EVENT.PASSED, passed)
                .set(PROGRESS_EVENT.OCCURRED_AT, at)
                .returning(PROGRESS_EVENT.ID).fetchOne().getId();
        if (notifies()) {
            dsl.select(org.jooq.impl.DSL.function("pg_notify", Object.class, val(CHANNEL), val(Long.toString(classId))))
                    .fetch();
        }
        return id;
    }

    public long lastId() {
        return dsl.select(coalesce(max(PROGRESS_EVENT.ID), 0L)).from(PROGRESS_EVENT).fetchSingle().value1();
    }

    /** The newest event of one class, 0 when there is none. */
    public long lastId(long classId) {
        return dsl.select(coalesce(max(PROGRESS_EVENT.ID), 0L)).from(PROGRESS_EVENT)
                .where(PROGRESS_EVENT.CLASS_ID.eq(classId)).fetchSingle().value1();
    }

    /** Events of these classes with an id above {@code afterId}, oldest first. */
    public List<ProgressPing> after(long afterId, Collection<Long> classIds, int limit) {
        return dsl.selectFrom(PROGRESS_EVENT)
                .where(PROGRESS_EVENT.CLASS_ID.in(classIds)).and(PROGRESS_EVENT.ID.gt(afterId))
                .orderBy(PROGRESS_EVENT.ID)
                .limit(limit)
                .fetch(r -> new ProgressPing(r.getId(), r.getClassId(), r.getPupilId(), r.getExperimentId(),
                        "RAN".equals(r.getKind()), r.getPassed(), r.getOccurredAt(),
                        ProgressPing.NOTE.equals(r.getKind())));
    }

    /** Dashboards only need the last minutes; a day is kept for looking into problems. */
    public int deleteBefore(OffsetDateTime before) {
        return dsl.deleteFrom(PROGRESS_EVENT).where(PROGRESS_EVENT.OCCURRED_AT.lt(before)).execute();
    }
}
