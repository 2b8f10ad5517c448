//! The sign-in state machine. The server stores a [`SignIn`] per session and
//! feeds it [`Event`]s, which are facts the service has established (a
//! password checked, a code verified). Each step returns the next state and
//! the effects the service must apply; an event that does not belong to the
//! current state is refused, so no step can be skipped.
//!
//! ```text
//! Email ──email──▶ Password ──password ok──┬──▶ SignedIn                 (no MFA needed)
//!   ▲   (Begin)       │ wrong: no change   ├──▶ Challenge ◀──▶ Recovery
//!   │                                      │      │ code ok        │ code ok: the old code is
//!   │                                      │      ▼                ▼ used and a new one issued
//!   │                                      │   SignedIn     SaveRecoveryCode(after recovery)
//!   │                                      │                       │ saved
//!   │                                      │                       ▼
//!   │                                      │            ChooseMethod(after recovery) ──skip──▶ SignedIn
//!   │                                      └──▶ MfaRequired ──set up now──▶ ChooseMethod
//!   │                                                                         │ app
//!   │ 10 wrong codes, or sign out                                             ▼
//!   └──────────────────────────────────────────────────────────────────── SetupApp
//!                                         SaveRecoveryCode ◀──code ok─────────┤
//!                                               │ saved           after recovery: SignedIn
//!                                               ▼                 (the code is already new)
//!                                            SignedIn
//! ```
//!
//! Text messages: `ChooseMethod ──sms──▶ SetupSms{phone: None} ──sent──▶
//! SetupSms{phone} ──code ok──▶` as for an app; at sign-in, `SmsChallenge`
//! (a code texted to one registered number) sits beside `Challenge`, and
//! the method picker moves between them.
//!
//! Enrollment here is only for a user with no factor, or right after a
//! recovery-code sign-in; the service checks it again inside the
//! transaction that saves the factor.

use crate::limits::MAX_FAILURES_PER_SIGN_IN;
use crate::policy::AfterPassword;
use serde::{Deserialize, Serialize};

/// A value the domain carries but never opens (an encrypted secret).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sealed(pub String);

impl std::fmt::Debug for Sealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealed(..)")
    }
}

/// Why a factor is being set up: the sign-in wizard's enrollment, a new
/// device right after a recovery-code sign-in, or a signed-in user adding
/// one from **My Profile Settings** (re-authenticated at `confirmed_at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    FirstFactor,
    AfterRecovery,
    Profile { confirmed_at: i64 },
}

impl Purpose {
    /// The user is already signed in (the profile's flows).
    pub fn signed_in(self) -> bool {
        matches!(self, Self::Profile { .. })
    }

