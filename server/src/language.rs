//! The language switcher's form post (also the profile's **Language and
//! Time Zone**): the choice is kept in a cookie and, for a signed-in user,
//! on their account; the browser goes back to the page it came from.

use crate::AppState;
use app::i18n::{LOCALE_COOKIE, Language};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use backend::{ServiceError, SessionCtx};
use serde::Deserialize;

const ONE_YEAR_SECONDS: i64 = 365 * 24 * 60 * 60;

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    back: String,
    /// From the profile: the user's time zone too.
    time_zone: Option<String>,
}

pub async fn switch(
    State(state): State<AppState>,
    Extension(session): Extension<SessionCtx>,
    Form(choice): Form<Choice>,
) -> Response {
    let mut res =
        Redirect::to(local_path(&choice.back).unwrap_or(app::api::Page::Email.path())).into_response();
    if let Some(locale) = Language::from_code(&choice.lang) {
        let saved = state
            .services
            .save_preferences(&session, locale.code(), choice.time_zone.as_deref())
            .await;
        match saved {
            Ok(()) => {}
            Err(ServiceError::Refused(refusal)) => {
                let words = app::error::AppError::from(refusal).message(app::i18n::texts_in(locale));
                return (StatusCode::BAD_REQUEST, words).into_response();
            }
            Err(ServiceError::Internal(detail)) => {
                tracing::error!(%detail, "preferences not saved");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
        state
            .guard
            .add_cookie(&mut res, LOCALE_COOKIE, locale.code(), ONE_YEAR_SECONDS);
    }
    res
}

/// Only a path on this site: `/login`, not `//elsewhere.example` or `/\elsewhere`.
pub(crate) fn local_path(back: &str) -> Option<&str> {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && back.len() <= 256
        && !back.chars().any(char::is_control);
    local.then_some(back)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn goes_back_only_to_this_site() {
        assert_eq!(local_path("/login/password"), Some("/login/password"));
        for foreign in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "",
            "login",
            "/a\nb",
        ] {
            assert_eq!(local_path(foreign), None, "{foreign}");
        }
    }
}
