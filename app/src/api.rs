//! Server functions: thin adapters that check the session's step through a
//! service and then redirect to the page of the step that follows. With
//! JavaScript off the redirect is a 302; with it on, client-side routing.

use crate::error::AppError;
use leptos::prelude::*;

pub use domain::step::{AppChoice, StepView};

pub mod paths {
    pub const HOME: &str = "/";
    pub const EMAIL: &str = "/login";
    pub const PASSWORD: &str = "/login/password";
    pub const MFA_REQUIRED: &str = "/login/mfa-required";
    pub const CHOOSE_METHOD: &str = "/login/setup";
    pub const SETUP_APP: &str = "/login/setup/app";
    pub const SAVE_RECOVERY: &str = "/login/recovery-code";
    pub const VERIFY: &str = "/login/verify";
    pub const METHODS: &str = "/login/methods";
    pub const RECOVERY: &str = "/login/recovery";
}

/// The page where `step` is shown.
pub fn path_of(step: &StepView) -> &'static str {
    match step {
        StepView::Email => paths::EMAIL,
        StepView::Password { .. } => paths::PASSWORD,
        StepView::MfaRequired => paths::MFA_REQUIRED,
        StepView::ChooseMethod { .. } => paths::CHOOSE_METHOD,
        StepView::SetupApp { .. } => paths::SETUP_APP,
        StepView::Challenge { .. } => paths::VERIFY,
        StepView::Recovery { .. } => paths::RECOVERY,
        StepView::SaveRecoveryCode { .. } => paths::SAVE_RECOVERY,
        StepView::SignedIn { .. } => paths::HOME,
    }
}

/// Whether `path` may show `step`. The email page is open at any unfinished
/// step (entering an email restarts), and the method picker belongs to the
/// challenge.
pub fn path_allows(step: &StepView, path: &str) -> bool {
    path == path_of(step)
        || (path == paths::EMAIL && !matches!(step, StepView::SignedIn { .. }))
        || (path == paths::METHODS && matches!(step, StepView::Challenge { .. } | StepView::Recovery { .. }))
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::{StepView, path_of};
    use crate::error::AppError;
    use backend::{ServiceError, Services, SessionCtx};
    use domain::codes::CodeFormatError;
    use leptos::prelude::*;

    pub async fn context() -> Result<(Services, SessionCtx), AppError> {
        let services = use_context::<Services>().ok_or(AppError::Internal)?;
        let axum::Extension(session) = leptos_axum::extract::<axum::Extension<SessionCtx>>()
            .await
            .map_err(|_| AppError::Internal)?;
        Ok((services, session))
    }

    pub fn to_app_error(err: ServiceError, recovery: bool) -> AppError {
        match err {
            ServiceError::EmailEmpty => AppError::EmailEmpty,
            ServiceError::EmailMalformed => AppError::EmailMalformed,
            ServiceError::InvalidCredentials => AppError::InvalidCredentials,
            ServiceError::PasswordTooLong => AppError::PasswordTooLong,
            ServiceError::TooManyAttempts => AppError::TooManyAttempts,
            ServiceError::OutOfOrder | ServiceError::Abandoned => AppError::OutOfOrder,
            ServiceError::Conflict => AppError::Conflict,
            ServiceError::CodeFormat(CodeFormatError::Empty) => AppError::CodeEmpty,
            ServiceError::CodeFormat(CodeFormatError::WrongLength) if recovery => AppError::RecoveryLength,
            ServiceError::CodeFormat(CodeFormatError::WrongLength) => AppError::CodeLength,
            ServiceError::CodeFormat(CodeFormatError::NotDigits) => AppError::CodeDigits,
            ServiceError::WrongCode => AppError::WrongCode,
            ServiceError::CodeReplayed => AppError::CodeReplayed,
            ServiceError::ClockDrift { seconds } => AppError::ClockDrift { seconds },
            ServiceError::NotConfirmed => AppError::NotConfirmed,
            ServiceError::NameInvalid => AppError::NameInvalid,
            ServiceError::NameTaken => AppError::NameTaken,
            ServiceError::TooManyApps => AppError::TooManyApps,
            ServiceError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                AppError::Internal
            }
        }
    }

    /// After a step: on success go to the page of the new state; when the
    /// sign-in was abandoned, back to the start with a notice.
    pub async fn finish(
        services: &Services,
        result: Result<(), ServiceError>,
        session: &SessionCtx,
        recovery: bool,
    ) -> Result<(), AppError> {
        match result {
            Ok(()) => {
                let view = services
                    .current_step(session)
                    .await
                    .map_err(|e| to_app_error(e, recovery))?;
                leptos_axum::redirect(path_of(&view));
                Ok(())
            }
            Err(ServiceError::Abandoned) => {
                leptos_axum::redirect("/login?notice=abandoned");
                Ok(())
            }
            // A stale form from a sign-in that went on elsewhere: say so and
            // link to where it is now (unless it is over).
            Err(ServiceError::OutOfOrder) => Err(match services.current_step(session).await {
                Ok(StepView::Email) | Err(_) => AppError::OutOfOrder,
                Ok(view) => AppError::MovedOn {
                    path: path_of(&view).to_owned(),
                },
            }),
            Err(err) => Err(to_app_error(err, recovery)),
        }
    }
}

