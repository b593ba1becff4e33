package dk.opdag.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.classroom.ClassDirectory;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff and pupil login against a real database: the happy path, wrong input and throttling. */
class LoginServicesTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private Fixtures f;
    private StaffLoginService staff;
    private PupilLoginService pupils;
    private AuditLog audit;

    @BeforeEach
    void setUp() {
        f = new Fixtures(TestDatabase.H2.fresh());
        LoginThrottle throttle = new LoginThrottle(new ThrottleRepository(f.dsl), clock, 5, 8,
                Duration.ofMinutes(15), Duration.ofMinutes(5));
        audit = new AuditLog(f.dsl);
        staff = new StaffLoginService(f.users, ENCODER, throttle, audit);
        pupils = new PupilLoginService(new ClassDirectory(f.classes), f.users, throttle, audit);
        f.users.createStaff(Role.TEACHER, f.school, "anne", ENCODER.encode("rigtig-kode-1"), "Anne Andersen");
    }

    @Test
    void rightPasswordSignsInWithRoleAndSchool() {
        var result = staff.login("Anne ", "rigtig-kode-1", "10.0.0.1");
        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class, s -> {
            assertThat(s.user().role()).isEqualTo(Role.TEACHER);
            assertThat(s.user().schoolId()).isEqualTo(f.school);
            assertThat(s.user().displayName()).isEqualTo("Anne Andersen");
        });
        assertThat(audit.count("LOGIN", ((LoginResult.Success) result).user().id())).isEqualTo(1);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        assertThat(staff.login("anne", "forkert", "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
        assertThat(staff.login("ukendt", "rigtig-kode-1", "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
        assertThat(staff.login("", "", "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
        assertThat(staff.login(null, null, null)).isInstanceOf(LoginResult.Rejected.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockEnds() {
        for (int i = 0; i < 4; i++) {
            assertThat(staff.login("anne", "forkert" + i, "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
        }
        assertThat(staff.login("anne", "forkert", "10.0.0.1"))
                .isInstanceOfSatisfying(LoginResult.Locked.class, l -> assertThat(l.minutes()).isEqualTo(5));
        assertThat(staff.login("anne", "rigtig-kode-1", "10.0.0.2")).isInstanceOf(LoginResult.Locked.class);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(staff.login("anne", "rigtig-kode-1", "10.0.0.2")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void oneClientGuessingManyAccountsIsLockedToo() {
        for (int i = 0; i < 7; i++) {
            staff.login("bruger" + i, "forkert", "10.6.6.6");
        }
        assertThat(staff.login("bruger9", "forkert", "10.6.6.6")).isInstanceOf(LoginResult.Locked.class);
        assertThat(staff.login("anne", "rigtig-kode-1", "10.6.6.6")).isInstanceOf(LoginResult.Locked.class);
        assertThat(staff.login("anne", "rigtig-kode-1", "10.0.0.1")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void pupilWithRightClassNameAndPicturesSignsIn() {
        long klass = f.newClass("2.A", "DEMO2A", CodeKind.PICTURE);
        long alma = f.pupil(klass, "Alma", null, "hund+sol");

        var found = pupils.findClass(" demo2a ").orElseThrow();
        assertThat(found.name()).isEqualTo("2.A");
        assertThat(pupils.pupilsOf(found.id())).extracting(PupilDirectory.PupilChoice::displayName)
                .containsExactly("Alma");
        assertThat(pupils.login(klass, alma, "hund+sol", "10.0.0.1"))
                .isInstanceOfSatisfying(LoginResult.Success.class, s -> {
                    assertThat(s.user().role()).isEqualTo(Role.PUPIL);
                    assertThat(s.user().displayName()).isEqualTo("Alma");
                });
    }

    @Test
    void unknownClassCodeWrongCodeAndForeignPupilAreRefused() {
        long klass = f.newClass("2.A", "DEMO2A", CodeKind.PICTURE);
        long other = f.newClass("2.B", "DEMO2B", CodeKind.PICTURE);
        long alma = f.pupil(klass, "Alma", null, "hund+sol");
        long bo = f.pupil(other, "Bo", null, "kat+ko");

        assertThat(pupils.findClass("NOPE42")).isEmpty();
        assertThat(pupils.findClass("")).isEmpty();
        assertThat(pupils.login(klass, alma, "sol+hund", "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
        // Bo's right code, but Bo is not in 2.A: a forged request must not sign him in through 2.A.
        assertThat(pupils.login(klass, bo, "kat+ko", "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
    }

    @Test
    void pupilIsLockedAfterFiveWrongCodes() {
        long klass = f.newClass("5.B", "DEMO5B", CodeKind.WORDS);
        long asta = f.pupil(klass, "Asta", null, "kage-tog-7");
        for (int i = 0; i < 4; i++) {
            assertThat(pupils.login(klass, asta, "forkert", "10.0.0.1")).isInstanceOf(LoginResult.Rejected.class);
        }
        assertThat(pupils.login(klass, asta, "forkert", "10.0.0.1")).isInstanceOf(LoginResult.Locked.class);
        assertThat(pupils.login(klass, asta, "kage tog 7", "10.0.0.1")).isInstanceOf(LoginResult.Locked.class);
    }
}
