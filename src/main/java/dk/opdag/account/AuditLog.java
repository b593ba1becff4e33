package dk.opdag.account;

import static dk.opdag.db.Tables.AUDIT_LOG;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Who did what to whom, and when: logins, code resets, and (later) teachers opening a pupil's work. */
@Service
public class AuditLog {

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(Long actorId, String action, Long subjectUserId, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.SUBJECT_USER_ID, subjectUserId)
                .set(AUDIT_LOG.DETAIL, detail == null ? null : detail.substring(0, Math.min(500, detail.length())))
                .execute();
    }

    /** Retention: entries older than this go. */
    public int deleteOlderThan(java.time.OffsetDateTime cutoff) {
        return dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.OCCURRED_AT.lt(cutoff)).execute();
    }

    public int count(String action, long subjectUserId) {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.SUBJECT_USER_ID.eq(subjectUserId)));
    }
}
