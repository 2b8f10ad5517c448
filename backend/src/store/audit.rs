//! The audit log of security events.

use super::Conn;
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    SignIn,
    SignInFailed,
    SignInLimited,
    SignInAbandoned,
    MfaPassed,
    MfaFailed,
    /// A code that was right once, sent again.
    MfaReplayed,
    /// A wrong code while setting up a factor.
    EnrollCodeFailed,
    FactorAdded,
    FactorRemoved,
    FactorRenamed,
    /// The signed-in user gave their password and code again (detail: how).
    Reauthenticated,
    /// A wrong password or code while re-authenticating.
    ReauthFailed,
    PasswordChanged,
    PasswordResetAsked,
    PasswordReset,
    /// "This wasn't me" in a security email (detail: sessions ended).
    NotMe,
    /// **Sign out of all browsers** (detail: sessions ended).
    SignedOutEverywhere,
    /// A verification code was texted (detail: the masked number).
    SmsSent,
    RecoveryCodeIssued,
    RecoveryCodeUsed,
    SignOut,
    /// A company admin saved the MFA policy (detail: `required`, `off`).
    PolicyChanged,
    /// A company admin removed a member's factors and recovery code.
    MfaReset,
    /// An admin added a member (detail: the name or address they typed).
    MemberAdded,
    /// The person accepted the company's invitation (or welcome link).
    MemberJoined,
    /// The person declined it (detail: the name or address the admin typed).
    InvitationDeclined,
    MemberActivated,
    MemberDeactivated,
    /// An admin saved the company's identity provider (detail: the issuer).
    SsoSettingsSaved,
    /// An admin turned SSO on or off, or account creation (detail: `on`,
    /// `off`, `create_accounts_on`, `create_accounts_off`).
    SsoSwitched,
    /// An admin's Test Sign-In (detail: the email vouched for, or the failure).
    SsoTested,
    /// A domain claimed, or proven (detail: the domain).
    DomainClaimed,
    DomainProven,
    DomainRemoved,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::SignInFailed => "sign_in_failed",
            Self::SignInLimited => "sign_in_limited",
            Self::SignInAbandoned => "sign_in_abandoned",
            Self::MfaPassed => "mfa_passed",
            Self::MfaFailed => "mfa_failed",
            Self::MfaReplayed => "mfa_replayed",
            Self::EnrollCodeFailed => "enroll_code_failed",
            Self::FactorAdded => "factor_added",
            Self::FactorRemoved => "factor_removed",
            Self::FactorRenamed => "factor_renamed",
            Self::Reauthenticated => "reauthenticated",
            Self::ReauthFailed => "reauth_failed",
            Self::PasswordChanged => "password_changed",
            Self::PasswordResetAsked => "password_reset_asked",
            Self::PasswordReset => "password_reset",
            Self::NotMe => "not_me",
            Self::SignedOutEverywhere => "signed_out_everywhere",
            Self::SmsSent => "sms_sent",
            Self::RecoveryCodeIssued => "recovery_code_issued",
            Self::RecoveryCodeUsed => "recovery_code_used",
            Self::SignOut => "sign_out",
            Self::PolicyChanged => "policy_changed",
            Self::MfaReset => "mfa_reset",
            Self::MemberAdded => "member_added",
            Self::MemberJoined => "member_joined",
            Self::InvitationDeclined => "invitation_declined",
            Self::MemberActivated => "member_activated",
            Self::MemberDeactivated => "member_deactivated",
            Self::SsoSettingsSaved => "sso_settings_saved",
            Self::SsoSwitched => "sso_switched",
            Self::SsoTested => "sso_tested",
            Self::DomainClaimed => "domain_claimed",
            Self::DomainProven => "domain_proven",
            Self::DomainRemoved => "domain_removed",
        }
    }
}

/// Where a request came from: its address and its browser ("Chrome, Android").
#[derive(Clone, Copy, Debug, Default)]
pub struct Source<'a> {
    pub ip: Option<&'a str>,
    pub browser: Option<&'a str>,
}

pub async fn record(
    conn: &mut Conn,
    user_id: Option<i64>,
    event: Event,
    detail: &str,
    source: Source<'_>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    record_as(conn, user_id, None, event, detail, source, now).await
}

/// An action in a company's name, for its log: who did it (an admin, or
/// the member themselves answering an invitation).
#[derive(Clone, Copy, Debug)]
pub struct ByAdmin {
    pub admin_id: i64,
    pub company_id: i64,
}

/// An event to record, from a request: who, what, and where it came from.
#[derive(Clone, Debug)]
pub struct NewEvent<'a> {
    pub user_id: Option<i64>,
    /// The admin who acted, for the company's log.
    pub by: Option<ByAdmin>,
    pub event: Event,
    pub detail: &'a str,
    pub ip: Option<&'a str>,
    pub browser: Option<String>,
}

/// Records `row`.
pub async fn insert(conn: &mut Conn, row: &NewEvent<'_>, now: OffsetDateTime) -> Result<(), sqlx::Error> {
    let source = Source {
        ip: row.ip,
        browser: row.browser.as_deref(),
    };
    record_as(conn, row.user_id, row.by, row.event, row.detail, source, now).await
}

/// Records an event; `by` names the admin who acted, for the company's log.
pub async fn record_as(
    conn: &mut Conn,
    user_id: Option<i64>,
    by: Option<ByAdmin>,
    event: Event,
    detail: &str,
    source: Source<'_>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (at, user_id, event, detail, ip, browser, actor_id, company_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now.unix_timestamp())
    .bind(user_id)
    .bind(event.as_str())
    .bind(detail)
    .bind(source.ip)
    .bind(source.browser)
    .bind(by.map(|b| b.admin_id))
    .bind(by.map(|b| b.company_id))
    .execute(conn)
    .await
    .map(|_| ())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub at: i64,
    pub event: String,
    pub detail: String,
    pub browser: Option<String>,
}

/// Newest first.
pub async fn recent(conn: &mut Conn, user_id: i64, limit: i64) -> Result<Vec<Entry>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT at, event, detail, browser FROM audit_log WHERE user_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Entry {
                at: r.try_get("at")?,
                event: r.try_get("event")?,
                detail: r.try_get("detail")?,
                browser: r.try_get("browser")?,
            })
        })
        .collect()
}
