package dk.opdag.account;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Class code → own name → picture or word code. No email, no password. */
@Service
public class PupilLoginService {

    private final PupilDirectory directory;
    private final UserRepository users;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public PupilLoginService(PupilDirectory directory, UserRepository users, LoginThrottle throttle, AuditLog audit) {
        this.directory = directory;
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
    }

    public Optional<PupilDirectory.LoginClass> findClass(String classCode) {
        String code = LoginCodes.normaliseClassCode(classCode);
        return code.isEmpty() ? Optional.empty() : directory.classByCode(code);
    }

    public List<PupilDirectory.PupilChoice> pupilsOf(long classId) {
        return directory.pupilsOf(classId);
    }

    /**
     * Checks that the pupil really is in the class (a forged request could name any pupil id) and that the code
     * matches; five wrong codes lock that pupil for a while.
     */
    public LoginResult login(long classId, long pupilId, String code, String client) {
        String key = "pupil:" + pupilId;
        var wait = throttle.waitFor(key, client);
        if (wait.isPresent()) {
            return new LoginResult.Locked(wait.get());
        }
        boolean inClass = directory.pupilsOf(classId).stream().anyMatch(p -> p.pupilId() == pupilId);
        Optional<UserRecord> pupil = inClass ? users.findById(pupilId).filter(UserRecord::active) : Optional.empty();
        if (pupil.isPresent() && LoginCodes.matches(users.loginCode(pupilId).orElse(null), code)) {
            throttle.succeeded(key);
            audit.record(pupilId, "LOGIN", pupilId, null);
            return new LoginResult.Success(pupil.get().toSignedIn());
        }
        return throttle.failed(key, client)
                .<LoginResult>map(LoginResult.Locked::new)
                .orElseGet(LoginResult.Rejected::new);
    }
}
