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
    // "Copied" goes back to the label 2 s after the last click: a new
    // timer replaces (so cancels) the previous one, and the island's end
    // drops the last.
    #[cfg(feature = "hydrate")]
    let reset = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&text);
            set_copied.set(true);
            #[cfg(feature = "hydrate")]
            reset.set_value(Some(gloo_timers::callback::Timeout::new(2_000, move || {
                set_copied.set(false)
            })));
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
/// is answered with the wait). `waits` are the words of the wait as it
/// counts down (`crate::error::resend_waits`); `children` go between the
/// wait and the button (the form's error).
#[island]
pub fn ResendButton(
    label: String,
    resend_in: i64,
    waits: Vec<(i64, String)>,
    children: Children,
) -> impl IntoView {
    let mounted = mounted();
    let (left, set_left) = signal(resend_in);
    Effect::new(move |_| count_down(set_left));
    let wait = move || crate::error::wait_among(&waits, left.get());
    view! {
        {move || (left.get() > 0).then(|| view! { <p class="hint" data-testid="resend-wait">{wait()}</p> })}
        {children()}
        <button type="submit" class="link" disabled=move || { mounted.get() && left.get() > 0 }>
            {label}
        </button>
    }
}

/// Takes a second off `left` every second, down to 0, until the island
/// goes (its owner drops the interval, which stops it).
#[cfg(feature = "hydrate")]
fn count_down(left: WriteSignal<i64>) {
    let tick = gloo_timers::callback::Interval::new(1_000, move || left.update(|s| *s = (*s - 1).max(0)));
    StoredValue::new_local(tick);
}

/// Effects run only in the browser.
#[cfg(not(feature = "hydrate"))]
fn count_down(_: WriteSignal<i64>) {}

/// **New Password** and its strength meter, which asks the server (zxcvbn)
/// as the person types; hidden without JavaScript.
#[island]
pub fn NewPasswordInput(
    described_by: Option<String>,
    invalid: bool,
    token: Option<String>,
    /// "Strength: …" for each of the five levels, weakest first.
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
    let words = move || score().map(|s| levels.get(usize::from(s.min(4))).cloned().unwrap_or_default());
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

/// Whether this browser has WebAuthn (`window.PublicKeyCredential`).
fn has_webauthn() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::has(&window, &wasm_bindgen::JsValue::from_str("PublicKeyCredential"))
            .unwrap_or(false)
    })
}

/// Its children (the method picker's passkeys), shown only once this
/// island runs in a browser with WebAuthn.
#[island]
pub fn PasskeysOnly(children: Children) -> impl IntoView {
    let (supported, set_supported) = signal(false);
    Effect::new(move |_| set_supported.set(has_webauthn()));
    view! { <div class="passkeys-only" hidden=move || !supported.get()>{children()}</div> }
}

