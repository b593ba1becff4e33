package dk.opdag.account;

import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Username + password login for teachers, leaders and admins, with throttling per account and per client. */
@Service
public class StaffLoginService {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    // Checked when the username is unknown, so a wrong username costs as much time as a wrong password.
    private final String dummyHash;

    public StaffLoginService(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = encoder.encode("opdag-dummy-password");
    }

    /** The attempt is counted before the password is checked (see {@link LoginThrottle}). */
    public LoginResult login(String username, String password, LoginClient client) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String key = LoginThrottle.staffKey(name);
        var wait = throttle.attempt(key, client);
        if (wait.isPresent()) {
            return new LoginResult.Locked(wait.get());
        }
        var found = name.isEmpty() ? java.util.Optional.<UserRepository.StaffCredentials>empty()
                : users.findStaffByUsername(name);
        String hash = found.map(UserRepository.StaffCredentials::passwordHash).orElse(dummyHash);
        boolean ok = password != null && hash != null && encoder.matches(password, hash);
        if (ok && found.isPresent() && found.get().user().active()) {
            throttle.succeeded(key, client);
            UserRecord user = found.get().user();
            audit.record(user.id(), "LOGIN", user.id(), null);
            return new LoginResult.Success(user.toSignedIn());
        }
        return new LoginResult.Rejected();
    }
}
