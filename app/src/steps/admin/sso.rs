//! **Security Settings** → **SSO**: the company's identity provider, its
//! domains and their proofs, **Test Sign-In**, and the switches that turn
//! SSO on.

use super::super::profile::ConfirmForm;
use crate::api::{
    ClaimSsoDomain, DomainView, ProveSsoDomain, RemoveSsoDomain, SaveSsoProvider, SaveSsoSwitches, SsoView,
    StartSsoTest,
};
use crate::components::{CopyButton, ErrorMessage, FormError, Notice, Submit};
use crate::i18n::texts;
use leptos::form::ActionForm;
use leptos::prelude::*;

/// The **SSO** tab: its status, then **Identity Provider**, **Domains**,
/// **Test Sign-In** and the switches. Until the admin confirmed it is
/// them, it shows the settings and "Confirm It's You" instead of forms.
#[component]
pub(super) fn SsoTab(
    sso: SsoView,
    company: String,
    confirmed: bool,
    has_factor: bool,
    text_to: Option<String>,
    /// "Confirm It's You" offers **Use Passkey**.
    passkey: bool,
) -> impl IntoView {
    let t = texts();
    let a = &t.admin;
    let s = &a.sso;
    let SsoView {
        issuer,
        client_id,
        has_secret,
        enabled,
        create_accounts,
        tested,
        domains,
        callback_url,
    } = sso;
    let saved = !issuer.is_empty();
    view! {
        <p class="muted">{a.company.with(&[("company", company.as_str().into())])}</p>
        <p>{s.intro}</p>
        <p data-testid="sso-status">
            {if enabled { s.status_on } else { s.status_off }}" "
            {saved.then_some(if tested { s.status_tested } else { s.status_untested })}
        </p>
        {if confirmed {
            view! { <Notice text=t.profile.confirmed/> }.into_any()
        } else {
            view! { <ConfirmForm needs_code=has_factor text_to back="admin_sso" intro=s.confirm_intro passkey/> }.into_any()
        }}
        <section class="profile-section" aria-labelledby="sso-provider-title">
            <h2 id="sso-provider-title">{s.provider_title}</h2>
            {if confirmed {
                view! { <ProviderForm issuer client_id has_secret/> }.into_any()
            } else if saved {
                view! {
                    <dl class="key" data-testid="sso-provider">
                        <dt>{s.issuer}</dt>
                        <dd>{issuer}</dd>
                        <dt>{s.client_id}</dt>
                        <dd>{client_id}</dd>
                    </dl>
                }.into_any()
            } else {
                view! { <p>{s.no_provider}</p> }.into_any()
            }}
            <label for="sso-callback" class="callback-label">{s.callback}</label>
            <p class="hint" id="sso-callback-hint">{s.callback_hint}</p>
            <input id="sso-callback" type="text" readonly=true value=callback_url.clone() aria-describedby="sso-callback-hint" spellcheck="false" data-testid="sso-callback"/>
            <div class="copy-row"><CopyButton text=callback_url/></div>
        </section>
        <section class="profile-section" aria-labelledby="sso-domains-title">
            <h2 id="sso-domains-title">{s.domains_title}</h2>
            <p>{s.domains_intro}</p>
            <Domains domains company confirmed/>
            {confirmed.then(|| view! { <ClaimForm/> })}
        </section>
        <section class="profile-section" aria-labelledby="sso-test-title">
            <h2 id="sso-test-title">{s.test_title}</h2>
            <p>{s.test_intro}</p>
            {(confirmed && saved).then(|| view! { <TestForm/> })}
        </section>
        <section class="profile-section" aria-labelledby="sso-switches-title">
            <h2 id="sso-switches-title">{s.switches_title}</h2>
            <p class="hint" id="sso-switches-note">{s.switches_note}</p>
            {confirmed.then(|| view! { <SwitchesForm enabled create_accounts/> })}
        </section>
    }
}

/// **Identity Provider**: **Issuer URL**, **Client ID**, **Client secret**
/// (never shown once saved) and **Save**, which checks the issuer first.
#[component]
fn ProviderForm(issuer: String, client_id: String, has_secret: bool) -> impl IntoView {
    let s = &texts().admin.sso;
    let action = ServerAction::<SaveSsoProvider>::new();
    let error = FormError::of(action).with_id("sso-provider-error");
    view! {
        <ActionForm action attr:novalidate=true attr:class="sso-provider">
            <label for="sso-issuer">{s.issuer}</label>
            <p class="hint" id="sso-issuer-hint">{s.issuer_hint}</p>
            <input id="sso-issuer" name="issuer" type="url" value=issuer inputmode="url" autocomplete="off" spellcheck="false" {..error.field(Some("sso-issuer-hint"))}/>
            <label for="sso-client-id">{s.client_id}</label>
            <input id="sso-client-id" name="client_id" type="text" value=client_id autocomplete="off" spellcheck="false" maxlength="255" {..error.field(None)}/>
            <label for="sso-client-secret">{s.client_secret}</label>
            <p class="hint" id="sso-client-secret-hint" data-testid="sso-secret-hint">
                {if has_secret { s.secret_saved } else { s.secret_hint }}
            </p>
            <input id="sso-client-secret" name="client_secret" type="password" autocomplete="off" spellcheck="false" maxlength="1024" {..error.field(Some("sso-client-secret-hint"))}/>
            <p class="hint">{s.save_note}</p>
            <ErrorMessage error/>
            <Submit label=s.save/>
        </ActionForm>
    }
}

