-- Demo mode's embedded message sink: every email and text message the
-- server would have sent, shown at /dev/outbox. Never used in production.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    html TEXT NOT NULL DEFAULT '',
    sent_at BIGINT NOT NULL
);
CREATE INDEX outbox_sent ON outbox (sent_at);
