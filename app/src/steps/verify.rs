//! "Verify Your Identity" (a code, or a passkey), the method picker and
//! "Enter Recovery Code".

use crate::api::{Choices, Page, PickMethod, VerifyCode, VerifyRecovery};
use crate::components::{Card, CodeInput, ErrorMessage, FormError, PasskeyButton, Submit};
use crate::i18n::{Language, texts};
use crate::islands::PasskeysOnly;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn ChallengeStep(picked: Option<String>) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<VerifyCode>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.verify_identity help=crate::help::anchors::LOG_IN>
            {picked.map(|name| view! { <p class="identity"><span class="muted">{t.using_app}" "</span><strong>{name}</strong></p> })}
            <ActionForm action attr:novalidate=true>
                <CodeInput label=t.enter_code_label hint=t.code_hint error/>
                <ErrorMessage error/>
                <Submit label=t.continue_/>
            </ActionForm>
            <p class="alt"><a href=Page::Methods.path()>{t.try_another}</a></p>
        </Card>
    }
}

/// "Verify Your Identity" with a passkey: the browser is asked for it at
/// once, and again by **Use Passkey**.
#[component]
pub fn PasskeyChallengeStep(picked: Option<String>) -> impl IntoView {
    let t = texts();
    let k = &t.passkey;
    // A name that only says "Passkey" would add nothing.
    let intro = picked.filter(|name| name != k.choice).map_or_else(
        || k.verify_intro.to_owned(),
        |name| k.verify_named.with(&[("name", name.as_str().into())]),
    );
    view! {
        <Card title=t.verify_identity help=crate::help::anchors::LOG_IN>
            <p class="identity" data-testid="passkey-intro">{intro}</p>
            <PasskeyButton
                ceremony="verify"
                label=k.use_passkey
                failed=k.failed
                class="primary"
                testid="passkey-verify"
                auto=true
                needs_js=true
            />
            <p class="alt"><a href=Page::Methods.path()>{t.try_another}</a></p>
        </Card>
    }
}

fn is_default_name(name: &str) -> bool {
    Language::ALL
        .into_iter()
        .any(|l| crate::i18n::texts_in(l).authenticator_app == name)
}

#[component]
pub fn MethodsStep(choices: Choices) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<PickMethod>::new();
    let Choices {
        apps,
        phones,
        passkeys,
    } = choices;
    view! {
        <Card title=t.how_verify help=crate::help::anchors::LOST_DEVICE>
            // Passkeys first (they cannot be phished), where the browser has WebAuthn.
            {(!passkeys.is_empty()).then(|| view! {
                <PasskeysOnly>
                    <ul class="choices">
                        {passkeys.into_iter().map(|passkey| view! {
                            <Choice action name="passkey" value=passkey.id.to_string() title=t.passkey.choice>
                                // The default name would only repeat the title.
                                {(passkey.name != t.passkey.choice).then(|| view! { <span class="muted">{passkey.name}</span> })}
                            </Choice>
                        }).collect_view()}
                    </ul>
                </PasskeysOnly>
            })}
            <ul class="choices">
                {phones.into_iter().map(|phone| view! {
                    <Choice action name="phone" value=phone.id.to_string() title=t.use_phone>
                        <span class="muted">
                            <span aria-hidden="true">{format!("•••• {}", phone.last_four)}</span>
                            <span class="visually-hidden">{t.phone_ending.with(&[("n", phone.last_four.as_str().into())])}</span>
                        </span>
                    </Choice>
                }).collect_view()}
                {apps.into_iter().map(|app| view! {
                    <Choice action name="factor" value=app.id.to_string() title=t.authenticator_app>
                        // A default name (in any language) would only repeat the title.
                        {(!is_default_name(&app.name)).then(|| view! { <span class="muted">{app.name}</span> })}
                    </Choice>
                }).collect_view()}
                <Choice action name="recovery" value="yes".to_owned() title=t.enter_recovery>
                    <span class="muted">{t.recovery_choice_hint}</span>
                </Choice>
            </ul>
            <ErrorMessage error=FormError::of(action)/>
            <p class="hint" data-testid="ask-admin">
                {t.ask_admin}" "
                <a href=crate::help::help_href(t.language, crate::help::anchors::LOST_DEVICE)>{t.lost_device_help}</a>
            </p>
        </Card>
    }
}

/// One way to verify: a button that posts `name=value` to the picker.
#[component]
fn Choice(
    action: ServerAction<PickMethod>,
    name: &'static str,
    value: String,
    title: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <li>
            <ActionForm action>
                <input type="hidden" name=name value=value/>
                <button type="submit" class="choice">
                    <strong>{title}</strong>
                    {children()}
                </button>
            </ActionForm>
        </li>
    }
}

#[component]
pub fn RecoveryStep() -> impl IntoView {
    let t = texts();
    let action = ServerAction::<VerifyRecovery>::new();
    let error = FormError::of(action);
    view! {
        <Card title=t.enter_recovery help=crate::help::anchors::LOST_DEVICE>
            <ActionForm action attr:novalidate=true>
                <label for="recovery-input">{t.recovery_code}</label>
                <p class="hint" id="recovery-hint">{t.enter_recovery_hint}</p>
                <input id="recovery-input" name="code" type="text" class="code wide" inputmode="numeric" autocomplete="off" spellcheck="false" maxlength=domain::limits::RECOVERY_FIELD_MAX_CHARS autofocus {..error.field(Some("recovery-hint"))}/>
                <ErrorMessage error/>
                <Submit label=t.continue_/>
            </ActionForm>
            <p class="alt"><a href=Page::Methods.path()>{t.try_another}</a></p>
        </Card>
    }
}
