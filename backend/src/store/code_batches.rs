//! PostgreSQL only: the reads and writes of a batch of codes from apps,
//! one per account (see `services::code_batches`), in a fixed number of
//! statements whatever the batch's size. Lists are bound as JSON, the one
//! array form sqlx's `Any` driver carries.

use super::Conn;
pub use super::attempts::Prior;
use super::attempts::{Kind, bind_windows, counted, window_counts};
use super::audit;
use super::factors::{TotpFactor, totp_factor};
use super::sessions::Move;
use serde_json::json;
use sqlx::Row;
use std::collections::HashMap;
use time::OffsetDateTime;

/// Takes the turns of `subjects`' charges (as [`super::attempts::charge`]
/// does one at a time) in one statement, in the order of their keys: two
/// batches that share accounts wait for each other, never crosswise.
pub async fn take_turns(conn: &mut Conn, kind: Kind, subjects: &[String]) -> Result<(), sqlx::Error> {
    sqlx::query(
        "SELECT pg_advisory_xact_lock(key) FROM (
           SELECT DISTINCT hashtextextended($1 || ':' || subject, 0) AS key
           FROM jsonb_array_elements_text($2::jsonb) AS subject
         ) AS keys ORDER BY key",
    )
    .bind(kind.as_str())
    .bind(json!(subjects).to_string())
    .execute(conn)
    .await
    .map(|_| ())
}

/// The attempts charged before now against each of `subjects` (see
/// [`Prior`]); a statement after [`take_turns`] sees every charge committed
/// before the turns came. Subjects with none are left out.
pub async fn priors(
    conn: &mut Conn,
    kind: Kind,
    subjects: &[String],
    now: OffsetDateTime,
    windows: &[i64],
) -> Result<HashMap<String, Prior>, sqlx::Error> {
    let counts = window_counts(3, windows.len());
    let sql = format!(
        "SELECT {counts}MAX(at), subject FROM attempts
         WHERE kind = $1 AND subject IN (SELECT jsonb_array_elements_text($2::jsonb))
         GROUP BY subject"
    );
    let query = sqlx::query(&sql)
        .bind(kind.as_str())
        .bind(json!(subjects).to_string());
    bind_windows(query, now, windows)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|row| Ok((row.try_get(windows.len() + 1)?, counted(row, windows.len())?)))
        .collect()
}

/// The apps of each of `users` (those with none are left out), oldest first.
pub async fn apps_of(conn: &mut Conn, users: &[i64]) -> Result<HashMap<i64, Vec<TotpFactor>>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, name, secret_sealed, last_used_step, created_at, last_used_at, user_id
         FROM totp_factors WHERE user_id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)
         ORDER BY id",
    )
    .bind(json!(users).to_string())
    .fetch_all(conn)
    .await?;
    let mut apps: HashMap<i64, Vec<TotpFactor>> = HashMap::new();
    for row in &rows {
        apps.entry(row.try_get("user_id")?)
            .or_default()
            .push(totp_factor(row)?);
    }
    Ok(apps)
}

/// Everything a batch writes, all at `now`.
#[derive(Debug, Default)]
pub struct Writes<'a> {
    /// Subjects charged one attempt each.
    pub charges: Vec<String>,
    /// In the order they happened.
    pub audits: Vec<audit::NewEvent<'a>>,
    /// Sessions ended (by the hash of their id).
    pub ends: Vec<String>,
    /// Sessions moved on, each if still at the version its request read.
    pub moves: Vec<Move>,
}

/// Writes `writes` of `kind`'s charges in one statement; answers the
/// sessions moved (the others had moved on first). A session is in at
/// most one of `ends` and `moves` (one statement changes a row once).
pub async fn write(
    conn: &mut Conn,
    kind: Kind,
    now: OffsetDateTime,
    writes: &Writes<'_>,
) -> Result<Vec<String>, sqlx::Error> {
    let audits: Vec<_> = writes
        .audits
        .iter()
        .map(|a| {
            json!({"user_id": a.user_id, "event": a.event.as_str(), "detail": a.detail,
                   "ip": a.ip, "browser": a.browser, "actor_id": a.by.map(|b| b.admin_id),
                   "company_id": a.by.map(|b| b.company_id)})
        })
        .collect();
    let moves = writes
        .moves
        .iter()
        .map(|m| {
            Ok(
                json!({"id_hash": m.id_hash, "version": m.version, "user_id": m.state.user_id(),
                      "state": super::sessions::json(&m.state)?,
                      "started_at": m.life.started_at.unix_timestamp(),
                      "expires_at": m.life.expires_at.unix_timestamp()}),
            )
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    sqlx::query_scalar(
        "WITH charged AS (
           INSERT INTO attempts (kind, subject, at)
           SELECT $1, subject, $2 FROM jsonb_array_elements_text($3::jsonb) AS subject
         ), audited AS (
           INSERT INTO audit_log (at, user_id, event, detail, ip, browser, actor_id, company_id)
           SELECT $2, a.user_id, a.event, a.detail, a.ip, a.browser, a.actor_id, a.company_id
           FROM jsonb_to_recordset($4::jsonb) AS a(user_id BIGINT, event TEXT, detail TEXT,
             ip TEXT, browser TEXT, actor_id BIGINT, company_id BIGINT)
         ), ended AS (
           DELETE FROM sessions WHERE id_hash IN (SELECT jsonb_array_elements_text($5::jsonb))
         ), moved AS (
           UPDATE sessions SET state = m.state, user_id = m.user_id, version = sessions.version + 1,
             started_at = m.started_at, expires_at = m.expires_at
           FROM jsonb_to_recordset($6::jsonb) AS m(id_hash TEXT, version BIGINT, user_id BIGINT,
             state TEXT, started_at BIGINT, expires_at BIGINT)
           WHERE sessions.id_hash = m.id_hash AND sessions.version = m.version
           RETURNING sessions.id_hash
         )
         SELECT id_hash FROM moved",
    )
    .bind(kind.as_str())
    .bind(now.unix_timestamp())
    .bind(json!(writes.charges).to_string())
    .bind(serde_json::Value::from(audits).to_string())
    .bind(json!(writes.ends).to_string())
    .bind(serde_json::Value::from(moves).to_string())
    .fetch_all(conn)
    .await
}