    /// When the user last re-authenticated, for the profile's flows.
    pub fn confirmed_at(self) -> Option<i64> {
        match self {
            Self::Profile { confirmed_at } => Some(confirmed_at),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum SignIn {
    Email,
    /// **Sign in with a passkey** was pressed on Enter Your Email: the
    /// browser is asked for a passkey of this site (the challenge waits
    /// server-side for this session). Shown as Enter Your Email.
    AwaitingPasskey,
    Password {
        email: String,
    },
    /// The email's domain signs in through its company's identity
    /// provider: the person is there now, and the provider's answer
    /// (`/sso/callback`) is awaited. The request itself (state, nonce,
    /// PKCE verifier) is kept server-side, bound to this session.
    Sso {
        company_id: i64,
        company: String,
    },
    /// MFA is required and nothing is set up: "Two-Factor Authentication Required".
    MfaRequired {
        user_id: i64,
        /// Before a company's deadline (Unix seconds): **Remind Me Later**
        /// is offered too.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deadline: Option<i64>,
    },
    /// "Select an Authentication Method".
    ChooseMethod {
        user_id: i64,
        purpose: Purpose,
    },
    /// "Secure Your Account": the new secret waits here until a code proves it.
    SetupApp {
        user_id: i64,
        purpose: Purpose,
        secret: Sealed,
        name: String,
    },
    /// "Set Up SMS Verification": first the number (`phone` is `None`),
    /// then the code texted to `phone` (E.164), which is not saved as a
    /// factor until that code comes back.
    SetupSms {
        user_id: i64,
        purpose: Purpose,
        phone: Option<String>,
    },
    /// "Verify Your Identity" with a code texted to a registered number.
    SmsChallenge {
        user_id: i64,
        phone_id: i64,
        failures: u32,
    },
    /// "Verify Your Identity" with a passkey: any of the user's, or the
    /// one picked. The ceremony's challenge waits server-side, bound to
    /// this session, and is spent by the answer.
    PasskeyChallenge {
        user_id: i64,
        passkey: Option<i64>,
        failures: u32,
    },
    /// "Verify Your Identity": a code from any app, or from the one picked.
    Challenge {
        user_id: i64,
        factor: Option<i64>,
        failures: u32,
    },
    /// "Enter Recovery Code".
    Recovery {
        user_id: i64,
        failures: u32,
    },
    /// "Save Your Recovery Code": shown until the user confirms they saved it.
    SaveRecoveryCode {
        user_id: i64,
        code: Sealed,
        purpose: Purpose,
    },
    /// Signed in; `confirmed_at` is when the user last re-authenticated
    /// (password and code) for a change on their profile.
    SignedIn {
        user_id: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confirmed_at: Option<i64>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    EmailEntered {
        email: String,
    },
    PasswordAccepted {
        user_id: i64,
        next: AfterPassword,
    },
    /// The email's domain uses its company's SSO.
    SsoRouted {
        company_id: i64,
        company: String,
    },
    /// The provider's ID token passed every check: the person is
    /// `user_id`, and (payment users only) MFA follows as after a password.
    SsoAccepted {
        user_id: i64,
        next: AfterPassword,
    },
    SetUpNow,
    /// **Remind Me Later**, before the deadline: signed in with the password.
    RemindLater,
    /// The deadline came (or moved) while the sign-in waited: MFA is
    /// required now, without **Remind Me Later**.
    DeadlinePassed,
    AppChosen {
        secret: Sealed,
        name: String,
    },
    /// "SMS Verification" chosen, or "Use a different number".
    SmsChosen,
    /// A code was texted to this number (E.164).
    SmsSent {
        phone: String,
    },
    /// The setup code matched: the factor is saved, and (unless this
    /// sign-in already issued one after a recovery) a recovery code issued.
    FactorEnrolled {
        recovery_code: Option<Sealed>,
    },
    /// After a recovery sign-in, the user skips setting up a new device.
    SkipSetup,
    PickFactor {
        factor: Option<i64>,
    },
    PickRecovery,
    /// A passkey (this one, or any) on the method picker.
    PickPasskey {
        passkey: Option<i64>,
    },
    /// A passkey was registered while enrolling (or from the profile): as
    /// [`Event::FactorEnrolled`], with no code step before it (the
    /// browser's ceremony proved the new credential).
    PasskeyRegistered {
        recovery_code: Option<Sealed>,
    },
    /// **Sign in with a passkey** pressed: a ceremony starts.
    PasskeySignInStarted,
    /// **Sign in with a passkey**: a discoverable credential with user
    /// verification counts as both factors, from any unfinished step.
    PasskeySignedIn {
        user_id: i64,
    },
    /// "Use a Phone Number": a code was texted to this registered number.
    PickPhone {
        phone_id: i64,
    },
    CodeAccepted,
    /// The recovery code was used; `recovery_code` is the new one, issued
    /// in the same transaction.
    RecoveryAccepted {
        recovery_code: Sealed,
    },
    CodeRejected,
    RecoveryCodeSaved,
    /// The signed-in user gave their password (and a code) again.
    Reauthenticated {
        at: i64,
    },
    /// **Get New Recovery Code**: the new one, already replacing the old.
    RecoveryCodeRenewed {
        recovery_code: Sealed,
    },
    /// Leave adding a factor from the profile.
    Cancel,
    SignOut,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// A new sign-in starts: its lifetime counts from now.
    Begin,
    /// A factor was proven: issue a new session id.
    RotateSession,
    /// Too many wrong codes: the sign-in was abandoned.
    Abandoned,
    /// A second factor was proven in this browser (it may be trusted for
    /// the company's re-prompt period).
    FactorProven,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("this step is not available now")]
pub struct OutOfOrder;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transition {
    pub state: SignIn,
    pub effects: Vec<Effect>,
}

impl Transition {
    fn to(state: SignIn) -> Self {
        Self {
            state,
            effects: vec![],
        }
    }

    fn rotating(state: SignIn) -> Self {
        Self {
            state,
            effects: vec![Effect::RotateSession],
        }
    }

    /// After a second factor was proven.
    fn proving(state: SignIn) -> Self {
        Self {
            state,
            effects: vec![Effect::RotateSession, Effect::FactorProven],
        }
    }
}

impl SignIn {
    /// Signed in, not re-authenticated yet.
    pub fn signed_in(user_id: i64) -> Self {
        Self::SignedIn {
            user_id,
            confirmed_at: None,
        }
    }

    /// The user being signed in, once the password step has passed.
    pub fn user_id(&self) -> Option<i64> {
        match self {
            Self::Email | Self::AwaitingPasskey | Self::Password { .. } | Self::Sso { .. } => None,
            Self::MfaRequired { user_id, .. }
            | Self::ChooseMethod { user_id, .. }
            | Self::SetupApp { user_id, .. }
            | Self::SetupSms { user_id, .. }
            | Self::SmsChallenge { user_id, .. }
            | Self::PasskeyChallenge { user_id, .. }
            | Self::Challenge { user_id, .. }
            | Self::Recovery { user_id, .. }
            | Self::SaveRecoveryCode { user_id, .. }
            | Self::SignedIn { user_id, .. } => Some(*user_id),
        }
    }

    /// The email typed, at the password step.
    pub fn email(&self) -> Option<&str> {
        match self {
            Self::Password { email } => Some(email),
            _ => None,
        }
    }

    /// Why a factor is being set up, at the enrollment steps.
    pub fn purpose(&self) -> Option<Purpose> {
        match self {
            Self::ChooseMethod { purpose, .. }
            | Self::SetupApp { purpose, .. }
            | Self::SetupSms { purpose, .. }
            | Self::SaveRecoveryCode { purpose, .. } => Some(*purpose),
            _ => None,
        }
    }

    /// A factor waits for its first code: an app's, or a text sent to a number.
    fn is_confirming_a_factor(&self) -> bool {
        matches!(
            self,
            Self::SetupApp { .. } | Self::SetupSms { phone: Some(_), .. }
        )
    }

    /// The user and the failures so far, at a challenge step (a code, a
    /// text, a passkey or the recovery code).
    fn challenged(&self) -> Option<(i64, u32)> {
        match self {
            Self::Challenge {
                user_id, failures, ..
            }
            | Self::SmsChallenge {
                user_id, failures, ..
            }
            | Self::PasskeyChallenge {
                user_id, failures, ..
            }
            | Self::Recovery { user_id, failures } => Some((*user_id, *failures)),
            _ => None,
        }
    }

    /// The wizard's enrollment steps (not the profile's): a passkey may be
    /// registered from any of them.
    fn is_enrolling(&self) -> bool {
        matches!(
            self,
            Self::ChooseMethod { .. } | Self::SetupApp { .. } | Self::SetupSms { .. }
        ) && !self.purpose().is_some_and(Purpose::signed_in)
    }

    /// The signed-in user: on the home page, or adding a factor or saving
    /// a new recovery code from the profile.
    pub fn signed_in_user(&self) -> Option<i64> {
        match self {
            Self::SignedIn { user_id, .. } => Some(*user_id),
            other if other.purpose().is_some_and(Purpose::signed_in) => other.user_id(),
            _ => None,
        }
    }

    /// When the signed-in user last re-authenticated, if they did.
    pub fn confirmed_at(&self) -> Option<i64> {
        match self {
            Self::SignedIn { confirmed_at, .. } => *confirmed_at,
            other => other.purpose().and_then(Purpose::confirmed_at),
        }
    }

    /// Whether the user re-authenticated recently enough (at `now`, Unix
    /// seconds) to change their factors.
    pub fn recently_confirmed(&self, now: i64) -> bool {
        self.confirmed_at().is_some_and(|at| confirmed_recently(at, now))
    }

    pub fn step(self, event: Event) -> Result<Transition, OutOfOrder> {
        use Event as E;
        use SignIn as S;
        if let Some(user_id) = self.signed_in_user() {
            return self.step_signed_in(user_id, event);
        }
        match (self, event) {
            (_, E::SignOut) => Ok(Transition::to(S::Email)),
            // Entering an email (re)starts the sign-in from any unfinished step.
            (_, E::EmailEntered { email }) => Ok(Transition {
                state: S::Password { email },
                effects: vec![Effect::Begin],
            }),
            (_, E::SsoRouted { company_id, company }) => Ok(Transition {
                state: S::Sso { company_id, company },
                effects: vec![Effect::Begin],
            }),
            (_, E::PasskeySignInStarted) => Ok(Transition {
                state: S::AwaitingPasskey,
                effects: vec![Effect::Begin],
            }),
            // A passkey proves both factors: from any unfinished step.
            (_, E::PasskeySignedIn { user_id }) => Ok(Transition {
                state: S::signed_in(user_id),
                effects: vec![Effect::Begin, Effect::RotateSession, Effect::FactorProven],
            }),
            (S::Password { .. }, E::PasswordAccepted { user_id, next })
            | (S::Sso { .. }, E::SsoAccepted { user_id, next }) => Ok(Transition::rotating(match next {
                AfterPassword::Challenge => S::Challenge {
                    user_id,
                    factor: None,
                    failures: 0,
                },
                AfterPassword::TextCode { phone_id } => S::SmsChallenge {
                    user_id,
                    phone_id,
                    failures: 0,
                },
                AfterPassword::Passkey => S::PasskeyChallenge {
                    user_id,
                    passkey: None,
                    failures: 0,
                },
                AfterPassword::EnrollRequired => S::MfaRequired {
                    user_id,
                    deadline: None,
                },
                AfterPassword::EnrollSoon { deadline } => S::MfaRequired {
                    user_id,
                    deadline: Some(deadline),
                },
                AfterPassword::SignIn => S::signed_in(user_id),
            })),
            (
                S::MfaRequired {
                    user_id,
                    deadline: Some(_),
                },
                E::RemindLater,
            ) => Ok(Transition::rotating(S::signed_in(user_id))),
            (S::MfaRequired { user_id, .. }, E::DeadlinePassed) => Ok(Transition::to(S::MfaRequired {
                user_id,
                deadline: None,
            })),
            (S::MfaRequired { user_id, .. }, E::SetUpNow) => Ok(Transition::to(S::ChooseMethod {
                user_id,
                purpose: Purpose::FirstFactor,
            })),
            (state, event @ (E::AppChosen { .. } | E::SmsChosen | E::SmsSent { .. })) => {
                state.setting_up(event)
            }
            (state, E::FactorEnrolled { recovery_code }) if state.is_confirming_a_factor() => {
                enrolled(&state, recovery_code)
            }
            (state, E::PasskeyRegistered { recovery_code }) if state.is_enrolling() => {
                enrolled(&state, recovery_code)
            }
            (
                S::ChooseMethod {
                    user_id,
                    purpose: Purpose::AfterRecovery,
                },
                E::SkipSetup,
            ) => Ok(Transition::to(S::signed_in(user_id))),
            // The method picker: from any of the challenge steps to
            // another, the failures counted so far kept.
            (
                state,
                event
                @ (E::PickFactor { .. } | E::PickPhone { .. } | E::PickPasskey { .. } | E::PickRecovery),
            ) => {
                let (user_id, failures) = state.challenged().ok_or(OutOfOrder)?;
                Ok(Transition::to(match event {
                    E::PickFactor { factor } => S::Challenge {
                        user_id,
                        factor,
                        failures,
                    },
                    E::PickPhone { phone_id } => S::SmsChallenge {
                        user_id,
                        phone_id,
                        failures,
                    },
                    E::PickPasskey { passkey } => S::PasskeyChallenge {
                        user_id,
                        passkey,
                        failures,
                    },
                    _ => S::Recovery { user_id, failures },
                }))
            }
            (
                S::Challenge { user_id, .. }
                | S::SmsChallenge { user_id, .. }
                | S::PasskeyChallenge { user_id, .. },
                E::CodeAccepted,
            ) => Ok(Transition::proving(S::signed_in(user_id))),
            (S::Recovery { user_id, .. }, E::RecoveryAccepted { recovery_code }) => {
                Ok(Transition::proving(S::SaveRecoveryCode {
                    user_id,
                    code: recovery_code,
                    purpose: Purpose::AfterRecovery,
                }))
            }
            (
                S::Challenge {
                    user_id,
                    factor,
                    failures,
                },
                E::CodeRejected,
            ) => Ok(count_failure(failures, |failures| S::Challenge {
                user_id,
                factor,
                failures,
            })),
            (
                S::SmsChallenge {
                    user_id,
                    phone_id,
                    failures,
                },
                E::CodeRejected,
            ) => Ok(count_failure(failures, |failures| S::SmsChallenge {
                user_id,
                phone_id,
                failures,
            })),
            (
                S::PasskeyChallenge {
                    user_id,
                    passkey,
                    failures,
                },
                E::CodeRejected,
            ) => Ok(count_failure(failures, |failures| S::PasskeyChallenge {
                user_id,
                passkey,
                failures,
            })),
            (S::Recovery { user_id, failures }, E::CodeRejected) => Ok(count_failure(failures, |failures| {
                S::Recovery { user_id, failures }
            })),
            (S::SaveRecoveryCode { user_id, purpose, .. }, E::RecoveryCodeSaved) => {
                Ok(Transition::to(match purpose {
                    Purpose::AfterRecovery => S::ChooseMethod { user_id, purpose },
                    _ => S::signed_in(user_id),
                }))
            }
            _ => Err(OutOfOrder),
        }
    }

    /// The enrollment steps' moves, for every purpose: an app or SMS
    /// chosen (again), a code texted to the number typed.
    fn setting_up(self, event: Event) -> Result<Transition, OutOfOrder> {
        use Event as E;
        use SignIn as S;
        let (user_id, purpose) = match &self {
            S::ChooseMethod { user_id, purpose }
            | S::SetupApp { user_id, purpose, .. }
            | S::SetupSms { user_id, purpose, .. } => (*user_id, *purpose),
            // From the profile: only once the user re-authenticated.
            S::SignedIn {
                user_id,
                confirmed_at: Some(confirmed_at),
            } => (
                *user_id,
                Purpose::Profile {
                    confirmed_at: *confirmed_at,
                },
            ),
            _ => return Err(OutOfOrder),
        };
        match (self, event) {
            (
                S::SignedIn { .. } | S::ChooseMethod { .. } | S::SetupApp { .. } | S::SetupSms { .. },
                E::AppChosen { secret, name },
            ) => Ok(Transition::to(S::SetupApp {
                user_id,
                purpose,
                secret,
                name,
            })),
            (
                S::SignedIn { .. } | S::ChooseMethod { .. } | S::SetupApp { .. } | S::SetupSms { .. },
                E::SmsChosen,
            ) => Ok(Transition::to(S::SetupSms {
                user_id,
                purpose,
                phone: None,
            })),
            (S::SetupSms { .. }, E::SmsSent { phone }) => Ok(Transition::to(S::SetupSms {
                user_id,
                purpose,
                phone: Some(phone),
            })),
            _ => Err(OutOfOrder),
        }
    }

    /// A signed-in user: the profile's flows. Nothing of the sign-in
    /// wizard can be walked again (sign out first).
    fn step_signed_in(self, user_id: i64, event: Event) -> Result<Transition, OutOfOrder> {
        use Event as E;
        use SignIn as S;
        let confirmed_at = self.confirmed_at();
        match (self, event) {
            (_, E::SignOut) => Ok(Transition::to(S::Email)),
            // Step-up rotates the id: a copy of the cookie taken before
            // does not carry the fresh confirmation.
            (_, E::Reauthenticated { at }) => Ok(Transition::rotating(S::SignedIn {
                user_id,
                confirmed_at: Some(at),
            })),
            (_, E::Cancel) => Ok(Transition::to(S::SignedIn {
                user_id,
                confirmed_at,
            })),
            (state, event @ (E::AppChosen { .. } | E::SmsChosen | E::SmsSent { .. })) => {
                state.setting_up(event)
            }
            (_, E::RecoveryCodeRenewed { recovery_code }) => {
                let confirmed_at = confirmed_at.ok_or(OutOfOrder)?;
                Ok(Transition::to(S::SaveRecoveryCode {
                    user_id,
                    code: recovery_code,
                    purpose: Purpose::Profile { confirmed_at },
                }))
            }
            (
                state,
                E::FactorEnrolled {
                    recovery_code: Some(code),
                },
            ) if state.is_confirming_a_factor() => {
                let purpose = state.purpose().ok_or(OutOfOrder)?;
                Ok(Transition::to(S::SaveRecoveryCode {
                    user_id,
                    code,
                    purpose,
                }))
            }
            // A passkey from the profile: as for any factor added there, a
            // new recovery code replaces the old one and is shown.
            (
                state,
                E::PasskeyRegistered {
                    recovery_code: Some(code),
                },
            ) if !matches!(state, S::SaveRecoveryCode { .. }) => {
                let confirmed_at = confirmed_at.ok_or(OutOfOrder)?;
                Ok(Transition::to(S::SaveRecoveryCode {
                    user_id,
                    code,
                    purpose: Purpose::Profile { confirmed_at },
                }))
            }
            (S::SaveRecoveryCode { .. }, E::RecoveryCodeSaved) => Ok(Transition::to(S::SignedIn {
                user_id,
                confirmed_at,
            })),
            _ => Err(OutOfOrder),
        }
    }
}

/// A factor was saved at an enrollment step of the wizard: its recovery
/// code is shown (the first factor), or, after a recovery sign-in (whose
/// new code was already shown), signed in.
fn enrolled(state: &SignIn, recovery_code: Option<Sealed>) -> Result<Transition, OutOfOrder> {
    let (Some(user_id), Some(purpose)) = (state.user_id(), state.purpose()) else {
        return Err(OutOfOrder);
    };
    match (purpose, recovery_code) {
        (Purpose::FirstFactor, Some(code)) => Ok(Transition::proving(SignIn::SaveRecoveryCode {
            user_id,
            code,
            purpose,
        })),
        (Purpose::AfterRecovery, None) => Ok(Transition::proving(SignIn::signed_in(user_id))),
        _ => Err(OutOfOrder),
    }
}

/// Whether a re-authentication at `confirmed_at` still lets the user
/// change their factors at `now` (Unix seconds).
pub fn confirmed_recently(confirmed_at: i64, now: i64) -> bool {
    confirmed_at <= now && now - confirmed_at < crate::limits::REAUTH_LIFETIME.whole_seconds()
}

fn count_failure(failures: u32, stay: impl FnOnce(u32) -> SignIn) -> Transition {
    let failures = failures + 1;
    if failures >= MAX_FAILURES_PER_SIGN_IN {
        Transition {
            state: SignIn::Email,
            effects: vec![Effect::Abandoned],
        }
    } else {
        Transition::to(stay(failures))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::Page;

    const U: i64 = 7;

    fn sealed(s: &str) -> Sealed {
        Sealed(s.into())
    }

    fn password() -> SignIn {
        SignIn::Password {
            email: "ada@example.com".into(),
        }
    }

    fn sso() -> SignIn {
        SignIn::Sso {
            company_id: 4,
            company: "Keystone Steel".into(),
        }
    }

    fn challenge(failures: u32) -> SignIn {
        SignIn::Challenge {
            user_id: U,
            factor: None,
            failures,
        }
    }

    fn sms_setup(phone: Option<&str>) -> SignIn {
        SignIn::SetupSms {
            user_id: U,
            purpose: Purpose::FirstFactor,
            phone: phone.map(Into::into),
        }
    }

    fn sms_challenge(failures: u32) -> SignIn {
        SignIn::SmsChallenge {
            user_id: U,
            phone_id: 3,
            failures,
        }
    }

    fn every_state() -> Vec<SignIn> {
        vec![
            SignIn::Email,
            password(),
            sso(),
            SignIn::MfaRequired {
                user_id: U,
                deadline: None,
            },
            SignIn::ChooseMethod {
                user_id: U,
                purpose: Purpose::FirstFactor,
            },
            SignIn::ChooseMethod {
                user_id: U,
                purpose: Purpose::AfterRecovery,
            },
            SignIn::SetupApp {
                user_id: U,
                purpose: Purpose::FirstFactor,
                secret: sealed("s"),
                name: "App".into(),
            },
            sms_setup(None),
            sms_setup(Some("+14155550123")),
            sms_challenge(0),
            challenge(0),
            SignIn::PasskeyChallenge {
                user_id: U,
                passkey: None,
                failures: 0,
            },
            SignIn::AwaitingPasskey,
            SignIn::Recovery {
                user_id: U,
                failures: 0,
            },
            SignIn::SaveRecoveryCode {
                user_id: U,
                code: sealed("c"),
                purpose: Purpose::FirstFactor,
            },
            SignIn::signed_in(U),
        ]
    }

    /// Which states accept an event; every other state must refuse it.
    fn assert_only(event: Event, accepted_by: impl Fn(&SignIn) -> bool) {
        for state in every_state() {
            let result = state.clone().step(event.clone());
            assert_eq!(result.is_ok(), accepted_by(&state), "{event:?} from {state:?}");
        }
    }

    #[test]
    fn an_sso_domain_waits_for_the_provider_and_only_its_answer_moves_on() {
        let routed = Event::SsoRouted {
            company_id: 4,
            company: "Keystone Steel".into(),
        };
        let t = SignIn::Email.step(routed.clone()).unwrap();
        assert_eq!((t.state, t.effects), (sso(), vec![Effect::Begin]));
        // Like an email, it restarts any unfinished sign-in.
        assert_only(routed, |s| s.signed_in_user().is_none());
        // The provider's answer counts only while waiting for it, and a
        // password's never does there.
        let accepted = |next| Event::SsoAccepted { user_id: U, next };
        assert_only(accepted(AfterPassword::SignIn), |s| *s == sso());
        let t = sso().step(accepted(AfterPassword::SignIn)).unwrap();
        assert_eq!(
            (t.state, t.effects),
            (SignIn::signed_in(U), vec![Effect::RotateSession])
        );
        let t = sso().step(accepted(AfterPassword::Challenge)).unwrap();
        assert_eq!(t.state, challenge(0));
        let by_password = Event::PasswordAccepted {
            user_id: U,
            next: AfterPassword::SignIn,
        };
        assert_only(by_password, |s| *s == password());
        assert_eq!(Page::of(&sso()), Page::Sso);
        assert_eq!(sso().user_id(), None);
    }

    #[test]
    fn a_passkey_is_asked_for_picked_and_counted_like_a_code() {
        let at = |failures| SignIn::PasskeyChallenge {
            user_id: U,
            passkey: None,
            failures,
        };
        let t = password()
            .step(Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::Passkey,
            })
            .unwrap();
        assert_eq!((t.state, t.effects), (at(0), vec![Effect::RotateSession]));
        assert_eq!(Page::of(&at(0)), Page::Verify);
        let t = at(0).step(Event::CodeAccepted).unwrap();
        assert_eq!(
            (t.state, t.effects),
            (
                SignIn::signed_in(U),
                vec![Effect::RotateSession, Effect::FactorProven]
            )
        );
        // The picker moves between a passkey and the other methods, failures kept.
        let picked = challenge(3)
            .step(Event::PickPasskey { passkey: Some(2) })
            .unwrap();
        assert_eq!(
            picked.state,
            SignIn::PasskeyChallenge {
                user_id: U,
                passkey: Some(2),
                failures: 3
            }
        );
        assert_only(Event::PickPasskey { passkey: None }, |s| {
            matches!(
                s,
                SignIn::Challenge { .. }
                    | SignIn::SmsChallenge { .. }
                    | SignIn::PasskeyChallenge { .. }
                    | SignIn::Recovery { .. }
            )
        });
        let mut state = at(0);
        for _ in 0..MAX_FAILURES_PER_SIGN_IN - 1 {
            state = state.step(Event::CodeRejected).unwrap().state;
        }
        let t = state.step(Event::CodeRejected).unwrap();
        assert_eq!((t.state, t.effects), (SignIn::Email, vec![Effect::Abandoned]));
    }

    #[test]
    fn a_passkey_registers_only_where_a_factor_may_be_enrolled() {
        let code = || Some(sealed("c"));
        let registered = |recovery_code| Event::PasskeyRegistered { recovery_code };
        assert_only(registered(code()), |s| match s {
            SignIn::ChooseMethod { purpose, .. }
            | SignIn::SetupApp { purpose, .. }
            | SignIn::SetupSms { purpose, .. } => *purpose == Purpose::FirstFactor,
            _ => false,
        });
        let choose = SignIn::ChooseMethod {
            user_id: U,
            purpose: Purpose::FirstFactor,
        };
        let t = choose.step(registered(code())).unwrap();
        assert!(matches!(t.state, SignIn::SaveRecoveryCode { .. }));
        assert_eq!(t.effects, vec![Effect::RotateSession, Effect::FactorProven]);
        // From the profile: only once re-authenticated.
        assert!(SignIn::signed_in(U).step(registered(code())).is_err());
        let confirmed = SignIn::SignedIn {
            user_id: U,
            confirmed_at: Some(100),
        };
        let t = confirmed.step(registered(code())).unwrap();
        assert!(matches!(
            t.state,
            SignIn::SaveRecoveryCode {
                purpose: Purpose::Profile { confirmed_at: 100 },
                ..
            }
        ));
    }

    #[test]
    fn a_passkey_alone_signs_in_from_any_unfinished_step_only() {
        let started = SignIn::Email.step(Event::PasskeySignInStarted).unwrap();
        assert_eq!(
            (started.state.clone(), started.effects),
            (SignIn::AwaitingPasskey, vec![Effect::Begin])
        );
        assert_eq!(Page::of(&started.state), Page::Email);
        let t = started.state.step(Event::PasskeySignedIn { user_id: U }).unwrap();
        assert_eq!(t.state, SignIn::signed_in(U));
        assert!(t.effects.contains(&Effect::RotateSession) && t.effects.contains(&Effect::FactorProven));
        assert_only(Event::PasskeySignedIn { user_id: U }, |s| {
            s.signed_in_user().is_none()
        });
    }

    #[test]
    fn email_then_password_without_mfa_signs_in_and_rotates() {
        let t = SignIn::Email
            .step(Event::EmailEntered {
                email: "ada@example.com".into(),
            })
            .unwrap();
        assert_eq!(t.state, password());
        assert_eq!(t.effects, vec![Effect::Begin]);
        let t = t
            .state
            .step(Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::SignIn,
            })
            .unwrap();
        assert_eq!(t.state, SignIn::signed_in(U));
        assert_eq!(t.effects, vec![Effect::RotateSession]);
    }

    #[test]
    fn password_leads_to_challenge_or_enrollment() {
        let t = password()
            .step(Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::Challenge,
            })
            .unwrap();
        assert_eq!(t.state, challenge(0));
        assert_eq!(t.effects, vec![Effect::RotateSession]);
        let t = password()
            .step(Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::EnrollRequired,
            })
            .unwrap();
        assert_eq!(
            t.state,
            SignIn::MfaRequired {
                user_id: U,
                deadline: None,
            }
        );
    }

    #[test]
    fn password_cannot_be_skipped_or_given_twice() {
        assert_only(
            Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::SignIn,
            },
            |s| matches!(s, SignIn::Password { .. }),
        );
    }

