//! `/dev/outbox` and `/dev/outbox.json`: the delivery queue in demo mode,
//! newest first, each message with its state. Outside demo mode both
//! answer 404. The page is written by
//! [`backend::delivery::outbox_page`], in the request's language.

use crate::AppState;
use app::i18n::{Language, language_from_headers};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use backend::delivery::{OutboxMessage, outbox_page, outbox_unavailable};
use serde::Serialize;
use time::format_description::well_known::Rfc3339;

/// One message of `/dev/outbox.json`.
#[derive(Debug, Serialize)]
pub struct Shown {
    pub channel: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// RFC 3339, UTC; `null` until sent.
    pub sent_at: Option<String>,
    /// `pending`, `sent` or `failed`.
    pub state: &'static str,
    /// Tries so far.
    pub attempts: i64,
    /// Why the last try failed ("" if none did).
    pub last_error: String,
}

fn rfc3339(at: time::OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// The messages, or the answer to give instead (404 outside demo mode).
async fn messages(state: &AppState, language: Language) -> Result<Vec<OutboxMessage>, Response> {
    match state.services.outbox().await {
        Ok(Some(messages)) => Ok(messages),
        Ok(None) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(err) => {
            tracing::error!(%err, "reading the outbox failed");
            Err((StatusCode::SERVICE_UNAVAILABLE, outbox_unavailable(language)).into_response())
        }
    }
}

/// Codes are in there: never cached.
fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub async fn json(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match messages(&state, language_from_headers(&headers)).await {
        Ok(messages) => {
            let shown: Vec<Shown> = messages
                .iter()
                .map(|m| Shown {
                    channel: m.channel.clone(),
                    to: m.to.clone(),
                    subject: m.subject.clone(),
                    body: m.body.clone(),
                    sent_at: m.sent_at.map(rfc3339),
                    state: m.state.as_str(),
                    attempts: m.attempts,
                    last_error: m.last_error.clone(),
                })
                .collect();
            no_store(Json(shown).into_response())
        }
        Err(res) => res,
    }
}

pub async fn page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let language = language_from_headers(&headers);
    match messages(&state, language).await {
        Ok(messages) => {
            no_store(Html(outbox_page(language, &state.services.issuer, &messages)).into_response())
        }
        Err(res) => res,
    }
}
