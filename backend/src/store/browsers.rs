//! Browsers in which an account has completed a sign-in, by the SHA-256 of
//! their cookie's token. A browser can be known to several accounts.

use super::Conn;
use time::OffsetDateTime;

pub async fn is_known(
    conn: &mut Conn,
    token_hash: &str,
    user_id: i64,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM known_browsers WHERE token_hash = $1 AND user_id = $2 AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now.unix_timestamp())
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Remembers (or renews) the browser for the account until `expires_at`.
pub async fn remember(
    conn: &mut Conn,
    token_hash: &str,
    user_id: i64,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO known_browsers (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token_hash, user_id) DO UPDATE SET expires_at = excluded.expires_at",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now.unix_timestamp())
    .bind(expires_at.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

pub async fn delete_expired(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM known_browsers WHERE expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
