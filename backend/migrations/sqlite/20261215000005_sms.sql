-- Text-message verification: registered numbers (E.164; the same number
-- may serve several accounts) and codes sent, stored as a keyed hash
-- (HMAC-SHA-256 bound to the user and number). One live code per user:
-- sending a new one deletes the others. Single use by a conditional
-- update on used_at.
CREATE TABLE phone_factors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    phone TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    UNIQUE (user_id, phone)
);

CREATE TABLE sms_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    phone TEXT NOT NULL,
    code_mac TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX sms_codes_user ON sms_codes (user_id);
