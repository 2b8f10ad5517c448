//! What the page of a sign-in step shows: the one description of the
//! current step that the server sends and the browser renders.

use crate::page::Page;
use crate::phone::Country;
use serde::{Deserialize, Serialize};

/// The current step: the page it belongs to, and what that page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub page: Page,
    /// Signed in: the home and profile pages are open.
    pub signed_in: bool,
    pub view: StepView,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppChoice {
    pub id: i64,
    pub name: String,
}

/// A registered phone number, shown only by its last four digits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneChoice {
    pub id: i64,
    pub last_four: String,
}

/// The methods "How Do You Want to Verify Your Identity?" offers (besides
/// the recovery code).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub apps: Vec<AppChoice>,
    pub phones: Vec<PhoneChoice>,
    /// Passkeys, by name (offered only where the browser has WebAuthn).
    pub passkeys: Vec<AppChoice>,
}

/// Where a texted code stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsStatus {
    /// The number's last four digits.
    pub last_four: String,
    /// How long a code is valid, in minutes.
    pub code_minutes: u32,
    /// Seconds until **Resend New Code** sends (0: now).
    pub resend_in: i64,
    /// A code was sent and is still valid.
    pub live: bool,
}

/// A company's MFA deadline, as a not-yet-enrolled user is told it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub days_left: i64,
    /// The first day MFA is required, in the user's time zone.
    pub date: crate::profile::LocalTime,
}

/// What the page of the current step shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepView {
    Email,
    Password {
        email: String,
    },
    /// On the way to the company's identity provider (the page moves
    /// there at once).
    Sso {
        company: String,
    },
    /// "Two-Factor Authentication Required"; before a company's deadline,
    /// when it falls and **Remind Me Later**.
    MfaRequired {
        deadline: Option<Deadline>,
    },
    ChooseMethod {
        after_recovery: bool,
        has_apps: bool,
        suggested_name: String,
        /// **SMS Verification** is offered (never to payors).
        sms: bool,
        /// The app option is marked "Highly recommended" (payee admins).
        app_recommended: bool,
        /// **Passkey or Security Key** is offered (shown only where the
        /// browser has WebAuthn; never as a payor's first factor).
        passkey: bool,
    },
    SetupApp {
        qr_svg: String,
        setup_key: String,
        account: String,
        /// Added from the profile: the step can be cancelled.
        from_profile: bool,
    },
    /// "Set Up SMS Verification": the countries offered, then (once a
    /// code was sent) where it went.
    SetupSms {
        countries: Vec<Country>,
        sent: Option<SmsStatus>,
        /// Added from the profile: the step can be cancelled.
        from_profile: bool,
    },
    Challenge {
        choices: Choices,
        picked: Option<String>,
    },
    SmsChallenge {
        choices: Choices,
        status: SmsStatus,
    },
    /// "Verify Your Identity" with a passkey (any, or the one picked).
    PasskeyChallenge {
        choices: Choices,
        picked: Option<String>,
    },
    Recovery {
        choices: Choices,
    },
    SaveRecoveryCode {
        code: String,
        grouped: String,
        after_recovery: bool,
    },
    SignedIn {
        display_name: String,
        email: String,
        /// Not enrolled, and a company requires MFA from this day: the
        /// home page counts down.
        mfa_deadline: Option<Deadline>,
        /// A company admin: the account menu offers **Security Settings**.
        admin: bool,
    },
}
