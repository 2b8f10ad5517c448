//! Server functions: thin adapters that check the session's step through a
//! service and then redirect to the page of the step that follows. With
//! JavaScript off the redirect is a 302; with it on, client-side routing.

use crate::error::AppError;
use leptos::prelude::*;

pub use domain::page::Page;
pub use domain::secret::Secret;
pub use domain::step::{AppChoice, Choices, PhoneChoice, SmsStatus, Step, StepView};

#[cfg(feature = "ssr")]
mod ssr {
    use crate::error::AppError;
    use backend::error::Refusal;
    use backend::{ServiceError, Services, SessionCtx};
    use domain::page::Page;
    use leptos::prelude::*;

    pub async fn context() -> Result<(Services, SessionCtx), AppError> {
        let services = use_context::<Services>().ok_or(AppError::Internal)?;
        let axum::Extension(session) = leptos_axum::extract::<axum::Extension<SessionCtx>>()
            .await
            .map_err(|_| AppError::Internal)?;
        Ok((services, session))
    }

    pub fn to_app_error(err: ServiceError) -> AppError {
        match err {
            ServiceError::Refused(refusal) => AppError::Refused(refusal),
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
    ) -> Result<(), AppError> {
        match result {
            Ok(()) => {
                leptos_axum::redirect(services.current_page(session).await.path());
                Ok(())
            }
            Err(ServiceError::Refused(Refusal::Abandoned)) => {
                leptos_axum::redirect("/login?notice=abandoned");
                Ok(())
            }
            // A stale form from a sign-in that went on elsewhere: say so and
            // link to where it is now (unless it is over).
            Err(ServiceError::Refused(Refusal::OutOfOrder)) => {
                Err(match services.current_page(session).await {
                    Page::Email => Refusal::OutOfOrder,
                    page => Refusal::MovedOn { page },
                }
                .into())
            }
            Err(err) => Err(to_app_error(err)),
        }
    }
}

/// Runs one service call and finishes the step (redirect or error).
#[cfg(feature = "ssr")]
macro_rules! step {
    (|$svc:ident, $session:ident| $call:expr) => {{
        let ($svc, $session) = ssr::context().await?;
        let result = $call.await;
        ssr::finish(&$svc, result, &$session).await
    }};
}

#[server(endpoint = "step")]
pub async fn current_step() -> Result<Step, AppError> {
    let (services, session) = ssr::context().await?;
    load_step(&services, &session).await
}

/// The session's step and what its page shows. The server loads it before
/// a wizard page renders (`crate::wizard::LoadedStep`).
#[cfg(feature = "ssr")]
pub async fn load_step(
    services: &backend::Services,
    session: &backend::SessionCtx,
) -> Result<Step, AppError> {
    services.current_step(session).await.map_err(ssr::to_app_error)
}

#[server(endpoint = "signin/email")]
pub async fn submit_email(email: String) -> Result<(), AppError> {
    step!(|svc, session| svc.submit_email(&session, &email))
}

/// The provider this session is on its way to (the SSO page).
#[server(endpoint = "sso/pending")]
pub async fn pending_sso() -> Result<Option<domain::sso::SsoRedirect>, AppError> {
    let (services, session) = ssr::context().await?;
    services.pending_sso(&session).await.map_err(ssr::to_app_error)
}

#[server(endpoint = "signin/password")]
pub async fn submit_password(password: Secret) -> Result<(), AppError> {
    step!(|svc, session| svc.submit_password(&session, password.expose()))
}

#[server(endpoint = "signin/setup")]
pub async fn start_setup() -> Result<(), AppError> {
    step!(|svc, session| svc.start_setup(&session))
}

/// "Select an Authentication Method" (also "Use a different number").
#[server(endpoint = "signin/method")]
pub async fn choose_method(method: String, name: Option<String>) -> Result<(), AppError> {
    match method.as_str() {
        "app" => step!(|svc, session| svc.choose_app(&session, name.as_deref())),
        "sms" => step!(|svc, session| svc.choose_sms(&session)),
        _ => Err(AppError::BadRequest),
    }
}

/// "Send Text Message".
#[server(endpoint = "signin/sms/send")]
pub async fn send_text(country: String, phone: String) -> Result<(), AppError> {
    step!(|svc, session| svc.send_setup_code(&session, &country, &phone))
}

/// "Resend New Code", while setting up a number or verifying with one.
#[server(endpoint = "signin/sms/resend")]
pub async fn resend_code() -> Result<(), AppError> {
    step!(|svc, session| svc.resend_code(&session))
}

/// "Set Up SMS Verification" → "Continue".
#[server(endpoint = "signin/sms")]
pub async fn confirm_sms(code: Secret) -> Result<(), AppError> {
    step!(|svc, session| svc.confirm_sms(&session, code.expose()))
}

/// **Remind Me Later**, before a company's MFA deadline.
#[server(endpoint = "signin/later")]
pub async fn remind_later() -> Result<(), AppError> {
    step!(|svc, session| svc.remind_later(&session))
}

#[server(endpoint = "signin/skip")]
pub async fn skip_setup() -> Result<(), AppError> {
    step!(|svc, session| svc.skip_setup(&session))
}

#[server(endpoint = "signin/app")]
pub async fn confirm_app(code: Secret) -> Result<(), AppError> {
    step!(|svc, session| svc.confirm_app(&session, code.expose()))
}

#[server(endpoint = "signin/code")]
pub async fn verify_code(code: Secret) -> Result<(), AppError> {
    step!(|svc, session| svc.verify_code(&session, code.expose()))
}

/// A choice on "How Do You Want to Verify Your Identity?": `factor` (an
/// app), `phone` (a code is texted to it) or `recovery`.
#[server(endpoint = "signin/pick")]
pub async fn pick_method(
    factor: Option<i64>,
    phone: Option<i64>,
    passkey: Option<i64>,
    recovery: Option<String>,
) -> Result<(), AppError> {
    use backend::services::Pick;
    let pick = match (factor, phone, passkey, recovery) {
        (_, _, _, Some(_)) => Pick::Recovery,
        (None, Some(phone), None, None) => Pick::Phone(phone),
        (None, None, Some(passkey), None) => Pick::Passkey(Some(passkey)),
        (factor, None, None, None) => Pick::App(factor),
        _ => return Err(AppError::BadRequest),
    };
    step!(|svc, session| svc.pick_method(&session, pick))
}

/// A passkey ceremony's options for the browser (WebAuthn's JSON,
/// `{"publicKey": …}`): `register` (enrolling, or **Add Passkey** on the
/// profile), `verify` ("Verify Your Identity") or `sign_in` (**Sign in
/// with a passkey**). The ceremony waits server-side for this session.
#[server(endpoint = "passkey/options")]
pub async fn passkey_options(ceremony: String) -> Result<String, AppError> {
    let ceremony = backend::services::Ceremony::parse(&ceremony).ok_or(AppError::BadRequest)?;
    let (services, session) = ssr::context().await?;
    services
        .passkey_options(&session, ceremony)
        .await
        .map_err(ssr::to_app_error)
}

/// The browser's answer to the session's ceremony (the credential's
/// `toJSON()`); the path of the page that follows. A sign-in abandoned
/// after too many failures, or gone on elsewhere, also answers a path.
#[server(endpoint = "passkey/finish")]
pub async fn passkey_finish(ceremony: String, credential: String) -> Result<String, AppError> {
    use backend::error::Refusal;
    let ceremony = backend::services::Ceremony::parse(&ceremony).ok_or(AppError::BadRequest)?;
    let (services, session) = ssr::context().await?;
    match services.passkey_finish(&session, ceremony, &credential).await {
        Ok(()) => Ok(services.current_page(&session).await.path().to_owned()),
        Err(backend::ServiceError::Refused(Refusal::Abandoned)) => Ok("/login?notice=abandoned".to_owned()),
        Err(backend::ServiceError::Refused(Refusal::OutOfOrder)) => {
            Ok(services.current_page(&session).await.path().to_owned())
        }
        Err(err) => Err(ssr::to_app_error(err)),
    }
}

#[server(endpoint = "signin/recovery")]
pub async fn verify_recovery(code: Secret) -> Result<(), AppError> {
    step!(|svc, session| svc.verify_recovery_code(&session, code.expose()))
}

#[server(endpoint = "signin/saved")]
pub async fn confirm_saved(saved: Option<String>) -> Result<(), AppError> {
    step!(|svc, session| svc.confirm_recovery_saved(&session, saved.is_some()))
}

#[server(endpoint = "signout")]
pub async fn sign_out() -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services.sign_out(&session).await.map_err(ssr::to_app_error)?;
    leptos_axum::redirect("/login?notice=signed_out");
    Ok(())
}

