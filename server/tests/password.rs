//! Passwords and emailed links over HTTP: changing the password signs out
//! the other sessions and never removes MFA; "Forgot your password?"
//! answers the same for every address and its link works once, for 30
//! minutes; "This wasn't me" in a security email signs out every session.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::StatusCode;
use backend::test_support::{each_backend, sqlite};
use common::{Client, PASSWORD, Reply, TestApp, refused};
use domain::policy::PaymentRole;
use serde_json::Value;
use time::Duration;

const PAYOR: &str = "pat@example.com";
const NEW_PASSWORD: &str = "tall cranes at dawn";

/// The emails sent to `to`, newest first (waiting a moment for one sent after the answer).
async fn emails_to(app: &TestApp, to: &str, at_least: usize) -> Vec<Value> {
    let mut viewer = app.client();
    for _ in 0..50 {
        let reply = viewer.get("/dev/outbox.json").await;
        let all: Vec<Value> = serde_json::from_str(&reply.body).unwrap();
        let mine: Vec<Value> = all
            .into_iter()
            .filter(|m| m["channel"] == "email" && m["to"] == to)
            .collect();
        if mine.len() >= at_least {
            return mine;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("fewer than {at_least} emails to {to}");
}

/// The link in an email's body that starts with `prefix`, as a path.
fn link(email: &Value, prefix: &str) -> String {
    let body = email["body"].as_str().unwrap();
    let start = body
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {body}"));
    let url: String = body[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    url
}

/// A payor with an app, signed in; returns the browser and the setup key.
async fn enrolled(app: &TestApp) -> (Client, String) {
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut browser = app.client();
    browser.sign_in_password(PAYOR).await;
    let (key, _) = browser.enroll(app).await;
    app.clock.advance(Duration::seconds(30));
    (browser, key)
}

async fn change(browser: &mut Client, current: &str, new: &str, confirm: &str) -> Reply {
    browser
        .post(
            "/api/account/password",
            "/profile",
            &[("current", current), ("password", new), ("confirm", confirm)],
        )
        .await
}

#[tokio::test]
async fn a_changed_password_signs_out_the_other_sessions_and_mfa_stays_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut browser, key) = enrolled(&app).await;
        let mut other = app.client();
        other.sign_in_password(PAYOR).await;
        assert_eq!(other.code(&app.code(&key, 0)).await.location(), "/");

        for (current, new, confirm, refusal) in [
            ("wrong", NEW_PASSWORD, NEW_PASSWORD, "WrongPassword"),
            (PASSWORD, "short", "short", "PasswordTooShort"),
            (PASSWORD, PAYOR, PAYOR, "PasswordIsEmail"),
            (PASSWORD, "Password1234", "Password1234", "PasswordTooCommon"),
            (PASSWORD, NEW_PASSWORD, "tall cranes at dusk", "PasswordsDiffer"),
        ] {
            refused(&change(&mut browser, current, new, confirm).await, refusal);
        }
        assert_eq!(other.get("/").await.status, StatusCode::OK, "nothing changed yet");

        let done = change(&mut browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD).await;
        assert_eq!(
            done.location(),
            "/profile?notice=password_changed",
            "{:?}",
            done.form_error()
        );
        assert_eq!(
            browser.get("/").await.status,
            StatusCode::OK,
            "this session stays"
        );
        assert!(
            other.get("/").await.location().starts_with("/login"),
            "the other ends"
        );

        let mut again = app.client();
        again.email(PAYOR).await;
        refused(&again.password(PASSWORD).await, "InvalidCredentials");
        assert_eq!(
            again.password(NEW_PASSWORD).await.location(),
            "/login/verify",
            "MFA stays"
        );
        let emails = emails_to(&app, PAYOR, 2).await;
        assert_eq!(emails[0]["subject"], "Your password was changed");
        assert!(link(&emails[0], "http://localhost:3000/account/not-me?token=").len() > 60);
    }
}

