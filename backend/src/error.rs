//! What a use case can answer besides success. Variants carry no secrets and
//! no user input, so they can travel to the browser as they are.

use domain::codes::CodeFormatError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("the email address is empty")]
    EmailEmpty,
    #[error("the email address is malformed")]
    EmailMalformed,
    /// Wrong email or password; deliberately one answer for both.
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("password too long")]
    PasswordTooLong,
    #[error("too many attempts")]
    TooManyAttempts,
    /// The session is not at the step this request belongs to.
    #[error("step out of order")]
    OutOfOrder,
    /// Another tab or request changed this sign-in first.
    #[error("sign-in changed concurrently")]
    Conflict,
    #[error("code format: {0}")]
    CodeFormat(CodeFormatError),
    /// Wrong, expired or rate-limited code: one answer for all three.
    #[error("wrong code")]
    WrongCode,
    #[error("code already used")]
    CodeReplayed,
    #[error("clock drift of {seconds} s")]
    ClockDrift { seconds: i64 },
    #[error("too many wrong codes; sign-in abandoned")]
    Abandoned,
    #[error("recovery code not confirmed as saved")]
    NotConfirmed,
    #[error("app name invalid")]
    NameInvalid,
    #[error("app name already used")]
    NameTaken,
    #[error("too many apps")]
    TooManyApps,
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<sqlx::Error> for ServiceError {
    fn from(err: sqlx::Error) -> Self {
        Self::Internal(format!("database: {err}"))
    }
}

impl From<domain::signin::OutOfOrder> for ServiceError {
    fn from(_: domain::signin::OutOfOrder) -> Self {
        Self::OutOfOrder
    }
}

impl From<CodeFormatError> for ServiceError {
    fn from(err: CodeFormatError) -> Self {
        Self::CodeFormat(err)
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;
