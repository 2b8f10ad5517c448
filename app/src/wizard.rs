//! Every page of the sign-in wizard: asks the server which step this
//! session is at, shows it when the URL fits, and otherwise redirects to
//! the step's own page. The server, not the URL, decides the step.

use crate::api::{StepView, current_step, path_allows, path_of, paths};
use crate::components::{Card, ErrorMessage};
use crate::i18n::{Texts, texts};
use crate::steps::*;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_query_map};

fn notice(t: &'static Texts, key: Option<String>) -> Option<&'static str> {
    match key.as_deref() {
        Some("start") => Some(t.notice_start),
        Some("abandoned") => Some(t.notice_abandoned),
        Some("signed_out") => Some(t.notice_signed_out),
        _ => None,
    }
}

/// Where to send a request for `path` when the session is at `step`.
fn redirect_for(step: &StepView) -> String {
    match step {
        StepView::Email => format!("{}?notice=start", paths::EMAIL),
        other => path_of(other).to_owned(),
    }
}

fn render(step: StepView, path: &str, notice_text: Option<&'static str>) -> AnyView {
    if path == paths::EMAIL {
        return view! { <EmailStep notice=notice_text/> }.into_any();
    }
    match step {
        StepView::Challenge { apps, .. } | StepView::Recovery { apps } if path == paths::METHODS => {
            view! { <MethodsStep apps/> }.into_any()
        }
        StepView::Email => view! { <EmailStep notice=notice_text/> }.into_any(),
        StepView::Password { email } => view! { <PasswordStep email/> }.into_any(),
        StepView::MfaRequired => view! { <MfaRequiredStep/> }.into_any(),
        StepView::ChooseMethod {
            after_recovery,
            has_apps,
            suggested_name,
        } => view! { <ChooseMethodStep after_recovery has_apps suggested_name/> }.into_any(),
        StepView::SetupApp {
            qr_svg,
            setup_key,
            account,
        } => view! { <SetupAppStep qr_svg setup_key account/> }.into_any(),
        StepView::Challenge { picked, .. } => view! { <ChallengeStep picked/> }.into_any(),
        StepView::Recovery { .. } => view! { <RecoveryStep/> }.into_any(),
        StepView::SaveRecoveryCode {
            code,
            grouped,
            after_recovery,
        } => view! { <SaveRecoveryStep code grouped after_recovery/> }.into_any(),
        StepView::SignedIn { display_name, email } => view! { <HomeStep display_name email/> }.into_any(),
    }
}

#[component]
pub fn Wizard() -> impl IntoView {
    let t = texts();
    let location = use_location();
    let query = use_query_map();
    let step = Resource::new(move || location.pathname.get(), |_| current_step());
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let path = location.pathname.get_untracked();
                let notice_text = notice(t, query.get_untracked().get("notice"));
                match step.await {
                    Ok(view) if path_allows(&view, &path) => EitherOf3::A(render(view, &path, notice_text)),
                    Ok(view) => EitherOf3::B(view! { <Redirect path=redirect_for(&view)/> }),
                    Err(err) => EitherOf3::C(view! {
                        <Card title=t.enter_email>
                            <ErrorMessage error=Signal::derive(move || Some(err.clone()))/>
                        </Card>
                    }),
                }
            })}
        </Transition>
    }
}