// My Profile Settings: each change is refused by its service unless the
// user re-authenticated in the last few minutes.

pub use domain::profile::{FactorKind, ProfileView};

#[server(endpoint = "profile")]
pub async fn load_profile() -> Result<ProfileView, AppError> {
    let (services, session) = ssr::context().await?;
    services.profile(&session).await.map_err(ssr::to_app_error)
}

/// "Confirm It's You": the current password and, with a factor, a code
/// (or, with the device lost, the recovery code).
/// From **Security Settings** (`back` = `admin`, or `admin_sso` from its
/// **SSO** tab), back there.
#[server(endpoint = "profile/confirm")]
pub async fn reauthenticate(
    password: Secret,
    code: Option<Secret>,
    recovery: Option<Secret>,
    back: Option<String>,
    passkey: Option<String>,
) -> Result<(), AppError> {
    let (code, recovery) = (
        code.as_ref().map(Secret::expose),
        recovery.as_ref().map(Secret::expose),
    );
    let passkey = passkey.as_deref();
    let back_to = match back.as_deref() {
        Some("admin") => Some(Page::Admin.path().to_owned()),
        Some("admin_sso") => Some(sso_tab_path(None)),
        _ => None,
    };
    if let Some(back_to) = back_to {
        let (services, session) = ssr::context().await?;
        return services
            .reauthenticate(&session, password.expose(), code, recovery, passkey)
            .await
            .map(|()| leptos_axum::redirect(&back_to))
            .map_err(ssr::to_app_error);
    }
    step!(|svc, session| svc.reauthenticate(&session, password.expose(), code, recovery, passkey))
}

