//! The one error type server functions return: a refusal from the domain,
//! or one of the few ways a request itself can fail. Variants are
//! client-safe: no input, no secret, no internal detail.

use crate::i18n::Texts;
use domain::page::Page;
pub use domain::refusal::Refusal;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("refused: {0}")]
    Refused(Refusal),
    /// A missing or malformed form field.
    #[error("bad request")]
    BadRequest,
    #[error("internal")]
    Internal,
    /// The request or its answer never arrived (network, decoding).
    #[error("transport")]
    Transport,
}

impl From<Refusal> for AppError {
    fn from(refusal: Refusal) -> Self {
        Self::Refused(refusal)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(err: ServerFnErrorErr) -> Self {
        match err {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::BadRequest,
            // On the server, the request's body could not be read; in the
            // browser, the answer could not be.
            ServerFnErrorErr::Deserialization(_) if cfg!(feature = "ssr") => Self::BadRequest,
            _ => Self::Transport,
        }
    }
}

impl AppError {
    /// The HTTP status of the answer: a refusal is always a 4xx.
    pub fn status(&self) -> u16 {
        match self {
            Self::Refused(refusal) => refusal.status(),
            Self::BadRequest => 400,
            Self::Internal => 500,
            Self::Transport => 502,
        }
    }

    /// The message shown to the user.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            Self::Refused(refusal) => refusal_message(refusal, t),
            Self::BadRequest => t.err_bad_request.into(),
            Self::Internal => t.err_internal.into(),
            Self::Transport => t.err_transport.into(),
        }
    }

    /// The help centre's answer to this error, if it has one: a code refused
    /// for the phone's clock links to setting it to automatic.
    pub fn help(&self, t: &Texts) -> Option<(String, &'static str)> {
        match self {
            Self::Refused(Refusal::ClockDrift { .. }) => Some((
                crate::help::help_href(t.language, crate::help::anchors::CLOCK),
                t.clock_help,
            )),
            _ => None,
        }
    }

    /// Where the person can go on from here, with the link's words: the
    /// start for a sign-in that is gone, the current step for a stale form.
    /// Always a page of this app, never a URL that came with the error.
    pub fn way_on(&self, t: &Texts) -> Option<(Page, &'static str)> {
        match self {
            Self::Refused(Refusal::OutOfOrder | Refusal::AlreadyEnrolled) => {
                Some((Page::Email, t.start_again))
            }
            Self::Refused(Refusal::MovedOn { page }) => Some((*page, t.go_to_current_step)),
            Self::Refused(Refusal::SsoRequired) => Some((Page::Email, t.sso.sign_in_with_company)),
            _ => None,
        }
    }
}

/// Minutes to wait, rounded up, at least one.
fn minutes(seconds: i64) -> i64 {
    ((seconds + 59) / 60).max(1)
}

