//! The embedded default for demo mode: messages are stored in the database
//! (`outbox` table) and shown at `/dev/outbox`, never sent.

use super::{DeliveryError, Email, Mailer, Sending, Sms, SmsSender};
use crate::db::Db;
use crate::ports::Clock;
use crate::store::outbox as store;
use std::sync::Arc;
use time::OffsetDateTime;

/// How many messages `/dev/outbox` shows.
pub const SHOWN: i64 = 200;

#[derive(Clone)]
pub struct Outbox {
    db: Db,
    clock: Arc<dyn Clock>,
}

/// One stored message, as `/dev/outbox` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxMessage {
    /// `email` or `sms`.
    pub channel: String,
    pub to: String,
    /// Empty for a text message.
    pub subject: String,
    /// The text (an email's plain-text part).
    pub body: String,
    /// An email's HTML part; empty for a text message.
    pub html: String,
    pub sent_at: OffsetDateTime,
}

impl Outbox {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock }
    }

    async fn store(&self, msg: store::NewMessage<'_>) -> Result<(), DeliveryError> {
        let mut conn = self
            .db
            .pool
            .acquire()
            .await
            .map_err(|e| DeliveryError::Internal(format!("outbox: {e}")))?;
        store::insert(&mut conn, &msg)
            .await
            .map_err(|e| DeliveryError::Internal(format!("outbox: {e}")))
    }

    /// The latest messages, newest first.
    pub async fn recent(&self) -> Result<Vec<OutboxMessage>, sqlx::Error> {
        let mut conn = self.db.pool.acquire().await?;
        Ok(store::recent(&mut conn, SHOWN)
            .await?
            .into_iter()
            .map(|m| OutboxMessage {
                channel: m.channel,
                to: m.recipient,
                subject: m.subject,
                body: m.body,
                html: m.html,
                sent_at: OffsetDateTime::from_unix_timestamp(m.sent_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
            })
            .collect())
    }
}

impl Mailer for Outbox {
    fn send(&self, email: Email) -> Sending<'_> {
        Box::pin(async move {
            self.store(store::NewMessage {
                channel: "email",
                recipient: &email.to,
                subject: &email.subject,
                body: &email.text,
                html: &email.html,
                sent_at: self.clock.now().unix_timestamp(),
            })
            .await
        })
    }
}

impl SmsSender for Outbox {
    fn send(&self, sms: Sms) -> Sending<'_> {
        Box::pin(async move {
            self.store(store::NewMessage {
                channel: "sms",
                recipient: &sms.to,
                subject: "",
                body: &sms.body,
                html: "",
                sent_at: self.clock.now().unix_timestamp(),
            })
            .await
        })
    }
}