/// "Sign out of all browsers".
#[server(endpoint = "profile/sign-out-everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .sign_out_everywhere(&session)
        .await
        .map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&format!("{}?notice=signed_out_everywhere", Page::Profile.path()));
    Ok(())
}

/// "Text Me a Code", for "Confirm It's You".
#[server(endpoint = "profile/text")]
pub async fn text_reauth_code() -> Result<(), AppError> {
    step!(|svc, session| svc.text_reauth_code(&session))
}

/// "Add Authenticator App" (`app`) or "Add Phone Number" (`phone`).
#[server(endpoint = "profile/add")]
pub async fn add_factor(kind: String) -> Result<(), AppError> {
    let kind = FactorKind::parse(&kind).ok_or(AppError::BadRequest)?;
    step!(|svc, session| svc.add_factor(&session, kind))
}

#[server(endpoint = "profile/cancel")]
pub async fn cancel_adding() -> Result<(), AppError> {
    step!(|svc, session| svc.cancel_adding(&session))
}

/// **Rename** an app, or (`kind` = `passkey`) a passkey.
#[server(endpoint = "profile/rename")]
pub async fn rename_app(id: i64, name: String, kind: Option<String>) -> Result<(), AppError> {
    let kind = match kind.as_deref() {
        None => FactorKind::App,
        Some(kind) => FactorKind::parse(kind).ok_or(AppError::BadRequest)?,
    };
    step!(|svc, session| svc.rename_factor(&session, kind, id, &name))
}

#[server(endpoint = "profile/remove")]
pub async fn remove_factor(kind: String, id: i64) -> Result<(), AppError> {
    let kind = FactorKind::parse(&kind).ok_or(AppError::BadRequest)?;
    step!(|svc, session| svc.remove_factor(&session, kind, id))
}