fn refusal_message(refusal: &Refusal, t: &Texts) -> String {
    match refusal {
        Refusal::EmailEmpty => t.err_email_empty.into(),
        Refusal::EmailMalformed => t.err_email_malformed.into(),
        Refusal::InvalidCredentials => t.err_invalid_credentials.into(),
        Refusal::PasswordResetRequired => t.err_password_reset_required.into(),
        Refusal::PasswordTooLong => t.err_password_too_long.n(domain::limits::PASSWORD_MAX_BYTES),
        Refusal::TooManyAttempts { retry_after } => t.err_too_many_attempts.n(minutes(*retry_after)),
        Refusal::OutOfOrder => t.err_out_of_order.into(),
        Refusal::MovedOn { .. } => t.err_moved_on.into(),
        Refusal::Conflict => t.err_conflict.into(),
        Refusal::AlreadyEnrolled => t.err_already_enrolled.into(),
        Refusal::CodeEmpty => t.err_code_empty.into(),
        Refusal::CodeLength => t.err_code_length.into(),
        Refusal::RecoveryLength => t.err_recovery_length.into(),
        Refusal::CodeDigits => t.err_code_digits.into(),
        Refusal::WrongCode => t.err_wrong_code.into(),
        Refusal::CodeReplayed => t.err_code_replayed.into(),
        Refusal::ClockDrift { seconds } => {
            let message = if *seconds > 0 {
                t.err_clock_fast
            } else {
                t.err_clock_slow
            };
            message.n(seconds.abs())
        }
        Refusal::Abandoned => t.notice_abandoned.into(),
        Refusal::NotConfirmed => t.err_not_confirmed.into(),
        Refusal::NameInvalid => t.err_name_invalid.n(domain::limits::APP_NAME_MAX_CHARS),
        Refusal::NameTaken => t.err_name_taken.into(),
        Refusal::TooManyApps => t.err_too_many_apps.n(domain::limits::MAX_APPS_PER_USER),
        Refusal::ForeignOrigin => t.err_foreign_origin.into(),
        Refusal::SmsNotAllowed => t.err_sms_not_allowed.into(),
        Refusal::CountryNotOffered => t.err_country_not_offered.into(),
        Refusal::PhoneEmpty => t.err_phone_empty.into(),
        Refusal::PhoneInvalid => t.err_phone_invalid.into(),
        Refusal::PhoneNotInCountry { country } => t
            .err_phone_not_in_country
            .with(&[("country", t.countries.name(*country).into())]),
        Refusal::PhoneUsOnly => t.err_phone_us_only.into(),
        Refusal::PhoneTaken => t.err_phone_taken.into(),
        Refusal::TooManyPhones => t.err_too_many_phones.n(domain::limits::MAX_PHONES_PER_USER),
        Refusal::CodeExpired => t.err_code_expired.into(),
        Refusal::SendTooSoon { retry_after } => resend_wait(t, *retry_after),
        Refusal::SmsUnavailable => t.err_sms_unavailable.into(),
        Refusal::ReauthRequired => t.profile.err_reauth_required.into(),
        Refusal::FactorNotFound => t.profile.err_factor_not_found.into(),
        Refusal::LastRequiredFactor => t.profile.err_last_required_factor.into(),
        Refusal::WrongPassword => t.profile.err_wrong_password.into(),
        Refusal::PasswordTooShort => t.profile.err_password_too_short.n(domain::password::MIN_CHARS),
        Refusal::PasswordIsEmail => t.profile.err_password_is_email.into(),
        Refusal::PasswordTooCommon => t.profile.err_password_too_common.into(),
        Refusal::PasswordsDiffer => t.profile.err_passwords_differ.into(),
        Refusal::LinkInvalid => t.profile.err_link_invalid.into(),
        Refusal::TimeZoneUnknown => t.profile.err_time_zone.into(),
        Refusal::DeadlinePassed => t.err_deadline_passed.into(),
        Refusal::Forbidden => t.admin.err_forbidden.into(),
        Refusal::MfaNotAvailable => t.admin.err_not_available.into(),
        Refusal::AdminNeedsFactor => t.admin.err_needs_factor.into(),
        Refusal::DeadlineEmpty => t.admin.err_deadline_empty.into(),
        Refusal::DeadlineInvalid => t.admin.err_deadline_invalid.into(),
        Refusal::DeadlineInPast => t.admin.err_deadline_past.into(),
        Refusal::ResetNotVerified => t.admin.err_not_verified.into(),
        Refusal::MemberNotFound => t.admin.err_member_not_found.into(),
        Refusal::ResetSelf => t.admin.err_reset_self.into(),
        Refusal::NothingToReset => t.admin.err_nothing_to_reset.into(),
        Refusal::LastAdmin => t.admin.err_last_admin.into(),
        Refusal::AlreadyMember => t.admin.err_already_member.into(),
        Refusal::InvitationNotYours => t.invitation.err_not_yours.into(),
        Refusal::SsoRequired => t.sso.err_required.into(),
        Refusal::SsoManaged => t.sso.err_managed.into(),
        Refusal::DomainInvalid => t.sso.err_domain_invalid.into(),
        Refusal::DomainTaken => t.sso.err_domain_taken.into(),
        Refusal::DomainNotProven => t.sso.err_domain_not_proven.into(),
        Refusal::IssuerUnreachable => t.sso.err_issuer_unreachable.into(),
        Refusal::IssuerUnsuitable => t.sso.err_issuer_unsuitable.into(),
        Refusal::IssuerUrlInvalid => t.sso.err_issuer_url.into(),
        Refusal::SsoNotReady => t.sso.err_not_ready.into(),
        Refusal::ClientSettingsInvalid => t.sso.err_client_settings.into(),
        Refusal::SsoFailed { failure } => t.sso.failure(*failure).into(),
        Refusal::PasskeyFailed => t.passkey.failed.into(),
        Refusal::PasskeysUnavailable => t.passkey.err_unavailable.into(),
        Refusal::PasskeySignInNotAllowed => t.passkey.err_sign_in_not_allowed.into(),
        Refusal::TooManyPasskeys => t.passkey.err_too_many.n(domain::limits::MAX_PASSKEYS_PER_USER),
        Refusal::MemberNameInvalid => t.admin.err_member_name.n(domain::company::MEMBER_NAME_MAX_CHARS),
    }
}

