//! What the page for the current step needs to show.

use super::enroll::suggested_app_name;
use super::{PENDING_RECOVERY, PENDING_SECRET, Services};
use crate::db::LazyConn;
use crate::error::{Refusal, ServiceError, ServiceResult};
use crate::qr;
use crate::session::SessionCtx;
use crate::store::{factors, users};
use domain::codes::RecoveryCode;
use domain::page::Page;
use domain::signin::SignIn;
use domain::step::{AppChoice, Step, StepView};
use domain::totp::TotpSecret;

impl Services {
    /// The page of the session's step (no I/O: for redirects after a step).
    pub async fn current_page(&self, session: &SessionCtx) -> Page {
        Page::of(&session.state().await)
    }

    /// The current step and everything its page shows.
    pub async fn current_step(&self, session: &SessionCtx) -> ServiceResult<Step> {
        let state = session.state().await;
        let page = Page::of(&state);
        let view = self.step_view(state).await?;
        Ok(Step { page, view })
    }

    async fn step_view(&self, state: SignIn) -> ServiceResult<StepView> {
        let mut conn = LazyConn::new(&self.db);
        let apps = |list: Vec<factors::TotpFactor>| -> Vec<AppChoice> {
            list.into_iter()
                .map(|a| AppChoice {
                    id: a.id,
                    name: a.name,
                })
                .collect()
        };
        Ok(match state {
            SignIn::Email => StepView::Email,
            SignIn::Password { email } => StepView::Password { email },
            SignIn::MfaRequired { .. } => StepView::MfaRequired,
            SignIn::ChooseMethod {
                user_id,
                after_recovery,
            } => {
                let taken: Vec<String> = factors::list_apps(conn.get().await?, user_id)
                    .await?
                    .into_iter()
                    .map(|a| a.name)
                    .collect();
                StepView::ChooseMethod {
                    after_recovery,
                    has_apps: !taken.is_empty(),
                    suggested_name: suggested_app_name(&taken),
                }
            }
            SignIn::SetupApp { user_id, secret, .. } => {
                let user = users::find(conn.get().await?, user_id)
                    .await?
                    .ok_or(Refusal::OutOfOrder)?;
                let secret = TotpSecret::from_bytes(self.open(&secret.0, PENDING_SECRET, user_id)?);
                let uri = secret.otpauth_uri(&self.issuer, &user.email);
                let qr_svg = qr::svg(&uri).ok_or_else(|| ServiceError::Internal("QR code".into()))?;
                StepView::SetupApp {
                    qr_svg,
                    setup_key: secret.setup_key(),
                    account: user.email,
                }
            }
            SignIn::Challenge { user_id, factor, .. } => {
                let list = apps(factors::list_apps(conn.get().await?, user_id).await?);
                let picked = factor
                    .and_then(|f| list.iter().find(|a| a.id == f))
                    .map(|a| a.name.clone());
                StepView::Challenge { apps: list, picked }
            }
            SignIn::Recovery { user_id, .. } => StepView::Recovery {
                apps: apps(factors::list_apps(conn.get().await?, user_id).await?),
            },
            SignIn::SaveRecoveryCode {
                user_id,
                code,
                after_recovery,
            } => {
                let plain = self.open(&code.0, PENDING_RECOVERY, user_id)?;
                let code = RecoveryCode::parse(&String::from_utf8_lossy(&plain))
                    .map_err(|_| ServiceError::Internal("stored recovery code".into()))?;
                StepView::SaveRecoveryCode {
                    grouped: code.grouped(),
                    code: code.as_str().to_owned(),
                    after_recovery,
                }
            }
            SignIn::SignedIn { user_id } => {
                let user = users::find(conn.get().await?, user_id)
                    .await?
                    .ok_or(Refusal::OutOfOrder)?;
                StepView::SignedIn {
                    display_name: user.display_name,
                    email: user.email,
                }
            }
        })
    }
}
