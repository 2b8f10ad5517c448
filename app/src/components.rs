//! Small building blocks shared by the wizard's steps.

use crate::error::AppError;
use crate::i18n::{Locale, texts, use_locale};
use leptos::attr::{Attribute, aria_describedby, aria_invalid};
use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use std::sync::atomic::{AtomicBool, Ordering};

/// Where the language switcher posts.
pub const LANGUAGE_PATH: &str = "/lang";

/// True once the WASM has hydrated the page; false on the server and with JavaScript off.
#[derive(Clone, Copy)]
pub struct Hydrated(pub ReadSignal<bool>);

pub fn use_hydrated() -> ReadSignal<bool> {
    use_context::<Hydrated>()
        .map(|h| h.0)
        .unwrap_or_else(|| signal(false).0)
}

/// Browser only: whether a step was already shown since the page loaded.
static STEP_SHOWN: AtomicBool = AtomicBool::new(false);

/// Moves focus to a step's heading when it replaces another step in the
/// browser, so that screen readers announce the new step. The first step
/// of a page load keeps its `autofocus` (effects never run on the server).
fn focus_when_replacing(heading: NodeRef<H1>) {
    Effect::new(move |_| {
        if let Some(h1) = heading.get()
            && STEP_SHOWN.swap(true, Ordering::Relaxed)
        {
            // A transition builds the new step before it swaps it in: focus
            // once it is on the page.
            request_animation_frame(move || {
                let _ = h1.focus();
            });
        }
    });
}

/// The wizard's card: brand, step title and content. For a signed-in
/// user, `account` (their initials) opens the account menu.
#[component]
pub fn Card(
    title: &'static str,
    #[prop(optional)] account: Option<String>,
    /// The account menu offers **Security Settings** (a company admin).
    #[prop(optional)]
    admin: bool,
    #[prop(optional)] wide: bool,
    children: Children,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    focus_when_replacing(heading);
    view! {
        <Title text=title/>
        <main class="wizard">
            <section class="card" class:wide=wide aria-labelledby="step-title">
                <div class="brand-row">
                    <p class="brand"><span class="brand-mark" aria-hidden="true"></span>{crate::product_name()}</p>
                    {account.map(|initials| view! { <AccountMenu initials admin/> })}
                </div>
                <h1 id="step-title" tabindex="-1" node_ref=heading>{title}</h1>
                {children()}
            </section>
            <LanguageSwitch/>
        </main>
    }
}

/// The signed-in user's menu: **My Profile Settings**, **Security
/// Settings** for a company admin, and **Sign Out**. A
/// `<details>` element, so it opens with and without JavaScript.
#[component]
fn AccountMenu(initials: String, admin: bool) -> impl IntoView {
    let t = texts();
    let sign_out = ServerAction::<crate::api::SignOut>::new();
    view! {
        <details class="account-menu">
            <summary aria-label=t.profile.account_menu data-testid="account-menu">
                <span class="initials" aria-hidden="true">{initials}</span>
            </summary>
            <div class="menu">
                <a href=domain::page::Page::Profile.path()>{t.profile.settings}</a>
                {admin.then(|| view! { <a href=domain::page::Page::Admin.path()>{t.admin.settings}</a> })}
                <leptos::form::ActionForm action=sign_out>
                    <button type="submit" class="menu-item">{t.sign_out}</button>
                </leptos::form::ActionForm>
            </div>
        </details>
    }
}

/// The other languages, as buttons of a plain form: a full page load, so it
/// works the same with and without JavaScript.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let t = texts();
    let current = use_locale();
    let back = use_location().pathname.get_untracked();
    view! {
        <form class="language" method="post" action=LANGUAGE_PATH aria-label=t.language>
            <input type="hidden" name="back" value=back/>
            {Locale::ALL
                .into_iter()
                .filter(|l| *l != current)
                .map(|l| view! {
                    <button type="submit" class="link" name="lang" value=l.code() lang=l.code()>
                        {l.native_name()}
                    </button>
                })
                .collect_view()}
        </form>
    }
}

/// The id of a form's error message, which its fields point at.
pub const FORM_ERROR_ID: &str = "form-error";

/// A form's error (its action's last answer, also after a post without
/// JavaScript) and the id of the live region that shows it.
#[derive(Clone, Copy)]
pub struct FormError {
    id: &'static str,
    error: Signal<Option<AppError>>,
}

impl FormError {
    pub fn new(error: Signal<Option<AppError>>) -> Self {
        Self {
            id: FORM_ERROR_ID,
            error,
        }
    }

    /// The error of an action's last call.
    pub fn of<I, O>(action: ServerAction<I>) -> Self
    where
        I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
        O: Clone + Send + Sync + 'static,
    {
        Self::new(Signal::derive(move || action.value().get().and_then(Result::err)))
    }

    /// For a second form on the same page.
    pub fn with_id(self, id: &'static str) -> Self {
        Self { id, ..self }
    }

    /// A field's `aria-describedby` (its own hint, then the form's error
    /// while there is one) and `aria-invalid`.
    pub fn field(self, hint: Option<&'static str>) -> impl Attribute {
        let Self { id, error } = self;
        let has_error = move || error.with(Option::is_some);
        (
            aria_describedby(move || {
                let ids: Vec<&str> = hint.into_iter().chain(has_error().then_some(id)).collect();
                (!ids.is_empty()).then(|| ids.join(" "))
            }),
            aria_invalid(move || has_error().then_some("true")),
        )
    }
}

