-- Login throttling that stops guessing without letting anyone lock others out (issue 11, item 5).
-- strikes: how many locks a key has had in a row; each lock lasts twice as long as the one before (capped), and a
-- key that already had a lock gets only one more try before the next one.
ALTER TABLE login_throttle ADD COLUMN strikes INT DEFAULT 0 NOT NULL;

-- A browser (its random device cookie, stored only as a SHA-256) that has signed in to an account before. Such a
-- device has a throttle of its own, so a stranger's wrong guesses never lock the owner's usual device out.
CREATE TABLE login_device (
    account_key     VARCHAR(200) NOT NULL,
    device_hash     VARCHAR(64) NOT NULL,
    trusted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_key, device_hash)
);
CREATE INDEX ix_login_device_hash ON login_device (device_hash);
