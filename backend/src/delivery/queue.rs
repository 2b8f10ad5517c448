//! The durable delivery queue (a transactional outbox). An email is
//! written to `deliveries` in the transaction that decides it, so it
//! exists exactly when the change it reports does; a worker then claims
//! the due emails for a lease, sends them through the [`Mailer`] and
//! marks each sent, or due again later, or failed (`domain::delivery`
//! holds the rules). Several servers may share the table: a claim is one
//! conditional update, so a message is sent by one worker at a time, and
//! a worker that stops leaves its claims to expire and be taken again.
//!
//! The bodies are sealed with the server's key: an email may carry a
//! single-use link, whose token the database otherwise keeps only hashed.

use super::{DeliveryError, Email, Mailer, OutboxMessage, Sms};
use crate::crypto::SecretBox;
use crate::db::Db;
use crate::metrics::{self, Channel, DeliveryOutcome};
use crate::ports::{Clock, Rng};
use crate::store::Conn;
use crate::store::deliveries::{self, Claimed, NewEmail, Outcome, TextTried};
use domain::delivery::{AfterFailure, LEASE, after_failure};
use std::sync::Arc;
use time::{Duration, OffsetDateTime};
use tokio::sync::Notify;

/// How many emails one claim takes (sent side by side).
pub const BATCH: i64 = 10;
/// How often an idle worker looks for due emails (retries, and emails
/// queued by other servers); a commit on this one wakes it at once.
pub const POLL: std::time::Duration = std::time::Duration::from_secs(5);
/// How long sent and failed messages are kept.
pub const KEEP_FINISHED: Duration = Duration::days(30);
/// How often finished messages older than [`KEEP_FINISHED`] are deleted.
const PURGE_EVERY: Duration = Duration::hours(1);
/// The longest error kept for a message (a provider's answer).
const ERROR_MAX_CHARS: usize = 500;

/// What happens once a transaction that queued emails has committed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AfterCommit {
    /// The worker is woken (a server).
    #[default]
    WakeWorker,
    /// The due emails are sent at once, before the use case returns
    /// (tests, which then see them without a worker).
    SendNow,
}

#[derive(Clone)]
pub struct Queue {
    db: Db,
    clock: Arc<dyn Clock>,
    rng: Arc<dyn Rng>,
    secrets: SecretBox,
    mailer: Arc<dyn Mailer>,
    wake: Arc<Notify>,
    after_commit: AfterCommit,
}

/// The sealing purpose of a message's parts: bound to its recipient, so a
/// body cannot be moved to another row and sent elsewhere.
fn purpose(recipient: &str) -> String {
    format!("delivery:{recipient}")
}

