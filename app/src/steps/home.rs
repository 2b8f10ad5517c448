//! The signed-in home page.

use crate::api::SignOut;
use crate::components::{Card, ErrorMessage, FormError, Submit};
use crate::i18n::texts;
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn HomeStep(display_name: String, email: String) -> impl IntoView {
    let t = texts();
    let action = ServerAction::<SignOut>::new();
    view! {
        <Card title=t.welcome>
            <p class="identity" data-testid="signed-in-user">
                {t.signed_in_as}" "<strong>{display_name}</strong>" "<span class="muted">"("{email}")"</span>
            </p>
            <ActionForm action>
                <ErrorMessage error=FormError::of(action)/>
                <Submit label=t.sign_out pending=action.pending().into()/>
            </ActionForm>
        </Card>
    }
}