/// The live region where a form's error is announced.
#[component]
pub fn ErrorMessage(error: FormError) -> impl IntoView {
    let t = texts();
    let FormError { id, error } = error;
    view! {
        <div class="error" id=id role="alert" aria-live="assertive">
            {move || error.get().map(|e| {
                let way_on = e.way_on(t);
                view! {
                    <p>{e.message(t)}</p>
                    {way_on.map(|(page, label)| view! { <a href=page.path()>{label}</a> })}
                }
            })}
        </div>
    }
}

/// A short notice above a form.
#[component]
pub fn Notice(text: &'static str) -> impl IntoView {
    view! { <p class="notice" role="status">{text}</p> }
}

/// The form's main button; disabled while its request runs, so a double
/// click sends one request.
#[component]
pub fn Submit(
    label: &'static str,
    pending: Signal<bool>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <button type="submit" class="primary" disabled=move || pending.get() || disabled.get()>
            {label}
        </button>
    }
}

const CODE_HINT_ID: &str = "code-hint";

/// A 6-digit code field: one real input that phones can autofill. Its
/// `maxlength` leaves room for `123 456` or `123-456` (the server ignores
/// spaces and dashes); pasted text keeps only its digits. `hint` is shown
/// under the label; `hint_id` points at a description shown elsewhere.
/// With `web_otp`, a texted code fills itself in where the browser can
/// read it (WebOTP).
#[component]
pub fn CodeInput(
    label: &'static str,
    error: FormError,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] hint_id: Option<&'static str>,
    #[prop(optional)] web_otp: bool,
    /// Focus the field when the page loads (the step's one field).
    #[prop(default = true)]
    autofocus: bool,
) -> impl IntoView {
    let input_ref = NodeRef::<leptos::html::Input>::new();
    if web_otp {
        Effect::new(move |_| {
            if let Some(input) = input_ref.get() {
                fill_from_text_message(input);
            }
        });
    }
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        use wasm_bindgen::JsCast;
        let pasted = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text").ok())
            .unwrap_or_default();
        let digits: String = pasted
            .chars()
            .filter(char::is_ascii_digit)
            .take(domain::limits::VERIFICATION_DIGITS)
            .collect();
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            ev.prevent_default();
            input.set_value(&digits);
        }
    };
    view! {
        <label for="code">{label}</label>
        {hint.map(|h| view! { <p class="hint" id=CODE_HINT_ID>{h}</p> })}
        <input
            id="code"
            name="code"
            type="text"
            class="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength=domain::limits::CODE_FIELD_MAX_CHARS
            spellcheck="false"
            node_ref=input_ref
            autofocus={autofocus}
            {..error.field(hint.map(|_| CODE_HINT_ID).or(hint_id))}
            on:paste=on_paste
        />
    }
}

/// WebOTP: asks the browser for the code of the text message addressed to
/// this site (`@host #123456`), puts it in `input` and submits its form.
/// Nothing happens where the browser has no WebOTP; leaving the step
/// cancels the request.
fn fill_from_text_message(input: web_sys::HtmlInputElement) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return;
    };
    if !js_sys::Reflect::has(&window, &JsValue::from_str("OTPCredential")).unwrap_or(false) {
        return;
    }
    let Ok(controller) = web_sys::AbortController::new() else {
        return;
    };
    let otp = js_sys::Object::new();
    let options = js_sys::Object::new();
    let transport = js_sys::Array::of1(&JsValue::from_str("sms"));
    let set = |target: &js_sys::Object, key: &str, value: &JsValue| {
        js_sys::Reflect::set(target, &JsValue::from_str(key), value).is_ok()
    };
    if !(set(&otp, "transport", &transport)
        && set(&options, "otp", &otp)
        && set(&options, "signal", &controller.signal()))
    {
        return;
    }
    let Ok(promise) = window
        .navigator()
        .credentials()
        .get_with_options(options.unchecked_ref())
    else {
        return;
    };
    let controller = StoredValue::new_local(controller);
    on_cleanup(move || controller.with_value(web_sys::AbortController::abort));
    leptos::task::spawn_local(async move {
        let code = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|credential| js_sys::Reflect::get(&credential, &JsValue::from_str("code")).ok())
            .and_then(|code| code.as_string());
        if let Some(code) = code {
            input.set_value(&code);
            if let Some(form) = input.form() {
                let _ = form.request_submit();
            }
        }
    });
}

/// Copies `text` to the clipboard; only shown once JavaScript runs.
#[component]
pub fn CopyButton(text: String, #[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let hydrated = use_hydrated();
    let (copied, set_copied) = signal(false);
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&text);
            set_copied.set(true);
            set_timeout(move || set_copied.set(false), std::time::Duration::from_secs(2));
        }
    };
    view! {
        <button type="button" class="secondary" id=id hidden=move || !hydrated.get() on:click=copy>
            {move || if copied.get() { t.copied } else { t.copy }}
        </button>
    }
}
