//! What **My Profile Settings** shows: the user's factors, whether they may
//! change them now, and their recent security activity.

use serde::{Deserialize, Serialize};

/// A moment in the user's time zone, written out by the page in the user's
/// language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    /// The time zone's name (`UTC`, `Europe/Paris`).
    pub zone: String,
}

/// The time zones a user can choose (IANA names), west to east.
pub const TIME_ZONES: &[&str] = &[
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Vancouver",
    "America/Phoenix",
    "America/Denver",
    "America/Edmonton",
    "America/Chicago",
    "America/Winnipeg",
    "America/Mexico_City",
    "America/New_York",
    "America/Toronto",
    "America/Halifax",
    "America/St_Johns",
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Zurich",
    "Africa/Casablanca",
    "Australia/Sydney",
];

/// The first of `base`, `base 2`, `base 3`… not taken: a new factor's
/// name until the user gives one (`base` in the user's language).
pub fn first_free_name(base: &str, taken: &[String]) -> String {
    (1..=taken.len() + 1)
        .map(|n| {
            if n == 1 {
                base.to_owned()
            } else {
                format!("{base} {n}")
            }
        })
        .find(|name| !taken.contains(name))
        .unwrap_or_else(|| base.to_owned())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    App,
    Phone,
    Passkey,
}

impl FactorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::App => "app",
            Self::Phone => "phone",
            Self::Passkey => "passkey",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "app" => Some(Self::App),
            "phone" => Some(Self::Phone),
            "passkey" => Some(Self::Passkey),
            _ => None,
        }
    }
}

/// One registered method: an app by its name, a phone by its masked number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorRow {
    pub kind: FactorKind,
    pub id: i64,
    pub label: String,
    pub added: LocalTime,
    pub last_used: Option<LocalTime>,
}

/// What happened, for **Recent activity**.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivityKind {
    SignIn,
    SignInFailed,
    CodeFailed,
    FactorAdded,
    FactorRemoved,
    FactorRenamed,
    RecoveryCodeIssued,
    RecoveryCodeUsed,
    Reauthenticated,
    PasswordChanged,
    PasswordReset,
    /// "This wasn't me": every session signed out.
    SignedOutEverywhere,
    SignOut,
    /// A company admin reset the user's MFA.
    MfaReset,
}

impl ActivityKind {
    /// The audit log's events a user is shown (texts sent and the like are not).
    pub fn from_event(event: &str) -> Option<Self> {
        Some(match event {
            "sign_in" => Self::SignIn,
            "sign_in_failed" | "sign_in_limited" | "reauth_failed" => Self::SignInFailed,
            "mfa_failed" | "mfa_replayed" | "enroll_code_failed" | "sign_in_abandoned" => Self::CodeFailed,
            "factor_added" => Self::FactorAdded,
            "factor_removed" => Self::FactorRemoved,
            "factor_renamed" => Self::FactorRenamed,
            "recovery_code_issued" => Self::RecoveryCodeIssued,
            "recovery_code_used" => Self::RecoveryCodeUsed,
            "reauthenticated" => Self::Reauthenticated,
            "password_changed" => Self::PasswordChanged,
            "password_reset" => Self::PasswordReset,
            "not_me" | "signed_out_everywhere" => Self::SignedOutEverywhere,
            "mfa_reset" => Self::MfaReset,
            "sign_out" => Self::SignOut,
            _ => return None,
        })
    }
}

/// How a step was taken (the audit detail), for **Recent activity**.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Method {
    Password,
    AuthenticatorApp,
    Sms,
    RecoveryCode,
    /// Through the company's identity provider.
    Sso,
    /// A passkey: as the second factor, or alone (both factors).
    Passkey,
    Other,
}

impl Method {
    pub fn from_detail(detail: &str) -> Self {
        match detail {
            "password" => Self::Password,
            "authenticator_app" | "mfa" | "mfa_enrollment" => Self::AuthenticatorApp,
            "sms" => Self::Sms,
            "recovery_code" => Self::RecoveryCode,
            "sso" => Self::Sso,
            "passkey" | "passkey_sign_in" => Self::Passkey,
            _ => Self::Other,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub kind: ActivityKind,
    pub method: Method,
    pub at: LocalTime,
    /// The browser and system ("Chrome, Android"), when known.
    pub browser: Option<String>,
}

/// The browser and system a `User-Agent` names ("Chrome, Android"), for
/// **Recent Activity**; `None` for anything else (scripts, bots).
pub fn browser_of(user_agent: &str) -> Option<String> {
    let has = |s: &str| user_agent.contains(s);
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(token, _)| has(token))?
    .1;
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(token, _)| has(token))
    .map(|(_, name)| name);
    Some(match system {
        Some(system) => format!("{browser}, {system}"),
        None => browser.to_owned(),
    })
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub display_name: String,
    pub email: String,
    /// The user's time zone (one of [`TIME_ZONES`]).
    pub time_zone: String,
    pub factors: Vec<FactorRow>,
    /// Re-authenticated within the last few minutes: changes are allowed.
    pub confirmed: bool,
    /// Re-authentication asks for a code too (the user has a factor).
    pub needs_code: bool,
    /// The number **Text Me a Code** sends to (last four digits), when the
    /// user has a phone.
    pub text_to: Option<String>,
    /// The user must use MFA: their last factor cannot be removed.
    pub must_use_mfa: bool,
    pub can_add_app: bool,
    pub can_add_phone: bool,
    /// **Add Passkey** (shown only where the browser has WebAuthn).
    pub can_add_passkey: bool,
    /// "Confirm It's You" offers **Use Passkey** instead of a code.
    pub confirm_with_passkey: bool,
    pub activity: Vec<Activity>,
    /// A company admin: the account menu offers **Security Settings**.
    pub admin: bool,
    /// The account signs in with this company's SSO, whose identity
    /// provider does its two-factor authentication (not for payment
    /// users): the profile manages no factor and no password.
    pub sso_company: Option<String>,
}

/// Up to two initials for the account menu: of the name, else of the email.
pub fn initials(display_name: &str, email: &str) -> String {
    let from_name: String = display_name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    if from_name.is_empty() {
        email.chars().take(1).flat_map(char::to_uppercase).collect()
    } else {
        from_name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_a_name_or_an_email() {
        assert_eq!(initials("Uma User", "u@x.y"), "UU");
        assert_eq!(initials("Fabien de la Tour", "f@x.y"), "FD");
        assert_eq!(initials("élodie", "e@x.y"), "É");
        assert_eq!(initials("  ", "rey@x.y"), "R");
    }

    #[test]
    fn browsers_by_their_user_agent() {
        let pixel = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
        assert_eq!(browser_of(pixel).as_deref(), Some("Chrome, Android"));
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(browser_of(iphone).as_deref(), Some("Safari, iOS"));
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";
        assert_eq!(browser_of(edge).as_deref(), Some("Edge, Windows"));
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";
        assert_eq!(browser_of(firefox).as_deref(), Some("Firefox, Linux"));
        assert_eq!(browser_of("curl/8.5.0"), None);
    }

    #[test]
    fn only_security_events_are_activity() {
        assert_eq!(ActivityKind::from_event("sign_in"), Some(ActivityKind::SignIn));
        assert_eq!(ActivityKind::from_event("sms_sent"), None);
        assert_eq!(Method::from_detail("sms"), Method::Sms);
        assert_eq!(FactorKind::parse("app"), Some(FactorKind::App));
        assert_eq!(FactorKind::parse("recovery"), None);
    }
}
