//! Delivery of messages: the [`Mailer`] and [`SmsSender`] ports, their
//! adapters (chosen by the server's configuration) and the [`Queue`] that
//! makes emails durable.
//!
//! | adapter | email | text | when |
//! |---|---|---|---|
//! | [`Outbox`] | yes | yes | demo mode with no provider configured: sends nothing, the queue's rows are shown at `/dev/outbox` |
//! | [`SmtpMailer`] | yes | | `TRESTLE_SMTP_URL` |
//! | [`SmsGateway`] | | yes | `TRESTLE_SMS_URL` (Twilio's REST shape) |
//! | [`Disabled`] | yes | yes | production with nothing configured: logs and refuses |
//!
//! | message | how | on failure |
//! |---|---|---|
//! | email | queued in `deliveries` in the transaction that decides it; sent by the [`Queue`]'s worker | tried again with a growing wait (`domain::delivery`), for about an hour, then `failed` |
//! | text (a code) | sent while the person waits, then recorded in `deliveries` | recorded `failed`; the person is told to try again |
//!
//! An adapter tries a send once and bounds how long it may take; only the
//! queue retries, and never a text, so a code never arrives twice.

pub mod messages;
mod outbox;
mod queue;
mod sms_gateway;
mod smtp;

pub use crate::store::deliveries::State as DeliveryState;
pub use outbox::{Outbox, OutboxMessage, SHOWN, outbox_page, outbox_unavailable};
pub use queue::{AfterCommit, BATCH, KEEP_FINISHED, POLL, Queue};
pub use sms_gateway::{SmsGateway, SmsGatewaySettings};
pub use smtp::{SmtpMailer, SmtpSettings};

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// An email with a plain-text and an HTML part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A text message to an E.164 number (`+14155550100`).
#[derive(Clone, PartialEq, Eq)]
pub struct Sms {
    pub to: String,
    pub body: String,
}

/// The body carries a code: never printed.
impl std::fmt::Debug for Sms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sms")
            .field("to", &self.to)
            .field("body", &"<redacted>")
            .finish()
    }
}

/// Why a message was not sent. Neither variant holds a secret (no password,
/// token or message body), so both may be logged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    /// The provider refused the message, is unreachable, too slow, or no
    /// provider is configured: the person may try again later ("We couldn't
    /// send the text message. Try again in a moment.").
    #[error("provider unavailable: {0}")]
    Unavailable(String),
    /// Our side failed (a malformed address, a message that cannot be
    /// opened): trying again would fail the same way.
    #[error("delivery failed: {0}")]
    Internal(String),
}

impl DeliveryError {
    /// Whether the person should be told to try again in a moment.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

impl From<DeliveryError> for crate::error::ServiceError {
    fn from(err: DeliveryError) -> Self {
        Self::Internal(err.to_string())
    }
}

/// What a send answers, boxed so the ports stay object-safe.
pub type Sending<'a> = Pin<Box<dyn Future<Output = Result<(), DeliveryError>> + Send + 'a>>;

/// Sends emails.
pub trait Mailer: Send + Sync {
    fn send(&self, email: Email) -> Sending<'_>;

    /// Whether this is the demo [`Outbox`], where the queued row is the
    /// message: its body is kept to be shown. A real provider's sent
    /// emails are erased from the queue (they hold single-use links).
    fn is_demo_outbox(&self) -> bool {
        false
    }
}

/// Sends text messages.
pub trait SmsSender: Send + Sync {
    fn send(&self, sms: Sms) -> Sending<'_>;

    /// Whether this is the demo [`Outbox`]: only then is a text's body
    /// (its code) recorded, to be shown.
    fn is_demo_outbox(&self) -> bool {
        false
    }
}

/// The senders the services use, and whether the outbox may be shown
/// (demo mode only).
#[derive(Clone)]
pub struct Delivery {
    pub mailer: Arc<dyn Mailer>,
    pub sms: Arc<dyn SmsSender>,
    /// Whether `/dev/outbox` shows the queue; otherwise it answers 404.
    pub show_outbox: bool,
}

impl Delivery {
    /// Nothing configured outside demo mode: every send is refused.
    pub fn disabled() -> Self {
        Self {
            mailer: Arc::new(Disabled),
            sms: Arc::new(Disabled),
            show_outbox: false,
        }
    }

    /// Everything into the outbox, which is shown.
    pub fn outbox() -> Self {
        Self {
            mailer: Arc::new(Outbox),
            sms: Arc::new(Outbox),
            show_outbox: true,
        }
    }
}

/// No provider configured (production without SMTP or SMS settings): logs
/// what was not sent (never its body) and answers that the provider is
/// unavailable, so codes never end up silently in a table.
#[derive(Clone, Copy, Debug, Default)]
pub struct Disabled;

impl Mailer for Disabled {
    fn send(&self, email: Email) -> Sending<'_> {
        tracing::warn!(subject = %email.subject, "no email provider configured (TRESTLE_SMTP_URL): email not sent");
        Box::pin(async { Err(DeliveryError::Unavailable("no email provider configured".into())) })
    }
}

impl SmsSender for Disabled {
    fn send(&self, _sms: Sms) -> Sending<'_> {
        tracing::warn!("no SMS provider configured (TRESTLE_SMS_URL): text message not sent");
        Box::pin(async { Err(DeliveryError::Unavailable("no SMS provider configured".into())) })
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn disabled_refuses_as_unavailable() {
        let email = Email {
            to: "a@example.com".into(),
            subject: "s".into(),
            text: "t".into(),
            html: "h".into(),
        };
        assert!(Mailer::send(&Disabled, email).await.unwrap_err().is_unavailable());
        let sms = Sms {
            to: "+14155550100".into(),
            body: "code 123456".into(),
        };
        assert!(
            SmsSender::send(&Disabled, sms)
                .await
                .unwrap_err()
                .is_unavailable()
        );
    }

    #[test]
    fn sms_debug_hides_the_body() {
        let sms = Sms {
            to: "+14155550100".into(),
            body: "code 123456".into(),
        };
        assert!(!format!("{sms:?}").contains("123456"));
    }

    #[test]
    fn escapes() {
        assert_eq!(
            escape_html(r#"<a href="x">O'Neil & co</a>"#),
            "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;"
        );
    }
}
