//! Companies' MFA settings, their members as admins see them, and the
//! deadline reminders sent.

use super::Conn;
use domain::company::Reprompt;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Company {
    pub id: i64,
    pub name: String,
    /// The operator made MFA available to it.
    pub mfa_available: bool,
    pub require_mfa: bool,
    /// Unix seconds: the first moment MFA is required.
    pub deadline: Option<i64>,
    pub reprompt: Reprompt,
    pub policy_saved_at: Option<i64>,
    /// Its payment users may sign in with a passkey alone.
    pub payment_passkey_sign_in: bool,
}

const COLUMNS: &str = "c.id, c.name, c.mfa_available, c.require_mfa, c.mfa_deadline, c.reprompt, \
     c.policy_saved_at, c.payment_passkey_sign_in";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Company, sqlx::Error> {
    let available: i64 = row.try_get("mfa_available")?;
    let required: i64 = row.try_get("require_mfa")?;
    let reprompt: String = row.try_get("reprompt")?;
    Ok(Company {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        mfa_available: available != 0,
        require_mfa: required != 0,
        deadline: row.try_get("mfa_deadline")?,
        reprompt: Reprompt::parse(&reprompt).unwrap_or_default(),
        payment_passkey_sign_in: row.try_get::<i64, _>("payment_passkey_sign_in")? != 0,
        policy_saved_at: row.try_get("policy_saved_at")?,
    })
}

/// The first company (by id) where `user_id` is an active admin.
pub async fn administered_by(conn: &mut Conn, user_id: i64) -> Result<Option<Company>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM companies c JOIN memberships m ON m.company_id = c.id
         WHERE m.user_id = $1 AND m.role = 'admin' AND m.active = 1 ORDER BY c.id LIMIT 1"
    );
    let row = sqlx::query(&sql).bind(user_id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

/// Holds the company's row until the transaction ends, so that its
/// admins' changes happen one after the other (two admins deactivating
/// each other leave one), then says whether `user_id` is still one of its
/// active admins. A no-op write takes the row lock on PostgreSQL; SQLite
/// transactions are serialised already.
pub async fn lock_for_admin(conn: &mut Conn, company_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query("UPDATE companies SET name = name WHERE id = $1")
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships WHERE user_id = $1 AND company_id = $2 AND role = 'admin' AND active = 1",
    )
    .bind(user_id)
    .bind(company_id)
    .fetch_one(conn)
    .await?;
    Ok(n == 1)
}

/// Companies that require MFA from a deadline still ahead of `now`.
pub async fn with_deadline_after(conn: &mut Conn, now: OffsetDateTime) -> Result<Vec<Company>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM companies c WHERE c.require_mfa = 1 AND c.mfa_available = 1 AND c.mfa_deadline > $1"
    );
    let rows = sqlx::query(&sql)
        .bind(now.unix_timestamp())
        .fetch_all(conn)
        .await?;
    rows.iter().map(from_row).collect()
}

/// `server company --enable-mfa`: whether the company exists.
pub async fn make_mfa_available(conn: &mut Conn, name: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE companies SET mfa_available = 1 WHERE name = $1")
        .bind(name)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Saves the policy; `deadline` is `None` when MFA is not required.
pub async fn save_policy(
    conn: &mut Conn,
    company_id: i64,
    (deadline, reprompt, payment_passkeys): (Option<i64>, Reprompt, bool),
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE companies SET require_mfa = $1, mfa_deadline = $2, reprompt = $3, policy_saved_at = $4,
           payment_passkey_sign_in = $5 WHERE id = $6",
    )
    .bind(i64::from(deadline.is_some()))
    .bind(deadline)
    .bind(reprompt.as_str())
    .bind(now.unix_timestamp())
    .bind(i64::from(payment_passkeys))
    .bind(company_id)
    .execute(conn)
    .await
    .map(|_| ())
}

/// One member with what the members table shows. An invited member
/// (not accepted yet) shows the name the admin typed and the address,
/// and nothing of the account behind it: no methods, no sign-ins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub active: bool,
    pub invited: bool,
    pub admin: bool,
    pub apps: i64,
    pub phones: i64,
    /// The last sign-in that passed a second factor.
    pub last_mfa: Option<i64>,
    /// Signs in with the company's SSO (while it is on): linked to the
    /// company's provider, or with an email on one of its proven domains.
    /// An invited member, by their address only.
    pub sso: bool,
}

