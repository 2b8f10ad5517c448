//! Everything a person can be told when a step does not go through. One
//! enum from the domain to the browser: services return it, server
//! functions send it, pages show it. Variants carry no input and no secret,
//! because they travel in URLs (`__err`) and JSON.

use crate::page::Page;
use crate::phone::Country;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Refusal {
    #[error("email empty")]
    EmailEmpty,
    #[error("email malformed")]
    EmailMalformed,
    /// Wrong email or password: deliberately one answer for both.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// The right password, but "This wasn't me" was used on the account:
    /// a new password must be set (by the emailed link) first. Told only
    /// after the password was checked, so it reveals nothing to a stranger.
    #[error("password reset required")]
    PasswordResetRequired,
    /// Re-authenticating: not the signed-in user's password.
    #[error("wrong password")]
    WrongPassword,
    #[error("password too long")]
    PasswordTooLong,
    /// A limit holds; nothing was checked. `retry_after` is in seconds.
    #[error("too many attempts")]
    TooManyAttempts { retry_after: i64 },
    /// This session is not at the step the request belongs to.
    #[error("out of order")]
    OutOfOrder,
    /// A stale form: the sign-in went on (another tab) and is now at `page`.
    #[error("moved on")]
    MovedOn { page: Page },
    /// Another request changed this sign-in first.
    #[error("conflict")]
    Conflict,
    /// Enrollment from the sign-in wizard, but the account has a factor now
    /// (set up in another browser): the sign-in starts again.
    #[error("already enrolled")]
    AlreadyEnrolled,
    #[error("code empty")]
    CodeEmpty,
    #[error("code length")]
    CodeLength,
    #[error("code digits")]
    CodeDigits,
    #[error("recovery code length")]
    RecoveryLength,
    /// Wrong code, or any code while limited: one answer for both.
    #[error("wrong code")]
    WrongCode,
    #[error("code replayed")]
    CodeReplayed,
    /// The code belongs to a time `seconds` away (positive: the phone is fast).
    #[error("clock drift")]
    ClockDrift { seconds: i64 },
    /// Too many wrong codes in one sign-in: it was abandoned.
    #[error("abandoned")]
    Abandoned,
    #[error("not confirmed")]
    NotConfirmed,
    #[error("name invalid")]
    NameInvalid,
    #[error("name taken")]
    NameTaken,
    #[error("too many apps")]
    TooManyApps,
    /// Payors must use an authenticator app: SMS is refused whatever the form says.
    #[error("sms not allowed")]
    SmsNotAllowed,
    /// A country that is not on the list (only a hand-made form sends one).
    #[error("country not offered")]
    CountryNotOffered,
    #[error("phone empty")]
    PhoneEmpty,
    /// Not a phone number (letters, too short or too long, no such number).
    #[error("phone invalid")]
    PhoneInvalid,
    /// The number does not belong to the country chosen.
    #[error("phone not in country")]
    PhoneNotInCountry { country: Country },
    /// Payee admins: US numbers only.
    #[error("phone us only")]
    PhoneUsOnly,
    #[error("phone taken")]
    PhoneTaken,
    #[error("too many phones")]
    TooManyPhones,
    /// The right text-message code, typed too late.
    #[error("code expired")]
    CodeExpired,
    /// Another text would come too soon; the next works in `retry_after` seconds.
    #[error("send too soon")]
    SendTooSoon { retry_after: i64 },
    /// The SMS gateway refused, failed or was too slow: nothing was saved.
    #[error("sms unavailable")]
    SmsUnavailable,
    /// A change to the user's factors without a recent re-authentication
    /// (password and code, valid a few minutes).
    #[error("re-authentication required")]
    ReauthRequired,
    /// No such factor on this account (another user's id, or removed already).
    #[error("factor not found")]
    FactorNotFound,
    /// The user must use MFA and this is their last factor: add the new
    /// device first, then remove the old one.
    #[error("last required factor")]
    LastRequiredFactor,
    /// A new password shorter than [`crate::password::MIN_CHARS`].
    #[error("password too short")]
    PasswordTooShort,
    /// A new password that is the account's email.
    #[error("password is email")]
    PasswordIsEmail,
    /// A new password from the list of the commonest ones.
    #[error("password too common")]
    PasswordTooCommon,
    /// The new password and its confirmation differ.
    #[error("passwords differ")]
    PasswordsDiffer,
    /// A link from an email that is unknown, used already or expired:
    /// one answer for all three.
    #[error("link invalid")]
    LinkInvalid,
    /// **Remind Me Later**, but the company's deadline came meanwhile.
    #[error("deadline passed")]
    DeadlinePassed,
    /// A time zone that is not on the list (only a hand-made form sends one).
    #[error("time zone unknown")]
    TimeZoneUnknown,
    /// A state change that did not come from this site.
    #[error("foreign origin")]
    ForeignOrigin,
    /// Not an admin of a company (a hand-made call to an admin's function).
    #[error("forbidden")]
    Forbidden,
    /// The operator has not made MFA available to this company yet.
    #[error("mfa not available")]
    MfaNotAvailable,
    /// Admin changes need the admin's own second factor.
    #[error("admin needs a factor")]
    AdminNeedsFactor,
    #[error("deadline empty")]
    DeadlineEmpty,
    /// Not a date (`YYYY-MM-DD`).
    #[error("deadline invalid")]
    DeadlineInvalid,
    /// A deadline before today, in the admin's time zone.
    #[error("deadline in the past")]
    DeadlineInPast,
    #[error("reset not verified")]
    ResetNotVerified,
    /// No active member of the admin's company signs in with that email
    /// (one answer for unknown emails and other companies' users).
    #[error("member not found")]
    MemberNotFound,
    /// An admin resetting their own MFA: another admin must.
    #[error("reset self")]
    ResetSelf,
    /// The member has no MFA to reset (reset already, or never enrolled).
    #[error("nothing to reset")]
    NothingToReset,
    /// Deactivating the company's last active admin.
    #[error("last admin")]
    LastAdmin,
    /// A new member's name: too long, or with control or bidirectional
    /// formatting characters.
    #[error("member name invalid")]
    MemberNameInvalid,
    /// **Add Member** for an address that is a member of the company
    /// already, or invited to it (two adds at once: the second one).
    #[error("already member")]
    AlreadyMember,
    /// An invitation opened while signed in with another account than
    /// the one it was sent to.
    #[error("invitation not yours")]
    InvitationNotYours,
    /// The account signs in through its company's identity provider
    /// (SSO): no password here. Told only after the password was
    /// checked, or for an email the email step routes to SSO anyway.
    #[error("sso required")]
    SsoRequired,
    /// Two-factor authentication of an SSO account is its provider's,
    /// not this product's (payment users excepted).
    #[error("sso managed")]
    SsoManaged,
    /// Not a domain name (letters, digits, hyphens, at least one dot).
    #[error("domain invalid")]
    DomainInvalid,
    /// Another company proved this domain first.
    #[error("domain taken")]
    DomainTaken,
    /// The domain's DNS does not publish the company's TXT value (yet).
    #[error("domain not proven")]
    DomainNotProven,
    /// The issuer's discovery document could not be fetched in time.
    #[error("issuer unreachable")]
    IssuerUnreachable,
    /// The discovery document names another issuer, or lacks the
    /// authorization code flow or PKCE with S256.
    #[error("issuer unsuitable")]
    IssuerUnsuitable,
    /// An issuer URL that is not `https://` (plain HTTP only where the
    /// operator allows it, for a local test provider).
    #[error("issuer url invalid")]
    IssuerUrlInvalid,
    /// Turning SSO on before the provider is set, tested with these
    /// settings, and a domain proven.
    #[error("sso not ready")]
    SsoNotReady,
    /// A client ID empty or too long, or no client secret for a new
    /// provider or client ID (a saved secret stays only for its own).
    #[error("client settings invalid")]
    ClientSettingsInvalid,
    /// An SSO sign-in (or an admin's Test Sign-In) that did not go through.
    #[error("sso failed")]
    SsoFailed { failure: crate::sso::SsoFailure },
    /// The browser's passkey answer did not verify (another site, another
    /// sign-in's challenge, no user verification, a passkey removed or
    /// unknown here): one answer for all.
    #[error("passkey failed")]
    PasskeyFailed,
    /// This server's address is not one WebAuthn accepts (an IP address).
    #[error("passkeys unavailable")]
    PasskeysUnavailable,
    /// Signing in with a passkey alone is not allowed for this account
    /// (payment users, unless their company allows it).
    #[error("passkey sign-in not allowed")]
    PasskeySignInNotAllowed,
    /// [`crate::limits::MAX_PASSKEYS_PER_USER`] passkeys already.
    #[error("too many passkeys")]
    TooManyPasskeys,
}

