package dk.opdag.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stops guessing without letting anyone lock others out (issue 11, item 5). Every attempt is counted before the
 * password or code is checked ({@link ThrottleRepository#attempt}), on these keys:
 * <ul>
 *   <li>A device that has signed in to this account before (its {@link DeviceCookie}) has a key of its own: only
 *   its own wrong tries count there. A stranger guessing a teacher's password, or a classmate guessing a child's
 *   pictures, never locks the owner's usual device.</li>
 *   <li>Every other device shares the account's key, and the address's key (a school's shared address allows many
 *   failures, and devices known at that address are not counted there).</li>
 * </ul>
 * A key that reaches its limit is locked briefly; each following lock is twice as long (to a cap) and comes after
 * one more wrong try, so guessing gets slower and slower while a mistyping person waits a minute. Limits are
 * {@code opdag.login.*} properties.
 */
@Service
public class LoginThrottle {

    private final ThrottleRepository repository;
    private final Clock clock;
    private final int accountMax;
    private final int clientMax;
    private final int classCodeMax;
    private final Duration window;
    private final Duration firstLock;
    private final Duration staffMaxLock;
    private final Duration pupilMaxLock;

    public LoginThrottle(ThrottleRepository repository, Clock clock,
                         @Value("${opdag.login.account-max-failures:5}") int accountMax,
                         @Value("${opdag.login.client-max-failures:100}") int clientMax,
                         @Value("${opdag.login.class-code-max-failures:20}") int classCodeMax,
                         @Value("${opdag.login.window:PT15M}") Duration window,
                         @Value("${opdag.login.lock:PT1M}") Duration firstLock,
                         @Value("${opdag.login.staff-max-lock:PT15M}") Duration staffMaxLock,
                         @Value("${opdag.login.pupil-max-lock:PT1H}") Duration pupilMaxLock) {
        this.repository = repository;
        this.clock = clock;
        this.accountMax = accountMax;
        this.clientMax = clientMax;
        this.classCodeMax = classCodeMax;
        this.window = window;
        this.firstLock = firstLock;
        this.staffMaxLock = staffMaxLock;
        this.pupilMaxLock = pupilMaxLock;
    }

    /** Staff accounts ("staff:anne") and pupils ("pupil:17"). */
    public static String staffKey(String username) {
        return "staff:" + username;
    }

    public static String pupilKey(long pupilId) {
        return "pupil:" + pupilId;
    }

    /**
     * Counts a login attempt on this account from this client. Empty: go ahead and check the password or code;
     * otherwise how long the client must wait (nothing was counted).
     */
    public Optional<Duration> attempt(String accountKey, LoginClient client) {
        Duration maxLock = accountKey.startsWith("pupil:") ? pupilMaxLock : staffMaxLock;
        List<ThrottleRepository.Rule> rules;
        if (repository.trusted(accountKey, client.deviceHash())) {
            rules = List.of(new ThrottleRepository.Rule(accountKey + "|device:" + client.deviceHash(), accountMax,
                    firstLock, maxLock, true));
        } else {
            rules = List.of(new ThrottleRepository.Rule(accountKey, accountMax, firstLock, maxLock, true),
                    new ThrottleRepository.Rule(addressKey(client), clientMax, firstLock, staffMaxLock, false));
        }
        return repository.attempt(rules, OffsetDateTime.now(clock), window);
    }

    /** The right password or code: this device is known for the account from now on, and its slate is clean. */
    public void succeeded(String accountKey, LoginClient client) {
        if (repository.trusted(accountKey, client.deviceHash())) {
            repository.clear(accountKey + "|device:" + client.deviceHash());
        } else {
            repository.clear(accountKey);
            repository.refund(addressKey(client));
        }
        repository.trust(accountKey, client.deviceHash(), OffsetDateTime.now(clock));
    }

    /**
     * How long this client must wait before it may look up a class code again, if it must. Looking does not count:
     * only a code that is not found does ({@link #classCodeMissed}), so a whole school signing in behind one address
     * at once can never lock itself out with right codes. Known devices have their own count; others share their
     * address's.
     */
    public Optional<Duration> classCodeLocked(LoginClient client) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return repository.lockedUntil(classCodeKey(client)).filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Counts a class code that was not found; the twentieth in the window locks the lookups after it. */
    public void classCodeMissed(LoginClient client) {
        repository.attempt(List.of(new ThrottleRepository.Rule(classCodeKey(client), classCodeMax, firstLock,
                staffMaxLock, false)), OffsetDateTime.now(clock), window);
    }

    private String classCodeKey(LoginClient client) {
        return repository.knownDevice(client.deviceHash()) ? "classcode|device:" + client.deviceHash()
                : "classcode|" + addressKey(client);
    }

    /** A teacher gave the pupil a new code: the pupil's locks go with the old one. */
    public void forgetPupil(long pupilId) {
        repository.clear(pupilKey(pupilId));
        repository.clearAll(pupilKey(pupilId) + "|");
    }

    private static String addressKey(LoginClient client) {
        return "client:" + client.address();
    }
}
