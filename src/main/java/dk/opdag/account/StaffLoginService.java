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

    public LoginResult login(String username, String password, String client) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String key = "staff:" + name;
        var wait = throttle.waitFor(key, client);
        if (wait.isPresent()) {
            return new LoginResult.Locked(wait.get());
        }
        var found = name.isEmpty() ? java.util.Optional.<UserRepository.StaffCredentials>empty()
                : users.findStaffByUsername(name);
        String hash = found.map(UserRepository.StaffCredentials::passwordHash).orElse(dummyHash);
        boolean ok = password != null && hash != null && encoder.matches(password, hash);
        if (ok && found.isPresent() && found.get().user().active()) {
            throttle.succeeded(key);
            UserRecord user = found.get().user();
            audit.record(user.id(), "LOGIN", user.id(), null);
            return new LoginResult.Success(user.toSignedIn());
        }
        return throttle.failed(key, client)
                .<LoginResult>map(LoginResult.Locked::new)
                .orElseGet(LoginResult.Rejected::new);
    }
}