impl Refusal {
    /// The HTTP status of the answer: 400 bad input, 403 foreign origin,
    /// 409 out of order or moved on, 429 limited; 503 only when the SMS
    /// gateway (not the request) failed.
    pub fn status(&self) -> u16 {
        match self {
            Self::TooManyAttempts { .. } | Self::SendTooSoon { .. } => 429,
            Self::SmsUnavailable => 503,
            Self::ForeignOrigin | Self::ReauthRequired | Self::Forbidden | Self::InvitationNotYours => 403,
            Self::FactorNotFound => 404,
            Self::OutOfOrder
            | Self::MovedOn { .. }
            | Self::Conflict
            | Self::AlreadyEnrolled
            | Self::LastRequiredFactor
            | Self::DeadlinePassed
            | Self::MfaNotAvailable
            | Self::AdminNeedsFactor
            | Self::ResetSelf
            | Self::NothingToReset
            | Self::LastAdmin
            | Self::AlreadyMember
            | Self::PasswordResetRequired
            | Self::SsoRequired
            | Self::SsoManaged
            | Self::DomainTaken
            | Self::DomainNotProven
            | Self::SsoNotReady
            | Self::SsoFailed { .. }
            | Self::PasskeysUnavailable
            | Self::PasskeySignInNotAllowed
            | Self::Abandoned => 409,
            _ => 400,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_client_errors() {
        assert_eq!(Refusal::TooManyAttempts { retry_after: 60 }.status(), 429);
        assert_eq!(Refusal::ForeignOrigin.status(), 403);
        assert_eq!(Refusal::MovedOn { page: Page::Verify }.status(), 409);
        assert_eq!(Refusal::WrongCode.status(), 400);
    }

    #[test]
    fn a_foreign_url_is_not_a_refusal() {
        let forged = r#"{"MovedOn":{"path":"https://evil.example/"}}"#;
        assert!(serde_json::from_str::<Refusal>(forged).is_err());
        let forged = r#"{"MovedOn":{"page":"https://evil.example/"}}"#;
        assert!(serde_json::from_str::<Refusal>(forged).is_err());
    }
}
