//! What the page for the current step needs to show.

use super::enroll::suggested_app_name;
use super::{PENDING_RECOVERY, PENDING_SECRET, Services};
use crate::error::{ServiceError, ServiceResult};
use crate::qr;
use crate::session::SessionCtx;
use crate::store::{factors, users};
use domain::codes::RecoveryCode;
use domain::signin::SignIn;
use domain::totp::TotpSecret;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppSummary {
    pub id: i64,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepData {
    Email,
    Password {
        email: String,
    },
    MfaRequired,
    ChooseMethod {
        after_recovery: bool,
        has_apps: bool,
        suggested_name: String,
    },
    SetupApp {
        qr_svg: String,
        setup_key: String,
        account: String,
        name: String,
    },
    Challenge {
        apps: Vec<AppSummary>,
        picked: Option<String>,
    },
    Recovery {
        apps: Vec<AppSummary>,
    },
    SaveRecoveryCode {
        code: String,
        grouped: String,
        after_recovery: bool,
    },
    SignedIn {
        display_name: String,
        email: String,
    },
}

impl Services {
    pub async fn current_step(&self, session: &SessionCtx) -> ServiceResult<StepData> {
        let state = session.state().await;
        let mut conn = self.db.pool.acquire().await?;
        let apps = |list: Vec<factors::TotpFactor>| -> Vec<AppSummary> {
            list.into_iter()
                .map(|a| AppSummary {
                    id: a.id,
                    name: a.name,
                })
                .collect()
        };
        Ok(match state {
            SignIn::Email => StepData::Email,
            SignIn::Password { email } => StepData::Password { email },
            SignIn::MfaRequired { .. } => StepData::MfaRequired,
            SignIn::ChooseMethod {
                user_id,
                after_recovery,
            } => {
                let taken: Vec<String> = factors::list_apps(&mut conn, user_id)
                    .await?
                    .into_iter()
                    .map(|a| a.name)
                    .collect();
                StepData::ChooseMethod {
                    after_recovery,
                    has_apps: !taken.is_empty(),
                    suggested_name: suggested_app_name(&taken),
                }
            }
            SignIn::SetupApp {
                user_id,
                secret,
                name,
                ..
            } => {
                let user = users::find(&mut conn, user_id)
                    .await?
                    .ok_or(ServiceError::OutOfOrder)?;
                let secret = TotpSecret::from_bytes(self.open(&secret.0, PENDING_SECRET, user_id)?);
                let uri = secret.otpauth_uri(&self.issuer, &user.email);
                let qr_svg = qr::svg(&uri).ok_or_else(|| ServiceError::Internal("QR code".into()))?;
                StepData::SetupApp {
                    qr_svg,
                    setup_key: secret.setup_key(),
                    account: user.email,
                    name,
                }
            }
            SignIn::Challenge { user_id, factor, .. } => {
                let list = apps(factors::list_apps(&mut conn, user_id).await?);
                let picked = factor
                    .and_then(|f| list.iter().find(|a| a.id == f))
                    .map(|a| a.name.clone());
                StepData::Challenge { apps: list, picked }
            }
            SignIn::Recovery { user_id, .. } => StepData::Recovery {
                apps: apps(factors::list_apps(&mut conn, user_id).await?),
            },
            SignIn::SaveRecoveryCode {
                user_id,
                code,
                after_recovery,
            } => {
                let plain = self.open(&code.0, PENDING_RECOVERY, user_id)?;
                let code = RecoveryCode::parse(&String::from_utf8_lossy(&plain))
                    .map_err(|_| ServiceError::Internal("stored recovery code".into()))?;
                StepData::SaveRecoveryCode {
                    grouped: code.grouped(),
                    code: code.as_str().to_owned(),
                    after_recovery,
                }
            }
            SignIn::SignedIn { user_id } => {
                let user = users::find(&mut conn, user_id)
                    .await?
                    .ok_or(ServiceError::OutOfOrder)?;
                StepData::SignedIn {
                    display_name: user.display_name,
                    email: user.email,
                }
            }
        })
    }
}