/// Every member of the company (invited ones included), by name.
pub async fn members(conn: &mut Conn, company_id: i64) -> Result<Vec<Member>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT * FROM (SELECT u.id, m.active, m.role, m.pending,
            CASE WHEN m.pending = 1 THEN CASE WHEN m.invited_name = '' THEN u.email_normalized ELSE m.invited_name END
                ELSE u.display_name END AS name,
            CASE WHEN m.pending = 1 THEN u.email_normalized ELSE u.email END AS email,
            CASE WHEN m.pending = 1 THEN 0 ELSE (SELECT COUNT(*) FROM totp_factors t WHERE t.user_id = u.id) END AS apps,
            CASE WHEN m.pending = 1 THEN 0 ELSE (SELECT COUNT(*) FROM phone_factors p WHERE p.user_id = u.id) END AS phones,
            CASE WHEN m.pending = 1 THEN NULL ELSE (SELECT MAX(a.at) FROM audit_log a WHERE a.user_id = u.id
                AND a.event = 'sign_in' AND a.detail IN ('mfa', 'recovery_code', 'mfa_enrollment')) END AS last_mfa,
            (SELECT COUNT(*) FROM company_sso s WHERE s.company_id = m.company_id AND s.enabled = 1
                AND ((m.pending = 0 AND EXISTS (SELECT 1 FROM sso_identities i
                        WHERE i.user_id = u.id AND i.company_id = m.company_id))
                    OR EXISTS (SELECT 1 FROM company_domains d WHERE d.company_id = m.company_id
                        AND d.proven_at IS NOT NULL AND u.email_normalized LIKE '%@' || d.domain))) AS sso
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.company_id = $1) r ORDER BY r.name, r.id",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let active: i64 = r.try_get("active")?;
            let pending: i64 = r.try_get("pending")?;
            let role: String = r.try_get("role")?;
            Ok(Member {
                user_id: r.try_get("id")?,
                name: r.try_get("name")?,
                email: r.try_get("email")?,
                active: active != 0,
                invited: pending != 0,
                admin: role == "admin",
                apps: r.try_get("apps")?,
                phones: r.try_get("phones")?,
                last_mfa: r.try_get("last_mfa")?,
                sso: r.try_get::<i64, _>("sso")? != 0,
            })
        })
        .collect()
}

/// The active member of the company who signs in with `normalized`.
pub async fn active_member_by_email(
    conn: &mut Conn,
    company_id: i64,
    normalized: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id
         WHERE m.company_id = $1 AND m.active = 1 AND u.email_normalized = $2",
    )
    .bind(company_id)
    .bind(normalized)
    .fetch_optional(conn)
    .await
}

/// Active members who have no factor yet.
pub async fn unenrolled_active_members(conn: &mut Conn, company_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT m.user_id FROM memberships m WHERE m.company_id = $1 AND m.active = 1
            AND NOT EXISTS (SELECT 1 FROM totp_factors t WHERE t.user_id = m.user_id)
            AND NOT EXISTS (SELECT 1 FROM phone_factors p WHERE p.user_id = m.user_id)
         ORDER BY m.user_id",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

pub async fn active_members(conn: &mut Conn, company_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM memberships WHERE company_id = $1 AND active = 1 ORDER BY user_id",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await
}

/// Activates or deactivates a membership that is not a pending
/// invitation, starting or ending its period; whether it changed.
pub async fn set_active(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    active: bool,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE memberships SET active = $1 WHERE company_id = $2 AND user_id = $3 AND pending = 0 AND active <> $1",
    )
    .bind(i64::from(active))
    .bind(company_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    match active {
        true => start_period(conn, company_id, user_id, now).await?,
        false => end_period(conn, company_id, user_id, now).await?,
    }
    Ok(true)
}

/// **Add Member**: a pending membership, inactive until the person
/// accepts; `false` when the address is a member or invited already.
pub async fn invite(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    invited_name: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO memberships (user_id, company_id, role, active, pending, invited_name)
         VALUES ($1, $2, 'user', 0, 1, $3) ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(company_id)
    .bind(invited_name)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The name of the company that invited `user_id`, while the invitation
/// is pending.
pub async fn invited_by(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT c.name FROM companies c JOIN memberships m ON m.company_id = c.id
         WHERE c.id = $1 AND m.user_id = $2 AND m.pending = 1",
    )
    .bind(company_id)
    .bind(user_id)
    .fetch_optional(conn)
    .await
}

/// The person accepted a pending invitation: the membership is active
/// from now. `false` when there was none.
pub async fn accept(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE memberships SET active = 1, pending = 0 WHERE company_id = $1 AND user_id = $2 AND pending = 1",
    )
    .bind(company_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    start_period(conn, company_id, user_id, now).await?;
    Ok(true)
}

/// The person declined a pending invitation: it is gone. `false` when
/// there was none.
pub async fn decline(conn: &mut Conn, company_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM memberships WHERE company_id = $1 AND user_id = $2 AND pending = 1")
        .bind(company_id)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A membership became active: its period starts.
pub(super) async fn start_period(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO membership_periods (user_id, company_id, started_at) VALUES ($1, $2, $3)")
        .bind(user_id)
        .bind(company_id)
        .bind(now.unix_timestamp())
        .execute(conn)
        .await
        .map(|_| ())
}

/// A membership became inactive: its open period ends.
async fn end_period(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE membership_periods SET ended_at = $1 WHERE company_id = $2 AND user_id = $3 AND ended_at IS NULL",
    )
    .bind(now.unix_timestamp())
    .bind(company_id)
    .bind(user_id)
    .execute(conn)
    .await
    .map(|_| ())
}

pub async fn active_admins(conn: &mut Conn, company_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships WHERE company_id = $1 AND role = 'admin' AND active = 1",
    )
    .bind(company_id)
    .fetch_one(conn)
    .await
}

