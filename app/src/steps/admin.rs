//! **Security Settings** for a company's admins, in two tabs.
//!
//! **MFA**: **Require MFA** with its **Enforcement Deadline** and
//! re-prompt frequency, **Reset MFA for Users**, the members' enrollment
//! status and the company's security log. Changes need the admin's own
//! re-authentication with a factor ("Confirm It's You", as on the profile).
//!
//! **SSO** (`?tab=sso`): the company's identity provider, its domains,
//! **Test Sign-In** and the switches that turn SSO on. Changes need a
//! recent "Confirm It's You" too (with a code when the admin has a factor).

use super::profile::ConfirmForm;
use crate::api::{
    AddMember, AdminView, Page, ResetMfa, SaveMfaPolicy, SetMemberActive, SsoView, load_admin, load_sso,
    sso_tab_path,
};
use crate::components::{Card, ErrorMessage, FormError, Notice, Submit};
use crate::error::AppError;
use crate::i18n::{AdminTexts, Message, Texts, texts};
use domain::company::{LogEntry, LogKind, MemberRow, Reprompt, SsoSwitch};
use domain::profile::{FactorKind, initials};
use domain::sso::SsoFailure;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

mod sso;
use sso::SsoTab;

/// Which members the table shows (`?members=unenrolled`).
fn unenrolled_only() -> bool {
    use_query_map()
        .get_untracked()
        .get("members")
        .is_some_and(|m| m == "unenrolled")
}

/// Whether the **SSO** tab is shown (`?tab=sso`): also when a Test
/// Sign-In's answer comes back (its notice).
fn sso_tab() -> bool {
    let query = use_query_map().get_untracked();
    query.get("tab").is_some_and(|tab| tab == "sso")
        || query
            .get("notice")
            .is_some_and(|n| n == "sso_test_passed" || SsoFailure::from_test_code(&n).is_some())
}

