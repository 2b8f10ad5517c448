//! Attempt counters for rate limits, shared by every server instance.

use super::Conn;
use domain::limits::Window;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PasswordAccount,
    PasswordIp,
    Code,
    RecoveryCode,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Self::PasswordAccount => "password_account",
            Self::PasswordIp => "password_ip",
            Self::Code => "code",
            Self::RecoveryCode => "recovery_code",
        }
    }
}

/// Records an attempt before it is checked; returns its id so a success can be forgotten.
pub async fn charge(
    conn: &mut Conn,
    kind: Kind,
    subject: &str,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO attempts (kind, subject, at) VALUES ($1, $2, $3) RETURNING id")
        .bind(kind.as_str())
        .bind(subject)
        .bind(now.unix_timestamp())
        .fetch_one(conn)
        .await
}

/// The number of attempts in each window, ending now.
pub async fn counts(
    conn: &mut Conn,
    kind: Kind,
    subject: &str,
    now: OffsetDateTime,
    windows: &[Window],
) -> Result<Vec<u32>, sqlx::Error> {
    let mut out = Vec::with_capacity(windows.len());
    for window in windows {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM attempts WHERE kind = $1 AND subject = $2 AND at > $3")
                .bind(kind.as_str())
                .bind(subject)
                .bind(now.unix_timestamp() - window.seconds)
                .fetch_one(&mut *conn)
                .await?;
        out.push(u32::try_from(n).unwrap_or(u32::MAX));
    }
    Ok(out)
}

/// A successful attempt is not a failure: remove its charge.
pub async fn forget(conn: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM attempts WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Counters older than the longest window are useless.
pub async fn delete_older_than(conn: &mut Conn, cutoff: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM attempts WHERE at <= $1")
        .bind(cutoff.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
