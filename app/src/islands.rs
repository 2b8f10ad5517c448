//! The only parts of a page that run in the browser (Leptos islands).
//! Everything else is rendered on the server and works as plain HTML: forms
//! post and redirect, with or without JavaScript, so the WASM carries only
//! these few enhancements. Their words come as props from the server's
//! rendering, which knows the page's language.

use leptos::prelude::*;

/// False on the server and until this island runs in the browser: for
/// controls that only work with JavaScript.
fn mounted() -> ReadSignal<bool> {
    let (mounted, set_mounted) = signal(false);
    Effect::new(move |_| set_mounted.set(true));
    mounted
}

/// Marks the page as interactive (`<body data-hydrated>`). Islands hydrate
/// in document order, so this one, last in the body, runs after the rest.
#[island]
pub fn HydratedMarker() -> impl IntoView {
    Effect::new(move |_| {
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}

/// Copies `text` to the clipboard; hidden until JavaScript runs.
#[island]
pub fn CopyButton(text: String, label: String, done: String) -> impl IntoView {
    let mounted = mounted();
    let (copied, set_copied) = signal(false);
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&text);
            set_copied.set(true);
            set_timeout(move || set_copied.set(false), std::time::Duration::from_secs(2));
        }
    };
    view! {
        <button type="button" class="secondary" hidden=move || !mounted.get() on:click=copy>
            {move || if copied.get() { done.clone() } else { label.clone() }}
        </button>
    }
}

/// A code field's `<input>`: pasted text keeps only its digits, and with
/// `web_otp` a texted code fills itself in where the browser can read it.
#[island]
pub fn CodeField(
    described_by: Option<String>,
    invalid: bool,
    autofocus: bool,
    web_otp: bool,
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
            autofocus=autofocus
            aria-describedby=described_by
            aria-invalid=invalid.then_some("true")
            on:paste=on_paste
        />
    }
}

/// WebOTP: asks the browser for the code of the text message addressed to
/// this site (`@host #123456`), puts it in `input` and submits its form.
/// Nothing happens where the browser has no WebOTP; leaving the page
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

/// "I have saved my recovery code" and **Continue**: with JavaScript the
/// button waits for the box (without, the server says to tick it).
/// `children` go between them (the form's error).
#[island]
pub fn SavedCheck(
    label: String,
    button: String,
    described_by: Option<String>,
    invalid: bool,
    children: Children,
) -> impl IntoView {
    let mounted = mounted();
    let (ticked, set_ticked) = signal(false);
    let checkbox = NodeRef::<leptos::html::Input>::new();
    // A page restored by Back may come with the box already ticked.
    Effect::new(move |_| {
        if let Some(input) = checkbox.get() {
            set_ticked.set(input.checked());
        }
    });
    view! {
        <label class="check">
            <input
                type="checkbox"
                name="saved"
                value="yes"
                node_ref=checkbox
                aria-describedby=described_by
                aria-invalid=invalid.then_some("true")
                on:change=move |ev| set_ticked.set(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
        {children()}
        <button type="submit" class="primary" disabled=move || mounted.get() && !ticked.get()>
            {button}
        </button>
    }
}

/// **Resend New Code**'s wait and button: with JavaScript the wait counts
/// down and the button waits with it (without, a post that comes too soon
/// is answered with the wait). `in_seconds` and `in_minutes` are the words
/// of the wait, with `{n}`; `children` go between the wait and the button
/// (the form's error).
#[island]
pub fn ResendButton(
    label: String,
    resend_in: i64,
    in_seconds: String,
    in_minutes: String,
    children: Children,
) -> impl IntoView {
    let mounted = mounted();
    let (left, set_left) = signal(resend_in);
    Effect::new(move |_| {
        if let Ok(handle) = set_interval_with_handle(
            move || set_left.update(|s| *s = (*s - 1).max(0)),
            std::time::Duration::from_secs(1),
        ) {
            on_cleanup(move || handle.clear());
        }
    });
    let wait = move || crate::error::wait_text(&in_seconds, &in_minutes, left.get());
    view! {
        {move || (left.get() > 0).then(|| view! { <p class="hint" data-testid="resend-wait">{wait()}</p> })}
        {children()}
        <button type="submit" class="link" disabled=move || { mounted.get() && left.get() > 0 }>
            {label}
        </button>
    }
}

/// **New Password** and its strength meter, which asks the server (zxcvbn)
/// as the person types; hidden without JavaScript.
#[island]
pub fn NewPasswordInput(
    described_by: Option<String>,
    invalid: bool,
    token: Option<String>,
    /// "Strength: {level}" and the five levels' words.
    strength: String,
    levels: Vec<String>,
) -> impl IntoView {
    let measure = Action::new(move |password: &String| {
        let (password, token) = (password.clone(), token.clone());
        async move {
            crate::api::password_strength(password.into(), token.map(Into::into))
                .await
                .ok()
        }
    });
    let score = move || measure.value().get().flatten();
    let words = move || {
        score().map(|s| {
            let level = levels.get(usize::from(s.min(4))).cloned().unwrap_or_default();
            strength.replace("{level}", &level)
        })
    };
    view! {
        <input
            id="new-password"
            name="password"
            type="password"
            autocomplete="new-password"
            aria-describedby=described_by
            aria-invalid=invalid.then_some("true")
            on:input=move |ev| {
                measure.dispatch(event_target_value(&ev));
            }
        />
        <div class="strength" id="password-strength" aria-live="polite" hidden=move || score().is_none()>
            <meter min="0" max="4" low="2" high="3" optimum="4" value=move || score().unwrap_or(0) aria-hidden="true"></meter>
            <span>{words}</span>
        </div>
    }
}