    #[test]
    fn codes_are_only_accepted_in_their_own_step() {
        assert_only(Event::CodeAccepted, |s| {
            matches!(
                s,
                SignIn::Challenge { .. } | SignIn::SmsChallenge { .. } | SignIn::PasskeyChallenge { .. }
            )
        });
        assert_only(
            Event::RecoveryAccepted {
                recovery_code: sealed("c"),
            },
            |s| matches!(s, SignIn::Recovery { .. }),
        );
        let challenging = |s: &SignIn| {
            matches!(
                s,
                SignIn::Challenge { .. }
                    | SignIn::SmsChallenge { .. }
                    | SignIn::PasskeyChallenge { .. }
                    | SignIn::Recovery { .. }
            )
        };
        assert_only(Event::CodeRejected, challenging);
        assert_only(Event::PickRecovery, challenging);
        assert_only(Event::PickPhone { phone_id: 3 }, challenging);
        assert_only(Event::PickFactor { factor: None }, challenging);
    }

    #[test]
    fn enrollment_steps_are_ordered() {
        assert_only(Event::SetUpNow, |s| matches!(s, SignIn::MfaRequired { .. }));
        assert_only(
            Event::AppChosen {
                secret: sealed("s"),
                name: "App".into(),
            },
            |s| {
                matches!(
                    s,
                    SignIn::ChooseMethod { .. } | SignIn::SetupApp { .. } | SignIn::SetupSms { .. }
                )
            },
        );
        assert_only(Event::SmsChosen, |s| {
            matches!(
                s,
                SignIn::ChooseMethod { .. } | SignIn::SetupApp { .. } | SignIn::SetupSms { .. }
            )
        });
        assert_only(
            Event::SmsSent {
                phone: "+14155550123".into(),
            },
            |s| matches!(s, SignIn::SetupSms { .. }),
        );
        // A first enrollment issues a recovery code; one right after a
        // recovery sign-in does not (that sign-in issued it already).
        assert_only(
            Event::FactorEnrolled {
                recovery_code: Some(sealed("c")),
            },
            |s| {
                matches!(
                    s,
                    SignIn::SetupApp {
                        purpose: Purpose::FirstFactor,
                        ..
                    } | SignIn::SetupSms {
                        purpose: Purpose::FirstFactor,
                        phone: Some(_),
                        ..
                    }
                )
            },
        );
        assert_only(Event::FactorEnrolled { recovery_code: None }, |s| {
            matches!(
                s,
                SignIn::SetupApp {
                    purpose: Purpose::AfterRecovery,
                    ..
                }
            )
        });
        assert_only(Event::SkipSetup, |s| {
            matches!(
                s,
                SignIn::ChooseMethod {
                    purpose: Purpose::AfterRecovery,
                    ..
                }
            )
        });
        assert_only(Event::RecoveryCodeSaved, |s| {
            matches!(s, SignIn::SaveRecoveryCode { .. })
        });
    }

