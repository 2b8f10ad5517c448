-- The browser and system of the request behind an audit event ("Chrome,
-- Android"), summarised from its User-Agent for Recent Activity; the full
-- User-Agent is not kept.
ALTER TABLE audit_log ADD COLUMN browser TEXT;
