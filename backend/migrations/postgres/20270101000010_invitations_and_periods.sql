-- Add Member no longer tells an admin whether an address has an account:
-- every add makes a pending membership (inactive, imposing nothing) that
-- the person activates: a new account by setting its first password with
-- the welcome link, an existing one by accepting the emailed invitation.
-- Until then the members table shows the name the admin typed.
ALTER TABLE memberships ADD COLUMN pending BIGINT NOT NULL DEFAULT 0;
ALTER TABLE memberships ADD COLUMN invited_name TEXT NOT NULL DEFAULT '';

-- When each member was an active member of each company, so the company's
-- security log shows members' events from those periods only. Memberships
-- active now are taken as active from the start.
CREATE TABLE membership_periods (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    started_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX membership_periods_member ON membership_periods (user_id, company_id);
-- At most one open period per membership.
CREATE UNIQUE INDEX membership_periods_open ON membership_periods (user_id, company_id) WHERE ended_at IS NULL;
INSERT INTO membership_periods (user_id, company_id, started_at)
    SELECT user_id, company_id, 0 FROM memberships WHERE active = 1;
