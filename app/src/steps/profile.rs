//! **My Profile Settings** → **Password & Security** → **Two-Factor
//! Authentication (2FA)**: the user's methods, "Confirm It's You" before
//! any change, and **Recent Activity**. Adding a method runs the
//! enrollment wizard's own steps.

use crate::api::{
    AddFactor, NewRecoveryCode, Page, ProfileView, Reauthenticate, RemoveFactor, RenameApp,
    SignOutEverywhere, TextReauthCode, load_profile,
};
use crate::components::{
    Card, CodeInput, ErrorMessage, FormError, LANGUAGE_PATH, Notice, PasskeyButton, Submit,
};
use crate::i18n::{Language, ProfileTexts, texts, use_locale};
use domain::profile::{Activity, ActivityKind, FactorKind, FactorRow, Method, TIME_ZONES, initials};
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn ProfilePage(notice: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let profile = Resource::new(|| (), |_| load_profile());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(view) => view! { <Profile view notice/> }.into_any(),
                    Err(err) => view! {
                        <Card title=t.profile.settings>
                            <ErrorMessage error=FormError::new(Signal::derive(move || Some(err.clone())))/>
                        </Card>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Profile(view: ProfileView, notice: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let p = &t.profile;
    let ProfileView {
        display_name,
        email,
        time_zone,
        factors,
        confirmed,
        needs_code,
        text_to,
        must_use_mfa,
        can_add_app,
        can_add_phone,
        can_add_passkey,
        confirm_with_passkey,
        activity,
        admin,
        sso_company,
    } = view;
    let has_factors = !factors.is_empty();
    // An SSO account: its identity provider does its two-factor
    // authentication and its password; nothing of them to manage here.
    let security = match sso_company {
        Some(company) => view! {
            <section class="profile-section" aria-labelledby="mfa-title">
                <h2 id="mfa-title">{p.two_factor}</h2>
                <p data-testid="sso-managed">{t.sso.profile_managed.with(&[("company", company.as_str().into())])}</p>
            </section>
        }
        .into_any(),
        None => view! {
            <section class="profile-section" aria-labelledby="mfa-title">
                <h2 id="mfa-title">{p.two_factor}</h2>
                {if must_use_mfa {
                    Some(view! { <p class="hint">{p.must_use_mfa}</p> })
                } else if has_factors {
                    Some(view! { <p class="hint">{p.turn_off_note}</p> })
                } else {
                    None
                }}
                {confirmed.then(|| view! { <Notice text=p.confirmed/> })}
                <FactorList factors confirmed/>
                {if confirmed {
                    view! { <Changes can_add_app can_add_phone can_add_passkey has_factors/> }.into_any()
                } else {
                    view! { <ConfirmForm needs_code text_to passkey=confirm_with_passkey/> }.into_any()
                }}
            </section>
            // Not a labelled region: its heading would label it "Password" too.
            <section class="profile-section">
                <h2>{p.password_section}</h2>
                <super::ChangePasswordForm/>
            </section>
        }
        .into_any(),
    };
    view! {
        <Card title=p.settings account=initials(&display_name, &email) admin wide=true help=crate::help::anchors::MORE_DEVICES>
            <nav class="tabs" aria-label=p.sections>
                <a href=Page::Profile.path() aria-current="page">{p.tab_security}</a>
            </nav>
            {notice.map(|text| view! { <Notice text/> })}
            {security}
            <section class="profile-section" aria-labelledby="preferences-title">
                <h2 id="preferences-title">{p.preferences}</h2>
                <Preferences time_zone/>
            </section>
            <section class="profile-section" aria-labelledby="activity-title">
                <h2 id="activity-title">{p.activity}</h2>
                <ActivityList activity/>
                <SignOutEverywhere/>
            </section>
            <p><a href=Page::Home.path()>{p.back_home}</a></p>
        </Card>
    }
}

/// The registered methods; **Rename** and **Remove** once confirmed.
#[component]
fn FactorList(factors: Vec<FactorRow>, confirmed: bool) -> impl IntoView {
    let t = texts();
    let p = &t.profile;
    let rename = ServerAction::<RenameApp>::new();
    let remove = ServerAction::<RemoveFactor>::new();
    if factors.is_empty() {
        return view! { <p>{p.no_methods}</p> }.into_any();
    }
    let rename_error = FormError::of(rename).with_id("rename-error");
    view! {
        <ul class="factors">
            {factors.into_iter().map(|f| {
                let kind = match f.kind {
                    FactorKind::App => p.app,
                    FactorKind::Phone => p.phone,
                    FactorKind::Passkey => p.passkey,
                };
                let used = f.last_used.as_ref().map_or_else(
                    || p.never_used.to_owned(),
                    |at| p.last_used.with(&[("date", p.datetime(at).into())]),
                );
                view! {
                    <li class="factor" data-testid="factor">
                        <p class="factor-name"><strong>{f.label.clone()}</strong></p>
                        <p class="muted small">{kind}" · "{p.added.with(&[("date", p.datetime(&f.added).into())])}" · "{used}</p>
                        {confirmed.then(|| view! { <FactorActions factor=f rename remove rename_error/> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <ErrorMessage error=rename_error/>
        <ErrorMessage error=FormError::of(remove).with_id("remove-error")/>
    }
    .into_any()
}

#[component]
fn FactorActions(
    factor: FactorRow,
    rename: ServerAction<RenameApp>,
    remove: ServerAction<RemoveFactor>,
    rename_error: FormError,
) -> impl IntoView {
    let p = &texts().profile;
    let field = format!("rename-{}-{}", factor.kind.as_str(), factor.id);
    let (id, label) = (factor.id, factor.label.clone());
    // Apps and passkeys have names (a passkey's rename says its kind).
    let named = matches!(factor.kind, FactorKind::App | FactorKind::Passkey);
    let passkey = factor.kind == FactorKind::Passkey;
    view! {
        <div class="factor-actions">
            {named.then(move || view! {
                <details class="rename">
                    <summary>{p.rename}<span class="visually-hidden">" "{label.clone()}</span></summary>
                    <ActionForm action=rename attr:novalidate=true>
                        <input type="hidden" name="id" value=id/>
                        {passkey.then(|| view! { <input type="hidden" name="kind" value=FactorKind::Passkey.as_str()/> })}
                        <label for=field.clone()>{p.new_name.with(&[("name", label.as_str().into())])}</label>
                        <input id=field name="name" type="text" value=label.clone() maxlength={domain::limits::APP_NAME_MAX_CHARS} {..rename_error.field(None)}/>
                        <button type="submit" class="secondary">{p.rename}</button>
                    </ActionForm>
                </details>
            })}
            <ActionForm action=remove attr:class="remove">
                <input type="hidden" name="kind" value=factor.kind.as_str()/>
                <input type="hidden" name="id" value=factor.id/>
                <button type="submit" class="secondary danger">
                    {p.remove}<span class="visually-hidden">" "{factor.label.clone()}</span>
                </button>
            </ActionForm>
        </div>
    }
}

/// **Add Authenticator App**, **Add Phone Number**, **Add Passkey** (where
/// the browser has WebAuthn), **Get New Recovery Code**.
#[component]
fn Changes(
    can_add_app: bool,
    can_add_phone: bool,
    can_add_passkey: bool,
    has_factors: bool,
) -> impl IntoView {
    let t = texts();
    let p = &t.profile;
    let add = ServerAction::<AddFactor>::new();
    let renew = ServerAction::<NewRecoveryCode>::new();
    let add_button = move |kind: FactorKind, label: &'static str| {
        view! {
            <ActionForm action=add>
                <input type="hidden" name="kind" value=kind.as_str()/>
                <button type="submit" class="secondary">{label}</button>
            </ActionForm>
        }
    };
    view! {
        <div class="changes">
            {can_add_app.then(|| add_button(FactorKind::App, p.add_app))}
            {can_add_phone.then(|| add_button(FactorKind::Phone, p.add_phone))}
            {can_add_passkey.then(|| view! {
                <PasskeyButton
                    ceremony="register"
                    label=t.passkey.add
                    failed=t.passkey.register_failed
                    class="secondary"
                    testid="add-passkey"
                />
            })}
            {has_factors.then(|| view! {
                <ActionForm action=renew>
                    <button type="submit" class="secondary">{p.new_recovery_code}</button>
                </ActionForm>
            })}
        </div>
        <ErrorMessage error=FormError::of(add).with_id("add-error")/>
        <ErrorMessage error=FormError::of(renew).with_id("renew-error")/>
    }
}

/// "Confirm It's You": the current password and, with a method, a code
/// from it (**Text Me a Code** for a phone).
#[component]
pub(crate) fn ConfirmForm(
    needs_code: bool,
    text_to: Option<String>,
    /// `admin`: back to **Security Settings** once confirmed.
    #[prop(optional)]
    back: Option<&'static str>,
    /// What the confirmation is for, instead of the profile's words.
    #[prop(optional)]
    intro: Option<&'static str>,
    /// **Use Passkey** instead of a code (the user has a passkey).
    #[prop(optional)]
    passkey: bool,
) -> impl IntoView {
    let t = texts();
    let p = &t.profile;
    let action = ServerAction::<Reauthenticate>::new();
    let text = ServerAction::<TextReauthCode>::new();
    let error = FormError::of(action);
    let texted = move || matches!(text.value().get(), Some(Ok(())));
    view! {
        <div class="confirm" role="group" aria-labelledby="confirm-title">
            <h3 id="confirm-title">{p.confirm_title}</h3>
            <p>{intro.unwrap_or(if needs_code { p.confirm_intro_code } else { p.confirm_intro })}</p>
            <ActionForm action attr:novalidate=true>
                {back.map(|back| view! { <input type="hidden" name="back" value=back/> })}
                <label for="password">{t.password}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" {..error.field(None)}/>
                {needs_code.then(|| view! {
                    <CodeInput label=p.code error autofocus=false/>
                    <details class="trouble">
                        <summary>{p.use_recovery}</summary>
                        <label for="recovery">{t.enter_recovery}</label>
                        <input id="recovery" name="recovery" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" class="code wide" maxlength=domain::limits::RECOVERY_FIELD_MAX_CHARS/>
                    </details>
                })}
                <ErrorMessage error/>
                <Submit label=p.confirm/>
                // With a passkey: its answer goes in `passkey`, and the
                // form (with the password) is sent.
                {passkey.then(|| view! {
                    <input type="hidden" name="passkey" value=""/>
                    <PasskeyButton
                        ceremony="confirm"
                        label=t.passkey.use_passkey
                        failed=t.passkey.failed
                        class="secondary"
                        testid="confirm-passkey"
                        divider=true
                    />
                })}
            </ActionForm>
            {text_to.filter(|_| needs_code).map(|last_four| view! {
                <ActionForm action=text attr:class="secondary-form">
                    <ErrorMessage error=FormError::of(text).with_id("text-error")/>
                    {move || texted().then(|| view! { <Notice text=p.code_texted/> })}
                    <button type="submit" class="link">{p.text_me.with(&[("n", last_four.as_str().into())])}</button>
                </ActionForm>
            })}
        </div>
    }
}

/// **Sign out of all browsers**: every other session ends, and no browser
/// skips MFA any more.
#[component]
fn SignOutEverywhere() -> impl IntoView {
    let p = &texts().profile;
    let action = ServerAction::<SignOutEverywhere>::new();
    view! {
        <ActionForm action attr:class="sign-out-everywhere">
            <p class="hint">{p.sign_out_everywhere_hint}</p>
            <ErrorMessage error=FormError::of(action).with_id("everywhere-error")/>
            <button type="submit" class="secondary">{p.sign_out_everywhere}</button>
        </ActionForm>
    }
}

/// **Language and Time Zone**: a plain form to the language switcher's
/// address, which keeps both on the account.
#[component]
fn Preferences(time_zone: String) -> impl IntoView {
    let p = &texts().profile;
    let current = use_locale();
    view! {
        <form class="preferences" method="post" action=LANGUAGE_PATH>
            <input type="hidden" name="back" value=Page::Profile.path()/>
            <label for="lang">{p.language_label}</label>
            <select id="lang" name="lang">
                {Language::ALL.into_iter().map(|l| view! {
                    <option value=l.code() lang=l.code() selected=l == current>{l.native_name()}</option>
                }).collect_view()}
            </select>
            <label for="time-zone">{p.time_zone_label}</label>
            <select id="time-zone" name="time_zone">
                {TIME_ZONES.iter().map(|zone| view! {
                    <option value=*zone selected=*zone == time_zone>{zone.replace('_', " ")}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="secondary">{p.save}</button>
        </form>
    }
}

/// What happened, in words.
pub(crate) fn activity_kind_text(p: &ProfileTexts, kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::SignIn => p.ev_sign_in,
        ActivityKind::SignInFailed => p.ev_sign_in_failed,
        ActivityKind::CodeFailed => p.ev_code_failed,
        ActivityKind::FactorAdded => p.ev_factor_added,
        ActivityKind::FactorRemoved => p.ev_factor_removed,
        ActivityKind::FactorRenamed => p.ev_factor_renamed,
        ActivityKind::RecoveryCodeIssued => p.ev_recovery_issued,
        ActivityKind::RecoveryCodeUsed => p.ev_recovery_used,
        ActivityKind::Reauthenticated => p.ev_reauthenticated,
        ActivityKind::SignOut => p.ev_sign_out,
        ActivityKind::PasswordChanged => p.ev_password_changed,
        ActivityKind::PasswordReset => p.ev_password_reset,
        ActivityKind::SignedOutEverywhere => p.ev_signed_out_everywhere,
        ActivityKind::MfaReset => p.ev_mfa_reset,
    }
}

fn activity_text(p: &ProfileTexts, a: &Activity) -> String {
    let what = activity_kind_text(p, a.kind);
    let how = match a.method {
        Method::Password => Some(p.by_password),
        Method::AuthenticatorApp => Some(p.by_app),
        Method::Sms => Some(p.by_sms),
        Method::RecoveryCode => Some(p.by_recovery),
        Method::Sso => Some(p.by_sso),
        Method::Passkey => Some(p.by_passkey),
        Method::Other => None,
    };
    std::iter::once(what)
        .chain(how)
        .chain(a.browser.as_deref())
        .collect::<Vec<_>>()
        .join(" · ")
}

#[component]
fn ActivityList(activity: Vec<Activity>) -> impl IntoView {
    let p = &texts().profile;
    if activity.is_empty() {
        return view! { <p>{p.no_activity}</p> }.into_any();
    }
    view! {
        <ul class="activity">
            {activity.iter().map(|a| view! {
                <li>
                    <span>{activity_text(p, a)}</span>
                    <span class="muted small">{p.datetime(&a.at)}</span>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
