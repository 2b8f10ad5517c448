//! Messages over HTTP: the demo outbox pages, and the security emails sent
//! after an enrollment and after a recovery-code sign-in, in the user's
//! language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use backend::delivery::Delivery;
use backend::test_support::{each_backend, sqlite};
use common::{Client, TestApp};
use domain::policy::PaymentRole;
use serde_json::Value;
use time::Duration;

const PAYOR: &str = "pat@example.com";
const APP_ADDED_EN: &str = "An authenticator app was added to your account";
const APP_ADDED_FR: &str = "Une application d’authentification a été ajoutée à votre compte";
const RECOVERY_USED_EN: &str = "Your recovery code was used to sign in";
const RECOVERY_USED_FR: &str = "Votre code de récupération a été utilisé pour vous connecter";

async fn outbox_json(browser: &mut Client) -> Vec<Value> {
    let reply = browser.get("/dev/outbox.json").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.headers["cache-control"], "no-store");
    serde_json::from_str(&reply.body).unwrap()
}

async fn set_locale(app: &TestApp, user_id: i64, locale: &str) {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(locale)
        .bind(user_id)
        .execute(&app.services.db.pool)
        .await
        .unwrap();
}

/// Enrolls the payor and signs out; returns the recovery code.
async fn enroll(app: &TestApp) -> String {
    let mut browser = app.client();
    assert_eq!(
        browser.sign_in_password(PAYOR).await.location(),
        "/login/mfa-required"
    );
    let (_, recovery) = browser.enroll(app).await;
    browser.sign_out().await;
    app.clock.advance(Duration::seconds(30));
    recovery
}

/// Signs the payor in with the recovery code.
async fn recover(app: &TestApp, recovery: &str) {
    let mut browser = app.client();
    assert_eq!(browser.sign_in_password(PAYOR).await.location(), "/login/verify");
    browser.pick_recovery().await;
    assert_eq!(
        browser.recovery(recovery).await.location(),
        "/login/recovery-code"
    );
}

fn subjects(messages: &[Value]) -> Vec<&str> {
    messages.iter().map(|m| m["subject"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn enrollment_then_a_recovery_sign_in_each_email_once_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        app.add_user(PAYOR, PaymentRole::Payor).await;
        let mut viewer = app.client();
        assert!(outbox_json(&mut viewer).await.is_empty());

        let recovery = enroll(&app).await;
        let after_enroll = outbox_json(&mut viewer).await;
        assert_eq!(subjects(&after_enroll), [APP_ADDED_EN]);
        let email = &after_enroll[0];
        assert_eq!(email["channel"], "email");
        assert_eq!(email["to"], PAYOR);
        assert_eq!(email["sent_at"], "2026-11-25T12:00:10Z");
        let body = email["body"].as_str().unwrap();
        assert!(body.contains("“Authenticator App”"), "{body}");
        assert!(body.contains("Trestle account"), "{body}");
        assert!(body.contains("change your password"), "{body}");
        assert!(body.contains("contact your company administrator"), "{body}");
        // The fields, whatever their order (serde_json keeps insertion
        // order when some crate in the build asks it to).
        let mut fields: Vec<&String> = email.as_object().unwrap().keys().collect();
        fields.sort();
        assert_eq!(
            fields,
            [
                "attempts",
                "body",
                "channel",
                "last_error",
                "sent_at",
                "state",
                "subject",
                "to"
            ]
        );
        assert_eq!(email["state"], "sent");
        assert_eq!(email["attempts"], 1);
        assert_eq!(email["last_error"], "");

        recover(&app, &recovery).await;
        let after_recovery = outbox_json(&mut viewer).await;
        assert_eq!(
            subjects(&after_recovery),
            [RECOVERY_USED_EN, APP_ADDED_EN],
            "newest first"
        );
        let body = after_recovery[0]["body"].as_str().unwrap();
        assert!(body.contains("Your recovery code was used to sign in to your Trestle account"));
        assert!(body.contains("change your password"), "{body}");
    }
}

#[tokio::test]
async fn a_french_user_gets_french_emails() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user(PAYOR, PaymentRole::Payor).await;
    set_locale(&app, user, "fr").await;
    let recovery = enroll(&app).await;
    recover(&app, &recovery).await;
    let mut viewer = app.client();
    let messages = outbox_json(&mut viewer).await;
    assert_eq!(subjects(&messages), [RECOVERY_USED_FR, APP_ADDED_FR]);
    let added = messages[1]["body"].as_str().unwrap();
    assert!(added.starts_with("Bonjour Test User,"), "{added}");
    assert!(added.contains("« Authenticator App »"), "{added}");
    assert!(added.contains("changez votre mot de passe"), "{added}");
    assert!(
        added.contains("contactez l’administrateur de votre entreprise"),
        "{added}"
    );
    let used = messages[0]["body"].as_str().unwrap();
    assert!(used.contains("le 25 novembre 2026 à 12:00 (UTC)"), "{used}");

    // The HTML page shows them too, escaped, newest first.
    let page = viewer.get("/dev/outbox").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers["cache-control"], "no-store");
    assert!(
        page.body
            .contains(r#"<link rel="stylesheet" href="/pkg/trestle.css">"#)
    );
    assert!(page.body.contains("name=\"viewport\""));
    let (newer, older) = (
        page.body.find("Votre code de récupération").unwrap(),
        page.body.find("Une application d’authentification").unwrap(),
    );
    assert!(newer < older);
    assert!(page.body.contains("« Authenticator App »"));
}

/// Production with no email provider: the outbox is not shown, and the
/// emails wait in the queue (each try refused) while the use cases that
/// queued them succeed.
#[tokio::test]
async fn outside_demo_mode_the_outbox_is_not_found_and_a_failed_email_fails_nothing() {
    let app = TestApp::with_delivery(sqlite().await, Delivery::disabled());
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut browser = app.client();
    for path in ["/dev/outbox", "/dev/outbox.json"] {
        assert_eq!(browser.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    // No provider: each email is refused, and enrolling and signing in
    // with the recovery code still work.
    let recovery = enroll(&app).await;
    recover(&app, &recovery).await;
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    let queued: Vec<(String, String, i64, String)> =
        sqlx::query_as("SELECT channel, state, attempts, last_error FROM deliveries ORDER BY id")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    let waiting = |attempts| {
        (
            "email".to_owned(),
            "pending".to_owned(),
            attempts,
            "provider unavailable: no email provider configured".to_owned(),
        )
    };
    // The first was due again (15 s later) when the second was queued.
    assert_eq!(queued, [waiting(2), waiting(1)], "to be tried again");
}