#[tokio::test]
async fn forgot_password_answers_the_same_for_every_email_and_its_link_works_once() {
    let app = TestApp::new(sqlite().await);
    let (mut signed_in, key) = enrolled(&app).await;
    let ask = |email: &'static str| {
        let mut browser = app.client();
        async move {
            browser.email(email).await;
            let reply = browser.post("/api/signin/forgot", "/login/password", &[]).await;
            (reply.status, reply.location().to_owned())
        }
    };
    let known = ask(PAYOR).await;
    let unknown = ask("nobody@example.com").await;
    assert_eq!(known, unknown);
    assert_eq!(known.1, "/login/password?notice=reset_sent");
    let emails = emails_to(&app, PAYOR, 2).await;
    assert_eq!(emails[0]["subject"], "Reset your password");
    let reset = link(&emails[0], "http://localhost:3000/account/reset?token=");
    let token = reset.split("token=").nth(1).unwrap().to_owned();
    assert!(emails_to(&app, "nobody@example.com", 0).await.is_empty());

    let mut browser = app.client();
    let page = browser.get(&format!("/account/reset?token={token}")).await;
    assert!(page.body.contains("Reset Your Password") && page.body.contains("New Password"));
    let post = |browser: &mut Client, token: String, password: &'static str| {
        let mut browser = browser.clone();
        async move {
            browser
                .post(
                    "/api/account/reset",
                    "/account/reset",
                    &[("token", &token), ("password", password), ("confirm", password)],
                )
                .await
        }
    };
    refused(&post(&mut browser, token.clone(), PAYOR).await, "PasswordIsEmail");
    let mut tampered = token.clone();
    tampered.replace_range(..1, if token.starts_with('A') { "B" } else { "A" });
    refused(&post(&mut browser, tampered, NEW_PASSWORD).await, "LinkInvalid");
    let done = post(&mut browser, token.clone(), NEW_PASSWORD).await;
    assert_eq!(
        done.location(),
        "/login?notice=password_reset",
        "{:?}",
        done.form_error()
    );
    refused(
        &post(&mut browser, token.clone(), "another long password").await,
        "LinkInvalid",
    );
    let used = browser.get(&format!("/account/reset?token={token}")).await;
    assert!(used.body.contains("This link has expired or was already used"));

    // Every session ended; the new password signs in, and MFA is still asked.
    assert!(signed_in.get("/").await.location().starts_with("/login"));
    let mut next = app.client();
    next.email(PAYOR).await;
    assert_eq!(next.password(NEW_PASSWORD).await.location(), "/login/verify");
    assert_eq!(next.code(&app.code(&key, 0)).await.location(), "/");
    assert_eq!(
        emails_to(&app, PAYOR, 3).await[0]["subject"],
        "Your password was reset"
    );
}

#[tokio::test]
async fn a_reset_link_expires_after_30_minutes() {
    let app = TestApp::new(sqlite().await);
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut browser = app.client();
    browser.email(PAYOR).await;
    browser.post("/api/signin/forgot", "/login/password", &[]).await;
    let emails = emails_to(&app, PAYOR, 1).await;
    let token = link(&emails[0], "http://localhost:3000/account/reset?token=")
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned();
    app.clock.advance(Duration::minutes(30));
    let reply = browser
        .post(
            "/api/account/reset",
            "/account/reset",
            &[
                ("token", &token),
                ("password", NEW_PASSWORD),
                ("confirm", NEW_PASSWORD),
            ],
        )
        .await;
    refused(&reply, "LinkInvalid");
}

#[tokio::test]
async fn this_wasnt_me_signs_out_every_session_once() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key) = enrolled(&app).await;
    let mut parked = app.client();
    parked.sign_in_password(PAYOR).await;
    // The "app added" email of the enrollment carries the link.
    let emails = emails_to(&app, PAYOR, 1).await;
    let url = link(&emails[0], "http://localhost:3000/account/not-me?token=");
    let path = url.trim_start_matches("http://localhost:3000").to_owned();
    let token = path.split("token=").nth(1).unwrap().to_owned();

    // Opening the link changes nothing (mail scanners open links).
    let mut stranger = app.client();
    let page = stranger.get(&path).await;
    assert!(page.body.contains("Sign Out Everywhere"));
    assert_eq!(browser.get("/").await.status, StatusCode::OK);

    let done = stranger
        .post("/api/account/not-me", "/account/not-me", &[("token", &token)])
        .await;
    assert_eq!(done.location(), "/login?notice=not_me", "{:?}", done.form_error());
    assert!(browser.get("/").await.location().starts_with("/login"));
    refused(&parked.code(&app.code(&key, 0)).await, "OutOfOrder");
    let again = stranger
        .post("/api/account/not-me", "/account/not-me", &[("token", &token)])
        .await;
    refused(&again, "LinkInvalid");
}

#[tokio::test]
async fn the_meter_reads_zxcvbn_and_knows_the_email() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, _) = enrolled(&app).await;
    browser.js = true;
    let strength = |browser: &mut Client, password: &'static str| {
        let mut browser = browser.clone();
        async move {
            let reply = browser
                .post("/api/account/strength", "/profile", &[("password", password)])
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            reply.body.parse::<u8>().unwrap()
        }
    };
    assert_eq!(strength(&mut browser, "password").await, 0);
    assert!(
        strength(&mut browser, "pat@example.com1").await <= 1,
        "the email is known"
    );
    assert_eq!(
        strength(&mut browser, "tall cranes sing at dawn in Lyon").await,
        4
    );
}
