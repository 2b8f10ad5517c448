//! "Enter Your Email" and "Enter Your Password".

use crate::api::{Page, SubmitEmail, SubmitPassword};
use crate::components::{Card, ErrorMessage, FormError, Notice, PasskeyButton, Submit};
use crate::i18n::texts;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn EmailStep(notice: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<SubmitEmail>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.enter_email help=crate::help::anchors::LOG_IN>
            {notice.map(|text| view! { <Notice text/> })}
            <ActionForm action attr:novalidate=true>
                <label for="email">{t.email}</label>
                <input id="email" name="email" type="email" autocomplete="username" inputmode="email" autocapitalize="none" spellcheck="false" autofocus {..error.field(None)}/>
                <ErrorMessage error/>
                <Submit label=t.continue_/>
            </ActionForm>
            <super::ForgotPasswordForm/>
            <PasskeyButton
                ceremony="sign_in"
                label=t.passkey.sign_in
                failed=t.passkey.sign_in_failed
                class="secondary"
                testid="passkey-sign-in"
                divider=true
            />
        </Card>
    }
}

#[component]
pub fn PasswordStep(email: String, notice: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<SubmitPassword>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.enter_password help=crate::help::anchors::LOG_IN>
            {notice.map(|text| view! { <Notice text/> })}
            <p class="identity">
                <span class="muted">{t.signing_in_as}" "</span><strong>{email.clone()}</strong>
                " · "<a href=Page::Email.path()>{t.change_email}</a>
            </p>
            <ActionForm action attr:novalidate=true>
                // A hidden username helps password managers pick the right entry.
                <input type="email" name="username" autocomplete="username" value=email hidden readonly tabindex="-1" aria-hidden="true"/>
                <label for="password">{t.password}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" autofocus {..error.field(None)}/>
                <ErrorMessage error/>
                <Submit label=t.continue_/>
            </ActionForm>
            <super::ForgotPasswordForm/>
        </Card>
    }
}
