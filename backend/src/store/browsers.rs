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

/// The browser passed MFA for the account at `now` (it is known to the
/// account already): it may skip **Verify Your Identity** for the
/// companies' re-prompt period, as that is at the next sign-in.
pub async fn passed_mfa(
    conn: &mut Conn,
    token_hash: &str,
    user_id: i64,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE known_browsers SET mfa_passed_at = $1 WHERE token_hash = $2 AND user_id = $3")
        .bind(now.unix_timestamp())
        .bind(token_hash)
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Whether the browser passed MFA for the account within `trust_for`.
pub async fn is_trusted(
    conn: &mut Conn,
    token_hash: &str,
    user_id: i64,
    now: OffsetDateTime,
    trust_for: time::Duration,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM known_browsers
         WHERE token_hash = $1 AND user_id = $2 AND expires_at > $3 AND mfa_passed_at > $4",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now.unix_timestamp())
    .bind((now - trust_for).unix_timestamp())
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// No browser of the account skips MFA any more (a reset, a factor
/// removed, a password changed, **Sign out of all browsers**). They stay
/// known, so strangers' password failures still do not hold them.
pub async fn distrust_all(conn: &mut Conn, user_id: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE known_browsers SET mfa_passed_at = NULL WHERE user_id = $1 AND mfa_passed_at IS NOT NULL",
    )
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
