-- Second factors: authenticator apps (secret sealed with AES-256-GCM) and one
-- recovery code per user (salted Argon2id hash only).
CREATE TABLE totp_factors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    secret_sealed TEXT NOT NULL,
    last_used_step BIGINT NOT NULL DEFAULT -1,
    last_used_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (user_id, name)
);

CREATE TABLE recovery_codes (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
