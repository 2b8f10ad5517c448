//! `/dev/outbox` and `/dev/outbox.json`: the demo outbox, newest first.
//! Outside demo mode both answer 404.

use crate::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use backend::delivery::{OutboxMessage, escape_html};
use serde::Serialize;
use time::format_description::well_known::Rfc3339;

/// One message of `/dev/outbox.json`.
#[derive(Debug, Serialize)]
pub struct Shown {
    pub channel: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
}

fn rfc3339(message: &OutboxMessage) -> String {
    message.sent_at.format(&Rfc3339).unwrap_or_default()
}

/// The messages, or the answer to give instead (404 outside demo mode).
async fn messages(state: &AppState) -> Result<Vec<OutboxMessage>, Response> {
    match state.services.outbox().await {
        Ok(Some(messages)) => Ok(messages),
        Ok(None) => Err((StatusCode::NOT_FOUND, "Not found").into_response()),
        Err(err) => {
            tracing::error!(%err, "reading the outbox failed");
            Err((StatusCode::SERVICE_UNAVAILABLE, "The outbox is unavailable.").into_response())
        }
    }
}

/// Codes are in there: never cached.
fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub async fn json(State(state): State<AppState>) -> Response {
    match messages(&state).await {
        Ok(messages) => {
            let shown: Vec<Shown> = messages
                .iter()
                .map(|m| Shown {
                    channel: m.channel.clone(),
                    to: m.to.clone(),
                    subject: m.subject.clone(),
                    body: m.body.clone(),
                    sent_at: rfc3339(m),
                })
                .collect();
            no_store(Json(shown).into_response())
        }
        Err(res) => res,
    }
}

pub async fn page(State(state): State<AppState>) -> Response {
    match messages(&state).await {
        Ok(messages) => no_store(Html(render(&state.services.issuer, &messages)).into_response()),
        Err(res) => res,
    }
}

/// A plain page on the app's stylesheet; every value escaped. Emails show
/// their text part (their HTML part is never rendered here).
pub fn render(product: &str, messages: &[OutboxMessage]) -> String {
    let product = escape_html(product);
    let mut items = String::new();
    for m in messages {
        let (kind, title) = if m.channel == "sms" {
            ("Text message", "Text message".to_owned())
        } else {
            ("Email", escape_html(&m.subject))
        };
        let at = escape_html(&rfc3339(m));
        items.push_str(&format!(
            "<li class=\"outbox-item\" data-channel=\"{channel}\"><h2>{title}</h2>\
             <p class=\"outbox-meta muted\">{kind} to <span data-testid=\"outbox-to\">{to}</span> · \
             <time datetime=\"{at}\">{at}</time></p>\
             <pre class=\"outbox-body\" data-testid=\"outbox-body\">{body}</pre></li>\n",
            channel = escape_html(&m.channel),
            to = escape_html(&m.to),
            body = escape_html(&m.body),
        ));
    }
    let list = if items.is_empty() {
        "<p class=\"muted\">Nothing sent yet.</p>".to_owned()
    } else {
        format!("<ol class=\"outbox-list\">\n{items}</ol>")
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n\
         <title>Outbox · {product}</title>\n<link rel=\"stylesheet\" href=\"/pkg/trestle.css\">\n</head>\n\
         <body>\n<main class=\"wizard\">\n<div class=\"card\">\n<h1>Outbox</h1>\n\
         <p class=\"muted\">Demo mode: the emails and text messages {product} would have sent, newest first. \
         As JSON: <a href=\"/dev/outbox.json\">/dev/outbox.json</a>.</p>\n{list}\n</div>\n</main>\n</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn everything_is_escaped() {
        let m = OutboxMessage {
            channel: "email".into(),
            to: "<a@example.com>".into(),
            subject: "<script>alert(1)</script>".into(),
            body: "x & y".into(),
            html: "<b>ignored</b>".into(),
            sent_at: datetime!(2026-11-25 12:00:10 UTC),
        };
        let page = render("T<r>", &[m]);
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&lt;a@example.com&gt;"));
        assert!(page.contains("x &amp; y"));
        assert!(!page.contains("ignored"));
        assert!(page.contains("Outbox · T&lt;r&gt;"));
        assert!(page.contains("2026-11-25T12:00:10Z"));
    }
}
