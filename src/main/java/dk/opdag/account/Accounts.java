package dk.opdag.account;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other features may do with user accounts: look a user up, create a pupil's account and give a pupil a new
 * login code. Callers check who asks; staff accounts are made through {@link StaffAccounts}.
 */
@Service
public class Accounts {

    private final UserRepository users;

    public Accounts(UserRepository users) {
        this.users = users;
    }

    public Optional<UserRecord> findById(long userId) {
        return users.findById(userId);
    }

    /** A pupil's account: first name, an optional initial and the login code; no username, no password. */
    public long createPupil(long schoolId, String firstName, String initial, String loginCode) {
        return users.createPupil(schoolId, firstName, initial, loginCode);
    }

    public void setLoginCode(long pupilId, String code) {
        users.setLoginCode(pupilId, code);
    }
}
