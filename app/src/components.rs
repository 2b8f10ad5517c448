//! Small building blocks shared by the wizard's steps.

use crate::error::AppError;
use crate::i18n::{Language, texts, use_locale};
use crate::islands::CodeField;
use leptos::attr::{Attribute, aria_describedby, aria_invalid};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// Where the language switcher posts.
pub const LANGUAGE_PATH: &str = "/lang";

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
    /// The help centre's section for this step (**Need help?**).
    #[prop(optional)]
    help: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let need_help = help.map(|anchor| {
        let t = texts();
        view! {
            <p class="help-link">
                <a href=crate::help::help_href(use_locale(), anchor) data-testid="need-help">{t.need_help}</a>
            </p>
        }
    });
    view! {
        <Title text=title/>
        <main class="wizard">
            <section class="card" class:wide=wide aria-labelledby="step-title">
                <div class="brand-row">
                    <p class="brand"><span class="brand-mark" aria-hidden="true"></span>{crate::product_name()}</p>
                    {account.map(|initials| view! { <AccountMenu initials admin/> })}
                </div>
                <h1 id="step-title">{title}</h1>
                {children()}
                {need_help}
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
        <form class="language" method="post" action=LANGUAGE_PATH aria-label=t.switch_language>
            <input type="hidden" name="back" value=back/>
            {Language::ALL
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

    /// Whether the form was answered with an error (the page is rendered
    /// once, on the server).
    pub fn invalid(self) -> bool {
        self.error.with_untracked(Option::is_some)
    }

    /// A field's `aria-describedby`: its own hint, then the form's error if
    /// there is one.
    pub fn described_by(self, hint: Option<&'static str>) -> Option<String> {
        let ids: Vec<&str> = hint
            .into_iter()
            .chain(self.invalid().then_some(self.id))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// A field's `aria-describedby` and `aria-invalid`.
    pub fn field(self, hint: Option<&'static str>) -> impl Attribute {
        (
            aria_describedby(self.described_by(hint)),
            aria_invalid(self.invalid().then_some("true")),
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
                    {e.help(t).map(|(href, label)| view! { <a href=href>{label}</a> })}
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

/// The form's main button. A second click while the page loads posts
/// again; the server answers it (each step checks where the sign-in is).
#[component]
pub fn Submit(label: &'static str) -> impl IntoView {
    view! { <button type="submit" class="primary">{label}</button> }
}

const CODE_HINT_ID: &str = "code-hint";

/// A 6-digit code field: one real input that phones can autofill. Its
/// `maxlength` leaves room for `123 456` or `123-456` (the server ignores
/// spaces and dashes); pasted text keeps only its digits. `hint` is shown
/// under the label; `hint_id` points at a description shown elsewhere.
/// With `web_otp`, a texted code fills itself in where the browser can
/// read it (WebOTP). The input is an island (`CodeField`).
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
    let described_by = error.described_by(hint.map(|_| CODE_HINT_ID).or(hint_id));
    view! {
        <label for="code">{label}</label>
        {hint.map(|h| view! { <p class="hint" id=CODE_HINT_ID>{h}</p> })}
        <CodeField described_by invalid=error.invalid() autofocus web_otp/>
    }
}

/// **Copy**, which copies `text` to the clipboard (an island; shown once
/// JavaScript runs).
#[component]
pub fn CopyButton(text: String) -> impl IntoView {
    let t = texts();
    view! { <crate::islands::CopyButton text label=t.copy.to_owned() done=t.copied.to_owned()/> }
}

/// A passkey ceremony's button (the `PasskeyButton` island; shown only
/// where JavaScript runs and the browser has WebAuthn), with the page's
/// words for what can go wrong.
#[component]
pub fn PasskeyButton(
    /// `register`, `verify` or `sign_in`.
    ceremony: &'static str,
    label: &'static str,
    /// What any failure but a refusal with words of its own says.
    failed: &'static str,
    class: &'static str,
    testid: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// Start at once (Verify Your Identity).
    #[prop(optional)]
    auto: bool,
    /// An "or" divider above the button.
    #[prop(optional)]
    divider: bool,
    /// Say that passkeys need JavaScript until the button shows.
    #[prop(optional)]
    needs_js: bool,
) -> impl IntoView {
    let t = texts();
    view! {
        <crate::islands::PasskeyButton
            ceremony=ceremony.to_owned()
            label=label.to_owned()
            hint=hint.map(str::to_owned)
            failed=failed.to_owned()
            messages=crate::error::passkey_messages(t)
            auto
            class=class.to_owned()
            testid=testid.to_owned()
            divider=divider.then(|| t.passkey.or.to_owned())
            needs_js=needs_js.then(|| t.passkey.needs_js.to_owned())
        />
    }
}
