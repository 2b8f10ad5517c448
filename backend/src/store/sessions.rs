//! Server-side sessions, keyed by the SHA-256 of the cookie's token. The
//! sign-in state is stored as JSON; `version` guards against lost updates.

use super::Conn;
use domain::signin::SignIn;
use sqlx::Row;
use time::OffsetDateTime;

pub struct Stored {
    pub state: SignIn,
    pub version: i64,
    /// When this sign-in's email step was, kept across id rotations.
    pub started_at: OffsetDateTime,
}

/// When a session row's sign-in started and when the row expires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifetime {
    pub started_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

/// A session moved on to `state`, if still at `version` (see [`update`]).
#[derive(Clone, Debug)]
pub struct Move {
    pub id_hash: String,
    pub version: i64,
    pub state: SignIn,
    pub life: Lifetime,
}

pub async fn load(
    conn: &mut Conn,
    id_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<Stored>, sqlx::Error> {
    let row =
        sqlx::query("SELECT state, version, started_at FROM sessions WHERE id_hash = $1 AND expires_at > $2")
            .bind(id_hash)
            .bind(now.unix_timestamp())
            .fetch_optional(conn)
            .await?;
    let Some(row) = row else { return Ok(None) };
    let json: String = row.try_get("state")?;
    // A state written by an incompatible version is treated as no session.
    let started_at: i64 = row.try_get("started_at")?;
    Ok(serde_json::from_str(&json).ok().map(|state| Stored {
        state,
        version: row.try_get("version").unwrap_or(0),
        started_at: OffsetDateTime::from_unix_timestamp(started_at).unwrap_or(now),
    }))
}

/// The account a session belongs to, from the email step on: the state's
/// user, or at the password step the account of the email typed (if any),
/// so that ending an account's sessions also ends sign-ins still at the
/// password step. One subquery for known and unknown emails alike.
const OWNER: &str = "COALESCE($2, (SELECT id FROM users WHERE email_normalized = $7))";

pub(super) fn json(state: &SignIn) -> Result<String, sqlx::Error> {
    serde_json::to_string(state).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

pub async fn insert(
    conn: &mut Conn,
    id_hash: &str,
    state: &SignIn,
    now: OffsetDateTime,
    life: Lifetime,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO sessions (id_hash, user_id, state, version, created_at, started_at, expires_at)
         VALUES ($1, {OWNER}, $3, 0, $4, $5, $6)"
    );
    sqlx::query(&sql)
        .bind(id_hash)
        .bind(state.user_id())
        .bind(json(state)?)
        .bind(now.unix_timestamp())
        .bind(life.started_at.unix_timestamp())
        .bind(life.expires_at.unix_timestamp())
        .bind(state.email())
        .execute(conn)
        .await
        .map(|_| ())
}

/// Moves the session on if nobody else changed it since `version` was read.
pub async fn update(conn: &mut Conn, next: &Move) -> Result<bool, sqlx::Error> {
    let Move {
        id_hash,
        version,
        state,
        life,
    } = next;
    let sql = format!(
        "UPDATE sessions SET state = $1, user_id = {OWNER}, version = version + 1, started_at = $3, expires_at = $4
         WHERE id_hash = $5 AND version = $6"
    );
    let done = sqlx::query(&sql)
        .bind(json(state)?)
        .bind(state.user_id())
        .bind(life.started_at.unix_timestamp())
        .bind(life.expires_at.unix_timestamp())
        .bind(id_hash.as_str())
        .bind(*version)
        .bind(state.email())
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a session if it is still at `version`; false if it moved on.
pub async fn delete(conn: &mut Conn, id_hash: &str, version: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE id_hash = $1 AND version = $2")
        .bind(id_hash)
        .bind(version)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a session whatever its version (sign-out).
pub async fn remove(conn: &mut Conn, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn delete_expired(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Signs the user out everywhere but the session `keep` (every session when
/// `None`): their sign-ins in progress end too. Returns how many ended.
pub async fn delete_for_user(conn: &mut Conn, user_id: i64, keep: Option<&str>) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
