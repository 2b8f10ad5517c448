//! The embedded default for demo mode: messages are stored in the database
//! (`outbox` table) and shown at `/dev/outbox`, never sent. The page is an
//! askama template (`templates/outbox.html`), which escapes every value;
//! its words are the catalogue's (`outbox-` in `emails.ftl`).

use super::{DeliveryError, Email, Mailer, Sending, Sms, SmsSender};
use crate::db::Db;
use crate::local_time::local_time;
use crate::ports::Clock;
use crate::store::outbox as store;
use askama::Template;
use catalogue::{Language, Value};
use std::sync::Arc;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// How many messages `/dev/outbox` shows.
pub const SHOWN: i64 = 200;

#[derive(Clone)]
pub struct Outbox {
    db: Db,
    clock: Arc<dyn Clock>,
}

/// One stored message, as `/dev/outbox` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxMessage {
    /// `email` or `sms`.
    pub channel: String,
    pub to: String,
    /// Empty for a text message.
    pub subject: String,
    /// The text (an email's plain-text part).
    pub body: String,
    /// An email's HTML part; empty for a text message.
    pub html: String,
    pub sent_at: OffsetDateTime,
}

impl Outbox {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock }
    }

    async fn store(&self, msg: store::NewMessage<'_>) -> Result<(), DeliveryError> {
        let mut conn = self
            .db
            .pool
            .acquire()
            .await
            .map_err(|e| DeliveryError::Internal(format!("outbox: {e}")))?;
        store::insert(&mut conn, &msg)
            .await
            .map_err(|e| DeliveryError::Internal(format!("outbox: {e}")))
    }

    /// The latest messages, newest first.
    pub async fn recent(&self) -> Result<Vec<OutboxMessage>, sqlx::Error> {
        let mut conn = self.db.pool.acquire().await?;
        Ok(store::recent(&mut conn, SHOWN)
            .await?
            .into_iter()
            .map(|m| OutboxMessage {
                channel: m.channel,
                to: m.recipient,
                subject: m.subject,
                body: m.body,
                html: m.html,
                sent_at: OffsetDateTime::from_unix_timestamp(m.sent_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
            })
            .collect())
    }
}

impl Mailer for Outbox {
    fn send(&self, email: Email) -> Sending<'_> {
        Box::pin(async move {
            self.store(store::NewMessage {
                channel: "email",
                recipient: &email.to,
                subject: &email.subject,
                body: &email.text,
                html: &email.html,
                sent_at: self.clock.now().unix_timestamp(),
            })
            .await
        })
    }
}

impl SmsSender for Outbox {
    fn send(&self, sms: Sms) -> Sending<'_> {
        Box::pin(async move {
            self.store(store::NewMessage {
                channel: "sms",
                recipient: &sms.to,
                subject: "",
                body: &sms.body,
                html: "",
                sent_at: self.clock.now().unix_timestamp(),
            })
            .await
        })
    }
}

/// One message as the page lists it.
struct Item<'a> {
    channel: &'a str,
    /// The subject, or "Text message".
    title: String,
    /// "Email to", "Text message to".
    sent_to: String,
    to: &'a str,
    /// RFC 3339, UTC, for `<time datetime>`.
    at: String,
    /// The same moment in the reader's language (in UTC).
    shown_at: String,
    body: &'a str,
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage<'a> {
    lang: &'a str,
    title: String,
    heading: String,
    intro: String,
    as_json: String,
    empty: String,
    items: Vec<Item<'a>>,
}

/// `/dev/outbox` in `language`: the messages, newest first. Emails show
/// their text part (their HTML part is never rendered here).
pub fn outbox_page(language: Language, product: &str, messages: &[OutboxMessage]) -> String {
    let say = |id: &str| catalogue::text(language, id);
    let product_arg = [("product", Value::from(product))];
    let items = messages
        .iter()
        .map(|m| {
            let sms = m.channel == "sms";
            Item {
                channel: &m.channel,
                title: if sms { say("outbox-sms") } else { m.subject.clone() },
                sent_to: say(if sms { "outbox-sms-to" } else { "outbox-email-to" }),
                to: &m.to,
                at: m.sent_at.format(&Rfc3339).unwrap_or_default(),
                shown_at: catalogue::date_time(language, &local_time(m.sent_at.unix_timestamp(), "UTC")),
                body: &m.body,
            }
        })
        .collect();
    OutboxPage {
        lang: language.code(),
        title: catalogue::message(language, "outbox-title", &product_arg),
        heading: say("outbox-heading"),
        intro: catalogue::message(language, "outbox-intro", &product_arg),
        as_json: say("outbox-as-json"),
        empty: say("outbox-empty"),
        items,
    }
    .render()
    .unwrap_or_else(|err| {
        tracing::error!(%err, "the outbox page did not render");
        say("outbox-unavailable")
    })
}

/// What `/dev/outbox` answers when the outbox cannot be read.
pub fn outbox_unavailable(language: Language) -> String {
    catalogue::text(language, "outbox-unavailable")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn message(channel: &str, to: &str, subject: &str, body: &str) -> OutboxMessage {
        OutboxMessage {
            channel: channel.into(),
            to: to.into(),
            subject: subject.into(),
            body: body.into(),
            html: "<b>ignored</b>".into(),
            sent_at: datetime!(2026-11-25 12:00:10 UTC),
        }
    }

    #[test]
    fn the_page_escapes_everything_and_speaks_the_readers_language() {
        let messages = [
            message("email", "<a@example.com>", "<script>alert(1)</script>", "x & y"),
            message("sms", "+33612345678", "", "Code 123456.\n\n@t.example #123456"),
        ];
        let page = outbox_page(Language::En, "T<r>", &messages);
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
        assert!(page.contains("&#60;a@example.com&#62;"));
        assert!(page.contains("x &#38; y"));
        assert!(!page.contains("ignored"));
        assert!(page.contains("<title>Outbox · T&#60;r&#62;</title>"));
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("datetime=\"2026-11-25T12:00:10Z\""));
        assert!(page.contains("Email to <span data-testid=\"outbox-to\">"));
        assert!(page.contains("<li class=\"outbox-item\" data-channel=\"sms\"><h2>Text message</h2>"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/pkg/trestle.css\">"));
        let fr = outbox_page(Language::Fr, "Trestle", &messages);
        assert!(fr.contains("<html lang=\"fr\">") && fr.contains("<h1>Boîte d’envoi</h1>"));
        assert!(fr.contains("SMS à <span"), "{fr}");
        assert!(fr.contains("25 novembre 2026"), "{fr}");
        for language in Language::ALL {
            let page = outbox_page(language, "Trestle", &messages);
            let empty = outbox_page(language, "Trestle", &[]);
            for page in [&page, &empty] {
                let ids = [
                    "outbox-title",
                    "outbox-heading",
                    "outbox-intro",
                    "outbox-as-json",
                    "outbox-empty",
                    "outbox-sms\"",
                    "outbox-sms-to",
                    "outbox-email-to",
                    "date-time-in-zone",
                ];
                for id in ids {
                    assert!(!page.contains(id), "{id}: {page}");
                }
                assert!(!page.contains('$') && !page.contains('{'), "{page}");
            }
            assert!(empty.contains("<p class=\"muted\">") && !empty.contains("<ol"));
        }
    }
}
