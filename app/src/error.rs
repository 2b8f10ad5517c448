//! The one error type server functions return. Variants are client-safe:
//! no input, no secret, no internal detail.

use crate::i18n::Texts;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("email empty")]
    EmailEmpty,
    #[error("email malformed")]
    EmailMalformed,
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("password too long")]
    PasswordTooLong,
    #[error("too many attempts")]
    TooManyAttempts,
    #[error("out of order")]
    OutOfOrder,
    /// The form is stale: this sign-in went on in another tab or window and
    /// is now at the page `path`.
    #[error("moved on")]
    MovedOn { path: String },
    #[error("conflict")]
    Conflict,
    #[error("code empty")]
    CodeEmpty,
    #[error("code length")]
    CodeLength,
    #[error("recovery code length")]
    RecoveryLength,
    #[error("code digits")]
    CodeDigits,
    #[error("wrong code")]
    WrongCode,
    #[error("code replayed")]
    CodeReplayed,
    #[error("clock drift")]
    ClockDrift { seconds: i64 },
    #[error("not confirmed")]
    NotConfirmed,
    #[error("name invalid")]
    NameInvalid,
    #[error("name taken")]
    NameTaken,
    #[error("too many apps")]
    TooManyApps,
    #[error("forbidden")]
    Forbidden,
    #[error("internal")]
    Internal,
    /// The request or response itself failed (network, decoding).
    #[error("transport")]
    Transport,
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Self::Transport
    }
}

impl AppError {
    /// The message shown to the user.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            Self::EmailEmpty => t.err_email_empty.into(),
            Self::EmailMalformed => t.err_email_malformed.into(),
            Self::InvalidCredentials => t.err_invalid_credentials.into(),
            Self::PasswordTooLong => t.err_password_too_long.into(),
            Self::TooManyAttempts => t.err_too_many_attempts.into(),
            Self::OutOfOrder => t.err_out_of_order.into(),
            Self::MovedOn { .. } => t.err_moved_on.into(),
            Self::Conflict => t.err_conflict.into(),
            Self::CodeEmpty => t.err_code_empty.into(),
            Self::CodeLength => t.err_code_length.into(),
            Self::RecoveryLength => t.err_recovery_length.into(),
            Self::CodeDigits => t.err_code_digits.into(),
            Self::WrongCode => t.err_wrong_code.into(),
            Self::CodeReplayed => t.err_code_replayed.into(),
            Self::ClockDrift { seconds } => {
                let template = if *seconds > 0 {
                    t.err_clock_fast
                } else {
                    t.err_clock_slow
                };
                template.replace("{n}", &seconds.abs().to_string())
            }
            Self::NotConfirmed => t.err_not_confirmed.into(),
            Self::NameInvalid => t.err_name_invalid.into(),
            Self::NameTaken => t.err_name_taken.into(),
            Self::TooManyApps => t.err_too_many_apps.into(),
            Self::Forbidden => t.err_forbidden.into(),
            Self::Internal => t.err_internal.into(),
            Self::Transport => t.err_transport.into(),
        }
    }

    /// Where the person can go on from here, with the link's words: the
    /// start for a sign-in that is gone, the current step for a stale form.
    pub fn way_on(&self, t: &Texts) -> Option<(String, &'static str)> {
        match self {
            Self::OutOfOrder => Some((crate::api::paths::EMAIL.to_owned(), t.start_again)),
            Self::MovedOn { path } => Some((path.clone(), t.go_to_current_step)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AppError;
    use crate::i18n::{EN, FR};

    #[test]
    fn a_code_from_the_past_reads_as_expired_one_from_the_future_as_a_fast_clock() {
        let old = AppError::ClockDrift { seconds: -90 }.message(&EN);
        assert!(
            old.starts_with("That code has expired.") && old.contains("about 90 seconds slow"),
            "{old}"
        );
        let early = AppError::ClockDrift { seconds: 60 }.message(&EN);
        assert!(early.contains("about 60 seconds fast"), "{early}");
        assert!(
            AppError::ClockDrift { seconds: -90 }
                .message(&FR)
                .starts_with("Ce code a expiré.")
        );
    }
}
