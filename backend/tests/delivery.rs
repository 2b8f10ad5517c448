//! The delivery adapters against real counterparts: the SMTP adapter
//! against maildev (an SMTP server from npm, started here), the SMS gateway
//! against a stub HTTP server (wiremock); and the demo outbox's sink.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use backend::delivery::{
    DeliveryError, Email, Mailer, Outbox, Sms, SmsGateway, SmsGatewaySettings, SmsSender, SmtpMailer,
    SmtpSettings,
};
use std::time::Duration;
use wiremock::matchers::{basic_auth, body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn email(to: &str, subject: &str) -> Email {
    Email {
        to: to.into(),
        subject: subject.into(),
        text: "Hello,\n\nplain part — déjà vu\n".into(),
        html: "<p>Hello,</p><p>HTML part — déjà vu</p>".into(),
    }
}

fn sms(body: &str) -> Sms {
    Sms {
        to: "+14155550100".into(),
        body: body.into(),
    }
}

// --- outbox ---

/// The demo outbox sends nothing and succeeds: the queue's row is the
/// message, which it keeps to show (see tests/queue.rs).
#[tokio::test]
async fn the_outbox_sink_succeeds_and_asks_the_queue_to_keep_messages() {
    Mailer::send(&Outbox, email("ada@example.com", "First"))
        .await
        .unwrap();
    SmsSender::send(&Outbox, sms("Your code is 123456"))
        .await
        .unwrap();
    assert!(Mailer::is_demo_outbox(&Outbox) && SmsSender::is_demo_outbox(&Outbox));
    let smtp = SmtpMailer::new(&SmtpSettings {
        url: "smtp://127.0.0.1:2525".into(),
        from: "no-reply@trestle.example".into(),
    })
    .unwrap();
    assert!(!Mailer::is_demo_outbox(&smtp));
    assert!(!Mailer::is_demo_outbox(&backend::delivery::Disabled));
}

// --- SMS gateway (Twilio's shape) ---

const SID: &str = "AC0123456789abcdef";
const TOKEN: &str = "token-s3cret";
const PATH: &str = "/2010-04-01/Accounts/AC0123456789abcdef/Messages.json";

fn gateway(server: &MockServer, timeout: Duration) -> SmsGateway {
    SmsGateway::with_timeout(
        &SmsGatewaySettings {
            base_url: format!("{}/", server.uri()),
            account_sid: SID.into(),
            auth_token: TOKEN.into(),
            from: "+15005550006".into(),
        },
        timeout,
    )
    .unwrap()
}

#[tokio::test]
async fn the_gateway_posts_one_form_with_basic_auth() {
    let server = MockServer::start().await;
    let body = form_urlencoded_body(&[
        ("To", "+14155550100"),
        ("From", "+15005550006"),
        ("Body", "Your Trestle code is 123456.\n@trestle.example #123456"),
    ]);
    Mock::given(method("POST"))
        .and(path(PATH))
        .and(basic_auth(SID, TOKEN))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string(body))
        .respond_with(ResponseTemplate::new(201).set_body_string(r#"{"sid":"SM1","status":"queued"}"#))
        .expect(1)
        .mount(&server)
        .await;
    let sent = SmsSender::send(
        &gateway(&server, Duration::from_secs(5)),
        sms("Your Trestle code is 123456.\n@trestle.example #123456"),
    )
    .await;
    assert_eq!(sent, Ok(()));
    server.verify().await;
}

/// What a refusal, an outage or a slow answer give: the provider error, after one request.
async fn failure(answer: ResponseTemplate, timeout: Duration) -> DeliveryError {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PATH))
        .respond_with(answer)
        .expect(1)
        .mount(&server)
        .await;
    let err = SmsSender::send(&gateway(&server, timeout), sms("Your code is 654321"))
        .await
        .unwrap_err();
    server.verify().await;
    let shown = format!("{err} {err:?}");
    for secret in [TOKEN, "654321"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    err
}

#[tokio::test]
async fn a_refusal_is_the_provider_error_and_not_retried() {
    let err = failure(
        ResponseTemplate::new(400).set_body_string(r#"{"code":21211,"message":"Invalid 'To' Phone Number"}"#),
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(err, DeliveryError::Unavailable("sms gateway answered 400".into()));
}

#[tokio::test]
async fn bad_credentials_are_the_provider_error() {
    let err = failure(ResponseTemplate::new(401), Duration::from_secs(5)).await;
    assert!(err.is_unavailable(), "{err}");
}

#[tokio::test]
async fn an_outage_is_the_provider_error_and_not_retried() {
    let err = failure(ResponseTemplate::new(503), Duration::from_secs(5)).await;
    assert_eq!(err, DeliveryError::Unavailable("sms gateway answered 503".into()));
}

#[tokio::test]
async fn a_slow_gateway_times_out_once() {
    let started = std::time::Instant::now();
    let err = failure(
        ResponseTemplate::new(201).set_delay(Duration::from_secs(3)),
        Duration::from_millis(300),
    )
    .await;
    assert!(err.is_unavailable(), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_unreachable_gateway_is_the_provider_error() {
    let server = MockServer::start().await;
    let gateway = gateway(&server, Duration::from_secs(2));
    drop(server);
    let err = SmsSender::send(&gateway, sms("x")).await.unwrap_err();
    assert!(err.is_unavailable(), "{err}");
}

fn form_urlencoded_body(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", form_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `application/x-www-form-urlencoded` as serde_urlencoded writes it.
fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => (b as char).to_string(),
            b' ' => "+".into(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

// --- SMTP against maildev ---

/// maildev, installed by `scripts/ensure-test-tools.sh` (`npm ci` in tools/maildev).
struct MailDev {
    child: tokio::process::Child,
    smtp_port: u16,
    api: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

impl MailDev {
    /// Starts maildev on free ports; `None` (the test skips itself) when
    /// it is not installed and `test_support::missing` allows that.
    async fn start() -> Option<Self> {
        let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tools/maildev/node_modules/.bin/maildev");
        if !bin.exists() {
            backend::test_support::missing(
                "maildev (scripts/ensure-test-tools.sh, or `npm ci` in tools/maildev, installs it)",
                "the whole test",
            );
            return None;
        }
        let (smtp_port, web_port) = (free_port(), free_port());
        let child = tokio::process::Command::new(bin)
            .args(["--smtp", &smtp_port.to_string(), "--ip", "127.0.0.1"])
            .args(["--web", &web_port.to_string(), "--web-ip", "127.0.0.1"])
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start maildev");
        let dev = Self {
            child,
            smtp_port,
            api: format!("http://127.0.0.1:{web_port}"),
        };
        // maildev opens its web API and its SMTP port independently: ready
        // means both answer (CI once sent before SMTP listened).
        for _ in 0..100 {
            let smtp = tokio::net::TcpStream::connect(("127.0.0.1", smtp_port)).await;
            if smtp.is_ok() && dev.emails().await.is_some() {
                return Some(dev);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("maildev did not start within 10 s");
    }

    /// An SMTP mailer that sends to this maildev.
    fn mailer(&self) -> SmtpMailer {
        SmtpMailer::new(&SmtpSettings {
            url: format!("smtp://127.0.0.1:{}", self.smtp_port),
            from: "Trestle <no-reply@trestle.example>".into(),
        })
        .unwrap()
    }

    /// What arrived (maildev's `GET /email`).
    async fn emails(&self) -> Option<Vec<serde_json::Value>> {
        let reply = reqwest::get(format!("{}/email", self.api)).await.ok()?;
        serde_json::from_str(&reply.text().await.ok()?).ok()
    }
}

impl Drop for MailDev {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

#[tokio::test]
async fn smtp_delivers_a_multipart_email_to_a_real_server() {
    let Some(maildev) = MailDev::start().await else {
        return;
    };
    let mailer = maildev.mailer();
    Mailer::send(&mailer, email("ada@example.com", "Un essai — déjà vu"))
        .await
        .unwrap();
    let emails = maildev.emails().await.unwrap();
    assert_eq!(emails.len(), 1, "{emails:?}");
    let got = &emails[0];
    assert_eq!(got["subject"], "Un essai — déjà vu");
    assert_eq!(got["to"][0]["address"], "ada@example.com");
    assert_eq!(got["from"][0]["address"], "no-reply@trestle.example");
    assert_eq!(got["from"][0]["name"], "Trestle");
    assert!(
        got["text"].as_str().unwrap().contains("plain part — déjà vu"),
        "{got}"
    );
    assert!(
        got["html"]
            .as_str()
            .unwrap()
            .contains("<p>HTML part — déjà vu</p>"),
        "{got}"
    );
}

#[tokio::test]
async fn smtp_to_a_server_that_is_gone_is_the_provider_error() {
    let mailer = SmtpMailer::with_timeouts(
        &SmtpSettings {
            url: format!("smtp://127.0.0.1:{}", free_port()),
            from: "no-reply@trestle.example".into(),
        },
        Duration::from_secs(1),
        Duration::from_secs(2),
    )
    .unwrap();
    let err = Mailer::send(&mailer, email("ada@example.com", "x"))
        .await
        .unwrap_err();
    assert!(err.is_unavailable(), "{err}");
}

#[tokio::test]
async fn an_smtp_server_that_never_answers_times_out() {
    // Accepts the connection and says nothing.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let _silent = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let mailer = SmtpMailer::with_timeouts(
        &SmtpSettings {
            url: format!("smtp://127.0.0.1:{port}"),
            from: "no-reply@trestle.example".into(),
        },
        Duration::from_secs(5),
        Duration::from_millis(500),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let err = Mailer::send(&mailer, email("ada@example.com", "x"))
        .await
        .unwrap_err();
    assert!(err.is_unavailable(), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn the_security_emails_arrive_over_smtp_in_the_users_language() {
    use backend::delivery::messages::{Notice, Recipient, compose};
    use catalogue::Language;
    let Some(maildev) = MailDev::start().await else {
        return;
    };
    let mailer = maildev.mailer();
    let at = time::macros::datetime!(2026-12-02 09:30 UTC);
    let sent = [
        (
            Notice::PhoneAdded {
                masked: "•••• 0123"
            },
            Language::Fr,
            "Un numéro de téléphone a été ajouté à votre compte",
            "Le numéro de téléphone •••• 0123 a été ajouté",
        ),
        (
            Notice::PhoneAdded {
                masked: "•••• 0123"
            },
            Language::En,
            "A phone number was added to your account",
            "The phone number •••• 0123 was added",
        ),
        (
            Notice::AppAdded {
                app_name: "Work phone",
            },
            Language::En,
            "An authenticator app was added to your account",
            "named “Work phone” was added",
        ),
        (
            Notice::RecoveryCodeUsed,
            Language::Fr,
            "Votre code de récupération a été utilisé pour vous connecter",
            "Votre code de récupération a été utilisé",
        ),
    ];
    for (notice, language, _, _) in sent {
        let to = Recipient {
            email: "ada@example.com",
            display_name: "Ada",
            language,
            time_zone: "Europe/Paris",
        };
        let not_me = Some("https://trestle.example/account/not-me?token=t");
        Mailer::send(&mailer, compose(notice, to, "Trestle", at, not_me))
            .await
            .unwrap();
    }
    let emails = maildev.emails().await.unwrap();
    assert_eq!(emails.len(), sent.len(), "{emails:?}");
    for (_, language, subject, line) in sent {
        let got = emails
            .iter()
            .find(|e| e["subject"] == subject)
            .unwrap_or_else(|| panic!("{subject} did not arrive: {emails:?}"));
        assert!(got["text"].as_str().unwrap().contains(line), "{got}");
        let lang = format!("<html lang=\"{}\">", language.code());
        assert!(got["html"].as_str().unwrap().contains(&lang), "{got}");
        assert!(
            got["text"].as_str().unwrap().contains("administra"),
            "what to do if it wasn't you: {got}"
        );
    }
}