#[server(endpoint = "profile/recovery-code")]
pub async fn new_recovery_code() -> Result<(), AppError> {
    step!(|svc, session| svc.renew_recovery_code(&session))
}

// Passwords, and the links emails carry. None of them touches MFA.

/// "Forgot your password?" on "Enter Your Password": the same answer
/// whether or not an account uses the email.
#[server(endpoint = "signin/forgot")]
pub async fn forgot_password() -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .request_password_reset(&session)
        .await
        .map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&format!("{}?notice=reset_sent", Page::Password.path()));
    Ok(())
}

/// "Change Password" on My Profile Settings.
#[server(endpoint = "account/password")]
pub async fn change_password(current: Secret, password: Secret, confirm: Secret) -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .change_password(&session, current.expose(), password.expose(), confirm.expose())
        .await
        .map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&format!("{}?notice=password_changed", Page::Profile.path()));
    Ok(())
}

/// How hard a new password is to guess (0 to 4), for the meter; against
/// the signed-in user's email, or the email of the reset link's account.
#[server(endpoint = "account/strength")]
pub async fn password_strength(password: Secret, token: Option<Secret>) -> Result<u8, AppError> {
    let (services, session) = ssr::context().await?;
    services
        .new_password_strength(&session, password.expose(), token.as_ref().map(Secret::expose))
        .await
        .map_err(ssr::to_app_error)
}

/// Whether an emailed link (`reset` or `not_me`) still works.
#[server(endpoint = "account/link")]
pub async fn link_works(token: Secret, purpose: String) -> Result<bool, AppError> {
    use backend::services::LinkPurpose;
    let purpose = match purpose.as_str() {
        "reset" => backend::services::SETS_PASSWORD,
        "not_me" => &[LinkPurpose::NotMe],
        _ => return Err(AppError::BadRequest),
    };
    let (services, _) = ssr::context().await?;
    let account = services
        .link_account(token.expose(), purpose)
        .await
        .map_err(ssr::to_app_error)?;
    Ok(account.is_some())
}

/// "Reset Password" with the emailed link.
#[server(endpoint = "account/reset")]
pub async fn reset_password(token: Secret, password: Secret, confirm: Secret) -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .reset_password(&session, token.expose(), password.expose(), confirm.expose())
        .await
        .map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&format!("{}?notice=password_reset", Page::Email.path()));
    Ok(())
}

/// "This wasn't me": signs out every session of the account.
#[server(endpoint = "account/not-me")]
pub async fn not_me(token: Secret) -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .disown(&session, token.expose())
        .await
        .map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&format!("{}?notice=not_me", Page::Email.path()));
    Ok(())
}

// Security Settings → MFA, for a company's admins. The service finds the
// company from the session's user: a member or another company's admin
// calling these directly is refused (403).

pub use domain::company::{AdminView, Reprompt};

#[server(endpoint = "admin")]
pub async fn load_admin(log_page: u32) -> Result<AdminView, AppError> {
    let (services, session) = ssr::context().await?;
    services
        .admin_view(&session, log_page)
        .await
        .map_err(ssr::to_app_error)
}

/// Runs an admin's change, then back to **Security Settings** with `notice`.
#[cfg(feature = "ssr")]
async fn admin_change<F, Fut>(notice: &str, change: F) -> Result<(), AppError>
where
    F: FnOnce(backend::Services, backend::SessionCtx) -> Fut,
    Fut: std::future::Future<Output = Result<(), backend::ServiceError>>,
{
    let (services, session) = ssr::context().await?;
    change(services, session).await.map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&format!("{}?notice={notice}", Page::Admin.path()));
    Ok(())
}

