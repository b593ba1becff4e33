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

    /** What a class-code lookup found. */
    public sealed interface ClassLookup {
        record Found(PupilDirectory.LoginClass loginClass) implements ClassLookup {
        }

        record NotFound() implements ClassLookup {
        }

        /** Too many wrong class codes from this device or address; try again after this. */
        record Locked(java.time.Duration remaining) implements ClassLookup {
            public long minutes() {
                return Math.max(1, (remaining.toSeconds() + 59) / 60);
            }
        }
    }

    /** Wrong class codes are throttled like wrong passwords, so a class cannot be found by trying codes. */
    public ClassLookup findClass(String classCode, LoginClient client) {
        String code = LoginCodes.normaliseClassCode(classCode);
        var wait = throttle.classCodeLocked(client);
        if (wait.isPresent()) {
            return new ClassLookup.Locked(wait.get());
        }
        Optional<PupilDirectory.LoginClass> found = code.isEmpty() ? Optional.empty() : directory.classByCode(code);
        if (found.isPresent()) {
            return new ClassLookup.Found(found.get());
        }
        throttle.classCodeMissed(client);
        return new ClassLookup.NotFound();
    }

    public List<PupilDirectory.PupilChoice> pupilsOf(long classId) {
        return directory.pupilsOf(classId);
    }

    /**
     * Checks that the pupil really is in the class (a forged request could name any pupil id) and that the code
     * matches; wrong codes slow further guesses more and more (see {@link LoginThrottle}).
     */
    public LoginResult login(long classId, long pupilId, String code, LoginClient client) {
        String key = LoginThrottle.pupilKey(pupilId);
        var wait = throttle.attempt(key, client);
        if (wait.isPresent()) {
            return new LoginResult.Locked(wait.get());
        }
        boolean inClass = directory.pupilsOf(classId).stream().anyMatch(p -> p.pupilId() == pupilId);
        Optional<UserRecord> pupil = inClass ? users.findById(pupilId).filter(UserRecord::active) : Optional.empty();
        if (pupil.isPresent() && LoginCodes.matches(users.loginCode(pupilId).orElse(null), code)) {
            throttle.succeeded(key, client);
            audit.record(pupilId, "LOGIN", pupilId, null);
            return new LoginResult.Success(pupil.get().toSignedIn());
        }
        return new LoginResult.Rejected();
    }
}
