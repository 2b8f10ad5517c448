//! Company Single Sign-On: claimed domains, each company's provider, the
//! identities linked to accounts, and authorization requests waiting at a
//! provider (spent by one conditional update, so a callback counts once).

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

/// Where an email's domain signs in: a company with the domain proven
/// and SSO turned on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub company_id: i64,
    pub company: String,
}

pub async fn route(conn: &mut Conn, domain: &str) -> Result<Option<Route>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT c.id, c.name FROM company_domains d
         JOIN companies c ON c.id = d.company_id
         JOIN company_sso s ON s.company_id = d.company_id
         WHERE d.domain = $1 AND d.proven_at IS NOT NULL AND s.enabled = 1",
    )
    .bind(domain)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(Route {
            company_id: r.try_get("id")?,
            company: r.try_get("name")?,
        })
    })
    .transpose()
}

/// A domain as a company's settings list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Domain {
    pub domain: String,
    pub proven: bool,
    /// The value its DNS TXT record must hold to prove it.
    pub challenge: String,
}

pub async fn domains(conn: &mut Conn, company_id: i64) -> Result<Vec<Domain>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT domain, proven_at, challenge FROM company_domains WHERE company_id = $1 ORDER BY domain",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Domain {
                domain: r.try_get("domain")?,
                proven: r.try_get::<Option<i64>, _>("proven_at")?.is_some(),
                challenge: r.try_get("challenge")?,
            })
        })
        .collect()
}