/// What a passkey's button says when its ceremony is answered with an
/// error: these, by kind (a wait without its length: the browser has no
/// catalogue to write it), and its own words for anything else. The server renders them into the island,
/// so the browser carries no other words.
pub fn passkey_messages(t: &Texts) -> Vec<(AppError, String)> {
    let mut messages: Vec<(AppError, String)> = [
        Refusal::PasskeysUnavailable,
        Refusal::PasskeySignInNotAllowed,
        Refusal::TooManyPasskeys,
        Refusal::PasswordResetRequired,
        Refusal::SsoRequired,
        Refusal::ReauthRequired,
        Refusal::OutOfOrder,
        Refusal::Conflict,
        Refusal::AlreadyEnrolled,
    ]
    .into_iter()
    .map(|refusal| {
        let error = AppError::Refused(refusal);
        let message = error.message(t);
        (error, message)
    })
    .chain([AppError::Internal, AppError::Transport].map(|e| {
        let message = e.message(t);
        (e, message)
    }))
    .collect();
    messages.push((
        AppError::Refused(Refusal::TooManyAttempts { retry_after: 0 }),
        t.err_too_many_attempts_later.to_owned(),
    ));
    messages
}

/// The message for `error` among `messages` (by kind), if there is one.
pub fn message_among(messages: &[(AppError, String)], error: &AppError) -> Option<String> {
    use std::mem::discriminant;
    let same = |known: &AppError| match (known, error) {
        (AppError::Refused(a), AppError::Refused(b)) => discriminant(a) == discriminant(b),
        (a, b) => discriminant(a) == discriminant(b),
    };
    let (_, text) = messages.iter().find(|(known, _)| same(known))?;
    Some(text.clone())
}

/// "You can ask for a new code in …": seconds under a minute, else minutes.
pub fn resend_wait(t: &Texts, seconds: i64) -> String {
    if seconds < 60 {
        t.resend_in_seconds.n(seconds.max(1))
    } else {
        t.resend_in_minutes.n(minutes(seconds))
    }
}

/// The words of a wait of `seconds` as it counts down in the browser,
/// which has no catalogue: `(up to these many seconds, words)`, shortest
/// first (every second of the last minute, then one per minute).
pub fn resend_waits(t: &Texts, seconds: i64) -> Vec<(i64, String)> {
    let seconds = seconds.max(1);
    (1..=seconds.min(59))
        .chain((1..=minutes(seconds)).map(|m| m * 60))
        .map(|bound| (bound, resend_wait(t, bound)))
        .collect()
}

