//! The embedded default for demo mode: a sink that sends nothing and
//! succeeds, since the delivery queue (`deliveries`) already holds every
//! message; `/dev/outbox` shows that table, with each message's state.
//! The page is an askama template (`templates/outbox.html`), which escapes
//! every value; its words are the catalogue's (`outbox-` in `emails.ftl`).

use super::{DeliveryState, Email, Mailer, Sending, Sms, SmsSender};
use crate::local_time::local_time;
use askama::Template;
use catalogue::{Language, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// How many messages `/dev/outbox` shows.
pub const SHOWN: i64 = 200;

/// The demo outbox as a sender: the queued row is the message.
#[derive(Clone, Copy, Debug, Default)]
pub struct Outbox;

/// One queued or recorded message, as `/dev/outbox` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxMessage {
    /// `email` or `sms`.
    pub channel: String,
    pub to: String,
    /// Empty for a text message.
    pub subject: String,
    /// The text (an email's plain-text part); empty once sent by a real
    /// provider, and for a text message sent by one.
    pub body: String,
    /// An email's HTML part; empty for a text message.
    pub html: String,
    pub state: DeliveryState,
    /// Tries so far.
    pub attempts: i64,
    /// Why the last try failed ("" if none did).
    pub last_error: String,
    /// When it was queued (a text: when it was tried).
    pub queued_at: OffsetDateTime,
    pub sent_at: Option<OffsetDateTime>,
}

impl Mailer for Outbox {
    fn send(&self, _email: Email) -> Sending<'_> {
        Box::pin(async { Ok(()) })
    }

    fn is_demo_outbox(&self) -> bool {
        true
    }
}

impl SmsSender for Outbox {
    fn send(&self, _sms: Sms) -> Sending<'_> {
        Box::pin(async { Ok(()) })
    }

    fn is_demo_outbox(&self) -> bool {
        true
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
    /// RFC 3339, UTC, for `<time datetime>`: when it was sent, or queued.
    at: String,
    /// The same moment in the reader's language (in UTC).
    shown_at: String,
    /// `pending`, `sent` or `failed`.
    state: &'static str,
    /// "Sent", "Waiting to be sent, 2 tries".
    state_words: String,
    /// "Last error: …", or "" when no try failed.
    error_words: String,
    body: &'a str,
}

/// The words of a message's state: which, and how many tries when any failed.
fn state_words(language: Language, m: &OutboxMessage) -> String {
    let state = catalogue::text(
        language,
        match m.state {
            DeliveryState::Pending => "outbox-state-pending",
            DeliveryState::Sent => "outbox-state-sent",
            DeliveryState::Failed => "outbox-state-failed",
        },
    );
    if m.state == DeliveryState::Sent && m.attempts <= 1 {
        return state;
    }
    let tries = catalogue::message(language, "outbox-tries", &[("count", Value::from(m.attempts))]);
    catalogue::message(
        language,
        "outbox-state-with-tries",
        &[("state", Value::from(state)), ("tries", Value::from(tries))],
    )
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

/// `/dev/outbox` in `language`: the messages, newest first, each with its
/// state. Emails show their text part (their HTML part is never rendered
/// here).
pub fn outbox_page(language: Language, product: &str, messages: &[OutboxMessage]) -> String {
    let say = |id: &str| catalogue::text(language, id);
    let product_arg = [("product", Value::from(product))];
    let items = messages
        .iter()
        .map(|m| {
            let sms = m.channel == "sms";
            let at = m.sent_at.unwrap_or(m.queued_at);
            Item {
                channel: &m.channel,
                title: if sms { say("outbox-sms") } else { m.subject.clone() },
                sent_to: say(if sms { "outbox-sms-to" } else { "outbox-email-to" }),
                to: &m.to,
                at: at.format(&Rfc3339).unwrap_or_default(),
                shown_at: catalogue::date_time(language, &local_time(at.unix_timestamp(), "UTC")),
                state: m.state.as_str(),
                state_words: state_words(language, m),
                error_words: match m.last_error.is_empty() {
                    true => String::new(),
                    false => catalogue::message(
                        language,
                        "outbox-last-error",
                        &[("error", Value::from(m.last_error.as_str()))],
                    ),
                },
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
            state: DeliveryState::Sent,
            attempts: 1,
            last_error: String::new(),
            queued_at: datetime!(2026-11-25 12:00:00 UTC),
            sent_at: Some(datetime!(2026-11-25 12:00:10 UTC)),
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
        assert!(page.contains(
            "<li class=\"outbox-item\" data-channel=\"sms\" data-state=\"sent\"><h2>Text message</h2>"
        ));
        assert!(page.contains("<span class=\"outbox-state\" data-testid=\"outbox-state\">Sent</span>"));
        assert!(!page.contains("outbox-error"), "no try failed");
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
                    "outbox-state-",
                    "outbox-tries",
                    "outbox-last-error",
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

    /// A message waiting after failed tries, and one given up: their
    /// state, tries and last error (escaped), in every language; the
    /// moment shown is when it was queued.
    #[test]
    fn the_page_shows_each_messages_state() {
        let waiting = OutboxMessage {
            state: DeliveryState::Pending,
            attempts: 2,
            last_error: "provider unavailable: smtp <down>".into(),
            sent_at: None,
            ..message("email", "ada@example.com", "Reset", "x")
        };
        let failed = OutboxMessage {
            state: DeliveryState::Failed,
            attempts: 10,
            last_error: "provider unavailable: smtp".into(),
            sent_at: None,
            ..message("email", "ada@example.com", "Reset", "x")
        };
        let page = outbox_page(Language::En, "Trestle", &[waiting.clone(), failed.clone()]);
        assert!(page.contains("data-state=\"pending\""), "{page}");
        assert!(page.contains(">Waiting to be sent · 2 tries</span>"), "{page}");
        assert!(page.contains(">Not sent · 10 tries</span>"), "{page}");
        assert!(
            page.contains("Last error: provider unavailable: smtp &#60;down&#62;</p>"),
            "{page}"
        );
        assert!(page.contains("datetime=\"2026-11-25T12:00:00Z\""), "{page}");
        let sent_again = OutboxMessage {
            attempts: 3,
            ..message("email", "ada@example.com", "Reset", "x")
        };
        let page = outbox_page(Language::En, "Trestle", &[sent_again]);
        assert!(page.contains(">Sent · 3 tries</span>"), "{page}");
        for language in Language::ALL {
            let page = outbox_page(language, "Trestle", &[waiting.clone(), failed.clone()]);
            for id in ["outbox-state-", "outbox-tries", "outbox-last-error"] {
                assert!(!page.contains(id), "{id}: {page}");
            }
            assert!(!page.contains('$') && !page.contains('{'), "{page}");
        }
    }
}
