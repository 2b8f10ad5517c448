//! The enrollment wizard: required notice, method, app setup, recovery code.

use crate::api::{CancelAdding, ChooseMethod, ConfirmApp, ConfirmSaved, RemindLater, SkipSetup, StartSetup};
use crate::components::{
    Card, CodeInput, CopyButton, ErrorMessage, FormError, Notice, PasskeyButton, Submit,
};
use crate::i18n::{Texts, texts};
use crate::islands::SavedCheck;
use domain::step::Deadline;
use leptos::form::ActionForm;
use leptos::prelude::*;

/// "Your company will require two-factor authentication in 5 days, on …".
pub(crate) fn deadline_text(t: &Texts, d: &Deadline) -> String {
    t.mfa_soon.with(&[
        ("n", d.days_left.into()),
        ("date", t.profile.date(&d.date).into()),
    ])
}

#[component]
pub fn MfaRequiredStep(deadline: Option<Deadline>) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<StartSetup>::new();
    let later = ServerAction::<RemindLater>::new();
    let body = deadline
        .as_ref()
        .map_or_else(|| t.mfa_required_body.to_owned(), |d| deadline_text(t, d));
    view! {
        <Card title=t.mfa_required help=crate::help::anchors::BEFORE_DEADLINE>
            <p data-testid="mfa-required-body">{body}</p>
            <ActionForm action>
                <ErrorMessage error=FormError::of(action)/>
                <Submit label=t.set_up_now/>
            </ActionForm>
            {deadline.is_some().then(|| view! {
                <ActionForm action=later attr:class="secondary-form">
                    <ErrorMessage error=FormError::of(later).with_id("later-error")/>
                    <button type="submit" class="secondary">{t.remind_later}</button>
                </ActionForm>
            })}
        </Card>
    }
}

#[component]
pub fn ChooseMethodStep(
    after_recovery: bool,
    has_apps: bool,
    suggested_name: String,
    sms: bool,
    app_recommended: bool,
    /// **Passkey or Security Key**, shown where the browser has WebAuthn.
    passkey: bool,
) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<ChooseMethod>::new();
    let skip = ServerAction::<SkipSetup>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.select_method help=crate::help::anchors::METHODS>
            {after_recovery.then(|| view! { <Notice text=t.after_recovery_notice/> })}
            <ActionForm action>
                <fieldset class="methods">
                    <legend class="visually-hidden">{t.select_method}</legend>
                    <label class="method">
                        <input type="radio" name="method" value="app" checked {..error.field(None)}/>
                        <span class="method-text">
                            <strong>{t.authenticator_app}</strong>
                            {app_recommended.then(|| view! { <span class="badge">{t.highly_recommended}</span> })}
                            <span class="muted">{t.authenticator_app_hint}</span>
                        </span>
                    </label>
                    {sms.then(|| view! {
                        <label class="method">
                            <input type="radio" name="method" value="sms" {..error.field(None)}/>
                            <span class="method-text">
                                <strong>{t.sms_verification}</strong>
                                <span class="muted">{t.sms_hint}</span>
                            </span>
                        </label>
                    })}
                </fieldset>
                {has_apps.then(|| view! {
                    <label for="name">{t.app_name}</label>
                    <input id="name" name="name" type="text" {..error.field(None)} maxlength=domain::limits::APP_NAME_MAX_CHARS value=suggested_name/>
                })}
                <ErrorMessage error/>
                <Submit label=t.continue_/>
            </ActionForm>
            // Registers at once: no radio button, and nothing without JavaScript.
            {passkey.then(|| view! {
                <PasskeyButton
                    ceremony="register"
                    label=t.passkey.option
                    hint=t.passkey.option_hint
                    failed=t.passkey.register_failed
                    class="method passkey-method"
                    testid="method-passkey"
                    divider=true
                />
            })}
            {after_recovery.then(|| view! {
                <ActionForm action=skip attr:class="secondary-form">
                    <ErrorMessage error=FormError::of(skip).with_id("skip-error")/>
                    <button type="submit" class="link">{t.skip_for_now}</button>
                </ActionForm>
            })}
        </Card>
    }
}

