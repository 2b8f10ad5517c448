//! Email over SMTP with `lettre`: `smtp://host:port` (plain, for a local
//! relay; add `?tls=required` for STARTTLS) or `smtps://user:pass@host`
//! (implicit TLS, rustls). One connection per message, tried once.

use super::{DeliveryError, Email, Mailer, Sending};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// Each network operation (connect, a command's answer).
pub const SOCKET_TIMEOUT: Duration = Duration::from_secs(5);
/// The whole exchange, so a slow server never holds a request longer.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(8);

/// `TRESTLE_SMTP_URL` and `TRESTLE_MAIL_FROM`. The URL may hold a password:
/// `Debug` hides it.
#[derive(Clone)]
pub struct SmtpSettings {
    pub url: String,
    pub from: String,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("url", &"<redacted>")
            .field("from", &self.from)
            .finish()
    }
}

#[derive(Clone)]
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    send_timeout: Duration,
}

impl SmtpMailer {
    /// Checks the settings; connects only when sending.
    pub fn new(settings: &SmtpSettings) -> Result<Self, String> {
        Self::with_timeouts(settings, SOCKET_TIMEOUT, SEND_TIMEOUT)
    }

    pub fn with_timeouts(settings: &SmtpSettings, socket: Duration, send: Duration) -> Result<Self, String> {
        let scheme = settings.url.split("://").next().unwrap_or_default();
        if !matches!(scheme, "smtp" | "smtps") {
            return Err("TRESTLE_SMTP_URL must start with smtp:// or smtps://".into());
        }
        // lettre's message could echo the URL, which may hold a password.
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url)
            .map_err(|_| "TRESTLE_SMTP_URL is not a valid smtp:// or smtps:// URL".to_owned())?
            .timeout(Some(socket))
            .build();
        let from = settings
            .from
            .parse::<Mailbox>()
            .map_err(|e| format!("TRESTLE_MAIL_FROM is not an email address: {e}"))?;
        Ok(Self {
            transport,
            from,
            send_timeout: send,
        })
    }

    fn message(&self, email: Email) -> Result<Message, DeliveryError> {
        let to = email
            .to
            .parse::<Mailbox>()
            .map_err(|e| DeliveryError::Internal(format!("recipient address: {e}")))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject)
            .multipart(MultiPart::alternative_plain_html(email.text, email.html))
            .map_err(|e| DeliveryError::Internal(format!("building the email: {e}")))
    }
}

impl Mailer for SmtpMailer {
    fn send(&self, email: Email) -> Sending<'_> {
        Box::pin(async move {
            let message = self.message(email)?;
            match tokio::time::timeout(self.send_timeout, self.transport.send(message)).await {
                Ok(Ok(_)) => Ok(()),
                // Refused (4xx/5xx), unreachable, TLS, socket timeout: the
                // server's fault or the network's; lettre's text names no secret.
                Ok(Err(err)) => Err(DeliveryError::Unavailable(format!("smtp: {err}"))),
                Err(_) => Err(DeliveryError::Unavailable(format!(
                    "smtp: no answer within {:?}",
                    self.send_timeout
                ))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(url: &str, from: &str) -> SmtpSettings {
        SmtpSettings {
            url: url.into(),
            from: from.into(),
        }
    }

    #[test]
    fn settings_are_checked_and_never_printed() {
        assert!(
            SmtpMailer::new(&settings(
                "smtp://127.0.0.1:2525",
                "Trestle <no-reply@example.com>"
            ))
            .is_ok()
        );
        assert!(
            SmtpMailer::new(&settings(
                "smtps://user:pa%40ss@mail.example.com",
                "no-reply@example.com"
            ))
            .is_ok()
        );
        assert!(SmtpMailer::new(&settings("http://mail.example.com", "no-reply@example.com")).is_err());
        assert!(SmtpMailer::new(&settings("smtp://127.0.0.1:2525", "not an address")).is_err());
        let shown = format!("{:?}", settings("smtps://user:hunter2@mail.example.com", "a@b.c"));
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