    #[test]
    fn full_enrollment_walk() {
        let s = SignIn::MfaRequired {
            user_id: U,
            deadline: None,
        };
        let s = s.step(Event::SetUpNow).unwrap().state;
        let s = s
            .step(Event::AppChosen {
                secret: sealed("s"),
                name: "App".into(),
            })
            .unwrap()
            .state;
        let t = s
            .step(Event::FactorEnrolled {
                recovery_code: Some(sealed("c")),
            })
            .unwrap();
        assert_eq!(t.effects, vec![Effect::RotateSession, Effect::FactorProven]);
        assert_eq!(
            t.state,
            SignIn::SaveRecoveryCode {
                user_id: U,
                code: sealed("c"),
                purpose: Purpose::FirstFactor
            }
        );
        let t = t.state.step(Event::RecoveryCodeSaved).unwrap();
        assert_eq!(t.state, SignIn::signed_in(U));
    }

    #[test]
    fn recovery_sign_in_shows_the_new_code_at_once_then_offers_a_new_device() {
        let s = challenge(2).step(Event::PickRecovery).unwrap().state;
        assert_eq!(
            s,
            SignIn::Recovery {
                user_id: U,
                failures: 2
            }
        );
        let t = s
            .step(Event::RecoveryAccepted {
                recovery_code: sealed("new"),
            })
            .unwrap();
        assert_eq!(
            t.state,
            SignIn::SaveRecoveryCode {
                user_id: U,
                code: sealed("new"),
                purpose: Purpose::AfterRecovery
            }
        );
        assert_eq!(t.effects, vec![Effect::RotateSession, Effect::FactorProven]);
        let offer = t.state.step(Event::RecoveryCodeSaved).unwrap().state;
        assert_eq!(
            offer,
            SignIn::ChooseMethod {
                user_id: U,
                purpose: Purpose::AfterRecovery
            }
        );
        assert_eq!(
            offer.clone().step(Event::SkipSetup).unwrap().state,
            SignIn::signed_in(U)
        );
        let setup = offer
            .step(Event::AppChosen {
                secret: sealed("s"),
                name: "New phone".into(),
            })
            .unwrap()
            .state;
        let t = setup.step(Event::FactorEnrolled { recovery_code: None }).unwrap();
        assert_eq!(t.state, SignIn::signed_in(U));
        assert_eq!(t.effects, vec![Effect::RotateSession, Effect::FactorProven]);
    }

