//! Small building blocks shared by the wizard's steps.

use crate::error::AppError;
use crate::i18n::{Locale, texts, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

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

/// The wizard's card: brand, step title and content.
#[component]
pub fn Card(title: &'static str, children: Children) -> impl IntoView {
    view! {
        <Title text=title/>
        <main class="wizard">
            <section class="card" aria-labelledby="step-title">
                <p class="brand"><span class="brand-mark" aria-hidden="true"></span>{crate::product_name()}</p>
                <h1 id="step-title">{title}</h1>
                {children()}
            </section>
            <LanguageSwitch/>
        </main>
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

/// The live region where a step's error is announced.
#[component]
pub fn ErrorMessage(error: Signal<Option<AppError>>) -> impl IntoView {
    let t = texts();
    view! {
        <div class="error" role="alert" aria-live="assertive">
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

/// The error of an action's last call, as a signal.
pub fn action_error<I, O>(action: ServerAction<I>) -> Signal<Option<AppError>>
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
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

/// A 6-digit code field: one real input that phones can autofill. Pasted
/// spaces are dropped (the server ignores them too).
#[component]
pub fn CodeInput(label: &'static str, #[prop(optional)] hint: Option<&'static str>) -> impl IntoView {
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
        {hint.map(|h| view! { <p class="hint" id="code-hint">{h}</p> })}
        <input
            id="code"
            name="code"
            type="text"
            class="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength=domain::limits::CODE_FIELD_MAX_CHARS
            spellcheck="false"
            aria-describedby="code-hint"
            autofocus
            on:paste=on_paste
        />
    }
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
