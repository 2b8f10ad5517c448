//! The delivery queue (`deliveries`): emails written in the transaction
//! that decides them and claimed by the workers that send them, and the
//! texts sent while the person waited. Bodies arrive sealed: nothing here
//! reads them.

use super::Conn;
use sqlx::Row;

/// Where a message stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// To send (claimed while its lease lasts).
    Pending,
    Sent,
    /// Given up; its last error says why.
    Failed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "sent" => Self::Sent,
            "failed" => Self::Failed,
            _ => Self::Pending,
        }
    }
}

/// An email to queue: due at once.
#[derive(Clone, Copy, Debug)]
pub struct NewEmail<'a> {
    pub recipient: &'a str,
    pub subject: &'a str,
    /// The sealed text part.
    pub body: &'a str,
    /// The sealed HTML part.
    pub html: &'a str,
}

/// Queues an email in `conn`'s transaction; its id.
pub async fn enqueue(conn: &mut Conn, email: NewEmail<'_>, now: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO deliveries (channel, recipient, subject, body, html, state, attempts, next_attempt_at, created_at)
         VALUES ('email', $1, $2, $3, $4, 'pending', 0, $5, $5) RETURNING id",
    )
    .bind(email.recipient)
    .bind(email.subject)
    .bind(email.body)
    .bind(email.html)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// A text message already tried once: its sealed body ("" when it must
/// not be kept) and the error that stopped it, if any.
#[derive(Clone, Copy, Debug)]
pub struct TextTried<'a> {
    pub recipient: &'a str,
    pub body: &'a str,
    pub error: Option<&'a str>,
}

/// Records a text message tried at `now`: sent, or failed with its error.
pub async fn record_text(conn: &mut Conn, text: TextTried<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let (state, sent_at) = match text.error {
        None => (State::Sent, Some(now)),
        Some(_) => (State::Failed, None),
    };
    sqlx::query_scalar(
        "INSERT INTO deliveries (channel, recipient, body, state, attempts, next_attempt_at, last_error, created_at, sent_at)
         VALUES ('sms', $1, $2, $3, 1, $4, $5, $4, $6) RETURNING id",
    )
    .bind(text.recipient)
    .bind(text.body)
    .bind(state.as_str())
    .bind(now)
    .bind(text.error.unwrap_or_default())
    .bind(sent_at)
    .fetch_one(conn)
    .await
}

/// A message claimed for sending. `attempt` is this try's number: the
/// claim's own, which finishing it must name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claimed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub html: String,
    pub attempt: i64,
    /// When it was queued (for the queue's age).
    pub created_at: i64,
}

/// How many emails wait to be sent (due now or later).
pub async fn count_pending(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM deliveries WHERE state = 'pending'")
        .fetch_one(conn)
        .await
}

/// Whether an email is due at `now` (a cheap read, so that an idle queue
/// never takes SQLite's write lock).
pub async fn any_due(conn: &mut Conn, now: i64) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM deliveries WHERE state = 'pending' AND next_attempt_at <= $1 LIMIT 1",
    )
    .bind(now)
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// Claims at most `limit` emails due at `now` until `lease_until`: each
/// try is counted, and the row is due again only when the lease ends.
/// PostgreSQL skips the rows another worker is claiming; SQLite has one
/// writer, which serialises the claims.
pub async fn claim_due(
    conn: &mut Conn,
    now: i64,
    lease_until: i64,
    limit: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let skip_locked = if super::is_postgres(conn) {
        "FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    let sql = format!(
        "UPDATE deliveries SET attempts = attempts + 1, lease_until = $2, next_attempt_at = $2
         WHERE state = 'pending' AND next_attempt_at <= $1 AND id IN (
             SELECT id FROM deliveries WHERE state = 'pending' AND next_attempt_at <= $1
             ORDER BY next_attempt_at, id LIMIT $3 {skip_locked})
         RETURNING id, recipient, subject, body, html, attempts, created_at"
    );
    let rows = sqlx::query(&sql)
        .bind(now)
        .bind(lease_until)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    let mut claimed = rows
        .iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("id")?,
                recipient: r.try_get("recipient")?,
                subject: r.try_get("subject")?,
                body: r.try_get("body")?,
                html: r.try_get("html")?,
                attempt: r.try_get("attempts")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    claimed.sort_by_key(|c| c.id);
    Ok(claimed)
}

/// How a claimed try ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome<'a> {
    /// Sent at this moment; `keep_body` keeps the message (the demo
    /// outbox shows it), otherwise it is erased.
    Sent { at: i64, keep_body: bool },
    /// Failed with `error`; tried again at `at`.
    RetryAt { at: i64, error: &'a str },
    /// Failed with `error`, for good.
    Failed { error: &'a str },
}

/// Finishes the try `claimed` names: false when its lease had ended and
/// another worker claimed the row since (that worker finishes it).
pub async fn finish(conn: &mut Conn, claimed: &Claimed, outcome: Outcome<'_>) -> Result<bool, sqlx::Error> {
    let query = match outcome {
        Outcome::Sent { at, keep_body } => sqlx::query(
            "UPDATE deliveries SET state = 'sent', sent_at = $3, lease_until = NULL, last_error = '',
                 body = CASE WHEN $4 = 1 THEN body ELSE '' END,
                 html = CASE WHEN $4 = 1 THEN html ELSE '' END
             WHERE id = $1 AND attempts = $2 AND state = 'pending'",
        )
        .bind(claimed.id)
        .bind(claimed.attempt)
        .bind(at)
        .bind(i64::from(keep_body)),
        Outcome::RetryAt { at, error } => sqlx::query(
            "UPDATE deliveries SET next_attempt_at = $3, lease_until = NULL, last_error = $4
             WHERE id = $1 AND attempts = $2 AND state = 'pending'",
        )
        .bind(claimed.id)
        .bind(claimed.attempt)
        .bind(at)
        .bind(error),
        Outcome::Failed { error } => sqlx::query(
            "UPDATE deliveries SET state = 'failed', lease_until = NULL, last_error = $3
             WHERE id = $1 AND attempts = $2 AND state = 'pending'",
        )
        .bind(claimed.id)
        .bind(claimed.attempt)
        .bind(error),
    };
    Ok(query.execute(conn).await?.rows_affected() == 1)
}

/// One message as the demo outbox lists it (its body still sealed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub html: String,
    pub state: State,
    pub attempts: i64,
    pub last_error: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// The latest `limit` messages, newest first.
pub async fn recent(conn: &mut Conn, limit: i64) -> Result<Vec<Stored>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, channel, recipient, subject, body, html, state, attempts, last_error, created_at, sent_at
         FROM deliveries ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Stored {
                id: r.try_get("id")?,
                channel: r.try_get("channel")?,
                recipient: r.try_get("recipient")?,
                subject: r.try_get("subject")?,
                body: r.try_get("body")?,
                html: r.try_get("html")?,
                state: State::parse(&r.try_get::<String, _>("state")?),
                attempts: r.try_get("attempts")?,
                last_error: r.try_get("last_error")?,
                created_at: r.try_get("created_at")?,
                sent_at: r.try_get("sent_at")?,
            })
        })
        .collect()
}

/// Deletes the messages sent or failed before `before`; how many.
pub async fn delete_finished(conn: &mut Conn, before: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM deliveries WHERE state <> 'pending' AND COALESCE(sent_at, created_at) < $1")
            .bind(before)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}