impl Queue {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        rng: Arc<dyn Rng>,
        secrets: SecretBox,
        mailer: Arc<dyn Mailer>,
    ) -> Self {
        Self {
            db,
            clock,
            rng,
            secrets,
            mailer,
            wake: Arc::new(Notify::new()),
            after_commit: AfterCommit::default(),
        }
    }

    /// Sends the queued emails through `mailer`.
    pub fn with_mailer(mut self, mailer: Arc<dyn Mailer>) -> Self {
        self.mailer = mailer;
        self
    }

    pub fn with_after_commit(mut self, after_commit: AfterCommit) -> Self {
        self.after_commit = after_commit;
        self
    }

    fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    fn seal(&self, text: &str, recipient: &str) -> Result<String, DeliveryError> {
        self.secrets
            .seal(text.as_bytes(), &purpose(recipient), self.rng.as_ref())
            .map_err(DeliveryError::Internal)
    }

    /// A sealed part, opened; `None` when it cannot be (another key).
    fn open(&self, sealed: &str, recipient: &str) -> Option<String> {
        let bytes = self.secrets.open(sealed, &purpose(recipient))?;
        String::from_utf8(bytes).ok()
    }

    /// Queues `email` in `conn`'s transaction: it is sent once that
    /// commits (call [`Queue::committed`] then), and never if it rolls back.
    pub async fn enqueue(&self, conn: &mut Conn, email: &Email) -> Result<i64, DeliveryError> {
        let new = NewEmail {
            recipient: &email.to,
            subject: &email.subject,
            body: &self.seal(&email.text, &email.to)?,
            html: &self.seal(&email.html, &email.to)?,
        };
        deliveries::enqueue(conn, new, self.now().unix_timestamp())
            .await
            .map_err(|e| DeliveryError::Internal(format!("queueing the email: {e}")))
    }

    /// Records a text message tried once while its reader waited: sent,
    /// or failed with the reason. Its body (a code) is kept, sealed, only
    /// when `keep_body` (the demo outbox shows it); a real provider's
    /// texts are recorded without it.
    pub async fn record_text(
        &self,
        conn: &mut Conn,
        sms: &Sms,
        keep_body: bool,
        sent: &Result<(), DeliveryError>,
    ) -> Result<i64, DeliveryError> {
        let body = match keep_body {
            true => self.seal(&sms.body, &sms.to)?,
            false => String::new(),
        };
        let error = sent.as_ref().err().map(error_text);
        let outcome = match sent {
            Ok(()) => DeliveryOutcome::Sent,
            Err(_) => DeliveryOutcome::Failed,
        };
        metrics::delivery(Channel::Sms, outcome, 0.0);
        let tried = TextTried {
            recipient: &sms.to,
            body: &body,
            error: error.as_deref(),
        };
        deliveries::record_text(conn, tried, self.now().unix_timestamp())
            .await
            .map_err(|e| DeliveryError::Internal(format!("recording the text message: {e}")))
    }

    /// A transaction that queued emails has committed: the worker is
    /// woken, or (tests) the due emails are sent now.
    pub async fn committed(&self) {
        match self.after_commit {
            AfterCommit::WakeWorker => self.wake.notify_one(),
            AfterCommit::SendNow => {
                if let Err(err) = self.deliver_due().await {
                    tracing::warn!(%err, "delivering the queued emails failed");
                }
            }
        }
    }

    /// Sends every email due now, a batch at a time; how many were sent.
    /// Safe beside other workers, on this server or another.
    pub async fn deliver_due(&self) -> Result<usize, sqlx::Error> {
        let mut sent = 0;
        loop {
            let claimed = self.claim().await?;
            let full = claimed.len() as i64 >= BATCH;
            sent += self.send_claimed(claimed).await;
            if !full {
                return Ok(sent);
            }
        }
    }

    /// Claims at most [`BATCH`] due emails for [`LEASE`].
    pub async fn claim(&self) -> Result<Vec<Claimed>, sqlx::Error> {
        let now = self.now().unix_timestamp();
        let mut conn = self.db.pool.acquire().await?;
        if !deliveries::any_due(&mut conn, now).await? {
            return Ok(Vec::new());
        }
        deliveries::claim_due(&mut conn, now, now + LEASE.whole_seconds(), BATCH).await
    }

    /// Sends claimed emails side by side and records each outcome; how
    /// many were sent. An outcome that cannot be recorded leaves its claim
    /// to expire: that email is sent again (at least once, never lost).
    async fn send_claimed(&self, claimed: Vec<Claimed>) -> usize {
        let mut sends = tokio::task::JoinSet::new();
        for claim in claimed {
            let queue = self.clone();
            sends.spawn(async move {
                let sent = queue.send(&claim).await;
                (claim, sent)
            });
        }
        let mut sent = 0;
        while let Some(joined) = sends.join_next().await {
            let Ok((claim, outcome)) = joined else {
                tracing::error!("an email's send panicked; it is tried again when its lease ends");
                continue;
            };
            match self.finish(&claim, &outcome).await {
                Ok(true) => sent += usize::from(outcome.is_ok()),
                Ok(false) => {
                    tracing::warn!(id = claim.id, "an email's lease ended before its send did")
                }
                Err(err) => tracing::error!(id = claim.id, %err, "an email's outcome was not recorded"),
            }
        }
        sent
    }

    async fn send(&self, claim: &Claimed) -> Result<(), DeliveryError> {
        let (Some(text), Some(html)) = (
            self.open(&claim.body, &claim.recipient),
            self.open(&claim.html, &claim.recipient),
        ) else {
            return Err(DeliveryError::Internal(
                "the message cannot be opened: was the secret key replaced?".into(),
            ));
        };
        let email = Email {
            to: claim.recipient.clone(),
            subject: claim.subject.clone(),
            text,
            html,
        };
        self.mailer.send(email).await
    }

    /// Records how a claimed try ended; false when the claim had expired
    /// and another worker holds the email now.
    async fn finish(&self, claim: &Claimed, sent: &Result<(), DeliveryError>) -> Result<bool, sqlx::Error> {
        let now = self.now().unix_timestamp();
        let attempt = u32::try_from(claim.attempt).unwrap_or(u32::MAX);
        let error = sent.as_ref().err().map(error_text);
        let (outcome, counted) = match (sent, &error) {
            (Err(err), Some(error)) => match after_failure(attempt, err.is_unavailable(), now) {
                AfterFailure::RetryAt(at) => {
                    tracing::warn!(id = claim.id, attempt, %error, "email not sent; tried again later");
                    (Outcome::RetryAt { at, error }, DeliveryOutcome::Retry)
                }
                AfterFailure::GiveUp => {
                    tracing::error!(id = claim.id, attempt, %error, "email not sent; given up");
                    (Outcome::Failed { error }, DeliveryOutcome::Failed)
                }
            },
            _ => {
                tracing::info!(id = claim.id, attempt, "email sent");
                let sent = Outcome::Sent {
                    at: now,
                    keep_body: self.mailer.is_demo_outbox(),
                };
                (sent, DeliveryOutcome::Sent)
            }
        };
        metrics::delivery(Channel::Email, counted, (now - claim.created_at) as f64);
        let mut conn = self.db.pool.acquire().await?;
        deliveries::finish(&mut conn, claim, outcome).await
    }

    /// The worker: sends what is due, then waits until a commit wakes it
    /// or [`POLL`] has passed; now and then deletes old finished messages.
    /// Runs until the process ends.
    pub async fn run(self) {
        let mut next_purge = self.now();
        loop {
            match self.deliver_due().await {
                Ok(0) => {}
                Ok(sent) => tracing::debug!(sent, "queued emails sent"),
                Err(err) => tracing::warn!(%err, "the delivery queue could not be read"),
            }
            if self.now() >= next_purge {
                next_purge = self.now() + PURGE_EVERY;
                match self.purge().await {
                    Ok(0) => {}
                    Ok(deleted) => tracing::debug!(deleted, "old messages deleted"),
                    Err(err) => tracing::warn!(%err, "old messages not deleted"),
                }
            }
            tokio::select! {
                () = self.wake.notified() => {}
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }

    /// How many emails wait to be sent (the `trestle_deliveries_pending` gauge).
    pub async fn pending(&self) -> Result<i64, sqlx::Error> {
        let mut conn = self.db.pool.acquire().await?;
        deliveries::count_pending(&mut conn).await
    }

    /// Deletes the messages finished more than [`KEEP_FINISHED`] ago.
    pub async fn purge(&self) -> Result<u64, sqlx::Error> {
        let before = (self.now() - KEEP_FINISHED).unix_timestamp();
        let mut conn = self.db.pool.acquire().await?;
        deliveries::delete_finished(&mut conn, before).await
    }

    /// The latest `limit` messages, newest first, opened (the demo outbox).
    pub async fn recent(&self, limit: i64) -> Result<Vec<OutboxMessage>, sqlx::Error> {
        let mut conn = self.db.pool.acquire().await?;
        let stored = deliveries::recent(&mut conn, limit).await?;
        let time = |t: i64| OffsetDateTime::from_unix_timestamp(t).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        Ok(stored
            .into_iter()
            .map(|m| OutboxMessage {
                body: self.open(&m.body, &m.recipient).unwrap_or_default(),
                html: self.open(&m.html, &m.recipient).unwrap_or_default(),
                channel: m.channel,
                to: m.recipient,
                subject: m.subject,
                state: m.state,
                attempts: m.attempts,
                last_error: m.last_error,
                queued_at: time(m.created_at),
                sent_at: m.sent_at.map(time),
            })
            .collect())
    }
}

/// A send's error as the queue keeps it: the adapter's words (which never
/// hold a message's body or a secret), bounded.
fn error_text(err: &DeliveryError) -> String {
    err.to_string().chars().take(ERROR_MAX_CHARS).collect()
}
