-- Emailed links get two more purposes: the welcome link that sets a new
-- member's first password (no longer voided by a stranger's "Forgot your
-- password?") and a company's invitation to an existing account. A link
-- may name what it is about (`subject`): for "This wasn't me", the method
-- the email reported; for an invitation, the company.
ALTER TABLE account_links DROP CONSTRAINT IF EXISTS account_links_purpose_check;
ALTER TABLE account_links ADD CONSTRAINT account_links_purpose_check
    CHECK (purpose IN ('not_me', 'password_reset', 'welcome', 'invitation'));
ALTER TABLE account_links ADD COLUMN subject TEXT NOT NULL DEFAULT '';

-- "This wasn't me" requires a new password before the next sign-in.
ALTER TABLE users ADD COLUMN password_reset_required BIGINT NOT NULL DEFAULT 0;
-- Counts the times the password was set (not rehashed under new costs):
-- a sign-in commits only if it is still the version it checked.
ALTER TABLE users ADD COLUMN password_version BIGINT NOT NULL DEFAULT 0;
