//! **Company Invitation**, the page a company's emailed invitation opens:
//! signed in as the invited account, **Accept Invitation** or **Decline**;
//! otherwise how to get there (sign in first, then open the link again).
//! Opening it changes nothing (mail scanners open links); the buttons do.

use crate::api::{AnswerInvitation, InvitationView, Page, SignOut, load_invitation};
use crate::components::{Card, ErrorMessage, FormError, Submit};
use crate::i18n::texts;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let token = use_query_map().get_untracked().get("token").unwrap_or_default();
    let invitation = Resource::new(
        {
            let token = token.clone();
            move || token.clone()
        },
        |token| load_invitation(token.into()),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match invitation.await {
                        Ok(InvitationView::Ready { company }) => view! { <Answer company token/> }.into_any(),
                        Ok(InvitationView::SignIn { company }) => view! { <SignInFirst company/> }.into_any(),
                        Ok(InvitationView::OtherAccount { company }) => view! { <OtherAccount company/> }.into_any(),
                        Ok(InvitationView::Invalid) | Err(_) => view! { <Invalid/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// What the invitation means, naming the company.
fn intro(company: &str) -> String {
    texts().invitation.intro.with(&[("company", company.into())])
}

/// One answer's form: the link's token and the answer.
#[component]
fn AnswerForm(
    action: ServerAction<AnswerInvitation>,
    token: String,
    answer: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <ActionForm action>
            <input type="hidden" name="token" value=token/>
            <input type="hidden" name="answer" value=answer/>
            {children()}
        </ActionForm>
    }
}

/// Signed in as the invited account: accept or decline.
#[component]
fn Answer(company: String, token: String) -> impl IntoView {
    let i = &texts().invitation;
    let action = ServerAction::<AnswerInvitation>::new();
    view! {
        <Card title=i.title>
            <p data-testid="invitation">{intro(&company)}</p>
            <ErrorMessage error=FormError::of(action)/>
            <AnswerForm action token=token.clone() answer="accept">
                <Submit label=i.accept/>
            </AnswerForm>
            <AnswerForm action token answer="decline">
                <button type="submit" class="secondary">{i.decline}</button>
            </AnswerForm>
        </Card>
    }
}

/// Not signed in: sign in as the invited account, then come back.
#[component]
fn SignInFirst(company: String) -> impl IntoView {
    let t = texts();
    view! {
        <Card title=t.invitation.title>
            <p data-testid="invitation">{intro(&company)}</p>
            <p>{t.invitation.sign_in_first}</p>
            <p><a href=Page::Email.path()>{t.go_to_sign_in}</a></p>
        </Card>
    }
}

/// Signed in with another account: sign out first.
#[component]
fn OtherAccount(company: String) -> impl IntoView {
    let t = texts();
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <Card title=t.invitation.title>
            <p data-testid="invitation">{intro(&company)}</p>
            <p>{t.invitation.other_account}</p>
            <ActionForm action=sign_out>
                <ErrorMessage error=FormError::of(sign_out)/>
                <Submit label=t.sign_out/>
            </ActionForm>
        </Card>
    }
}

/// Unknown, used, expired or withdrawn: one answer for all.
#[component]
fn Invalid() -> impl IntoView {
    let t = texts();
    view! {
        <Card title=t.invitation.title>
            <p class="error-text" role="alert">{t.invitation.invalid}</p>
            <p><a href=Page::Email.path()>{t.go_to_sign_in}</a></p>
        </Card>
    }
}
