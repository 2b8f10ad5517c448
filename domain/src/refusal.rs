//! Everything a person can be told when a step does not go through. One
//! enum from the domain to the browser: services return it, server
//! functions send it, pages show it. Variants carry no input and no secret,
//! because they travel in URLs (`__err`) and JSON.

use crate::page::Page;
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
    /// A state change that did not come from this site.
    #[error("foreign origin")]
    ForeignOrigin,
}

impl Refusal {
    /// The HTTP status of the answer: 400 bad input, 403 foreign origin,
    /// 409 out of order or moved on, 429 limited.
    pub fn status(&self) -> u16 {
        match self {
            Self::TooManyAttempts { .. } => 429,
            Self::ForeignOrigin => 403,
            Self::OutOfOrder
            | Self::MovedOn { .. }
            | Self::Conflict
            | Self::AlreadyEnrolled
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
