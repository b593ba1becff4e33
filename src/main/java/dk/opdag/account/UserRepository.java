package dk.opdag.account;

import static dk.opdag.db.Tables.APP_USER;

import dk.opdag.db.tables.records.AppUserRecord;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The app_user table: staff accounts and pupils. */
@Repository
public class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long createStaff(Role role, Long schoolId, String username, String passwordHash, String name) {
        if (role == Role.PUPIL) {
            throw new IllegalArgumentException("pupils have no username");
        }
        return dsl.insertInto(APP_USER)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.SCHOOL_ID, schoolId)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.NAME, name)
                .returning(APP_USER.ID).fetchOne().getId();
    }

    public long createPupil(long schoolId, String firstName, String initial, String loginCode) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.ROLE, Role.PUPIL.name())
                .set(APP_USER.SCHOOL_ID, schoolId)
                .set(APP_USER.NAME, firstName)
                .set(APP_USER.INITIAL, initial)
                .set(APP_USER.LOGIN_CODE, loginCode)
                .returning(APP_USER.ID).fetchOne().getId();
    }

    public Optional<UserRecord> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserRepository::toUser);
    }

    /** Usernames are compared without regard to case: "Anne" and "anne" are one account. */
    public Optional<StaffCredentials> findStaffByUsername(String username) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.lower().eq(username.toLowerCase()))
                .and(APP_USER.ROLE.ne(Role.PUPIL.name()))
                .fetchOptional()
                .map(r -> new StaffCredentials(toUser(r), r.getPasswordHash()));
    }

    public boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.lower().eq(username.toLowerCase()));
    }

    public boolean anyAdmin() {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.name()));
    }

    public Optional<String> loginCode(long pupilId) {
        return dsl.select(APP_USER.LOGIN_CODE).from(APP_USER)
                .where(APP_USER.ID.eq(pupilId)).and(APP_USER.ROLE.eq(Role.PUPIL.name()))
                .fetchOptional(APP_USER.LOGIN_CODE);
    }

    public void setLoginCode(long pupilId, String code) {
        dsl.update(APP_USER).set(APP_USER.LOGIN_CODE, code)
                .where(APP_USER.ID.eq(pupilId)).and(APP_USER.ROLE.eq(Role.PUPIL.name())).execute();
    }

    static UserRecord toUser(AppUserRecord r) {
        return new UserRecord(r.getId(), Role.valueOf(r.getRole()), r.getSchoolId(), r.getUsername(), r.getName(),
                r.getInitial(), Boolean.TRUE.equals(r.getActive()));
    }

    /** A staff member and the stored password hash, only for checking a login. */
    public record StaffCredentials(UserRecord user, String passwordHash) {
    }
}
