//! The demo outbox: messages stored instead of sent.

use super::Conn;
use sqlx::Row;

pub struct NewMessage<'a> {
    pub channel: &'a str,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub html: &'a str,
    pub sent_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub html: String,
    pub sent_at: i64,
}

pub async fn insert(conn: &mut Conn, msg: &NewMessage<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO outbox (channel, recipient, subject, body, html, sent_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(msg.channel)
    .bind(msg.recipient)
    .bind(msg.subject)
    .bind(msg.body)
    .bind(msg.html)
    .bind(msg.sent_at)
    .execute(conn)
    .await
    .map(|_| ())
}

/// The latest `limit` messages, newest first.
pub async fn recent(conn: &mut Conn, limit: i64) -> Result<Vec<Stored>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT channel, recipient, subject, body, html, sent_at FROM outbox ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Stored {
                channel: r.try_get("channel")?,
                recipient: r.try_get("recipient")?,
                subject: r.try_get("subject")?,
                body: r.try_get("body")?,
                html: r.try_get("html")?,
                sent_at: r.try_get("sent_at")?,
            })
        })
        .collect()
}