/// The claimed domains with their status; for one waiting for proof, the
/// DNS TXT record that proves it and **Check DNS**; a **Remove** button
/// each (once confirmed); and how the operator proves a domain.
#[component]
fn Domains(domains: Vec<DomainView>, company: String, confirmed: bool) -> impl IntoView {
    let s = &texts().admin.sso;
    let remove = ServerAction::<RemoveSsoDomain>::new();
    let prove = ServerAction::<ProveSsoDomain>::new();
    let command = format!(
        "server company --claim-domain \"{company}\" {}",
        s.domain_placeholder
    );
    view! {
        {if domains.is_empty() {
            view! { <p data-testid="sso-no-domains">{s.no_domains}</p> }.into_any()
        } else {
            view! {
                <ul class="domains" aria-label=s.domains_list>
                    {domains.into_iter().map(|d| {
                        let DomainView { domain, proven, txt_name, txt_value } = d;
                        let txt = (!proven && !txt_name.is_empty()).then(|| view! {
                            <p class="hint">{s.txt_intro}</p>
                            <dl class="key txt" data-testid="sso-txt">
                                <dt>{s.txt_name}</dt>
                                <dd><code data-testid="sso-txt-name">{txt_name}</code></dd>
                                <dt>{s.txt_value}</dt>
                                <dd><code data-testid="sso-txt-value">{txt_value}</code></dd>
                            </dl>
                        });
                        let (value, hidden) = (domain.clone(), domain.clone());
                        let check_form = (confirmed && !proven).then(move || view! {
                            <ActionForm action=prove>
                                <input type="hidden" name="domain" value=value/>
                                <button type="submit" class="secondary">
                                    {s.check_dns}<span class="visually-hidden">" "{hidden}</span>
                                </button>
                            </ActionForm>
                        });
                        let (value, hidden) = (domain.clone(), domain.clone());
                        let remove_form = confirmed.then(move || view! {
                            <ActionForm action=remove>
                                <input type="hidden" name="domain" value=value/>
                                <button type="submit" class="secondary danger">
                                    {s.remove}<span class="visually-hidden">" "{hidden}</span>
                                </button>
                            </ActionForm>
                        });
                        view! {
                            <li data-testid="sso-domain">
                                <p class="domain-name">
                                    <strong>{domain}</strong>" "
                                    <span class=if proven { "status proven" } else { "status waiting" } data-testid="sso-domain-status">
                                        {if proven { s.proven } else { s.waiting }}
                                    </span>
                                </p>
                                {txt}
                                {confirmed.then(|| view! { <div class="domain-actions">{check_form}{remove_form}</div> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <ErrorMessage error=FormError::of(prove).with_id("sso-prove-error")/>
        <ErrorMessage error=FormError::of(remove).with_id("sso-remove-error")/>
        <p class="hint" id="sso-prove-how">{s.prove_how}</p>
        <p class="command" data-testid="sso-prove-command"><code>{command}</code></p>
    }
}

/// **Claim Domain**.
#[component]
fn ClaimForm() -> impl IntoView {
    let s = &texts().admin.sso;
    let action = ServerAction::<ClaimSsoDomain>::new();
    let error = FormError::of(action).with_id("sso-domain-error");
    view! {
        <ActionForm action attr:novalidate=true attr:class="claim-domain">
            <label for="sso-domain">{s.domain}</label>
            <p class="hint" id="sso-domain-hint">{s.domain_hint}</p>
            <input id="sso-domain" name="domain" type="text" inputmode="url" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="253" {..error.field(Some("sso-domain-hint"))}/>
            <ErrorMessage error/>
            <button type="submit" class="secondary">{s.claim}</button>
        </ActionForm>
    }
}

/// **Test Sign-In**: on to the identity provider.
#[component]
fn TestForm() -> impl IntoView {
    let s = &texts().admin.sso;
    let action = ServerAction::<StartSsoTest>::new();
    view! {
        <ActionForm action attr:class="sso-test">
            <ErrorMessage error=FormError::of(action).with_id("sso-test-error")/>
            <button type="submit" class="secondary">{s.test_submit}</button>
        </ActionForm>
    }
}

/// **Sign in members with SSO**, **Create accounts at first sign-in**, **Save**.
#[component]
fn SwitchesForm(enabled: bool, create_accounts: bool) -> impl IntoView {
    let s = &texts().admin.sso;
    let action = ServerAction::<SaveSsoSwitches>::new();
    let error = FormError::of(action).with_id("sso-switches-error");
    view! {
        <ActionForm action attr:novalidate=true attr:class="sso-switches">
            <div class="check">
                <input id="sso-enabled" name="enabled" type="checkbox" value="yes" checked=enabled aria-describedby=error.described_by(Some("sso-switches-note"))/>
                <label for="sso-enabled">{s.enabled}</label>
            </div>
            <div class="check">
                <input id="sso-create-accounts" name="create_accounts" type="checkbox" value="yes" checked=create_accounts aria-describedby="sso-create-accounts-hint"/>
                <label for="sso-create-accounts">{s.create_accounts}</label>
            </div>
            <p class="hint check-hint" id="sso-create-accounts-hint">{s.create_accounts_hint}</p>
            <ErrorMessage error/>
            <Submit label=s.save_switches/>
        </ActionForm>
    }
}
