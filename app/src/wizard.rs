//! Every page of the sign-in wizard: shows the step the server loaded for
//! this session ([`LoadedStep`]) when the URL's page fits, and otherwise
//! redirects to the step's own page. The server, not the URL, decides the
//! step; the page table (`Page`) decides the URLs.

use crate::api::{Page, Step, StepView};
use crate::components::{Card, ErrorMessage, FormError};
use crate::error::AppError;
use crate::i18n::{Texts, texts};
use crate::steps::*;
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_query_map};

/// The notice a page shows after a redirect (`?notice=`): only these words,
/// never text from the URL.
pub(crate) fn notice(t: &'static Texts, key: Option<String>) -> Option<&'static str> {
    match key.as_deref() {
        Some("start") => Some(t.notice_start),
        Some("abandoned") => Some(t.notice_abandoned),
        Some("signed_out") => Some(t.notice_signed_out),
        Some("reset_sent") => Some(t.profile.reset_sent),
        Some("password_reset") => Some(t.profile.notice_password_reset),
        Some("not_me") => Some(t.profile.notice_not_me),
        Some("password_changed") => Some(t.profile.password_changed),
        Some("signed_out_everywhere") => Some(t.profile.notice_signed_out_everywhere),
        Some("policy_saved") => Some(t.admin.notice_policy_saved),
        Some("mfa_reset") => Some(t.admin.notice_mfa_reset),
        Some("member_saved") => Some(t.admin.notice_member_saved),
        Some("member_added") => Some(t.admin.notice_member_added),
        Some("invitation_accepted") => Some(t.invitation.notice_accepted),
        Some("invitation_declined") => Some(t.invitation.notice_declined),
        Some("sso_test_passed") => Some(t.sso.test_passed),
        Some("sso_saved") => Some(t.admin.sso.notice_saved),
        Some("domain_claimed") => Some(t.admin.sso.notice_domain_claimed),
        Some("domain_removed") => Some(t.admin.sso.notice_domain_removed),
        Some("domain_proven") => Some(t.admin.sso.notice_domain_proven),
        Some("sso_switches_saved") => Some(t.admin.sso.notice_switches_saved),
        Some(code) => match domain::sso::SsoFailure::from_test_code(code) {
            Some(failure) => Some(t.sso.test_failure(failure)),
            None => domain::sso::SsoFailure::from_code(code).map(|f| t.sso.failure(f)),
        },
        None => None,
    }
}

/// Where to send a request for another page when the session is at `page`.
fn redirect_for(page: Page) -> String {
    match page {
        Page::Email => format!("{}?notice=start", Page::Email.path()),
        other => other.path().to_owned(),
    }
}

fn render(requested: Page, view: StepView, notice_text: Option<&'static str>) -> AnyView {
    match (requested, view) {
        (Page::Email, _) | (_, StepView::Email) => view! { <EmailStep notice=notice_text/> }.into_any(),
        (Page::Profile, _) => view! { <ProfilePage notice=notice_text/> }.into_any(),
        (Page::Admin, _) => view! { <AdminPage notice=notice_text/> }.into_any(),
        (Page::Sso, _) | (_, StepView::Sso { .. }) => view! { <SsoStep/> }.into_any(),
        (
            Page::Methods,
            StepView::Challenge { choices, .. }
            | StepView::SmsChallenge { choices, .. }
            | StepView::PasskeyChallenge { choices, .. }
            | StepView::Recovery { choices },
        ) => view! { <MethodsStep choices/> }.into_any(),
        (_, StepView::Password { email }) => view! { <PasswordStep email notice=notice_text/> }.into_any(),
        (_, StepView::MfaRequired { deadline }) => view! { <MfaRequiredStep deadline/> }.into_any(),
        (
            _,
            StepView::ChooseMethod {
                after_recovery,
                has_apps,
                suggested_name,
                sms,
                app_recommended,
                passkey,
            },
        ) => view! { <ChooseMethodStep after_recovery has_apps suggested_name sms app_recommended passkey/> }
            .into_any(),
        (
            _,
            StepView::SetupApp {
                qr_svg,
                setup_key,
                account,
                from_profile,
            },
        ) => view! { <SetupAppStep qr_svg setup_key account from_profile/> }.into_any(),
        (
            _,
            StepView::SetupSms {
                countries,
                sent,
                from_profile,
            },
        ) => view! { <SetupSmsStep countries sent from_profile/> }.into_any(),
        (_, StepView::Challenge { picked, .. }) => view! { <ChallengeStep picked/> }.into_any(),
        (_, StepView::SmsChallenge { status, .. }) => view! { <SmsChallengeStep status/> }.into_any(),
        (_, StepView::PasskeyChallenge { picked, .. }) => view! { <PasskeyChallengeStep picked/> }.into_any(),
        (_, StepView::Recovery { .. }) => view! { <RecoveryStep/> }.into_any(),
        (
            _,
            StepView::SaveRecoveryCode {
                code,
                grouped,
                after_recovery,
            },
        ) => view! { <SaveRecoveryStep code grouped after_recovery/> }.into_any(),
        (
            _,
            StepView::SignedIn {
                display_name,
                email,
                mfa_deadline,
                admin,
            },
        ) => view! { <HomeStep display_name email mfa_deadline admin notice=notice_text/> }.into_any(),
    }
}

/// The session's step, loaded by the server before the page renders (a
/// request extension), so that the page renders in one synchronous pass:
/// no resource, no second pass to find what to wait for.
#[derive(Clone, Debug)]
pub struct LoadedStep(pub Result<Step, AppError>);

/// This request's [`LoadedStep`]. The wizard renders only on the server
/// (it is not an island); without a loaded step it shows the internal error.
fn loaded_step() -> Result<Step, AppError> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<LoadedStep>().cloned())
            .map_or(Err(AppError::Internal), |loaded| loaded.0)
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

#[component]
pub fn Wizard() -> impl IntoView {
    let t = texts();
    let Some(requested) = Page::from_path(&use_location().pathname.get_untracked()) else {
        return EitherOf4::D(view! { <crate::NotFound/> });
    };
    let notice_text = notice(t, use_query_map().get_untracked().get("notice"));
    match loaded_step() {
        Ok(Step {
            page,
            signed_in,
            view,
        }) if requested.allowed_at(page, signed_in) => EitherOf4::A(render(requested, view, notice_text)),
        Ok(Step { page, .. }) => EitherOf4::B(view! { <Redirect path=redirect_for(page)/> }),
        Err(err) => EitherOf4::C(view! {
            <Card title=t.enter_email>
                <ErrorMessage error=FormError::new(Signal::derive(move || Some(err.clone())))/>
            </Card>
        }),
    }
}
