//! On the way to the company's identity provider: the page moves there at
//! once (a `refresh` to the provider, which a form's redirect could not
//! be under the `form-action 'self'` policy), with a link for a browser
//! that does not follow it.

use crate::api::{Page, pending_sso};
use crate::components::Card;
use crate::i18n::texts;
use leptos::prelude::*;
use leptos_meta::Meta;

#[component]
pub fn SsoStep() -> impl IntoView {
    let t = texts();
    let pending = Resource::new(|| (), |()| pending_sso());
    view! {
        <Card title=t.sso.continue_title>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match pending.await {
                        Ok(Some(redirect)) => {
                            let body = t.sso.continue_body.with(&[("company", redirect.company.as_str().into())]);
                            let button = t.sso.continue_button.with(&[("company", redirect.company.as_str().into())]);
                            view! {
                                <Meta http_equiv="refresh" content=format!("0;url={}", redirect.url)/>
                                <p role="status">{body}</p>
                                <a class="button primary" href=redirect.url data-testid="sso-continue">{button}</a>
                            }
                            .into_any()
                        }
                        _ => view! {
                            <p>{t.sso.continue_expired}</p>
                            <p><a href=Page::Email.path()>{t.start_again}</a></p>
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
        </Card>
    }
}
