//! Passkeys and the ceremonies browsers are answering. A ceremony is
//! taken by one `DELETE … RETURNING` (once, live, this session only); a
//! use commits only if it moves the signature counter forward.

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Debug)]
pub struct StoredPasskey {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    /// webauthn-rs' `Passkey`, as JSON.
    pub credential: String,
    pub counter: i64,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

const COLUMNS: &str = "id, user_id, name, credential, counter, created_at, last_used_at";

fn from_row(r: &sqlx::any::AnyRow) -> Result<StoredPasskey, sqlx::Error> {
    Ok(StoredPasskey {
        id: r.try_get("id")?,
        user_id: r.try_get("user_id")?,
        name: r.try_get("name")?,
        credential: r.try_get("credential")?,
        counter: r.try_get("counter")?,
        created_at: r.try_get("created_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

pub async fn list(conn: &mut Conn, user_id: i64) -> Result<Vec<StoredPasskey>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM passkeys WHERE user_id = $1 ORDER BY id"
    ))
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn count(conn: &mut Conn, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(conn)
        .await
}

/// The passkey with this credential id (base64url), whoever owns it.
pub async fn by_credential_id(
    conn: &mut Conn,
    credential_id: &str,
) -> Result<Option<StoredPasskey>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM passkeys WHERE credential_id = $1"
    ))
    .bind(credential_id)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub struct NewPasskey<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub credential_id: &'a str,
    pub credential: &'a str,
    pub counter: i64,
}

/// Saves a registered passkey; `None` when its name is taken or the
/// credential is registered already (to anyone).
pub async fn insert(
    conn: &mut Conn,
    new: NewPasskey<'_>,
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO passkeys (user_id, name, credential_id, credential, counter, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(new.user_id)
    .bind(new.name)
    .bind(new.credential_id)
    .bind(new.credential)
    .bind(new.counter)
    .bind(now.unix_timestamp())
    .fetch_optional(conn)
    .await
}

/// Records a use: the updated credential, and the counter, which must
/// move forward unless the authenticator keeps none (0 both times).
/// False when the passkey is gone or another use got there first.
pub async fn record_use(
    conn: &mut Conn,
    passkey: &StoredPasskey,
    credential: &str,
    counter: i64,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE passkeys SET credential = $1, counter = $2, last_used_at = $3
         WHERE id = $4 AND user_id = $5 AND (counter < $2 OR (counter = 0 AND $2 = 0))",
    )
    .bind(credential)
    .bind(counter)
    .bind(now.unix_timestamp())
    .bind(passkey.id)
    .bind(passkey.user_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes every passkey of the user (an admin's Reset MFA); how many.
pub async fn delete_all(conn: &mut Conn, user_id: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// What a ceremony is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Register,
    Verify,
    SignIn,
    Confirm,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::Verify => "verify",
            Self::SignIn => "sign_in",
            Self::Confirm => "confirm",
        }
    }
}

/// Stores a ceremony for the session, replacing the one it had.
pub async fn begin_ceremony(
    conn: &mut Conn,
    session_hash: &str,
    (purpose, user_id): (Purpose, Option<i64>),
    state: &str,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    // One statement: two requests of one session (a double click) each
    // leave a ceremony, the later one winning.
    sqlx::query(
        "INSERT INTO passkey_ceremonies (session_hash, purpose, user_id, state, expires_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_hash) DO UPDATE SET purpose = excluded.purpose,
           user_id = excluded.user_id, state = excluded.state, expires_at = excluded.expires_at",
    )
    .bind(session_hash)
    .bind(purpose.as_str())
    .bind(user_id)
    .bind(state)
    .bind(expires_at.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// Takes the session's live ceremony for `purpose` (and `user_id`): its
/// state, once. A second answer, another session's, or a late one finds
/// nothing.
pub async fn take_ceremony(
    conn: &mut Conn,
    session_hash: &str,
    (purpose, user_id): (Purpose, Option<i64>),
    now: OffsetDateTime,
) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query(
        "DELETE FROM passkey_ceremonies
         WHERE session_hash = $1 AND purpose = $2 AND expires_at > $3
           AND (user_id = $4 OR (user_id IS NULL AND $4 IS NULL))
         RETURNING state",
    )
    .bind(session_hash)
    .bind(purpose.as_str())
    .bind(now.unix_timestamp())
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| r.try_get("state")).transpose()
}

pub async fn delete_expired_ceremonies(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
