package dk.opdag.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThrottleRepositoryTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final ThrottleRepository.Rule ANNE = new ThrottleRepository.Rule("staff:anne", 5,
            Duration.ofMinutes(1), Duration.ofMinutes(15), true);

    private static List<ThrottleRepository.Rule> anne() {
        return List.of(ANNE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFifthAttemptIsCheckedAndLocksTheOnesAfterIt(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 1; i <= 5; i++) {
            assertThat(repo.attempt(anne(), T0.plusSeconds(i), WINDOW)).isEmpty();
        }
        assertThat(repo.attempt(anne(), T0.plusSeconds(6), WINDOW)).contains(Duration.ofSeconds(59));
        assertThat(repo.lockedUntil("staff:anne")).contains(T0.plusSeconds(5).plusMinutes(1));
        assertThat(repo.lockedUntil("staff:bo")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachNextLockComesAfterOneTryAndLastsTwiceAsLong(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 0; i < 5; i++) {
            repo.attempt(anne(), T0, WINDOW);
        }
        OffsetDateTime t = T0.plusMinutes(1).plusSeconds(1);
        assertThat(repo.attempt(anne(), t, WINDOW)).isEmpty();
        assertThat(repo.lockedUntil("staff:anne")).contains(t.plusMinutes(2));
        t = t.plusMinutes(2).plusSeconds(1);
        assertThat(repo.attempt(anne(), t, WINDOW)).isEmpty();
        assertThat(repo.lockedUntil("staff:anne")).contains(t.plusMinutes(4));
        assertThat(ThrottleRepository.lockFor(ANNE, 10)).isEqualTo(Duration.ofMinutes(15));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void attemptsOutsideTheWindowStartAgain(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 0; i < 4; i++) {
            repo.attempt(anne(), T0, WINDOW);
        }
        repo.attempt(anne(), T0.plus(WINDOW).plusSeconds(1), WINDOW);
        assertThat(repo.lockedUntil("staff:anne").orElse(null)).isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void clearForgetsAttemptsAndStrikes(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 0; i < 6; i++) {
            repo.attempt(anne(), T0, WINDOW);
        }
        repo.clear("staff:anne");
        for (int i = 0; i < 5; i++) {
            assertThat(repo.attempt(anne(), T0, WINDOW)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeviceIsTrustedOnlyForItsAccount(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        repo.trust("staff:anne", "abc", T0);
        repo.trust("staff:anne", "abc", T0); // twice is fine
        assertThat(repo.trusted("staff:anne", "abc")).isTrue();
        assertThat(repo.trusted("staff:bo", "abc")).isFalse();
        assertThat(repo.trusted("staff:anne", null)).isFalse();
        assertThat(repo.knownDevice("abc")).isTrue();
        repo.forgetDevices("staff:anne");
        assertThat(repo.knownDevice("abc")).isFalse();
    }
}
