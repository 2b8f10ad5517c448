//! Passwords: **Change Password** (My Profile Settings), **Forgot your
//! password?** (on **Enter Your Password**), **Reset Your Password** and
//! **This Wasn't Me** (the pages the emailed links open).

use crate::api::{ChangePassword, ForgotPassword, NotMe, ResetPassword, link_works};
use crate::components::{Card, ErrorMessage, FormError, Submit};
use crate::i18n::texts;
use crate::islands::NewPasswordInput;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const RULES_ID: &str = "password-rules";

/// **New Password** with its rules and strength meter (an island that asks
/// the server, zxcvbn, as the person types), and **Confirm New Password**.
/// Without JavaScript the rules are checked when the form is sent.
#[component]
fn NewPasswordFields(error: FormError, #[prop(optional)] token: Option<String>) -> impl IntoView {
    let p = &texts().profile;
    view! {
        <label for="new-password">{p.new_password}</label>
        <p class="hint" id=RULES_ID>{p.password_rules}</p>
        <NewPasswordInput
            described_by=error.described_by(Some(RULES_ID))
            invalid=error.invalid()
            token
            levels=p.strength_levels.iter().map(|level| p.strength.with(&[("level", (*level).into())])).collect()
        />
        <label for="confirm-password">{p.confirm_password}</label>
        <input id="confirm-password" name="confirm" type="password" autocomplete="new-password" {..error.field(None)}/>
    }
}

/// **Change Password**: the current one, then the new one twice.
#[component]
pub fn ChangePasswordForm() -> impl IntoView {
    let t = texts();
    let p = &t.profile;
    let action = ServerAction::<ChangePassword>::new();
    let error = FormError::of(action).with_id("password-error");
    view! {
        <ActionForm action attr:novalidate=true attr:class="password-form">
            <label for="current-password">{p.current_password}</label>
            <input id="current-password" name="current" type="password" autocomplete="current-password" {..error.field(None)}/>
            <NewPasswordFields error/>
            <ErrorMessage error/>
            <button type="submit" class="secondary">{p.change_password}</button>
        </ActionForm>
    }
}

/// **Forgot your password?**: a link by email, the same answer for every address.
#[component]
pub fn ForgotPasswordForm() -> impl IntoView {
    let p = &texts().profile;
    let action = ServerAction::<ForgotPassword>::new();
    view! {
        <ActionForm action attr:class="secondary-form">
            <ErrorMessage error=FormError::of(action).with_id("forgot-error")/>
            <button type="submit" class="link">{p.forgot}</button>
        </ActionForm>
    }
}

/// The `token` of the link that opened the page.
fn link_token() -> String {
    use_query_map().get_untracked().get("token").unwrap_or_default()
}

/// A page an emailed link opens: its form while the link works, else why not.
#[component]
fn LinkPage(title: &'static str, purpose: &'static str, form: fn(String) -> AnyView) -> impl IntoView {
    let t = texts();
    let token = link_token();
    let works = Resource::new(
        {
            let token = token.clone();
            move || token.clone()
        },
        move |token| link_works(token.into(), purpose.to_owned()),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match works.await {
                        Ok(true) => form(token),
                        _ => view! {
                            <Card title>
                                <p class="error-text" role="alert">{t.profile.err_link_invalid}</p>
                                <p><a href=crate::api::Page::Email.path()>{t.go_to_sign_in}</a></p>
                            </Card>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// **Reset Your Password**, opened by the emailed link.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let p = &texts().profile;
    view! { <LinkPage title=p.reset_title purpose="reset" form=reset_form/> }
}

fn reset_form(token: String) -> AnyView {
    let p = &texts().profile;
    let action = ServerAction::<ResetPassword>::new();
    let error = FormError::of(action);
    view! {
        <Card title=p.reset_title>
            <p>{p.reset_intro}</p>
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="token" value=token.clone()/>
                <NewPasswordFields error token/>
                <ErrorMessage error/>
                <Submit label=p.reset_submit/>
            </ActionForm>
        </Card>
    }
    .into_any()
}

/// **This Wasn't Me**, opened by the link in a security email. Opening it
/// changes nothing (mail scanners open links); the button does.
#[component]
pub fn NotMePage() -> impl IntoView {
    let p = &texts().profile;
    view! { <LinkPage title=p.not_me_title purpose="not_me" form=not_me_form/> }
}

fn not_me_form(token: String) -> AnyView {
    let p = &texts().profile;
    let action = ServerAction::<NotMe>::new();
    view! {
        <Card title=p.not_me_title>
            <p>{p.not_me_intro}</p>
            <ActionForm action>
                <input type="hidden" name="token" value=token/>
                <ErrorMessage error=FormError::of(action)/>
                <Submit label=p.not_me_submit/>
            </ActionForm>
        </Card>
    }
    .into_any()
}
