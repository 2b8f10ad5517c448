//! Single-use links sent by email, by the SHA-256 of their token. A link
//! is spent by one conditional update, so two clicks cannot both act.

use super::Conn;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// "This wasn't me": signs out every session of the account.
    NotMe,
    PasswordReset,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::NotMe => "not_me",
            Self::PasswordReset => "password_reset",
        }
    }
}

pub async fn insert(
    conn: &mut Conn,
    token_hash: &str,
    user_id: i64,
    purpose: Purpose,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO account_links (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(purpose.as_str())
    .bind(now.unix_timestamp())
    .bind(expires_at.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// The user of a link that still works.
pub async fn live(
    conn: &mut Conn,
    token_hash: &str,
    purpose: Purpose,
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM account_links
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose.as_str())
    .bind(now.unix_timestamp())
    .fetch_optional(conn)
    .await
}

/// Spends a link that still works; its user, or `None` (unknown, used, expired).
pub async fn spend(
    conn: &mut Conn,
    token_hash: &str,
    purpose: Purpose,
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE account_links SET used_at = $1
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING user_id",
    )
    .bind(now.unix_timestamp())
    .bind(token_hash)
    .bind(purpose.as_str())
    .fetch_optional(conn)
    .await
}

/// Voids every unused reset link of the user (a new one, or a changed password).
pub async fn void_resets(conn: &mut Conn, user_id: i64, now: OffsetDateTime) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE account_links SET used_at = $1 WHERE user_id = $2 AND purpose = 'password_reset' AND used_at IS NULL",
    )
    .bind(now.unix_timestamp())
    .bind(user_id)
    .execute(conn)
    .await
    .map(|_| ())
}

pub async fn delete_expired(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_links WHERE expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