/// **Require MFA** (a ticked box), **Enforcement Deadline** (`YYYY-MM-DD`),
/// re-prompt frequency.
#[server(endpoint = "admin/policy")]
pub async fn save_mfa_policy(
    require: Option<String>,
    deadline: Option<String>,
    reprompt: String,
    payment_passkeys: Option<String>,
) -> Result<(), AppError> {
    let reprompt = Reprompt::parse(&reprompt).ok_or(AppError::BadRequest)?;
    let deadline = require.and(Some(deadline.unwrap_or_default()));
    let payment_passkeys = payment_passkeys.is_some();
    admin_change("policy_saved", |svc, session| async move {
        svc.save_mfa_policy(&session, deadline.as_deref(), reprompt, payment_passkeys)
            .await
    })
    .await
}

/// **Reset MFA for Users**.
#[server(endpoint = "admin/reset")]
pub async fn reset_mfa(email: String, verified: Option<String>) -> Result<(), AppError> {
    admin_change("mfa_reset", |svc, session| async move {
        svc.reset_member_mfa(&session, &email, verified.is_some()).await
    })
    .await
}

/// **Deactivate** (`active` = `0`) or **Reactivate** (`1`) a member.
#[server(endpoint = "admin/member")]
pub async fn set_member_active(email: String, active: String) -> Result<(), AppError> {
    let active = match active.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(AppError::BadRequest),
    };
    admin_change("member_saved", |svc, session| async move {
        svc.set_member_active(&session, &email, active).await
    })
    .await
}

/// **Add Member**: an invitation to an address to join the admin's
/// company (the same answer whether or not it has an account).
#[server(endpoint = "admin/add-member")]
pub async fn add_member(email: String, name: Option<String>) -> Result<(), AppError> {
    admin_change("member_added", |svc, session| async move {
        svc.add_member_by_email(&session, &email, name.as_deref().unwrap_or_default())
            .await
    })
    .await
}

// Security Settings → SSO, for a company's admins (of any company, MFA
// available or not). Changes need a recent "Confirm It's You"; the
// services find the company from the session's user, as for the MFA tab.

pub use domain::sso::{DomainView, SsoView};

/// The **SSO** tab of Security Settings (`?tab=sso`), with a notice.
pub fn sso_tab_path(notice: Option<&str>) -> String {
    match notice {
        Some(notice) => format!("{}?tab=sso&notice={notice}", Page::Admin.path()),
        None => format!("{}?tab=sso", Page::Admin.path()),
    }
}

#[server(endpoint = "admin/sso")]
pub async fn load_sso() -> Result<SsoView, AppError> {
    let (services, session) = ssr::context().await?;
    services.sso_view(&session).await.map_err(ssr::to_app_error)
}

/// Runs an admin's SSO change, then back to the **SSO** tab with `notice`.
#[cfg(feature = "ssr")]
async fn sso_change<F, Fut>(notice: &str, change: F) -> Result<(), AppError>
where
    F: FnOnce(backend::Services, backend::SessionCtx) -> Fut,
    Fut: std::future::Future<Output = Result<(), backend::ServiceError>>,
{
    let (services, session) = ssr::context().await?;
    change(services, session).await.map_err(ssr::to_app_error)?;
    leptos_axum::redirect(&sso_tab_path(Some(notice)));
    Ok(())
}

/// **Identity Provider** → **Save**: the issuer's discovery document is
/// checked first; SSO is off until a Test Sign-In passes with them.
#[server(endpoint = "admin/sso/provider")]
pub async fn save_sso_provider(
    issuer: String,
    client_id: String,
    client_secret: Secret,
) -> Result<(), AppError> {
    sso_change("sso_saved", |svc, session| async move {
        svc.save_sso_settings(&session, &issuer, &client_id, client_secret.expose())
            .await
    })
    .await
}

/// **Claim Domain**: it routes nobody until it is proven.
#[server(endpoint = "admin/sso/domain")]
pub async fn claim_sso_domain(domain: String) -> Result<(), AppError> {
    sso_change("domain_claimed", |svc, session| async move {
        svc.claim_domain(&session, &domain).await
    })
    .await
}

/// **Check DNS**: the domain's TXT record proves it.
#[server(endpoint = "admin/sso/domain/prove")]
pub async fn prove_sso_domain(domain: String) -> Result<(), AppError> {
    sso_change("domain_proven", |svc, session| async move {
        svc.prove_domain(&session, &domain).await
    })
    .await
}

