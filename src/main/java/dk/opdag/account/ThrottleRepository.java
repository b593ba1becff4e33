package dk.opdag.account;

import static dk.opdag.db.Tables.LOGIN_DEVICE;
import static dk.opdag.db.Tables.LOGIN_THROTTLE;

import dk.opdag.db.tables.records.LoginThrottleRecord;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Login attempts per key in the database, so every app instance behind a load balancer sees the same counts. An
 * attempt is counted before the password or code is checked, inside one transaction that holds the keys' rows:
 * parallel guesses queue on the row lock and cannot all slip through before the first failure is written.
 */
@Repository
public class ThrottleRepository {

    /**
     * A key and its rule: {@code max} attempts in the window, then a lock of {@code firstLock}; every following
     * lock doubles, up to {@code maxLock}. When {@code oneTryAfterLock} (a single account), only one attempt is
     * allowed after a lock before the next one; shared keys (an address) get {@code max} again.
     */
    public record Rule(String key, int max, Duration firstLock, Duration maxLock, boolean oneTryAfterLock) {
    }

    /** A key that has had no lock for this long starts again from the first lock. */
    static final Duration STRIKES_FORGOTTEN = Duration.ofDays(1);

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
     * One attempt on all these keys at once. If any key is locked, returns how long to wait and counts nothing.
     * Otherwise counts the attempt on every key (a key that reaches its limit is locked for the attempts after this
     * one) and returns empty: the caller may check the password or code.
     */
    public Optional<Duration> attempt(List<Rule> rules, OffsetDateTime now, Duration window) {
        List<Rule> sorted = rules.stream().sorted(Comparator.comparing(Rule::key)).toList(); // one lock order
        for (Rule rule : sorted) {
            ensureRow(rule.key(), now);
        }
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Map<String, LoginThrottleRecord> rows = t.selectFrom(LOGIN_THROTTLE)
                    .where(LOGIN_THROTTLE.THROTTLE_KEY.in(sorted.stream().map(Rule::key).toList()))
                    .orderBy(LOGIN_THROTTLE.THROTTLE_KEY)
                    .forUpdate()
                    .fetchMap(LOGIN_THROTTLE.THROTTLE_KEY);
            Optional<OffsetDateTime> locked = rows.values().stream()
                    .map(LoginThrottleRecord::getLockedUntil)
                    .filter(until -> until != null && until.isAfter(now))
                    .max(Comparator.naturalOrder());
            if (locked.isPresent()) {
                return Optional.of(Duration.between(now, locked.get()));
            }
            for (Rule rule : sorted) {
                LoginThrottleRecord row = rows.get(rule.key());
                count(t, rule, row, now, window);
            }
            return Optional.<Duration>empty();
        });
    }

    private void count(DSLContext t, Rule rule, LoginThrottleRecord row, OffsetDateTime now, Duration window) {
        int strikes = row.getStrikes();
        OffsetDateTime lastLock = row.getLockedUntil();
        if (strikes > 0 && lastLock != null && lastLock.plus(STRIKES_FORGOTTEN).isBefore(now)) {
            strikes = 0;
        }
        boolean windowOver = row.getWindowStart().plus(window).isBefore(now);
        int failures = windowOver ? 1 : row.getFailures() + 1;
        OffsetDateTime start = windowOver ? now : row.getWindowStart();
        OffsetDateTime lockedUntil = row.getLockedUntil();
        int allowed = strikes > 0 && rule.oneTryAfterLock() ? 1 : rule.max();
        if (failures >= allowed) {
            strikes++;
            lockedUntil = now.plus(lockFor(rule, strikes));
            failures = 0;
            start = now;
        }
        t.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, failures)
                .set(LOGIN_THROTTLE.WINDOW_START, start)
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, lockedUntil)
                .set(LOGIN_THROTTLE.STRIKES, strikes)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(rule.key()))
                .execute();
    }

    static Duration lockFor(Rule rule, int strikes) {
        Duration lock = rule.firstLock();
        for (int i = 1; i < strikes && lock.compareTo(rule.maxLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(rule.maxLock()) > 0 ? rule.maxLock() : lock;
    }

    /** The row exists before the locking read; two first attempts at once must not fail on the insert. */
    private void ensureRow(String key, OffsetDateTime now) {
        try {
            dsl.insertInto(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                    .set(LOGIN_THROTTLE.FAILURES, 0)
                    .set(LOGIN_THROTTLE.STRIKES, 0)
                    .set(LOGIN_THROTTLE.WINDOW_START, now)
                    .onConflict(LOGIN_THROTTLE.THROTTLE_KEY).doNothing()
                    .execute();
        } catch (DataAccessException alreadyThere) {
            // H2 emulates ON CONFLICT with MERGE, which can still see the other insert as a duplicate: fine.
        }
    }

    /** A right password or code: the key starts from scratch (no failures, no strikes). */
    public void clear(String key) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }

    /** Takes back one counted attempt (a shared key such as an address, after a success). */
    public void refund(String key) {
        dsl.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, org.jooq.impl.DSL.greatest(LOGIN_THROTTLE.FAILURES.minus(1),
                        org.jooq.impl.DSL.inline(0)))
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .execute();
    }

    /** Forgets every key that starts with this prefix (a teacher gave the pupil a new code). */
    public void clearAll(String keyPrefix) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.startsWith(keyPrefix)).execute();
    }

    public boolean trusted(String accountKey, String deviceHash) {
        return deviceHash != null && dsl.fetchExists(LOGIN_DEVICE,
                LOGIN_DEVICE.ACCOUNT_KEY.eq(accountKey).and(LOGIN_DEVICE.DEVICE_HASH.eq(deviceHash)));
    }

    /** Whether this device has signed in to any account before (it then has class-code lookups of its own). */
    public boolean knownDevice(String deviceHash) {
        return deviceHash != null && dsl.fetchExists(LOGIN_DEVICE, LOGIN_DEVICE.DEVICE_HASH.eq(deviceHash));
    }

    public void trust(String accountKey, String deviceHash, OffsetDateTime now) {
        if (deviceHash == null) {
            return;
        }
        try {
            dsl.insertInto(LOGIN_DEVICE)
                    .set(LOGIN_DEVICE.ACCOUNT_KEY, accountKey)
                    .set(LOGIN_DEVICE.DEVICE_HASH, deviceHash)
                    .set(LOGIN_DEVICE.TRUSTED_AT, now)
                    .onConflict(LOGIN_DEVICE.ACCOUNT_KEY, LOGIN_DEVICE.DEVICE_HASH).doNothing()
                    .execute();
        } catch (DataAccessException alreadyThere) {
            // the same device signing in twice at once
        }
    }

    /** The devices trusted for an account go when the account goes (GDPR erasure). */
    public void forgetDevices(String accountKey) {
        dsl.deleteFrom(LOGIN_DEVICE).where(LOGIN_DEVICE.ACCOUNT_KEY.eq(accountKey)).execute();
    }
}