#[component]
pub fn SetupAppStep(qr_svg: String, setup_key: String, account: String, from_profile: bool) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<ConfirmApp>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.secure_account help=crate::help::anchors::APP>
            <ol class="steps">
                <li>
                    <p>{t.scan_qr}</p>
                    <div class="qr" role="img" aria-label=t.qr_label inner_html=qr_svg></div>
                    // Right above "Trouble Scanning?", which it points to.
                    <p class="tip">{t.qr_tip_phone}</p>
                    <details class="trouble">
                        <summary>{t.trouble_scanning}</summary>
                        <p class="hint">{t.setup_key_hint}</p>
                        <dl class="key">
                            <dt>{t.account_label}</dt>
                            <dd>{account}</dd>
                            <dt>{t.setup_key_label}</dt>
                            <dd><code id="setup-key" data-testid="setup-key">{setup_key.clone()}</code></dd>
                        </dl>
                        <CopyButton text=setup_key.replace(' ', "")/>
                        <p class="small">
                            <a href=crate::help::help_href(t.language, crate::help::anchors::TROUBLE_SCANNING)>{t.trouble_scanning_help}</a>
                        </p>
                    </details>
                </li>
                <li>
                    <ActionForm action attr:novalidate=true>
                        <CodeInput label=t.enter_app_code error/>
                        <ErrorMessage error/>
                        <Submit label=t.continue_/>
                    </ActionForm>
                </li>
            </ol>
            {from_profile.then(|| view! { <CancelAddingForm/> })}
        </Card>
    }
}

/// **Cancel**, while adding a method from the profile: back to it.
#[component]
pub(crate) fn CancelAddingForm() -> impl IntoView {
    let t = texts();
    let action = ServerAction::<CancelAdding>::new();
    view! {
        <ActionForm action attr:class="secondary-form">
            <ErrorMessage error=FormError::of(action).with_id("cancel-error")/>
            <button type="submit" class="link">{t.profile.cancel}</button>
        </ActionForm>
    }
}

/// `text` as a `data:` URL, so Download works without JavaScript.
fn text_file_url(text: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_');
    format!(
        "data:text/plain;charset=utf-8,{}",
        percent_encoding::utf8_percent_encode(text, KEEP)
    )
}

#[component]
pub fn SaveRecoveryStep(code: String, grouped: String, after_recovery: bool) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<ConfirmSaved>::new();
    let error = FormError::of(action);
    let file = t.recovery_file.with(&[
        ("product", crate::product_name().into()),
        ("code", grouped.as_str().into()),
    ]) + "\n";
    view! {
        <Card title=t.save_recovery help=crate::help::anchors::LOST_DEVICE>
            {after_recovery.then(|| view! { <Notice text=t.recovery_after_use/> })}
            <p>{t.save_recovery_body}</p>
            <p class="recovery-code" id="recovery-code" data-testid="recovery-code">{grouped}</p>
            <div class="row">
                <CopyButton text=code/>
                <a class="button secondary" download="recovery-code.txt" href=text_file_url(&file)>{t.download}</a>
            </div>
            <div class="warning" role="note" aria-labelledby="warning-title">
                <h2 id="warning-title">{t.warning}</h2>
                <p>{t.save_recovery_warning}</p>
            </div>
            <ActionForm action>
                <SavedCheck
                    label=t.saved_checkbox.to_owned()
                    button=t.continue_.to_owned()
                    described_by=error.described_by(None)
                    invalid=error.invalid()
                >
                    <ErrorMessage error/>
                </SavedCheck>
            </ActionForm>
        </Card>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_url_escapes_everything_but_safe_characters() {
        assert_eq!(
            super::text_file_url("a b\n1"),
            "data:text/plain;charset=utf-8,a%20b%0A1"
        );
    }
}
