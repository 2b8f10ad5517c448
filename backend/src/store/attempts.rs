//! Attempt counters for rate limits, shared by every server instance.

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Subject: the normalised email.
    PasswordAccount,
    /// Subject: the known browser's token hash and the user id.
    PasswordKnownBrowser,
    /// Subject: the client's address.
    PasswordClient,
    /// Subject: the user id.
    Code,
    RecoveryCode,
    /// A text message sent. Subject: the user id.
    SmsSendUser,
    /// A text message sent. Subject: the number (E.164).
    SmsSendNumber,
    /// A password reset email sent, asked from a browser the account never
    /// signed in on. Subject: the user id.
    ResetEmail,
    /// The same, from a browser where it did. Subject: the browser's token
    /// hash and the user id.
    ResetEmailKnownBrowser,
    /// A password reset email asked. Subject: the asking browser's token
    /// hash (or its session's, before it has one).
    ResetEmailBrowser,
    /// A password reset email asked. Subject: the client's address.
    ResetEmailClient,
    /// A text to a number not yet confirmed on the asking account.
    /// Subject: the user id and the number (`12:+33612345678`).
    SmsTrial,
    /// A reading of the password meter. Subject: the user id.
    StrengthCheck,
    /// An admin's **Add Member**. Subject: the admin's user id.
    MemberAdd,
    /// **Sign in with a passkey** started or answered. Subject: the client's address.
    PasskeyClient,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PasswordAccount => "password_account",
            Self::PasswordKnownBrowser => "password_known_browser",
            Self::PasswordClient => "password_client",
            Self::Code => "code",
            Self::RecoveryCode => "recovery_code",
            Self::SmsSendUser => "sms_send_user",
            Self::SmsSendNumber => "sms_send_number",
            Self::ResetEmail => "reset_email",
            Self::ResetEmailKnownBrowser => "reset_email_known_browser",
            Self::ResetEmailBrowser => "reset_email_browser",
            Self::ResetEmailClient => "reset_email_client",
            Self::SmsTrial => "sms_trial",
            Self::StrengthCheck => "strength_check",
            Self::MemberAdd => "member_add",
            Self::PasskeyClient => "passkey_client",
        }
    }
}

/// Records an attempt before it is checked; returns its id so a success can be forgotten.
///
/// Inside a transaction, the charges of one `(kind, subject)` take turns
/// until it ends: on SQLite every write transaction does (one writer at a
/// time); on PostgreSQL a transaction-scoped advisory lock on the pair does,
/// so a check that charges and decides in one transaction counts every
/// charge committed before its turn, on any instance, never missing one
/// still in flight. Outside a transaction each statement commits at once.
pub async fn charge(
    conn: &mut Conn,
    kind: Kind,
    subject: &str,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let sql = if super::is_postgres(conn) {
        "WITH turn AS (SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0)))
         INSERT INTO attempts (kind, subject, at) SELECT $1, $2, $3 FROM turn RETURNING id"
    } else {
        "INSERT INTO attempts (kind, subject, at) VALUES ($1, $2, $3) RETURNING id"
    };
    sqlx::query_scalar(sql)
        .bind(kind.as_str())
        .bind(subject)
        .bind(now.unix_timestamp())
        .fetch_one(conn)
        .await
}

/// What a charge found before it: how many attempts within each window
/// (seconds, ending now), and when the newest of them was made.
pub type Prior = (Vec<u32>, Option<i64>);

