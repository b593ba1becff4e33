-- A school leader's calendar subscription to the school's year plan (every class's plan). As with plan_feed, the
-- address is the key, so only a hash of its token is kept; one address per leader and school.
CREATE TABLE school_feed (
    leader_id   BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    school_id   BIGINT NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (leader_id, school_id),
    CONSTRAINT uq_school_feed_token UNIQUE (token_hash)
);