    #[test]
    fn sms_enrollment_walk_asks_the_number_then_the_code() {
        let s = SignIn::ChooseMethod {
            user_id: U,
            purpose: Purpose::FirstFactor,
        };
        let s = s.step(Event::SmsChosen).unwrap().state;
        assert_eq!(s, sms_setup(None));
        // No code can confirm a number that was never texted.
        assert_eq!(
            s.clone().step(Event::FactorEnrolled {
                recovery_code: Some(sealed("c"))
            }),
            Err(OutOfOrder)
        );
        let s = s
            .step(Event::SmsSent {
                phone: "+14155550123".into(),
            })
            .unwrap()
            .state;
        assert_eq!(s, sms_setup(Some("+14155550123")));
        // "Use a different number" asks for the number again.
        assert_eq!(s.clone().step(Event::SmsChosen).unwrap().state, sms_setup(None));
        let t = s
            .step(Event::FactorEnrolled {
                recovery_code: Some(sealed("c")),
            })
            .unwrap();
        assert_eq!(t.effects, vec![Effect::RotateSession, Effect::FactorProven]);
        assert!(matches!(t.state, SignIn::SaveRecoveryCode { .. }));
    }

    #[test]
    fn a_first_phone_gets_its_code_after_the_password_and_the_picker_moves_between_methods() {
        let t = password()
            .step(Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::TextCode { phone_id: 3 },
            })
            .unwrap();
        assert_eq!(t.state, sms_challenge(0));
        assert_eq!(t.effects, vec![Effect::RotateSession]);
        let s = t.state.step(Event::CodeRejected).unwrap().state;
        assert_eq!(s, sms_challenge(1));
        let s = s.step(Event::PickFactor { factor: None }).unwrap().state;
        assert_eq!(s, challenge(1));
        let s = s.step(Event::PickPhone { phone_id: 3 }).unwrap().state;
        assert_eq!(s, sms_challenge(1));
        let t = sms_challenge(9).step(Event::CodeRejected).unwrap();
        assert_eq!(t.effects, vec![Effect::Abandoned]);
        let t = sms_challenge(0).step(Event::CodeAccepted).unwrap();
        assert_eq!(t.state, SignIn::signed_in(U));
    }

    #[test]
    fn picking_an_app_keeps_the_failure_count() {
        let t = SignIn::Recovery {
            user_id: U,
            failures: 3,
        }
        .step(Event::PickFactor { factor: Some(9) })
        .unwrap();
        assert_eq!(
            t.state,
            SignIn::Challenge {
                user_id: U,
                factor: Some(9),
                failures: 3
            }
        );
    }

    #[test]
    fn code_success_signs_in_and_rotates() {
        let t = challenge(4).step(Event::CodeAccepted).unwrap();
        assert_eq!(t.state, SignIn::signed_in(U));
        assert_eq!(t.effects, vec![Effect::RotateSession, Effect::FactorProven]);
    }

    #[test]
    fn tenth_wrong_code_abandons_the_sign_in() {
        let t = challenge(8).step(Event::CodeRejected).unwrap();
        assert_eq!(t.state, challenge(9));
        let t = t.state.step(Event::CodeRejected).unwrap();
        assert_eq!(t.state, SignIn::Email);
        assert_eq!(t.effects, vec![Effect::Abandoned]);
        let t = SignIn::Recovery {
            user_id: U,
            failures: 9,
        }
        .step(Event::CodeRejected)
        .unwrap();
        assert_eq!(t.effects, vec![Effect::Abandoned]);
    }

    #[test]
    fn finished_sign_in_cannot_be_reused() {
        let done = SignIn::signed_in(U);
        assert_eq!(
            done.clone().step(Event::EmailEntered {
                email: "x@y.z".into()
            }),
            Err(OutOfOrder)
        );
        assert_eq!(done.clone().step(Event::CodeAccepted), Err(OutOfOrder));
        assert_eq!(done.step(Event::SignOut).unwrap().state, SignIn::Email);
    }

    #[test]
    fn email_restarts_any_unfinished_step() {
        for state in every_state().into_iter().filter(|s| s.signed_in_user().is_none()) {
            let t = state
                .step(Event::EmailEntered {
                    email: "b@c.de".into(),
                })
                .unwrap();
            assert_eq!(
                t.state,
                SignIn::Password {
                    email: "b@c.de".into()
                }
            );
        }
    }

    #[test]
    fn sealed_values_never_print_and_state_round_trips() {
        let s = SignIn::SaveRecoveryCode {
            user_id: U,
            code: sealed("secret!"),
            purpose: Purpose::FirstFactor,
        };
        assert!(!format!("{s:?}").contains("secret!"));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<SignIn>(&json).unwrap(), s);
    }

    fn profile(state: SignIn) -> bool {
        state.signed_in_user() == Some(U)
    }

    #[test]
    fn the_profile_adds_a_factor_only_after_re_authentication() {
        let app = || Event::AppChosen {
            secret: sealed("s"),
            name: "Phone".into(),
        };
        assert_eq!(SignIn::signed_in(U).step(app()), Err(OutOfOrder));
        assert_eq!(SignIn::signed_in(U).step(Event::SmsChosen), Err(OutOfOrder));
        let step_up = SignIn::signed_in(U)
            .step(Event::Reauthenticated { at: 1_000 })
            .unwrap();
        assert_eq!(
            step_up.effects,
            vec![Effect::RotateSession],
            "step-up rotates the id"
        );
        let confirmed = step_up.state;
        assert!(confirmed.recently_confirmed(1_000 + 299));
        assert!(!confirmed.recently_confirmed(1_000 + 300));
        assert!(!confirmed.recently_confirmed(999));

        let setup = confirmed.clone().step(app()).unwrap().state;
        let purpose = Purpose::Profile { confirmed_at: 1_000 };
        assert_eq!(setup.purpose(), Some(purpose));
        assert!(profile(setup.clone()), "still signed in while adding");
        assert!(setup.recently_confirmed(1_100));
        // Nothing of the sign-in wizard is reachable from here.
        for event in [
            Event::EmailEntered {
                email: "a@b.c".into(),
            },
            Event::SkipSetup,
            Event::CodeAccepted,
            Event::FactorEnrolled { recovery_code: None },
        ] {
            assert_eq!(setup.clone().step(event), Err(OutOfOrder));
        }
        let saving = setup
            .step(Event::FactorEnrolled {
                recovery_code: Some(sealed("new")),
            })
            .unwrap();
        assert!(saving.effects.is_empty(), "no new session id while signed in");
        assert_eq!(saving.state.purpose(), Some(purpose));
        let done = saving.state.step(Event::RecoveryCodeSaved).unwrap().state;
        assert_eq!(done, confirmed);
    }

    #[test]
    fn a_new_recovery_code_and_cancel_return_to_the_signed_in_state() {
        let code = || Event::RecoveryCodeRenewed {
            recovery_code: sealed("c"),
        };
        assert_eq!(SignIn::signed_in(U).step(code()), Err(OutOfOrder));
        let confirmed = SignIn::SignedIn {
            user_id: U,
            confirmed_at: Some(5),
        };
        let saving = confirmed.clone().step(code()).unwrap().state;
        assert!(matches!(saving, SignIn::SaveRecoveryCode { .. }));
        assert_eq!(
            saving.clone().step(Event::RecoveryCodeSaved).unwrap().state,
            confirmed
        );
        let adding = confirmed.clone().step(Event::SmsChosen).unwrap().state;
        assert_eq!(adding.step(Event::Cancel).unwrap().state, confirmed);
        assert_eq!(saving.step(Event::SignOut).unwrap().state, SignIn::Email);
    }

    #[test]
    fn remind_me_later_only_before_the_deadline() {
        let soon = password()
            .step(Event::PasswordAccepted {
                user_id: U,
                next: AfterPassword::EnrollSoon { deadline: 99 },
            })
            .unwrap();
        assert_eq!(
            soon.state,
            SignIn::MfaRequired {
                user_id: U,
                deadline: Some(99)
            }
        );
        let later = soon.state.clone().step(Event::RemindLater).unwrap();
        assert_eq!(later.state, SignIn::signed_in(U));
        assert_eq!(later.effects, vec![Effect::RotateSession]);
        let now_required = soon.state.step(Event::DeadlinePassed).unwrap().state;
        assert_eq!(now_required.clone().step(Event::RemindLater), Err(OutOfOrder));
        assert!(matches!(
            now_required.step(Event::SetUpNow).unwrap().state,
            SignIn::ChooseMethod { .. }
        ));
    }

    #[test]
    fn old_signed_in_sessions_still_load() {
        let old = r#"{"step":"signed_in","user_id":7}"#;
        assert_eq!(serde_json::from_str::<SignIn>(old).unwrap(), SignIn::signed_in(U));
    }
}