/// [`charge`], and the attempts charged before it (see [`Prior`]). On
/// SQLite, one statement: the write lock is already this transaction's,
/// so the count sees every charge before it. On PostgreSQL the count is a
/// second statement, whose snapshot is taken after the charge's turn came.
pub async fn charge_counting(
    conn: &mut Conn,
    kind: Kind,
    subject: &str,
    now: OffsetDateTime,
    windows: &[i64],
) -> Result<(i64, Prior), sqlx::Error> {
    if super::is_postgres(conn) {
        let id = charge(conn, kind, subject, now).await?;
        return Ok((id, prior(conn, kind, subject, id, now, windows).await?));
    }
    let others = "FROM attempts a WHERE a.kind = $1 AND a.subject = $2 AND a.id <> attempts.id";
    // Placeholders only: the windows' bounds are bound like every value.
    let counts: String = (0..windows.len())
        .map(|i| format!("(SELECT COUNT(*) {others} AND a.at > ${}), ", i + 4))
        .collect();
    let sql = format!(
        "INSERT INTO attempts (kind, subject, at) VALUES ($1, $2, $3)
         RETURNING {counts}(SELECT MAX(a.at) {others}), id"
    );
    let query = sqlx::query(&sql)
        .bind(kind.as_str())
        .bind(subject)
        .bind(now.unix_timestamp());
    let row = bind_windows(query, now, windows).fetch_one(conn).await?;
    let prior = counted(&row, windows.len())?;
    Ok((row.try_get(windows.len() + 1)?, prior))
}

/// The attempts charged before attempt `before` (an id from [`charge`]):
/// see [`Prior`]. One statement, whatever the windows.
async fn prior(
    conn: &mut Conn,
    kind: Kind,
    subject: &str,
    before: i64,
    now: OffsetDateTime,
    windows: &[i64],
) -> Result<Prior, sqlx::Error> {
    let counts = window_counts(4, windows.len());
    let sql = format!("SELECT {counts}MAX(at) FROM attempts WHERE kind = $1 AND subject = $2 AND id <> $3");
    let query = sqlx::query(&sql).bind(kind.as_str()).bind(subject).bind(before);
    counted(
        &bind_windows(query, now, windows).fetch_one(conn).await?,
        windows.len(),
    )
}

/// The columns that count attempts within each of `windows` windows, whose
/// bounds are bound from placeholder `$first` on (see [`bind_windows`]).
pub(super) fn window_counts(first: usize, windows: usize) -> String {
    (0..windows)
        .map(|i| format!("COUNT(CASE WHEN at > ${} THEN 1 END), ", first + i))
        .collect()
}

/// Binds the windows' bounds, in order: placeholders only, like every value.
pub(super) fn bind_windows<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    now: OffsetDateTime,
    windows: &[i64],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    for seconds in windows {
        query = query.bind(now.unix_timestamp() - seconds);
    }
    query
}

/// A row's first `windows` columns as counts, then the newest time.
pub(super) fn counted(row: &sqlx::any::AnyRow, windows: usize) -> Result<Prior, sqlx::Error> {
    let counts = (0..windows)
        .map(|i| {
            row.try_get::<i64, _>(i)
                .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect::<Result<_, _>>()?;
    Ok((counts, row.try_get(windows)?))
}

/// When the attempts other than `except` (an id from [`charge`], or 0)
/// made after `since` were charged (Unix seconds).
pub async fn times_since(
    conn: &mut Conn,
    kind: Kind,
    subject: &str,
    except: i64,
    since: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT at FROM attempts WHERE kind = $1 AND subject = $2 AND at > $3 AND id <> $4")
        .bind(kind.as_str())
        .bind(subject)
        .bind(since)
        .bind(except)
        .fetch_all(conn)
        .await
}

/// The numbers not yet confirmed that `user_id` texted after `since`:
/// for each, whether it is `phone`, and its latest text (Unix seconds).
pub async fn sms_trials(
    conn: &mut Conn,
    user_id: i64,
    phone: &str,
    since: i64,
) -> Result<Vec<(bool, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT subject, MAX(at) AS latest FROM attempts
         WHERE kind = $1 AND subject LIKE $2 AND at > $3 GROUP BY subject",
    )
    .bind(Kind::SmsTrial.as_str())
    .bind(format!("{user_id}:%"))
    .bind(since)
    .fetch_all(conn)
    .await?;
    let this = sms_trial_subject(user_id, phone);
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get::<String, _>("subject")? == this,
                row.try_get("latest")?,
            ))
        })
        .collect()
}

/// The subject of [`Kind::SmsTrial`].
pub fn sms_trial_subject(user_id: i64, phone: &str) -> String {
    format!("{user_id}:{phone}")
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