/// Records a reminder as sent; `false` when it was already (by another
/// run or instance), and then it must not be sent.
pub async fn claim_reminder(
    conn: &mut Conn,
    company_id: i64,
    user_id: i64,
    kind: &str,
    deadline: i64,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO company_reminders (company_id, user_id, kind, deadline, sent_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING",
    )
    .bind(company_id)
    .bind(user_id)
    .bind(kind)
    .bind(deadline)
    .bind(now.unix_timestamp())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One row of the company security log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogRow {
    pub at: i64,
    pub event: String,
    pub detail: String,
    pub who: Option<String>,
    pub by: Option<String>,
}

/// The company's own events (recorded in its name) and its members'
/// security events from while they were its active members (not before
/// they joined, not after they left, not in another company's name),
/// newest first, `limit` from `offset`. An add names the member as the
/// admin typed it (its detail), never as the account calls itself.
pub async fn security_log(
    conn: &mut Conn,
    company_id: i64,
    limit: i64,
    offset: i64,
) -> Result<Vec<LogRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.at, a.event, a.detail,
            CASE WHEN a.actor_id = a.user_id THEN NULL ELSE b.display_name END AS by_name,
            CASE WHEN a.event IN ('member_added', 'invitation_declined') AND a.detail <> '' THEN a.detail
                ELSE u.display_name END AS who
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id LEFT JOIN users b ON b.id = a.actor_id
         WHERE a.company_id = $1
            OR (a.company_id IS NULL
                AND a.event IN ('sign_in', 'sign_in_failed', 'mfa_failed', 'factor_added', 'factor_removed',
                    'recovery_code_used', 'recovery_code_issued', 'password_changed', 'password_reset', 'not_me')
                AND EXISTS (SELECT 1 FROM membership_periods p
                    WHERE p.company_id = $1 AND p.user_id = a.user_id
                        AND p.started_at <= a.at AND (p.ended_at IS NULL OR a.at < p.ended_at)))
         ORDER BY a.id DESC LIMIT $2 OFFSET $3",
    )
    .bind(company_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(LogRow {
                at: r.try_get("at")?,
                event: r.try_get("event")?,
                detail: r.try_get("detail")?,
                who: r.try_get("who")?,
                by: r.try_get("by_name")?,
            })
        })
        .collect()
}

/// Whether a payment user may sign in with a passkey alone: they are an
/// active member of a company, and every company they are active in
/// allows it.
pub async fn payment_passkey_sign_in(conn: &mut Conn, user_id: i64) -> Result<bool, sqlx::Error> {
    let (companies, allowing): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(c.payment_passkey_sign_in), 0) AS BIGINT) FROM memberships m
         JOIN companies c ON c.id = m.company_id WHERE m.user_id = $1 AND m.active = 1",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    Ok(companies > 0 && allowing == companies)
}
