//! What the page for the current step needs to show.

use super::enroll::suggested_app_name;
use super::{PENDING_RECOVERY, PENDING_SECRET, Services};
use crate::db::LazyConn;
use crate::error::{Refusal, ServiceError, ServiceResult};
use crate::qr;
use crate::session::SessionCtx;
use crate::store::{Conn, factors, passkeys, phones, users};
use domain::codes::RecoveryCode;
use domain::limits::MAX_PASSKEYS_PER_USER;
use domain::page::Page;
use domain::phone::{last_four, sms_allowed, sms_countries};
use domain::policy::PaymentRole;
use domain::policy::{self, MfaRequirement, PolicyInput};
use domain::signin::{Purpose, SignIn};
use domain::step::{AppChoice, Choices, Deadline, PhoneChoice, SmsStatus, Step, StepView};
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
        let signed_in = state.signed_in_user().is_some();
        let view = self.step_view(state, session.language()).await?;
        Ok(Step {
            page,
            signed_in,
            view,
        })
    }

    async fn step_view(&self, state: SignIn, language: catalogue::Language) -> ServiceResult<StepView> {
        let mut conn = LazyConn::new(&self.db);
        Ok(match state {
            SignIn::Email | SignIn::AwaitingPasskey => StepView::Email,
            SignIn::Password { email } => StepView::Password { email },
            SignIn::Sso { company, .. } => StepView::Sso { company },
            SignIn::MfaRequired { user_id, deadline } => {
                let deadline = match deadline {
                    Some(at) => {
                        let user = users::find(conn.get().await?, user_id)
                            .await?
                            .ok_or(Refusal::OutOfOrder)?;
                        Some(self.deadline(at, &user))
                    }
                    None => None,
                };
                StepView::MfaRequired { deadline }
            }
            SignIn::ChooseMethod { user_id, purpose } => {
                let conn = conn.get().await?;
                let role = self.role(conn, user_id).await?;
                let taken: Vec<String> = factors::list_apps(conn, user_id)
                    .await?
                    .into_iter()
                    .map(|a| a.name)
                    .collect();
                let phones = phones::count(conn, user_id).await?;
                let passkey = self.passkeys_available()
                    && self.sso_managed(conn, user_id).await?.is_none()
                    && passkeys::count(conn, user_id).await? < MAX_PASSKEYS_PER_USER as i64
                    && (role != PaymentRole::Payor || !taken.is_empty());
                StepView::ChooseMethod {
                    passkey,
                    after_recovery: purpose == Purpose::AfterRecovery,
                    has_apps: !taken.is_empty(),
                    suggested_name: suggested_app_name(language, &taken),
                    sms: sms_allowed(role) && phones < domain::limits::MAX_PHONES_PER_USER as i64,
                    app_recommended: role == PaymentRole::PayeeAdmin,
                }
            }
            SignIn::SetupApp {
                user_id,
                secret,
                purpose,
                ..
            } => {
                let user = users::find(conn.get().await?, user_id)
                    .await?
                    .ok_or(Refusal::OutOfOrder)?;
                let secret = TotpSecret::from_bytes(self.open(&secret.0, PENDING_SECRET, user_id)?);
                let uri = secret.otpauth_uri(&self.issuer, &user.email);
                // About a millisecond of drawing: on the bounded pool, with
                // no connection held, never on the async workers.
                conn.release();
                let qr_svg = self
                    .hasher
                    .run(move || qr::svg(&uri))
                    .await
                    .map_err(ServiceError::Internal)?
                    .ok_or_else(|| ServiceError::Internal("QR code".into()))?;
                StepView::SetupApp {
                    qr_svg,
                    setup_key: secret.setup_key(),
                    account: user.email,
                    from_profile: purpose.signed_in(),
                }
            }
            SignIn::SetupSms {
                user_id,
                phone,
                purpose,
            } => {
                let conn = conn.get().await?;
                let role = self.role(conn, user_id).await?;
                let sent = match phone {
                    Some(phone) => Some(self.sms_status(conn, user_id, &phone).await?),
                    None => None,
                };
                StepView::SetupSms {
                    countries: sms_countries(role).to_vec(),
                    sent,
                    from_profile: purpose.signed_in(),
                }
            }
            SignIn::Challenge { user_id, factor, .. } => {
                let choices = self.choices(conn.get().await?, user_id).await?;
                let picked = factor
                    .and_then(|f| choices.apps.iter().find(|a| a.id == f))
                    .map(|a| a.name.clone());
                StepView::Challenge { choices, picked }
            }
            SignIn::PasskeyChallenge { user_id, passkey, .. } => {
                let choices = self.choices(conn.get().await?, user_id).await?;
                let picked = passkey
                    .and_then(|p| choices.passkeys.iter().find(|k| k.id == p))
                    .map(|k| k.name.clone());
                StepView::PasskeyChallenge { choices, picked }
            }
            SignIn::SmsChallenge {
                user_id, phone_id, ..
            } => {
                let conn = conn.get().await?;
                let choices = self.choices(conn, user_id).await?;
                let phone = phones::find(conn, user_id, phone_id)
                    .await?
                    .ok_or(Refusal::OutOfOrder)?;
                let status = self.sms_status(conn, user_id, &phone.phone).await?;
                StepView::SmsChallenge { choices, status }
            }
            SignIn::Recovery { user_id, .. } => StepView::Recovery {
                choices: self.choices(conn.get().await?, user_id).await?,
            },
            SignIn::SaveRecoveryCode {
                user_id,
                code,
                purpose,
            } => {
                let plain = self.open(&code.0, PENDING_RECOVERY, user_id)?;
                let code = RecoveryCode::parse(&String::from_utf8_lossy(&plain))
                    .map_err(|_| ServiceError::Internal("stored recovery code".into()))?;
                StepView::SaveRecoveryCode {
                    grouped: code.grouped(),
                    code: code.as_str().to_owned(),
                    after_recovery: purpose == Purpose::AfterRecovery,
                }
            }
            SignIn::SignedIn { user_id, .. } => {
                let conn = conn.get().await?;
                let user = users::find(conn, user_id).await?.ok_or(Refusal::OutOfOrder)?;
                let mfa_deadline = self.coming_deadline(conn, &user).await?;
                let admin = crate::store::companies::administered_by(conn, user_id)
                    .await?
                    .is_some();
                StepView::SignedIn {
                    display_name: user.display_name,
                    email: user.email,
                    mfa_deadline,
                    admin,
                }
            }
        })
    }

    /// A company's deadline as `user` is told it: days left, and the day.
    fn deadline(&self, at: i64, user: &users::User) -> Deadline {
        Deadline {
            days_left: policy::days_left(at, self.now()),
            date: super::profile::local_time(at, &user.time_zone),
        }
    }

    /// The deadline ahead of a user with no factor yet, if a company set one.
    async fn coming_deadline(&self, conn: &mut Conn, user: &users::User) -> ServiceResult<Option<Deadline>> {
        // An SSO account's two-factor authentication is its provider's.
        if factors::has_any_factor(conn, user.id).await? || self.sso_managed(conn, user.id).await?.is_some() {
            return Ok(None);
        }
        let input = PolicyInput {
            payment_role: user.payment_role,
            has_factor: false,
            companies: users::company_mfa(conn, user.id).await?,
        };
        Ok(match policy::requirement(&input, self.now()) {
            MfaRequirement::NotYetRequired { deadline } => {
                Some(self.deadline(deadline.unix_timestamp(), user))
            }
            _ => None,
        })
    }

    async fn role(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<PaymentRole> {
        Ok(users::find(conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?
            .payment_role)
    }

    /// Every registered app and phone, for the method picker.
    async fn choices(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<Choices> {
        let apps = factors::list_apps(conn, user_id)
            .await?
            .into_iter()
            .map(|a| AppChoice {
                id: a.id,
                name: a.name,
            })
            .collect();
        let phones = phones::list(conn, user_id)
            .await?
            .into_iter()
            .map(|p| PhoneChoice {
                id: p.id,
                last_four: last_four(&p.phone),
            })
            .collect();
        let passkeys = passkeys::list(conn, user_id)
            .await?
            .into_iter()
            .map(|k| AppChoice {
                id: k.id,
                name: k.name,
            })
            .collect();
        Ok(Choices {
            apps,
            phones,
            passkeys,
        })
    }

    /// Whether a code texted to `phone` is waiting, and when another can be sent.
    async fn sms_status(&self, conn: &mut Conn, user_id: i64, phone: &str) -> ServiceResult<SmsStatus> {
        let live = phones::live_code(conn, user_id)
            .await?
            .is_some_and(|c| c.phone == phone && c.expires_at > self.now().unix_timestamp());
        Ok(SmsStatus {
            last_four: last_four(phone),
            code_minutes: self.sms_settings.code_minutes,
            resend_in: self.send_wait(conn, user_id, phone).await?,
            live,
        })
    }
}