/// A passkey ceremony's button: `register`, `verify` or `sign_in` (see
/// `api::passkey_options`). Hidden until this island runs in a browser
/// with WebAuthn; `needs_js` is shown until then. With `auto` the ceremony
/// starts at once. On success the page moves to where the server says; on
/// any failure (cancelled, user verification failed, refused) the button
/// says why below it: the server's refusal by `messages` (see
/// `error::passkey_messages`), anything else `failed`.
#[island]
pub fn PasskeyButton(
    ceremony: String,
    label: String,
    /// A second line under the label (an option of the enrollment wizard).
    hint: Option<String>,
    failed: String,
    messages: Vec<(crate::error::AppError, String)>,
    auto: bool,
    class: String,
    testid: String,
    /// A divider's word ("or") above the button.
    divider: Option<String>,
    needs_js: Option<String>,
) -> impl IntoView {
    use leptos::either::Either;
    let (supported, set_supported) = signal(false);
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let words = StoredValue::new((ceremony, failed, messages));
    let button = NodeRef::<leptos::html::Button>::new();
    let run = move || {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        let ceremony = words.with_value(|(ceremony, _, _)| ceremony.clone());
        let form = button.get_untracked().and_then(|b| b.form());
        leptos::task::spawn_local(async move {
            let done = match (ceremony.as_str(), form) {
                // "Confirm It's You": the answer goes with the password, and
                // the form's own answer moves the page on.
                ("confirm", Some(form)) => match passkey_credential(&ceremony).await {
                    Ok(answer) if submit_with(&form, &answer) => return,
                    Ok(_) => Err(None),
                    Err(err) => Err(err),
                },
                _ => passkey_ceremony(&ceremony).await,
            };
            match done {
                // Stays busy while the next page loads.
                Ok(path) => {
                    if let Some(window) = web_sys::window()
                        && window.location().assign(&path).is_ok()
                    {
                        return;
                    }
                    set_error.set(Some(words.with_value(|(_, failed, _)| failed.clone())));
                }
                Err(err) => set_error.set(Some(words.with_value(|(_, failed, messages)| {
                    err.and_then(|e| crate::error::message_among(messages, &e))
                        .unwrap_or_else(|| failed.clone())
                }))),
            }
            set_busy.set(false);
        });
    };
    Effect::new(move |_| {
        let ok = has_webauthn();
        set_supported.set(ok);
        if ok && auto {
            run();
        }
    });
    let content = match hint {
        Some(hint) => Either::Left(view! {
            <span class="method-text">
                <strong>{label}</strong>
                <span class="muted">{hint}</span>
            </span>
        }),
        None => Either::Right(label),
    };
    view! {
        {needs_js.map(|text| view! {
            <p class="hint" data-testid="passkey-needs-js" hidden=move || supported.get()>{text}</p>
        })}
        <div class="passkey" hidden=move || !supported.get()>
            {divider.map(|word| view! { <p class="divider">{word}</p> })}
            // `aria-disabled`, not `disabled`: the button keeps the focus
            // while the browser asks for the passkey.
            <button
                type="button"
                class=class
                node_ref=button
                data-testid=testid
                aria-disabled=move || busy.get().then_some("true")
                on:click=move |_| run()
            >
                {content}
            </button>
            <p class="error" role="alert" data-testid="passkey-error">{move || error.get()}</p>
        </div>
    }
}

/// One passkey ceremony: the server's options, the browser's credential,
/// the server's answer (the path of the next page). `Err(None)`: the
/// browser's part failed (cancelled, user verification failed, or no
/// WebAuthn JSON methods).
async fn passkey_ceremony(ceremony: &str) -> Result<String, Option<crate::error::AppError>> {
    let credential = passkey_credential(ceremony).await?;
    crate::api::passkey_finish(ceremony.to_owned(), credential)
        .await
        .map_err(Some)
}

/// Puts a passkey's answer in `form`'s `passkey` field and sends the form
/// (its own submit: the page that follows is the server's redirect);
/// whether it was sent.
fn submit_with(form: &web_sys::HtmlFormElement, answer: &str) -> bool {
    use wasm_bindgen::JsCast;
    let field = form
        .query_selector("input[name=passkey]")
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok());
    match field {
        Some(field) => {
            field.set_value(answer);
            form.request_submit().is_ok()
        }
        None => false,
    }
}

/// The browser's answer to a new ceremony's options: the credential's
/// `toJSON()`, as text.
async fn passkey_credential(ceremony: &str) -> Result<String, Option<crate::error::AppError>> {
    use js_sys::{JSON, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let options = crate::api::passkey_options(ceremony.to_owned())
        .await
        .map_err(Some)?;
    let window = web_sys::window().ok_or(None)?;
    let key = JsValue::from_str;
    let public_key = JSON::parse(&options)
        .and_then(|json| Reflect::get(&json, &key("publicKey")))
        .map_err(|_| None)?;
    let class = Reflect::get(&window, &key("PublicKeyCredential")).map_err(|_| None)?;
    let (parse, ask) = if ceremony == "register" {
        ("parseCreationOptionsFromJSON", "create")
    } else {
        ("parseRequestOptionsFromJSON", "get")
    };
    let parsed = call(&class, parse, Some(&public_key)).ok_or(None)?;
    let request = js_sys::Object::new();
    Reflect::set(&request, &key("publicKey"), &parsed).map_err(|_| None)?;
    let promise = call(&window.navigator().credentials(), ask, Some(&request))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(None)?;
    let credential = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| None)?;
    let json = call(&credential, "toJSON", None).ok_or(None)?;
    JSON::stringify(&json)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or(None)
}

/// `target.name(arg)` (or `target.name()`), where `target` has that method
/// and it does not throw.
fn call(
    target: &wasm_bindgen::JsValue,
    name: &str,
    arg: Option<&wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let method = js_sys::Reflect::get(target, &wasm_bindgen::JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    match arg {
        Some(arg) => method.call1(target, arg),
        None => method.call0(target),
    }
    .ok()
}
