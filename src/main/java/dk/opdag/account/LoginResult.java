package dk.opdag.account;

import java.time.Duration;

/** The outcome of a login attempt; the views turn each case into a clear Danish message. */
public sealed interface LoginResult {

    record Success(SignedInUser user) implements LoginResult {
    }

    /** Wrong username or password, or a wrong pupil code: the message never says which part was wrong. */
    record Rejected() implements LoginResult {
    }

    record Locked(Duration remaining) implements LoginResult {
        /** Whole minutes, rounded up, for the message. */
        public long minutes() {
            return Math.max(1, (remaining.toSeconds() + 59) / 60);
        }
    }
}
