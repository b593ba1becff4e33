package dk.opdag.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Slows down guessing: after a few failures an account (or a pupil) is locked for a while, and a client address
 * that fails very often is locked too. The limits are properties ({@code opdag.login.*}).
 */
@Service
public class LoginThrottle {

    private final ThrottleRepository repository;
    private final Clock clock;
    private final int accountMax;
    private final int clientMax;
    private final Duration window;
    private final Duration lock;

    public LoginThrottle(ThrottleRepository repository, Clock clock,
                         @Value("${opdag.login.account-max-failures:5}") int accountMax,
                         @Value("${opdag.login.client-max-failures:100}") int clientMax,
                         @Value("${opdag.login.window:PT15M}") Duration window,
                         @Value("${opdag.login.lock:PT5M}") Duration lock) {
        this.repository = repository;
        this.clock = clock;
        this.accountMax = accountMax;
        this.clientMax = clientMax;
        this.window = window;
        this.lock = lock;
    }

    /** How long the account or client must still wait, if locked. */
    public Optional<Duration> waitFor(String accountKey, String client) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return latest(repository.lockedUntil(accountKey), repository.lockedUntil(clientKey(client)))
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failure; returns the wait if this failure locked the account or the client. */
    public Optional<Duration> failed(String accountKey, String client) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var account = repository.recordFailure(accountKey, now, accountMax, window, lock);
        var byClient = repository.recordFailure(clientKey(client), now, clientMax, window, lock);
        return latest(account, byClient).map(until -> Duration.between(now, until));
    }

    public void succeeded(String accountKey) {
        repository.clear(accountKey);
    }

    private static String clientKey(String client) {
        return "client:" + (client == null ? "?" : client);
    }

    private static Optional<OffsetDateTime> latest(Optional<OffsetDateTime> a, Optional<OffsetDateTime> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
