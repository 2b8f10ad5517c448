//! The signed-in home page.

use crate::api::{Page, SignOut};
use crate::components::{Card, ErrorMessage, FormError, Notice, Submit};
use crate::i18n::texts;
use domain::profile::initials;
use domain::step::Deadline;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn HomeStep(
    display_name: String,
    email: String,
    mfa_deadline: Option<Deadline>,
    admin: bool,
    /// After a redirect (an invitation answered).
    notice: Option<&'static str>,
) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<SignOut>::new();
    let initials = initials(&display_name, &email);
    view! {
        <Card title=t.welcome account=initials admin>
            {notice.map(|text| view! { <Notice text/> })}
            <p class="identity" data-testid="signed-in-user">
                {t.signed_in_as}" "<strong>{display_name}</strong>" "<span class="muted">"("{email}")"</span>
            </p>
            {mfa_deadline.map(|d| view! {
                <div class="warning" role="note" data-testid="mfa-countdown">
                    <p>{super::enroll::deadline_text(t, &d)}" "<a href=Page::Profile.path()>{t.set_up_now}</a></p>
                </div>
            })}
            <p><a href=Page::Profile.path()>{t.profile.open_profile}</a></p>
            {admin.then(|| view! { <p><a href=Page::Admin.path()>{t.admin.settings}</a></p> })}
            <ActionForm action>
                <ErrorMessage error=FormError::of(action)/>
                <Submit label=t.sign_out/>
            </ActionForm>
        </Card>
    }
}
