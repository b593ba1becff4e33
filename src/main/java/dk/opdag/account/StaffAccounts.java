package dk.opdag.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and the very first admin; checks usernames and passwords with clear rules. */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");

    private final UserRepository users;
    private final PasswordEncoder encoder;

    public StaffAccounts(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Problems are i18n keys, so views can show them in the user's language. */
    public static final class AccountException extends RuntimeException {
        private final String messageKey;

        public AccountException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    @Transactional
    public long create(Role role, Long schoolId, String username, String password, String name) {
        checkPassword(password);
        return create(role, schoolId, username, () -> encoder.encode(password), name);
    }

    /** A password checked and hashed once, for accounts that share it (the demo school's staff). */
    public static final class SharedPassword {
        private final String hash;

        private SharedPassword(String hash) {
            this.hash = hash;
        }
    }

    /** Bcrypt is slow by design, so several accounts with one password (the demo's) hash it once. */
    public SharedPassword sharedPassword(String password) {
        checkPassword(password);
        return new SharedPassword(encoder.encode(password));
    }

    @Transactional
    public long create(Role role, Long schoolId, String username, SharedPassword password, String name) {
        return create(role, schoolId, username, () -> password.hash, name);
    }

    private long create(Role role, Long schoolId, String username, java.util.function.Supplier<String> hash,
                        String name) {
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String fullName = name == null ? "" : name.strip();
        if (!USERNAME.matcher(user).matches()) {
            throw new AccountException("account.error.username");
        }
        if (fullName.isEmpty() || fullName.length() > 120 || fullName.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException("account.error.name");
        }
        if (role != Role.ADMIN && schoolId == null) {
            throw new AccountException("account.error.school");
        }
        if (users.usernameTaken(user)) {
            throw new AccountException("account.error.username-taken");
        }
        return users.createStaff(role, schoolId, user, hash.get(), fullName);
    }

    /** Only while no admin exists: the first-run page creates one and then closes for good. */
    @Transactional
    public long createFirstAdmin(String username, String password, String name) {
        if (users.anyAdmin()) {
            throw new AccountException("firstrun.error.done");
        }
        return create(Role.ADMIN, null, username, password, name);
    }

    public boolean needsFirstAdmin() {
        return !users.anyAdmin();
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new AccountException("account.error.password");
        }
    }
}
