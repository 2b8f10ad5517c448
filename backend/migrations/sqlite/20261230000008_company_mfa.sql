-- Companies turn MFA on. The operator makes it available to a company
-- (`server company --enable-mfa`); its admins then require it from a
-- deadline and choose how often members are asked again: a browser that
-- passed MFA at `known_browsers.mfa_passed_at` is trusted that long, as
-- the setting is at the next sign-in.
ALTER TABLE companies ADD COLUMN mfa_available BIGINT NOT NULL DEFAULT 0;
ALTER TABLE companies ADD COLUMN reprompt TEXT NOT NULL DEFAULT 'every_sign_in';
-- When the policy was last saved (reminders are only for later moments).
ALTER TABLE companies ADD COLUMN policy_saved_at BIGINT;

ALTER TABLE known_browsers ADD COLUMN mfa_passed_at BIGINT;

-- Who did it (an admin resetting a member's MFA) and for which company,
-- for the company's security log.
ALTER TABLE audit_log ADD COLUMN actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD COLUMN company_id BIGINT REFERENCES companies (id) ON DELETE CASCADE;
CREATE INDEX audit_company ON audit_log (company_id);

-- Deadline reminders sent: one row per member, reminder and deadline. The
-- job inserts the row before it sends, so a second run (a restart,
-- another instance) finds it and sends nothing.
CREATE TABLE company_reminders (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    deadline BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (company_id, user_id, kind, deadline)
);