/// The company's proven domains.
pub async fn proven_domains(conn: &mut Conn, company_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT domain FROM company_domains WHERE company_id = $1 AND proven_at IS NOT NULL ORDER BY domain",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// Whether another company has proven `domain`.
pub async fn proven_elsewhere(conn: &mut Conn, company_id: i64, domain: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM company_domains WHERE domain = $1 AND company_id <> $2 AND proven_at IS NOT NULL",
    )
    .bind(domain)
    .bind(company_id)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Records a claim, waiting for its proof: `challenge` is the value its
/// DNS TXT record must hold (nothing changes if the claim exists).
pub async fn claim(
    conn: &mut Conn,
    company_id: i64,
    domain: &str,
    challenge: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO company_domains (company_id, domain, challenge, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (company_id, domain) DO NOTHING",
    )
    .bind(company_id)
    .bind(domain)
    .bind(challenge)
    .bind(now.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// Marks a claimed domain proven. `false` when another company proved it
/// first (the unique index decides between two proofs at once).
pub async fn prove(
    conn: &mut Conn,
    company_id: i64,
    domain: &str,
    proof: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    if proven_elsewhere(conn, company_id, domain).await? {
        return Ok(false);
    }
    let done = sqlx::query(
        "UPDATE company_domains SET proven_at = $1, proof = $2
         WHERE company_id = $3 AND domain = $4 AND proven_at IS NULL",
    )
    .bind(now.unix_timestamp())
    .bind(proof)
    .bind(company_id)
    .bind(domain)
    .execute(conn)
    .await;
    match done {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// The challenge of a claim still waiting for its proof.
pub async fn challenge(
    conn: &mut Conn,
    company_id: i64,
    domain: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT challenge FROM company_domains WHERE company_id = $1 AND domain = $2 AND proven_at IS NULL",
    )
    .bind(company_id)
    .bind(domain)
    .fetch_optional(conn)
    .await
}

pub async fn remove_domain(conn: &mut Conn, company_id: i64, domain: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM company_domains WHERE company_id = $1 AND domain = $2")
        .bind(company_id)
        .bind(domain)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A company's provider settings (the client secret still sealed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub company_id: i64,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub enabled: bool,
    pub create_accounts: bool,
    pub tested_at: Option<i64>,
}

pub async fn settings(conn: &mut Conn, company_id: i64) -> Result<Option<Settings>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT company_id, issuer, client_id, client_secret, enabled, create_accounts, tested_at
         FROM company_sso WHERE company_id = $1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(Settings {
            company_id: r.try_get("company_id")?,
            issuer: r.try_get("issuer")?,
            client_id: r.try_get("client_id")?,
            client_secret: r.try_get("client_secret")?,
            enabled: r.try_get::<i64, _>("enabled")? != 0,
            create_accounts: r.try_get::<i64, _>("create_accounts")? != 0,
            tested_at: r.try_get("tested_at")?,
        })
    })
    .transpose()
}

/// The settings, with the row held until the transaction ends (a no-op
/// write takes the lock on PostgreSQL; SQLite's transactions are
/// serialised already), so a change waits for a sign-in deciding on them.
pub async fn lock_settings(conn: &mut Conn, company_id: i64) -> Result<Option<Settings>, sqlx::Error> {
    sqlx::query("UPDATE company_sso SET enabled = enabled WHERE company_id = $1")
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    settings(conn, company_id).await
}

/// New provider settings: SSO turns off until a Test Sign-In passes with them.
pub async fn save_settings(
    conn: &mut Conn,
    company_id: i64,
    issuer: &str,
    client_id: &str,
    sealed_secret: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO company_sso (company_id, issuer, client_id, client_secret, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (company_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret = $4,
             enabled = 0, tested_at = NULL, updated_at = $5",
    )
    .bind(company_id)
    .bind(issuer)
    .bind(client_id)
    .bind(sealed_secret)
    .bind(now.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// A Test Sign-In passed with the settings that are still saved.
pub async fn mark_tested(
    conn: &mut Conn,
    company_id: i64,
    issuer: &str,
    client_id: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE company_sso SET tested_at = $1 WHERE company_id = $2 AND issuer = $3 AND client_id = $4",
    )
    .bind(now.unix_timestamp())
    .bind(company_id)
    .bind(issuer)
    .bind(client_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Turns routing on or off, and account creation at the first sign-in.
pub async fn set_switches(
    conn: &mut Conn,
    company_id: i64,
    enabled: bool,
    create_accounts: bool,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE company_sso SET enabled = $1, create_accounts = $2, updated_at = $3 WHERE company_id = $4",
    )
    .bind(i64::from(enabled))
    .bind(i64::from(create_accounts))
    .bind(now.unix_timestamp())
    .bind(company_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The account linked to this identity at a provider.
pub async fn identity_user(conn: &mut Conn, issuer: &str, subject: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT user_id FROM sso_identities WHERE issuer = $1 AND subject = $2")
        .bind(issuer)
        .bind(subject)
        .fetch_optional(conn)
        .await
}

/// Whether the account is linked to an identity at this issuer.
pub async fn has_identity(conn: &mut Conn, issuer: &str, user_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sso_identities WHERE issuer = $1 AND user_id = $2")
        .bind(issuer)
        .bind(user_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// Links an identity to an account (its first SSO sign-in).
pub async fn link(
    conn: &mut Conn,
    issuer: &str,
    subject: &str,
    user_id: i64,
    company_id: i64,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sso_identities (issuer, subject, user_id, company_id, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (issuer, subject) DO NOTHING",
    )
    .bind(issuer)
    .bind(subject)
    .bind(user_id)
    .bind(company_id)
    .bind(now.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

/// The company whose SSO this account must use, if any: one with SSO on
/// where it is an active member, that proved the account's email domain
/// or that the account signed in through before. (A company's SSO never
/// governs someone who is not its member.)
pub async fn required_for(conn: &mut Conn, user_id: i64) -> Result<Option<Route>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT c.id, c.name FROM companies c JOIN company_sso s ON s.company_id = c.id AND s.enabled = 1
         JOIN memberships m ON m.company_id = c.id AND m.user_id = $1 AND m.active = 1
         WHERE c.id IN (
             SELECT d.company_id FROM company_domains d JOIN users u ON u.id = $1
             WHERE d.proven_at IS NOT NULL AND u.email_normalized LIKE '%@' || d.domain
             UNION SELECT i.company_id FROM sso_identities i WHERE i.user_id = $1)
         ORDER BY c.id LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(Route {
            company_id: r.try_get("id")?,
            company: r.try_get("name")?,
        })
    })
    .transpose()
}

/// The active members of a company that its SSO governs: their email is
/// on a domain it proved, or they signed in through it before.
pub async fn routed_members(conn: &mut Conn, company_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.company_id = $1 AND m.active = 1 AND (
             EXISTS (SELECT 1 FROM company_domains d WHERE d.company_id = $1 AND d.proven_at IS NOT NULL
                     AND u.email_normalized LIKE '%@' || d.domain)
             OR EXISTS (SELECT 1 FROM sso_identities i WHERE i.company_id = $1 AND i.user_id = u.id))",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestPurpose {
    SignIn,
    /// An admin's **Test Sign-In**: nobody is signed in by it.
    Test,
}

impl RequestPurpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::Test => "test",
        }
    }
}

/// An authorization request waiting at the provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub company_id: i64,
    pub purpose: RequestPurpose,
    /// The nonce, PKCE verifier, provider and URL, sealed.
    pub sealed: String,
}

pub struct NewRequest<'a> {
    pub state_hash: &'a str,
    pub session_hash: &'a str,
    pub company_id: i64,
    pub purpose: RequestPurpose,
    pub sealed: &'a str,
}

/// Stores a request; the session's earlier ones are forgotten (one
/// request waits per session).
pub async fn insert_request(
    conn: &mut Conn,
    request: NewRequest<'_>,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sso_requests WHERE session_hash = $1")
        .bind(request.session_hash)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO sso_requests (state_hash, session_hash, company_id, purpose, sealed, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(request.state_hash)
    .bind(request.session_hash)
    .bind(request.company_id)
    .bind(request.purpose.as_str())
    .bind(request.sealed)
    .bind(now.unix_timestamp())
    .bind(expires_at.unix_timestamp())
    .execute(conn)
    .await
    .map(|_| ())
}

fn request_from_row(r: &sqlx::any::AnyRow) -> Result<Request, sqlx::Error> {
    let purpose: String = r.try_get("purpose")?;
    Ok(Request {
        company_id: r.try_get("company_id")?,
        purpose: if purpose == "test" {
            RequestPurpose::Test
        } else {
            RequestPurpose::SignIn
        },
        sealed: r.try_get("sealed")?,
    })
}

/// Spends the request named by `state` for this session: once, before it
/// expires, and never from another session.
pub async fn take_request(
    conn: &mut Conn,
    state_hash: &str,
    session_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<Request>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE sso_requests SET used_at = $1
         WHERE state_hash = $2 AND session_hash = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING company_id, purpose, sealed",
    )
    .bind(now.unix_timestamp())
    .bind(state_hash)
    .bind(session_hash)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(request_from_row).transpose()
}

/// The newest live request of this session (the page that moves to the provider).
pub async fn pending_request(
    conn: &mut Conn,
    session_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<Request>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT company_id, purpose, sealed FROM sso_requests
         WHERE session_hash = $1 AND used_at IS NULL AND expires_at > $2
         ORDER BY created_at DESC LIMIT 1",
    )
    .bind(session_hash)
    .bind(now.unix_timestamp())
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(request_from_row).transpose()
}

pub async fn delete_expired_requests(conn: &mut Conn, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sso_requests WHERE expires_at <= $1")
        .bind(now.unix_timestamp())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
