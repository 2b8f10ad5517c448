//! `/sso/callback`: where a company's identity provider sends the person
//! back. The service checks the answer; this only picks the page that
//! follows (a fixed path, with a fixed notice code, never the provider's
//! text).

use crate::AppState;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use backend::SessionCtx;
use backend::services::{Callback, CallbackParams};
use domain::page::Page;
use domain::sso::SsoFailure;

pub async fn callback(
    State(state): State<AppState>,
    Extension(session): Extension<SessionCtx>,
    Query(params): Query<CallbackParams>,
) -> Response {
    let services = &state.services;
    let to = match services.sso_callback(&session, &params).await {
        Ok(Callback::Continued) => services.current_page(&session).await.path().to_owned(),
        Ok(Callback::Failed(failure)) => notice(Page::Email, failure.code()),
        Ok(Callback::Tested(Ok(_))) => notice(Page::Admin, "sso_test_passed"),
        Ok(Callback::Tested(Err(failure))) => notice(Page::Admin, &failure.test_code()),
        Err(err) => {
            tracing::error!(%err, "sso callback");
            notice(Page::Email, SsoFailure::Unavailable.code())
        }
    };
    let mut response = Redirect::to(&to).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn notice(page: Page, code: &str) -> String {
    format!("{}?notice={code}", page.path())
}