/// **Remove** a claimed domain.
#[server(endpoint = "admin/sso/domain/remove")]
pub async fn remove_sso_domain(domain: String) -> Result<(), AppError> {
    sso_change("domain_removed", |svc, session| async move {
        svc.remove_domain(&session, &domain).await
    })
    .await
}

/// **Test Sign-In**: on to the provider (the SSO page moves there); its
/// answer comes back to Security Settings with a notice.
#[server(endpoint = "admin/sso/test")]
pub async fn start_sso_test() -> Result<(), AppError> {
    let (services, session) = ssr::context().await?;
    services
        .start_sso_test(&session)
        .await
        .map_err(ssr::to_app_error)?;
    leptos_axum::redirect(Page::Sso.path());
    Ok(())
}

/// **Sign in members with SSO** and **Create accounts at first sign-in**
/// (ticked boxes) → **Save**.
#[server(endpoint = "admin/sso/switches")]
pub async fn save_sso_switches(
    enabled: Option<String>,
    create_accounts: Option<String>,
) -> Result<(), AppError> {
    sso_change("sso_switches_saved", |svc, session| async move {
        svc.set_sso_switches(&session, enabled.is_some(), create_accounts.is_some())
            .await
    })
    .await
}

// A company's invitation, opened from its emailed link.

pub use domain::company::InvitationView;

#[server(endpoint = "account/invitation")]
pub async fn load_invitation(token: Secret) -> Result<InvitationView, AppError> {
    let (services, session) = ssr::context().await?;
    services
        .invitation(&session, token.expose())
        .await
        .map_err(ssr::to_app_error)
}

/// **Accept Invitation** (`answer` = `accept`) or **Decline** (`decline`),
/// signed in as the invited account; then home, with a notice.
#[server(endpoint = "account/invitation/answer")]
pub async fn answer_invitation(token: Secret, answer: String) -> Result<(), AppError> {
    let accept = match answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let (services, session) = ssr::context().await?;
    services
        .answer_invitation(&session, token.expose(), accept)
        .await
        .map_err(ssr::to_app_error)?;
    let notice = if accept {
        "invitation_accepted"
    } else {
        "invitation_declined"
    };
    leptos_axum::redirect(&format!("{}?notice={notice}", Page::Home.path()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_print_no_password_code_or_token() {
        let s = || Secret::new("hunter2 swordfish");
        let printed = [
            format!("{:?}", SubmitPassword { password: s() }),
            format!("{:?}", ConfirmSms { code: s() }),
            format!("{:?}", ConfirmApp { code: s() }),
            format!("{:?}", VerifyCode { code: s() }),
            format!("{:?}", VerifyRecovery { code: s() }),
            format!(
                "{:?}",
                Reauthenticate {
                    password: s(),
                    code: Some(s()),
                    recovery: Some(s()),
                    back: None,
                    passkey: None,
                }
            ),
            format!(
                "{:?}",
                ChangePassword {
                    current: s(),
                    password: s(),
                    confirm: s(),
                }
            ),
            format!(
                "{:?}",
                PasswordStrength {
                    password: s(),
                    token: Some(s()),
                }
            ),
            format!(
                "{:?}",
                LinkWorks {
                    token: s(),
                    purpose: "reset".into(),
                }
            ),
            format!(
                "{:?}",
                ResetPassword {
                    token: s(),
                    password: s(),
                    confirm: s(),
                }
            ),
            format!("{:?}", NotMe { token: s() }),
            format!(
                "{:?}",
                SaveSsoProvider {
                    issuer: "https://idp.example".into(),
                    client_id: "trestle".into(),
                    client_secret: s(),
                }
            ),
            format!("{:?}", LoadInvitation { token: s() }),
            format!(
                "{:?}",
                AnswerInvitation {
                    token: s(),
                    answer: "accept".into(),
                }
            ),
        ];
        for line in printed {
            assert!(!line.contains("hunter2") && line.contains("[redacted]"), "{line}");
        }
    }
}
