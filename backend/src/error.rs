//! What a use case can answer besides success: a refusal the person is told
//! about (the domain's [`Refusal`]), or an internal failure that is logged
//! and shown as a generic message.

pub use domain::refusal::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("refused: {0}")]
    Refused(Refusal),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<Refusal> for ServiceError {
    fn from(refusal: Refusal) -> Self {
        Self::Refused(refusal)
    }
}

impl From<sqlx::Error> for ServiceError {
    fn from(err: sqlx::Error) -> Self {
        Self::Internal(format!("database: {err}"))
    }
}

impl From<domain::signin::OutOfOrder> for ServiceError {
    fn from(_: domain::signin::OutOfOrder) -> Self {
        Self::Refused(Refusal::OutOfOrder)
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;