#[component]
pub fn AdminPage(notice: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let log_page: u32 = use_query_map()
        .get_untracked()
        .get("log")
        .and_then(|p| p.parse().ok())
        .unwrap_or(0)
        .min(10_000);
    let sso_tab = sso_tab();
    let admin = Resource::new(
        move || (log_page, sso_tab),
        |(log_page, sso_tab)| async move {
            let view = load_admin(log_page).await?;
            let sso = if sso_tab { Some(load_sso().await?) } else { None };
            Ok::<_, AppError>((view, sso))
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match admin.await {
                    Ok((view, sso)) => view! { <Admin view sso notice/> }.into_any(),
                    Err(err) => view! {
                        <Card title=t.admin.settings>
                            <ErrorMessage error=FormError::new(Signal::derive(move || Some(err.clone())))/>
                            <p><a href=Page::Home.path()>{t.profile.back_home}</a></p>
                        </Card>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Admin(view: AdminView, sso: Option<SsoView>, notice: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let a = &t.admin;
    let account = initials(&view.admin_name, &view.admin_email);
    let on_sso = sso.is_some();
    let tab = match sso {
        Some(sso) => {
            let AdminView {
                company,
                confirmed,
                has_factor,
                text_to,
                confirm_with_passkey,
                ..
            } = view;
            view! { <SsoTab sso company confirmed has_factor text_to passkey=confirm_with_passkey/> }
                .into_any()
        }
        None => view! { <MfaTab view/> }.into_any(),
    };
    view! {
        <Card title=a.settings account admin=true wide=true help=crate::help::anchors::ENABLE_COMPANY>
            <nav class="tabs" aria-label=a.sections>
                <a href=Page::Admin.path() aria-current=(!on_sso).then_some("page")>{a.tab_mfa}</a>
                <a href=sso_tab_path(None) aria-current=on_sso.then_some("page") data-testid="tab-sso">{a.sso.tab}</a>
            </nav>
            {notice.map(|text| view! { <Notice text/> })}
            {tab}
            <p><a href=Page::Home.path()>{t.profile.back_home}</a></p>
        </Card>
    }
}

/// The **MFA** tab: the policy, **Reset MFA for Users**, the members and
/// the security log.
#[component]
fn MfaTab(view: AdminView) -> impl IntoView {
    let t = texts();
    let a = &t.admin;
    let policy_text = match &view.policy.deadline {
        Some(at) => a.required_from.with(&[
            ("date", t.profile.date(at).into()),
            ("time", t.profile.time(at).into()),
            ("zone", at.zone.as_str().into()),
        ]),
        None => a.not_required.to_owned(),
    };
    let may_change = view.available && view.has_factor && view.confirmed;
    let AdminView {
        company,
        available,
        policy,
        time_zone,
        confirmed,
        has_factor,
        text_to,
        confirm_with_passkey,
        members,
        log,
        log_page,
        log_more,
        ..
    } = view;
    let sso_members = members.iter().any(|m| m.sso);
    view! {
            <p class="muted">{a.company.with(&[("company", company.as_str().into())])}</p>
            {(!available).then(|| view! {
                <div class="warning" role="note" data-testid="mfa-on-request"><p>{a.on_request}</p></div>
            })}
            {available.then(|| view! {
                <section class="profile-section" aria-labelledby="policy-title">
                    <h2 id="policy-title">{a.policy}</h2>
                    <p data-testid="policy-status">{policy_text}</p>
                    {if !has_factor {
                        view! {
                            <p class="hint">{a.needs_factor}" "<a href=Page::Profile.path()>{t.profile.settings}</a></p>
                        }.into_any()
                    } else if !confirmed {
                        view! { <ConfirmForm needs_code=true text_to back="admin" intro=a.confirm_intro passkey=confirm_with_passkey/> }.into_any()
                    } else {
                        view! {
                            <Notice text=t.profile.confirmed/>
                            <PolicyForm
                                require=policy.require_mfa
                                deadline=policy.deadline_date.clone().unwrap_or_default()
                                reprompt=policy.reprompt
                                payment_passkeys=policy.payment_passkey_sign_in
                                time_zone
                            />
                        }.into_any()
                    }}
                </section>
                {may_change.then(|| view! {
                    <section class="profile-section" aria-labelledby="reset-title">
                        <h2 id="reset-title">{a.reset_title}</h2>
                        <ResetForm sso_members/>
                    </section>
                })}
            })}
            <section class="profile-section" aria-labelledby="members-title">
                <h2 id="members-title">{a.members}</h2>
                <Members members may_change/>
                {may_change.then(|| view! { <AddMemberForm/> })}
            </section>
            <section class="profile-section" aria-labelledby="log-title">
                <h2 id="log-title">{a.log}</h2>
                <SecurityLog log page=log_page more=log_more/>
            </section>
    }
}

fn reprompt_label(a: &AdminTexts, r: Reprompt) -> &'static str {
    match r {
        Reprompt::EverySignIn => a.reprompt_every,
        Reprompt::Hours12 => a.reprompt_12h,
        Reprompt::Days7 => a.reprompt_7d,
        Reprompt::Days30 => a.reprompt_30d,
    }
}

/// **Require MFA**, **Enforcement Deadline**, re-prompt frequency, **Save**.
#[component]
fn PolicyForm(
    require: bool,
    deadline: String,
    reprompt: Reprompt,
    payment_passkeys: bool,
    time_zone: String,
) -> impl IntoView {
    let a = &texts().admin;
    let action = ServerAction::<SaveMfaPolicy>::new();
    let error = FormError::of(action);
    view! {
        <ActionForm action attr:novalidate=true attr:class="policy">
            <div class="check">
                <input id="require" name="require" type="checkbox" value="yes" checked=require/>
                <label for="require">{a.require_mfa}</label>
            </div>
            <label for="deadline">{a.deadline}</label>
            <p class="hint" id="deadline-hint">{a.deadline_hint.with(&[("zone", time_zone.replace('_', " ").into())])}</p>
            <input id="deadline" name="deadline" type="date" value=deadline aria-describedby="deadline-hint" {..error.field(None)}/>
            <label for="reprompt">{a.reprompt}</label>
            <select id="reprompt" name="reprompt">
                {Reprompt::ALL.into_iter().map(|r| view! {
                    <option value=r.as_str() selected=r == reprompt>{reprompt_label(a, r)}</option>
                }).collect_view()}
            </select>
            <div class="check">
                <input
                    id="payment-passkeys"
                    name="payment_passkeys"
                    type="checkbox"
                    value="yes"
                    checked=payment_passkeys
                    aria-describedby="payment-passkeys-hint"
                />
                <label for="payment-passkeys">{a.payment_passkeys}</label>
            </div>
            <p class="hint" id="payment-passkeys-hint">{a.payment_passkeys_hint}</p>
            <ErrorMessage error/>
            <Submit label=a.save/>
        </ActionForm>
    }
}

/// **Reset MFA for Users**: the exact login email and the tick. With
/// members who sign in with SSO, a word that theirs is reset at the
/// identity provider (payment users excepted).
#[component]
fn ResetForm(sso_members: bool) -> impl IntoView {
    let a = &texts().admin;
    let action = ServerAction::<ResetMfa>::new();
    let error = FormError::of(action).with_id("reset-error");
    view! {
        <p>{a.reset_intro}</p>
        {sso_members.then(|| view! { <p class="hint" data-testid="reset-sso-note">{a.reset_sso_note}</p> })}
        <ActionForm action attr:novalidate=true attr:class="reset">
            <label for="reset-email">{a.reset_email}</label>
            <input id="reset-email" name="email" type="email" autocomplete="off" spellcheck="false" {..error.field(None)}/>
            <div class="check">
                <input id="verified" name="verified" type="checkbox" value="yes"/>
                <label for="verified">{a.reset_verified}</label>
            </div>
            <ErrorMessage error/>
            <button type="submit" class="secondary danger">{a.reset_submit}</button>
        </ActionForm>
    }
}

/// **Add Member**: by email; the address is invited (the same answer
/// whether or not it has an account).
#[component]
fn AddMemberForm() -> impl IntoView {
    let a = &texts().admin;
    let action = ServerAction::<AddMember>::new();
    let error = FormError::of(action).with_id("add-member-error");
    view! {
        <div class="confirm" role="group" aria-labelledby="add-member-title">
            <h3 id="add-member-title">{a.add_title}</h3>
            <p>{a.add_intro}</p>
            <ActionForm action attr:novalidate=true>
                <label for="member-email">{a.add_email}</label>
                <input id="member-email" name="email" type="email" autocomplete="off" spellcheck="false" {..error.field(None)}/>
                <label for="member-name">{a.add_name}</label>
                <input id="member-name" name="name" type="text" autocomplete="off" maxlength=domain::company::MEMBER_NAME_MAX_CHARS/>
                <ErrorMessage error/>
                <button type="submit" class="secondary">{a.add_submit}</button>
            </ActionForm>
        </div>
    }
}

/// **Active**, **Inactive**, or **Invited** (not accepted yet).
fn status(a: &AdminTexts, m: &MemberRow) -> &'static str {
    match (m.invited, m.active) {
        (true, _) => a.invited,
        (false, true) => a.active,
        (false, false) => a.inactive,
    }
}

fn methods_text(t: &Texts, methods: &[FactorKind]) -> String {
    if methods.is_empty() {
        return t.admin.no_methods.to_owned();
    }
    let count = |kind| methods.iter().filter(|m| **m == kind).count();
    [
        (FactorKind::App, t.profile.app),
        (FactorKind::Phone, t.profile.phone),
        (FactorKind::Passkey, t.profile.passkey),
    ]
    .into_iter()
    .filter_map(|(kind, label)| match count(kind) {
        0 => None,
        1 => Some(label.to_owned()),
        n => Some(format!("{label} ×{n}")),
    })
    .collect::<Vec<_>>()
    .join(", ")
}

/// The members table, with the "not yet enrolled" filter and its count.
#[component]
fn Members(members: Vec<MemberRow>, may_change: bool) -> impl IntoView {
    let t = texts();
    let a = &t.admin;
    let only_unenrolled = unenrolled_only();
    let active = members.iter().filter(|m| m.active).count();
    let unenrolled = members
        .iter()
        .filter(|m| m.active && m.methods.is_empty())
        .count();
    let action = ServerAction::<SetMemberActive>::new();
    let shown: Vec<MemberRow> = members
        .into_iter()
        .filter(|m| !only_unenrolled || (m.active && m.methods.is_empty()))
        .collect();
    let filter = |unenrolled: bool, label: &'static str| {
        let href = if unenrolled {
            format!("{}?members=unenrolled", Page::Admin.path())
        } else {
            Page::Admin.path().to_owned()
        };
        let current = (unenrolled == only_unenrolled).then_some("page");
        view! { <a href=href aria-current=current>{label}</a> }
    };
    view! {
        <p data-testid="unenrolled-count">
            {a.unenrolled_count.with(&[("n", unenrolled.into()), ("total", active.into())])}
        </p>
        <nav class="filters" aria-label=a.members_filter>
            {filter(false, a.filter_all)}
            {filter(true, a.filter_unenrolled)}
        </nav>
        {if shown.is_empty() {
            view! { <p>{a.no_members}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" aria-label=a.members_table tabindex="0">
                    <table class="members">
                        <thead>
                            <tr>
                                <th scope="col">{a.col_name}</th>
                                <th scope="col">{a.col_email}</th>
                                <th scope="col">{a.col_status}</th>
                                <th scope="col">{a.col_sign_in}</th>
                                <th scope="col">{a.col_methods}</th>
                                <th scope="col">{a.col_last_mfa}</th>
                                {may_change.then(|| view! { <th scope="col">{a.col_actions}</th> })}
                            </tr>
                        </thead>
                        <tbody>
                            {shown.into_iter().map(|m| view! {
                                <tr data-testid="member">
                                    <th scope="row">
                                        {m.name.clone()}
                                        {m.admin.then(|| view! { " "<span class="badge">{a.admin_badge}</span> })}
                                    </th>
                                    <td>{m.email.clone()}</td>
                                    <td>{status(a, &m)}</td>
                                    <td data-testid="member-sign-in">{if m.sso { a.sign_in_sso } else { a.sign_in_password }}</td>
                                    <td>{methods_text(t, &m.methods)}</td>
                                    <td>{m.last_mfa.as_ref().map_or_else(|| a.never.to_owned(), |at| t.profile.datetime(at))}</td>
                                    {may_change.then(|| view! {
                                        <td>
                                            {(!m.invited).then(|| view! {
                                            <ActionForm action>
                                                <input type="hidden" name="email" value=m.email.clone()/>
                                                <input type="hidden" name="active" value=if m.active { "0" } else { "1" }/>
                                                <button type="submit" class="secondary">
                                                    {if m.active { a.deactivate } else { a.reactivate }}
                                                    <span class="visually-hidden">" "{m.name.clone()}</span>
                                                </button>
                                            </ActionForm>
                                            })}
                                        </td>
                                    })}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <ErrorMessage error=FormError::of(action).with_id("member-error")/>
    }
}

fn log_text(t: &Texts, e: &LogEntry) -> String {
    let a = &t.admin;
    let s = &a.sso;
    let detail =
        |message: Message| message.with(&[("detail", e.detail.as_deref().unwrap_or_default().into())]);
    let what = match e.kind {
        LogKind::PolicyChanged => a.ev_policy_changed.to_owned(),
        LogKind::MfaReset => a.ev_mfa_reset.to_owned(),
        LogKind::MemberAdded => a.ev_member_added.to_owned(),
        LogKind::MemberJoined => a.ev_member_joined.to_owned(),
        LogKind::InvitationDeclined => a.ev_invitation_declined.to_owned(),
        LogKind::MemberActivated => a.ev_member_activated.to_owned(),
        LogKind::MemberDeactivated => a.ev_member_deactivated.to_owned(),
        LogKind::Member(kind) => super::profile::activity_kind_text(&t.profile, kind).to_owned(),
        LogKind::SsoSettingsSaved => detail(s.ev_saved),
        LogKind::SsoSwitched(SsoSwitch::On) => s.ev_on.to_owned(),
        LogKind::SsoSwitched(SsoSwitch::Off) => s.ev_off.to_owned(),
        LogKind::SsoSwitched(SsoSwitch::CreateAccountsOn) => s.ev_create_on.to_owned(),
        LogKind::SsoSwitched(SsoSwitch::CreateAccountsOff) => s.ev_create_off.to_owned(),
        LogKind::SsoTested(None) => detail(s.ev_test_passed),
        LogKind::SsoTested(Some(failure)) => s.ev_test_failed.with(&[("reason", s.reason(failure).into())]),
        LogKind::DomainClaimed => detail(s.ev_domain_claimed),
        LogKind::DomainProven => detail(s.ev_domain_proven),
        LogKind::DomainRemoved => detail(s.ev_domain_removed),
    };
    let by =
        e.by.as_ref()
            .map(|name| a.by.with(&[("name", name.as_str().into())]));
    e.who
        .iter()
        .map(String::as_str)
        .chain(std::iter::once(what.as_str()))
        .chain(by.as_deref())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The company's security events, newest first, a page at a time.
#[component]
fn SecurityLog(log: Vec<LogEntry>, page: u32, more: bool) -> impl IntoView {
    let t = texts();
    let a = &t.admin;
    let link = |page: u32| format!("{}?log={page}", Page::Admin.path());
    view! {
        {if log.is_empty() {
            view! { <p>{a.no_log}</p> }.into_any()
        } else {
            view! {
                <ul class="activity" data-testid="security-log">
                    {log.iter().map(|e| view! {
                        <li>
                            <span>{log_text(t, e)}</span>
                            <span class="muted small">{t.profile.datetime(&e.at)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(page > 0 || more).then(|| view! {
            <nav class="pages" aria-label=a.log>
                {(page > 0).then(|| view! { <a href=link(page - 1)>{a.newer}</a> })}
                {more.then(|| view! { <a href=link(page + 1)>{a.older}</a> })}
            </nav>
        })}
    }
}
