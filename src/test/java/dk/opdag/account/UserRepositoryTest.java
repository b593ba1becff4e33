package dk.opdag.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserRepositoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staffAreFoundByUsernameWithoutRegardToCase(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long id = f.users.createStaff(Role.TEACHER, f.school, "anne", "{noop}hemmelig", "Anne Andersen");

        var found = f.users.findStaffByUsername("ANNE").orElseThrow();
        assertThat(found.user().id()).isEqualTo(id);
        assertThat(found.user().role()).isEqualTo(Role.TEACHER);
        assertThat(found.passwordHash()).isEqualTo("{noop}hemmelig");
        assertThat(f.users.usernameTaken("Anne")).isTrue();
        assertThat(f.users.findStaffByUsername("bo")).isEmpty();
        assertThatThrownBy(() -> f.users.createStaff(Role.TEACHER, f.school, "anne", "{noop}x", "Anden Anne"))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pupilsHaveNoUsernameAndTheirCodeCanBeReset(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long pupil = f.users.createPupil(f.school, "Alma", "B", "hund+sol");

        UserRecord record = f.users.findById(pupil).orElseThrow();
        assertThat(record.role()).isEqualTo(Role.PUPIL);
        assertThat(record.username()).isNull();
        assertThat(record.displayName()).isEqualTo("Alma B.");
        assertThat(f.users.findStaffByUsername("Alma")).isEmpty();
        f.users.setLoginCode(pupil, "kat+ko");
        assertThat(f.users.loginCode(pupil)).contains("kat+ko");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void firstAdminIsDetected(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        assertThat(f.users.anyAdmin()).isFalse();
        f.users.createStaff(Role.ADMIN, null, "admin", "{noop}x", "Admin");
        assertThat(f.users.anyAdmin()).isTrue();
    }
}