/// The words for `left` seconds among [`resend_waits`]' table.
pub fn wait_among(waits: &[(i64, String)], left: i64) -> String {
    waits
        .iter()
        .find(|(bound, _)| *bound >= left)
        .or(waits.last())
        .map(|(_, words)| words.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{AppError, Refusal};
    use crate::i18n::Language;

    #[test]
    fn a_code_from_the_past_reads_as_expired_one_from_the_future_as_a_fast_clock() {
        let old =
            AppError::from(Refusal::ClockDrift { seconds: -90 }).message(crate::i18n::texts_in(Language::En));
        assert!(
            old.starts_with("That code has expired.") && old.contains("about 90 seconds slow"),
            "{old}"
        );
        let early =
            AppError::from(Refusal::ClockDrift { seconds: 60 }).message(crate::i18n::texts_in(Language::En));
        assert!(early.contains("about 60 seconds fast"), "{early}");
        assert!(
            AppError::from(Refusal::ClockDrift { seconds: -90 })
                .message(crate::i18n::texts_in(Language::Fr))
                .starts_with("Ce code a expiré.")
        );
    }

    #[test]
    fn phone_messages_name_the_country_and_the_wait_in_each_language() {
        use domain::phone::Country;
        let wrong = AppError::from(Refusal::PhoneNotInCountry { country: Country::Us });
        assert!(
            wrong
                .message(crate::i18n::texts_in(Language::En))
                .contains("(United States)")
        );
        assert!(
            wrong
                .message(crate::i18n::texts_in(Language::Fr))
                .contains("(États-Unis)")
        );
        let soon = AppError::from(Refusal::SendTooSoon { retry_after: 25 });
        assert_eq!(
            soon.message(crate::i18n::texts_in(Language::En)),
            "You can ask for a new code in 25 seconds."
        );
        let later = AppError::from(Refusal::SendTooSoon { retry_after: 3450 });
        assert_eq!(
            later.message(crate::i18n::texts_in(Language::Fr)),
            "Vous pourrez demander un nouveau code dans 58 min."
        );
        assert_eq!(AppError::from(Refusal::SmsUnavailable).status(), 503);
    }

    #[test]
    fn a_passkey_button_words_refusals_by_kind_and_falls_back_to_its_own() {
        use super::{message_among, passkey_messages};
        for locale in Language::ALL {
            let t = crate::i18n::texts_in(locale);
            let messages = passkey_messages(t);
            let not_allowed = AppError::from(Refusal::PasskeySignInNotAllowed);
            assert_eq!(
                message_among(&messages, &not_allowed).as_deref(),
                Some(t.passkey.err_sign_in_not_allowed)
            );
            let limited = AppError::from(Refusal::TooManyAttempts { retry_after: 61 });
            let wait = message_among(&messages, &limited);
            assert_eq!(wait.as_deref(), Some(t.err_too_many_attempts_later));
            let too_many = message_among(&messages, &AppError::from(Refusal::TooManyPasskeys));
            assert!(too_many.is_some_and(|m| m.contains("10")));
            assert!(message_among(&messages, &AppError::Transport).is_some());
            // The button's own words: for the ceremony it runs.
            assert_eq!(
                message_among(&messages, &AppError::from(Refusal::PasskeyFailed)),
                None
            );
            assert_eq!(message_among(&messages, &AppError::BadRequest), None);
        }
    }

    #[test]
    fn messages_state_the_numbers_really_checked() {
        for locale in Language::ALL {
            let t = crate::i18n::texts_in(locale);
            let long = AppError::from(Refusal::PasswordTooLong).message(t);
            assert!(long.contains("1024"), "{long}");
            let wait = AppError::from(Refusal::TooManyAttempts { retry_after: 61 }).message(t);
            assert!(wait.contains('2'), "{wait}");
        }
    }
}
