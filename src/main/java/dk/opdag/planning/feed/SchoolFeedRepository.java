package dk.opdag.planning.feed;

import static dk.opdag.db.Tables.SCHOOL_FEED;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Leaders' calendar subscriptions to their school's year plan: a token hash per leader and school. */
@Repository
public class SchoolFeedRepository {

    private final DSLContext dsl;

    public SchoolFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Feed(long leaderId, long schoolId) {
    }

    /** Stores the leader's token for the school, replacing the one before (which stops working). */
    public void save(long leaderId, long schoolId, String tokenHash, OffsetDateTime now) {
        delete(leaderId, schoolId);
        dsl.insertInto(SCHOOL_FEED)
                .set(SCHOOL_FEED.LEADER_ID, leaderId)
                .set(SCHOOL_FEED.SCHOOL_ID, schoolId)
                .set(SCHOOL_FEED.TOKEN_HASH, tokenHash)
                .set(SCHOOL_FEED.CREATED_AT, now)
                .execute();
    }

    public Optional<Feed> byToken(String tokenHash) {
        return dsl.select(SCHOOL_FEED.LEADER_ID, SCHOOL_FEED.SCHOOL_ID).from(SCHOOL_FEED)
                .where(SCHOOL_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new Feed(r.value1(), r.value2()));
    }

    public Optional<OffsetDateTime> created(long leaderId, long schoolId) {
        return dsl.select(SCHOOL_FEED.CREATED_AT).from(SCHOOL_FEED)
                .where(SCHOOL_FEED.LEADER_ID.eq(leaderId)).and(SCHOOL_FEED.SCHOOL_ID.eq(schoolId))
                .fetchOptional(SCHOOL_FEED.CREATED_AT);
    }

    public void delete(long leaderId, long schoolId) {
        dsl.deleteFrom(SCHOOL_FEED).where(SCHOOL_FEED.LEADER_ID.eq(leaderId))
                .and(SCHOOL_FEED.SCHOOL_ID.eq(schoolId)).execute();
    }
}
