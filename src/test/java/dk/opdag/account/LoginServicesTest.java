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
        LoginThrottle throttle = new LoginThrottle(new ThrottleRepository(f.dsl), clock, 5, 8, 4,
                Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));
        audit = new AuditLog(f.dsl);
        staff = new StaffLoginService(f.users, ENCODER, throttle, audit);
        pupils = new PupilLoginService(new ClassDirectory(f.classes), f.users, throttle, audit);
        f.users.createStaff(Role.TEACHER, f.school, "anne", ENCODER.encode("rigtig-kode-1"), "Anne Andersen");
    }

    @Test
    void rightPasswordSignsInWithRoleAndSchool() {
        var result = staff.login("Anne ", "rigtig-kode-1", at("10.0.0.1"));
        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class, s -> {
            assertThat(s.user().role()).isEqualTo(Role.TEACHER);
            assertThat(s.user().schoolId()).isEqualTo(f.school);
            assertThat(s.user().displayName()).isEqualTo("Anne Andersen");
        });
        assertThat(audit.count("LOGIN", ((LoginResult.Success) result).user().id())).isEqualTo(1);
    }

    @Test
    void accountsSharingOnePasswordHashedOnceEachSignInAndAreCheckedLikeOthers() {
        StaffAccounts accounts = new StaffAccounts(f.users, ENCODER);
        StaffAccounts.SharedPassword shared = accounts.sharedPassword("delt-kode-12");
        accounts.create(Role.TEACHER, f.school, "bo", shared, "Bo Berg");
        accounts.create(Role.LEADER, f.school, "lene", shared, "Lene Leder");

        assertThat(staff.login("bo", "delt-kode-12", at("10.0.0.1"))).isInstanceOf(LoginResult.Success.class);
        assertThat(staff.login("lene", "delt-kode-12", at("10.0.0.1"))).isInstanceOf(LoginResult.Success.class);
        assertThat(staff.login("bo", "rigtig-kode-1", at("10.0.0.1"))).isInstanceOf(LoginResult.Rejected.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.sharedPassword("kort"))
                .isInstanceOf(StaffAccounts.AccountException.class).hasMessage("account.error.password");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> accounts.create(Role.TEACHER, f.school, "anne", shared, "Anne To"))
                .isInstanceOf(StaffAccounts.AccountException.class).hasMessage("account.error.username-taken");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        assertThat(staff.login("anne", "forkert", at("10.0.0.1"))).isInstanceOf(LoginResult.Rejected.class);
        assertThat(staff.login("ukendt", "rigtig-kode-1", at("10.0.0.1"))).isInstanceOf(LoginResult.Rejected.class);
        assertThat(staff.login("", "", at("10.0.0.1"))).isInstanceOf(LoginResult.Rejected.class);
        assertThat(staff.login(null, null, at(null))).isInstanceOf(LoginResult.Rejected.class);
    }

    @Test
    void pupilWithRightClassNameAndPicturesSignsIn() {
        long klass = f.newClass("2.A", "DEMO2A", CodeKind.PICTURE);
        long alma = f.pupil(klass, "Alma", null, "hund+sol");

        var found = ((PupilLoginService.ClassLookup.Found) pupils.findClass(" demo2a ", at("10.0.0.1"))).loginClass();
        assertThat(found.name()).isEqualTo("2.A");
        assertThat(pupils.pupilsOf(found.id())).extracting(PupilDirectory.PupilChoice::displayName)
                .containsExactly("Alma");
        assertThat(pupils.login(klass, alma, "hund+sol", at("10.0.0.1")))
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

        assertThat(pupils.findClass("NOPE42", at("10.0.0.1"))).isInstanceOf(PupilLoginService.ClassLookup.NotFound.class);
        assertThat(pupils.findClass("", at("10.0.0.1"))).isInstanceOf(PupilLoginService.ClassLookup.NotFound.class);
        assertThat(pupils.login(klass, alma, "sol+hund", at("10.0.0.1"))).isInstanceOf(LoginResult.Rejected.class);
        // Bo's right code, but Bo is not in 2.A: a forged request must not sign him in through 2.A.
        assertThat(pupils.login(klass, bo, "kat+ko", at("10.0.0.1"))).isInstanceOf(LoginResult.Rejected.class);
    }

    static LoginClient at(String address) {
        return LoginClient.of(address, null);
    }
}
