//! Phone numbers registered for SMS verification, and the codes texted to
//! them. Codes are stored only as a keyed hash; one live code per user; a
//! code is used up by one conditional update, so two requests cannot both
//! redeem it.

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneFactor {
    pub id: i64,
    /// E.164, `+14155550123`.
    pub phone: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn list(conn: &mut Conn, user_id: i64) -> Result<Vec<PhoneFactor>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, phone, created_at, last_used_at FROM phone_factors WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(PhoneFactor {
                id: r.try_get("id")?,
                phone: r.try_get("phone")?,
                created_at: r.try_get("created_at")?,
                last_used_at: r.try_get("last_used_at")?,
            })
        })
        .collect()
}

/// One of the user's numbers, by id (`None` for someone else's).
pub async fn find(conn: &mut Conn, user_id: i64, phone_id: i64) -> Result<Option<PhoneFactor>, sqlx::Error> {
    Ok(list(conn, user_id).await?.into_iter().find(|p| p.id == phone_id))
}

pub async fn count(conn: &mut Conn, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM phone_factors WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(conn)
        .await
}

/// Saves a number whose code just came back. `None` when this account has it already.
pub async fn insert(
    conn: &mut Conn,
    user_id: i64,
    phone: &str,
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO phone_factors (user_id, phone, created_at, last_used_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (user_id, phone) DO NOTHING RETURNING id",
    )
    .bind(user_id)
    .bind(phone)
    .bind(now.unix_timestamp())
    .fetch_optional(conn)
    .await
}

pub async fn mark_used(conn: &mut Conn, phone_id: i64, now: OffsetDateTime) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE phone_factors SET last_used_at = $1 WHERE id = $2")
        .bind(now.unix_timestamp())
        .bind(phone_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// A code on record, not yet used.
#[derive(Clone, Debug)]
pub struct LiveCode {
    pub id: i64,
    pub phone: String,
    pub code_mac: String,
    pub expires_at: i64,
}

/// Replaces the user's codes with a new one (voiding any code sent before); returns its id.
pub async fn replace_code(
    conn: &mut Conn,
    user_id: i64,
    phone: &str,
    code_mac: &str,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    sqlx::query("DELETE FROM sms_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar(
        "INSERT INTO sms_codes (user_id, phone, code_mac, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id",
    )
    .bind(user_id)
    .bind(phone)
    .bind(code_mac)
    .bind(now.unix_timestamp())
    .bind(expires_at.unix_timestamp())
    .fetch_one(conn)
    .await
}

/// Removes a code that could not be sent.
pub async fn delete_code(conn: &mut Conn, code_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sms_codes WHERE id = $1")
        .bind(code_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// The user's unused code, expired or not.
pub async fn live_code(conn: &mut Conn, user_id: i64) -> Result<Option<LiveCode>, sqlx::Error> {
    sqlx::query(
        "SELECT id, phone, code_mac, expires_at FROM sms_codes WHERE user_id = $1 AND used_at IS NULL
         ORDER BY id DESC LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(conn)
    .await?
    .map(|r| {
        Ok(LiveCode {
            id: r.try_get("id")?,
            phone: r.try_get("phone")?,
            code_mac: r.try_get("code_mac")?,
            expires_at: r.try_get("expires_at")?,
        })
    })
    .transpose()
}

/// Uses the code up; false when another request used it first or it expired meanwhile.
pub async fn redeem_code(conn: &mut Conn, code_id: i64, now: OffsetDateTime) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE sms_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now.unix_timestamp())
    .bind(code_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Codes that can no longer be used.
pub async fn delete_stale_codes(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sms_codes WHERE used_at IS NOT NULL OR expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes one of the user's numbers and any code texted to it; false
/// when they have no such number.
pub async fn delete(conn: &mut Conn, user_id: i64, phone_id: i64) -> Result<bool, sqlx::Error> {
    let Some(phone) = find(&mut *conn, user_id, phone_id).await? else {
        return Ok(false);
    };
    sqlx::query("DELETE FROM sms_codes WHERE user_id = $1 AND phone = $2")
        .bind(user_id)
        .bind(&phone.phone)
        .execute(&mut *conn)
        .await?;
    let done = sqlx::query("DELETE FROM phone_factors WHERE id = $1 AND user_id = $2")
        .bind(phone_id)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}
