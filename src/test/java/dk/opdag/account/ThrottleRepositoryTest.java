package dk.opdag.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThrottleRepositoryTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(5);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void locksAtTheLimitAndNotBefore(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 1; i <= 4; i++) {
            assertThat(repo.recordFailure("staff:anne", T0.plusSeconds(i), 5, WINDOW, LOCK)).isEmpty();
        }
        assertThat(repo.recordFailure("staff:anne", T0.plusSeconds(5), 5, WINDOW, LOCK))
                .contains(T0.plusSeconds(5).plus(LOCK));
        assertThat(repo.lockedUntil("staff:anne")).isPresent();
        assertThat(repo.lockedUntil("staff:bo")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failuresOutsideTheWindowStartAgain(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 0; i < 4; i++) {
            repo.recordFailure("pupil:7", T0, 5, WINDOW, LOCK);
        }
        assertThat(repo.recordFailure("pupil:7", T0.plus(WINDOW).plusSeconds(1), 5, WINDOW, LOCK)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void clearForgetsTheFailures(TestDatabase db) {
        ThrottleRepository repo = new ThrottleRepository(db.fresh());
        for (int i = 0; i < 4; i++) {
            repo.recordFailure("staff:anne", T0, 5, WINDOW, LOCK);
        }
        repo.clear("staff:anne");
        assertThat(repo.recordFailure("staff:anne", T0, 5, WINDOW, LOCK)).isEmpty();
    }
}
