-- An unfinished sign-in lives 30 minutes from its email step, whatever
-- touches it: the start is kept across session-id rotations.
ALTER TABLE sessions ADD COLUMN started_at BIGINT NOT NULL DEFAULT 0;

-- Browsers in which an account has completed a sign-in (a random cookie,
-- stored as its SHA-256). Strangers' password failures never hold them.
CREATE TABLE known_browsers (
    token_hash TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (token_hash, user_id)
);
CREATE INDEX known_browsers_expiry ON known_browsers (expires_at);
