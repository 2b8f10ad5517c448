//! Authenticator apps and recovery codes (phone numbers: [`super::phones`]). Single use is enforced by the
//! database: a monotonic `last_used_step` per app, and a conditional update
//! on `used_at` for recovery codes, so parallel requests cannot both win.

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone)]
pub struct TotpFactor {
    pub id: i64,
    pub name: String,
    pub secret_sealed: String,
    pub last_used_step: i64,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn list_apps(conn: &mut Conn, user_id: i64) -> Result<Vec<TotpFactor>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, name, secret_sealed, last_used_step, created_at, last_used_at
         FROM totp_factors WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(totp_factor).collect()
}

/// A row of `totp_factors` (its columns by name).
pub(super) fn totp_factor(r: &sqlx::any::AnyRow) -> Result<TotpFactor, sqlx::Error> {
    Ok(TotpFactor {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        secret_sealed: r.try_get("secret_sealed")?,
        last_used_step: r.try_get("last_used_step")?,
        created_at: r.try_get("created_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

pub async fn count_apps(conn: &mut Conn, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM totp_factors WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(conn)
        .await
}

/// Saves a new app whose first code (at `step`) was just verified. `None` when the name is taken.
pub async fn insert_app(
    conn: &mut Conn,
    user_id: i64,
    name: &str,
    secret_sealed: &str,
    step: i64,
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO totp_factors (user_id, name, secret_sealed, last_used_step, last_used_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (user_id, name) DO NOTHING RETURNING id",
    )
    .bind(user_id)
    .bind(name)
    .bind(secret_sealed)
    .bind(step)
    .bind(now.unix_timestamp())
    .fetch_optional(conn)
    .await
}

/// Moves the app's last used step forward; false when `step` is not newer (a replay).
pub async fn use_step(
    conn: &mut Conn,
    factor_id: i64,
    step: i64,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE totp_factors SET last_used_step = $1, last_used_at = $2 WHERE id = $3 AND last_used_step < $1",
    )
    .bind(step)
    .bind(now.unix_timestamp())
    .bind(factor_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores the hash of a new recovery code, voiding the previous one.
pub async fn replace_recovery_code(
    conn: &mut Conn,
    user_id: i64,
    code_hash: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO recovery_codes (user_id, code_hash, created_at, used_at) VALUES ($1, $2, $3, NULL)
         ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, created_at = excluded.created_at, used_at = NULL",
    )
    .bind(user_id)
    .bind(code_hash)
    .bind(now.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// The hash of the user's unused recovery code, if any.
pub async fn unused_recovery_hash(conn: &mut Conn, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT code_hash FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .fetch_optional(conn)
        .await?
        .map(|row| row.try_get("code_hash"))
        .transpose()
}

/// Marks the code used; false when another request used it first.
pub async fn redeem_recovery_code(
    conn: &mut Conn,
    user_id: i64,
    code_hash: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
    )
    .bind(now.unix_timestamp())
    .bind(user_id)
    .bind(code_hash)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether the user has an authenticator app or a phone number.
pub async fn has_any_factor(conn: &mut Conn, user_id: i64) -> Result<bool, sqlx::Error> {
    Ok(count_apps(conn, user_id).await? > 0
        || super::phones::count(conn, user_id).await? > 0
        || super::passkeys::count(conn, user_id).await? > 0)
}

/// A table of named methods: the user's apps, or their passkeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    Apps,
    Passkeys,
}

impl Named {
    fn table(self) -> &'static str {
        match self {
            Self::Apps => "totp_factors",
            Self::Passkeys => "passkeys",
        }
    }
}

/// Renames one of the user's apps or passkeys: `None` when they have no
/// such method, `Some(false)` when another of that kind has the name.
pub async fn rename(
    conn: &mut Conn,
    kind: Named,
    (user_id, id): (i64, i64),
    name: &str,
) -> Result<Option<bool>, sqlx::Error> {
    let table = kind.table();
    let taken: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {table} WHERE user_id = $1 AND name = $2 AND id <> $3"
    ))
    .bind(user_id)
    .bind(name)
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    if taken > 0 {
        let mine: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM {table} WHERE id = $1 AND user_id = $2"
        ))
        .bind(id)
        .bind(user_id)
        .fetch_one(conn)
        .await?;
        return Ok((mine == 1).then_some(false));
    }
    let done = sqlx::query(&format!(
        "UPDATE {table} SET name = $1 WHERE id = $2 AND user_id = $3"
    ))
    .bind(name)
    .bind(id)
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok((done.rows_affected() == 1).then_some(true))
}

/// Deletes one of the user's apps or passkeys; false when they have none with that id.
pub async fn delete(conn: &mut Conn, kind: Named, user_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(&format!(
        "DELETE FROM {} WHERE id = $1 AND user_id = $2",
        kind.table()
    ))
    .bind(id)
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes the user's recovery code (MFA turned off).
pub async fn delete_recovery_code(conn: &mut Conn, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Removes every factor of the user, their recovery code and any code
/// texted to them (an admin's reset); how many rows went.
pub async fn delete_all(conn: &mut Conn, user_id: i64) -> Result<u64, sqlx::Error> {
    let mut removed = 0;
    for sql in [
        "DELETE FROM totp_factors WHERE user_id = $1",
        "DELETE FROM phone_factors WHERE user_id = $1",
        "DELETE FROM passkeys WHERE user_id = $1",
        "DELETE FROM recovery_codes WHERE user_id = $1",
        "DELETE FROM sms_codes WHERE user_id = $1",
    ] {
        removed += sqlx::query(sql)
            .bind(user_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    Ok(removed)
}
