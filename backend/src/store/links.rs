//! Single-use links sent by email, by the SHA-256 of their token. A link
//! is spent by one conditional update, so two clicks cannot both act.

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// "This wasn't me": signs out every session of the account (its
    /// subject names the method the email reported, if any).
    NotMe,
    /// "Forgot your password?".
    PasswordReset,
    /// A new member's first password (an admin's Add Member).
    Welcome,
    /// A company's invitation to an existing account (its subject: the company id).
    Invitation,
}

/// The links that set a password: a reset, or a new member's welcome.
pub const SETS_PASSWORD: &[Purpose] = &[Purpose::PasswordReset, Purpose::Welcome];

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::NotMe => "not_me",
            Self::PasswordReset => "password_reset",
            Self::Welcome => "welcome",
            Self::Invitation => "invitation",
        }
    }
}

/// A new link.
#[derive(Clone, Copy, Debug)]
pub struct NewLink<'a> {
    pub token_hash: &'a str,
    pub user_id: i64,
    pub purpose: Purpose,
    /// What the link is about ("" when nothing in particular).
    pub subject: &'a str,
}

pub async fn insert(
    conn: &mut Conn,
    link: NewLink<'_>,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO account_links (token_hash, user_id, purpose, subject, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(link.token_hash)
    .bind(link.user_id)
    .bind(link.purpose.as_str())
    .bind(link.subject)
    .bind(now.unix_timestamp())
    .bind(expires_at.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// `$first, $first+1, …`: one placeholder per purpose, bound like every value.
fn placeholders(first: usize, purposes: &[Purpose]) -> String {
    (first..first + purposes.len())
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The user of a link that still works, with one of `purposes`.
pub async fn live(
    conn: &mut Conn,
    token_hash: &str,
    purposes: &[Purpose],
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    Ok(live_with_subject(conn, token_hash, purposes, now)
        .await?
        .map(|(user_id, _)| user_id))
}

/// The user and subject of a link that still works, with one of `purposes`.
pub async fn live_with_subject(
    conn: &mut Conn,
    token_hash: &str,
    purposes: &[Purpose],
    now: OffsetDateTime,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = "SELECT user_id, subject FROM account_links
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 AND purpose IN ({purposes})";
    working_link(conn, sql, token_hash, purposes, now).await
}

/// The subjects of `user_id`'s links with `purpose` that still work.
pub async fn live_subjects(
    conn: &mut Conn,
    user_id: i64,
    purpose: Purpose,
    now: OffsetDateTime,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT subject FROM account_links
         WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(user_id)
    .bind(purpose.as_str())
    .bind(now.unix_timestamp())
    .fetch_all(conn)
    .await
}

/// Spends a link that still works; its user, or `None` (unknown, used, expired).
pub async fn spend(
    conn: &mut Conn,
    token_hash: &str,
    purposes: &[Purpose],
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    Ok(spend_with_subject(conn, token_hash, purposes, now)
        .await?
        .map(|(user_id, _)| user_id))
}

/// Spends a link with one of `purposes` that still works; its user and subject.
pub async fn spend_with_subject(
    conn: &mut Conn,
    token_hash: &str,
    purposes: &[Purpose],
    now: OffsetDateTime,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = "UPDATE account_links SET used_at = $1
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 AND purpose IN ({purposes})
         RETURNING user_id, subject";
    working_link(conn, sql, token_hash, purposes, now).await
}

/// Runs `sql` about one link (`$1`: now, `$2`: the token's hash,
/// `{purposes}`: their placeholders) and reads its user and subject.
async fn working_link(
    conn: &mut Conn,
    sql: &str,
    token_hash: &str,
    purposes: &[Purpose],
    now: OffsetDateTime,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = sql.replace("{purposes}", &placeholders(3, purposes));
    let mut query = sqlx::query(&sql).bind(now.unix_timestamp()).bind(token_hash);
    for purpose in purposes {
        query = query.bind(purpose.as_str());
    }
    let row = query.fetch_optional(conn).await?;
    row.map(|r| Ok((r.try_get("user_id")?, r.try_get("subject")?)))
        .transpose()
}

/// Voids every unused link of the user with one of `purposes` (a new
/// one, a password set another way, a member deactivated).
pub async fn void(
    conn: &mut Conn,
    user_id: i64,
    purposes: &[Purpose],
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "UPDATE account_links SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL AND purpose IN ({})",
        placeholders(3, purposes)
    );
    let mut query = sqlx::query(&sql).bind(now.unix_timestamp()).bind(user_id);
    for purpose in purposes {
        query = query.bind(purpose.as_str());
    }
    query.execute(conn).await.map(|_| ())
}

pub async fn delete_expired(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_links WHERE expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
