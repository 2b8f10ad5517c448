//! Users, companies and memberships.

use super::Conn;
use domain::company::Reprompt;
use domain::policy::{CompanyMfa, PaymentRole};
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub payment_role: PaymentRole,
    pub time_zone: String,
    pub locale: String,
}

/// A user with the password hash, for the password step only.
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
    /// How many times the password was set (see [`set_password_hash`]).
    pub password_version: i64,
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub payment_role: PaymentRole,
    pub time_zone: &'a str,
    pub locale: &'a str,
}

const COLUMNS: &str =
    "id, email, display_name, payment_role, time_zone, locale, password_hash, password_version";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Credentials, sqlx::Error> {
    let role: String = row.try_get("payment_role")?;
    Ok(Credentials {
        user: User {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            display_name: row.try_get("display_name")?,
            payment_role: PaymentRole::parse(&role).unwrap_or(PaymentRole::None),
            time_zone: row.try_get("time_zone")?,
            locale: row.try_get("locale")?,
        },
        password_hash: row.try_get("password_hash")?,
        password_version: row.try_get("password_version")?,
    })
}

pub async fn credentials_by_email(
    conn: &mut Conn,
    normalized: &str,
) -> Result<Option<Credentials>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE email_normalized = $1");
    let row = sqlx::query(&sql).bind(normalized).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find(conn: &mut Conn, id: i64) -> Result<Option<User>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    Ok(row.as_ref().map(from_row).transpose()?.map(|c| c.user))
}

/// Inserts the user unless an account has the address already (then
/// `None`): two adds of one new address at once make one account, on
/// both backends, without tripping the unique index.
pub async fn insert_new(
    conn: &mut Conn,
    new: &NewUser<'_>,
    now: OffsetDateTime,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (email, email_normalized, password_hash, display_name, payment_role, time_zone, locale, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (email_normalized) DO NOTHING RETURNING id",
    )
    .bind(new.email.trim())
    .bind(new.email.trim().to_lowercase())
    .bind(new.password_hash)
    .bind(new.display_name)
    .bind(new.payment_role.as_str())
    .bind(new.time_zone)
    .bind(new.locale)
    .bind(now.unix_timestamp())
    .fetch_optional(conn)
    .await
}

pub async fn set_locale(conn: &mut Conn, user_id: i64, locale: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(locale)
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn set_time_zone(conn: &mut Conn, user_id: i64, zone: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET time_zone = $1 WHERE id = $2")
        .bind(zone)
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// The account's password as it stands, read under the row's lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PasswordState {
    /// How many times the password was set (see [`set_password_hash`]).
    pub version: i64,
    /// "This wasn't me" was used: no sign-in until a new password is set.
    pub reset_required: bool,
}

/// Holds the user's row until the transaction ends ([`lock`]), then
/// reads its password's state: a sign-in commits only against the
/// password it checked, and a reset that committed first is seen.
pub async fn lock_password(conn: &mut Conn, user_id: i64) -> Result<Option<PasswordState>, sqlx::Error> {
    lock(conn, user_id).await?;
    let row = sqlx::query("SELECT password_version, password_reset_required FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(conn)
        .await?;
    row.map(|r| {
        Ok(PasswordState {
            version: r.try_get("password_version")?,
            reset_required: r.try_get::<i64, _>("password_reset_required")? != 0,
        })
    })
    .transpose()
}

/// Whether the next sign-in must first set a new password.
pub async fn require_password_reset(
    conn: &mut Conn,
    user_id: i64,
    required: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_reset_required = $1 WHERE id = $2")
        .bind(i64::from(required))
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// A new password (changed, reset): its version moves on, so a sign-in
/// that checked the old one no longer commits.
pub async fn set_password_hash(conn: &mut Conn, user_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, password_version = password_version + 1 WHERE id = $2")
        .bind(hash)
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// The same password hashed again under new costs: its version stays, so
/// a sign-in beside the one that rehashed it still commits.
pub async fn rehash_password(conn: &mut Conn, user_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn insert_company(conn: &mut Conn, name: &str, now: OffsetDateTime) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO companies (name, created_at) VALUES ($1, $2) RETURNING id")
        .bind(name)
        .bind(now.unix_timestamp())
        .fetch_one(conn)
        .await
}

pub async fn company_id(conn: &mut Conn, name: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM companies WHERE name = $1")
        .bind(name)
        .fetch_optional(conn)
        .await
}

/// A membership made by the operator (demo data, `add-user`, tests);
/// an active one starts its period now.
pub async fn add_membership(
    conn: &mut Conn,
    user_id: i64,
    company_id: i64,
    role: &str,
    active: bool,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO memberships (user_id, company_id, role, active) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(company_id)
        .bind(role)
        .bind(i64::from(active))
        .execute(&mut *conn)
        .await?;
    if active {
        super::companies::start_period(conn, company_id, user_id, now).await?;
    }
    Ok(())
}

/// Holds the user's row until the transaction ends, so that changes to
/// one user's factors decided from what the transaction read (the last
/// factor, the first one) happen one after the other: a no-op write takes
/// the row lock on PostgreSQL (SQLite transactions begin IMMEDIATE and are
/// serialised already).
pub async fn lock(conn: &mut Conn, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email = email WHERE id = $1")
        .bind(user_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// MFA is available to the company, which requires it from `deadline` (Unix seconds).
pub async fn require_mfa(conn: &mut Conn, company_id: i64, deadline: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE companies SET mfa_available = 1, require_mfa = 1, mfa_deadline = $1 WHERE id = $2")
        .bind(deadline)
        .bind(company_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Each company's MFA rule as it applies to this user.
pub async fn company_mfa(conn: &mut Conn, user_id: i64) -> Result<Vec<CompanyMfa>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.id, m.active, c.require_mfa, c.mfa_deadline, c.reprompt FROM memberships m
         JOIN companies c ON c.id = m.company_id WHERE m.user_id = $1",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            let active: i64 = row.try_get("active")?;
            let required: i64 = row.try_get("require_mfa")?;
            let deadline: Option<i64> = row.try_get("mfa_deadline")?;
            let required_from = (required != 0)
                .then(|| {
                    deadline.map_or(Some(OffsetDateTime::UNIX_EPOCH), |d| {
                        OffsetDateTime::from_unix_timestamp(d).ok()
                    })
                })
                .flatten();
            let reprompt: String = row.try_get("reprompt")?;
            Ok(CompanyMfa {
                company_id: row.try_get("id")?,
                active_member: active != 0,
                required_from,
                reprompt: Reprompt::parse(&reprompt).unwrap_or_default(),
            })
        })
        .collect()
}

pub async fn count(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(conn)
        .await
}

/// A company's name.
pub async fn company_name(conn: &mut Conn, company_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT name FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_optional(conn)
        .await
}

/// Whether the user is an active member of the company.
pub async fn is_active_member(conn: &mut Conn, user_id: i64, company_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships WHERE user_id = $1 AND company_id = $2 AND active = 1",
    )
    .bind(user_id)
    .bind(company_id)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}