/// Runs one service call and finishes the step (redirect or error).
#[cfg(feature = "ssr")]
macro_rules! step {
    (|$svc:ident, $session:ident| $call:expr) => {
        step!(recovery = false, |$svc, $session| $call)
    };
    (recovery = $recovery:expr, |$svc:ident, $session:ident| $call:expr) => {{
        let ($svc, $session) = ssr::context().await?;
        let result = $call.await;
        ssr::finish(&$svc, result, &$session, $recovery).await
    }};
}

#[server(endpoint = "step")]
pub async fn current_step() -> Result<StepView, AppError> {
    let (services, session) = ssr::context().await?;
    services
        .current_step(&session)
        .await
        .map_err(|e| ssr::to_app_error(e, false))
}

#[server(endpoint = "signin/email")]
pub async fn submit_email(email: String) -> Result<(), AppError> {
    step!(|svc, session| svc.submit_email(&session, &email))
}

#[server(endpoint = "signin/password")]
pub async fn submit_password(password: String) -> Result<(), AppError> {
    step!(|svc, session| svc.submit_password(&session, &password))
}

#[server(endpoint = "signin/setup")]
pub async fn start_setup() -> Result<(), AppError> {
    step!(|svc, session| svc.start_setup(&session))
}

#[server(endpoint = "signin/method")]
pub async fn choose_method(method: String, name: Option<String>) -> Result<(), AppError> {
    if method != "app" {
        return Err(AppError::OutOfOrder);
    }
    step!(|svc, session| svc.choose_app(&session, name.as_deref()))
}

#[server(endpoint = "signin/skip")]
pub async fn skip_setup() -> Result<(), AppError> {
    step!(|svc, session| svc.skip_setup(&session))
}

#[server(endpoint = "signin/app")]
pub async fn confirm_app(code: String) -> Result<(), AppError> {
    step!(|svc, session| svc.confirm_app(&session, &code))
}

#[server(endpoint = "signin/code")]
pub async fn verify_code(code: String) -> Result<(), AppError> {
    step!(|svc, session| svc.verify_code(&session, &code))
}

#[server(endpoint = "signin/pick")]
pub async fn pick_method(factor: Option<i64>, recovery: Option<String>) -> Result<(), AppError> {
    step!(|svc, session| svc.pick_method(&session, factor, recovery.is_some()))
}

#[server(endpoint = "signin/recovery")]
pub async fn verify_recovery(code: String) -> Result<(), AppError> {
    step!(recovery = true, |svc, session| svc
        .verify_recovery_code(&session, &code))
}

#[server(endpoint = "signin/saved")]
pub async fn confirm_saved(saved: Option<String>) -> Result<(), AppError> {
    step!(|svc, session| svc.confirm_recovery_saved(&session, saved.is_some()))
}

#[server(endpoint = "signout")]
pub async fn sign_out() -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .sign_out(&session)
        .await
        .map_err(|e| ssr::to_app_error(e, false))?;
    leptos_axum::redirect("/login?notice=signed_out");
    Ok(())
}
