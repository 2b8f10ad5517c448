-- The delivery queue (a transactional outbox): every email is written here
-- in the transaction that decides it, then sent by a worker that retries
-- (backend/src/delivery/queue.rs); every text message is recorded here
-- once sent or refused. Demo mode shows this table at /dev/outbox.
--
-- state: 'pending' (to send; claimed while lease_until is in the future),
-- 'sent', or 'failed' (given up; last_error says why). A claim moves
-- next_attempt_at to the lease's end, so a claimed row is due again only
-- if its worker stopped. body and html are sealed (they hold single-use
-- links); a text's body is stored only for the demo outbox, and a sent
-- email's only there too. last_error never holds a message's body.
CREATE TABLE deliveries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    html TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);

-- The demo outbox it replaces held demo messages only (its bodies in
-- clear, never sent anywhere): they are not kept.
DROP TABLE outbox;
