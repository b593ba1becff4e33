package dk.opdag.account;

import static dk.opdag.db.Tables.LOGIN_THROTTLE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Failed-login counters in the database, so every app instance behind a load balancer sees the same counts. */
@Repository
public class ThrottleRepository {

    private final DSLContext dsl;

    public ThrottleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<OffsetDateTime> lockedUntil(String key) {
        return dsl.select(LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .fetchOptional(LOGIN_THROTTLE.LOCKED_UNTIL);
    }

    /**
     * Counts one failure inside a sliding window; at {@code maxFailures} the key is locked for {@code lock}.
     * Returns the lock end when this failure caused (or met) a lock.
     */
    public Optional<OffsetDateTime> recordFailure(String key, OffsetDateTime now, int maxFailures, Duration window,
                                                  Duration lock) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            t.insertInto(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                    .set(LOGIN_THROTTLE.FAILURES, 0)
                    .set(LOGIN_THROTTLE.WINDOW_START, now)
                    .onConflict(LOGIN_THROTTLE.THROTTLE_KEY).doNothing()
                    .execute();
            var row = t.selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).forUpdate().fetchOne();
            boolean windowOver = row.getWindowStart().plus(window).isBefore(now);
            int failures = windowOver ? 1 : row.getFailures() + 1;
            OffsetDateTime start = windowOver ? now : row.getWindowStart();
            OffsetDateTime lockedUntil = row.getLockedUntil();
            if (failures >= maxFailures) {
                lockedUntil = now.plus(lock);
                failures = 0;
                start = now;
            }
            t.update(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.FAILURES, failures)
                    .set(LOGIN_THROTTLE.WINDOW_START, start)
                    .set(LOGIN_THROTTLE.LOCKED_UNTIL, lockedUntil)
                    .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                    .execute();
            return Optional.ofNullable(lockedUntil).filter(until -> until.isAfter(now));
        });
    }

    public void clear(String key) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }
}
