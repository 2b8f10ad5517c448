-- Emailed links get two more purposes: the welcome link that sets a new
-- member's first password (no longer voided by a stranger's "Forgot your
-- password?") and a company's invitation to an existing account. A link
-- may name what it is about (`subject`): for "This wasn't me", the method
-- the email reported; for an invitation, the company.
CREATE TABLE account_links_new (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('not_me', 'password_reset', 'welcome', 'invitation')),
    subject TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
INSERT INTO account_links_new (token_hash, user_id, purpose, created_at, expires_at, used_at)
    SELECT token_hash, user_id, purpose, created_at, expires_at, used_at FROM account_links;
DROP TABLE account_links;
ALTER TABLE account_links_new RENAME TO account_links;
CREATE INDEX account_links_user ON account_links (user_id);

-- "This wasn't me" requires a new password before the next sign-in.
ALTER TABLE users ADD COLUMN password_reset_required BIGINT NOT NULL DEFAULT 0;
-- Counts the times the password was set (not rehashed under new costs):
-- a sign-in commits only if it is still the version it checked.
ALTER TABLE users ADD COLUMN password_version BIGINT NOT NULL DEFAULT 0;
