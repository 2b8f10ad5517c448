//! Passwords and emailed links over HTTP: changing the password signs out
//! the other sessions and never removes MFA; "Forgot your password?"
//! answers the same for every address and its link works once, for 30
//! minutes; "This wasn't me" in a security email signs out every session.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use backend::test_support::{each_backend, sqlite, until};
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
    let reply = reset_with(&mut browser, &token, NEW_PASSWORD).await;
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

/// The meter answers only a signed-in user or the holder of a live link,
/// reads at most 64 characters, is limited, and scores on the bounded
/// pool: while the pool is held, meter posts wait and pages still load.
#[tokio::test]
async fn the_meter_is_only_for_its_account_and_never_blocks_pages() {
    let app = TestApp::new(sqlite().await);
    let mut stranger = app.client();
    let meter = |password: &str, token: Option<&str>| {
        let mut form = vec![("password", password.to_owned())];
        form.extend(token.map(|t| ("token", t.to_owned())));
        form
    };
    let post = |browser: &Client, form: Vec<(&'static str, String)>| {
        let mut browser = browser.clone();
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            browser.post("/api/account/strength", "/profile", &form).await
        }
    };
    refused(&post(&stranger, meter("password", None)).await, "OutOfOrder");
    refused(
        &post(&stranger, meter("password", Some("forged"))).await,
        "LinkInvalid",
    );
    stranger.email(PAYOR).await;
    refused(&post(&stranger, meter("password", None)).await, "OutOfOrder");

    let (mut browser, _) = enrolled(&app).await;
    browser.js = true;
    // Only the first 64 characters are read.
    let l33t = "P@55w0rd!".repeat(12);
    let first: String = l33t.chars().take(64).collect();
    let long = post(&browser, meter(&l33t, None)).await;
    assert_eq!(long.status, StatusCode::OK, "{}", long.body);
    assert_eq!(long.body, post(&browser, meter(&first, None)).await.body);

    // Held pool: the meter waits for it, pages do not.
    let held = app.services.hasher.hold_all().await;
    let posts: Vec<_> = (0..8)
        .map(|_| tokio::spawn(post(&browser, meter(&l33t, None))))
        .collect();
    let hasher = app.services.hasher.clone();
    until(
        || hasher.waiting() >= 8,
        || "meter readings wait for the bounded pool".into(),
    )
    .await;
    assert_eq!(app.client().get("/healthz").await.status, StatusCode::OK);
    assert_eq!(browser.get("/profile").await.status, StatusCode::OK);
    drop(held);
    for reading in posts {
        assert_eq!(reading.await.unwrap().status, StatusCode::OK);
    }

    // A reading per keystroke, within the account's budget.
    let mut readings = 10;
    let limited = loop {
        let reply = post(&browser, meter("tall cranes", None)).await;
        if reply.status != StatusCode::OK {
            break reply;
        }
        readings += 1;
        assert!(readings <= 60, "the meter is limited");
    };
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
}

/// A sign-in parked between reading the account's password hash and
/// checking it, while the owner resets the password, is refused at its
/// commit; and its session, tied to the account from the email step on,
/// was ended by the reset.
#[tokio::test]
async fn a_sign_in_in_flight_is_refused_after_a_password_reset_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        app.add_user(PAYOR, PaymentRole::Payor).await;
        let mut owner = app.client();
        owner.email(PAYOR).await;
        app.services
            .send_reset_link(&session(&app, "198.51.100.1", None).await, PAYOR)
            .await
            .unwrap();
        let token = reset_token(&emails_to(&app, PAYOR, 1).await[0]);

        let mut intruder = app.client();
        intruder.email(PAYOR).await;
        let held = app.services.hasher.hold_verifies().await;
        let hasher = app.services.hasher.clone();
        let intrusion = tokio::spawn(async move { (intruder.password(PASSWORD).await, intruder) });
        until(|| hasher.waiting() > 0, || "the intruder's password waits".into()).await;
        let reset = reset_with(&mut owner, &token, NEW_PASSWORD).await;
        assert_eq!(
            reset.location(),
            "/login?notice=password_reset",
            "{:?}",
            reset.form_error()
        );
        drop(held);
        let (reply, mut intruder) = intrusion.await.unwrap();
        refused(&reply, "InvalidCredentials");
        assert!(
            intruder
                .get("/login/verify")
                .await
                .location()
                .starts_with("/login")
        );
    }
}

/// A sign-in parked at the password step is ended by a password change
/// elsewhere (ending sessions finds it: it belongs to the account from the
/// email step on).
#[tokio::test]
async fn a_change_of_password_ends_a_sign_in_parked_at_the_password_step() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, _) = enrolled(&app).await;
    let mut parked = app.client();
    parked.email(PAYOR).await;
    change(&mut browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD).await;
    refused(&parked.password(NEW_PASSWORD).await, "OutOfOrder");
}

/// After a password change, "Sign out of all browsers" and step-up, the
/// session that made it has a new id: a copy of its old cookie is signed out.
#[tokio::test]
async fn remedies_and_step_up_rotate_the_session_id() {
    let app = TestApp::new(sqlite().await);
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut browser = app.client();
    browser.sign_in_password(PAYOR).await;
    let (key, recovery) = browser.enroll(&app).await;
    app.clock.advance(Duration::seconds(30));
    let remedies: [(&str, Vec<(&str, String)>); 3] = [
        (
            "/api/profile/confirm",
            vec![("password", PASSWORD.to_owned()), ("code", app.code(&key, 0))],
        ),
        ("/api/profile/sign-out-everywhere", vec![]),
        (
            "/api/account/password",
            vec![
                ("current", PASSWORD.to_owned()),
                ("password", NEW_PASSWORD.to_owned()),
                ("confirm", NEW_PASSWORD.to_owned()),
            ],
        ),
    ];
    for (path, form) in remedies {
        let copy = browser.clone();
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let done = browser.post(path, "/profile", &form).await;
        assert!(done.form_error().is_none(), "{path}: {:?}", done.form_error());
        assert_ne!(browser.cookie, copy.cookie, "{path} rotates the id");
        assert_eq!(browser.get("/profile").await.status, StatusCode::OK, "{path}");
        let mut copy = copy;
        assert!(
            copy.get("/profile").await.location().starts_with("/login"),
            "{path}: the old cookie is signed out"
        );
    }
    // Step-up with the recovery code (its successor is shown next) too.
    let copy = browser.clone();
    let form = [("password", NEW_PASSWORD), ("recovery", recovery.as_str())];
    let done = browser.post("/api/profile/confirm", "/profile", &form).await;
    assert!(done.form_error().is_none(), "{:?}", done.form_error());
    assert_ne!(
        browser.cookie, copy.cookie,
        "step-up by recovery code rotates the id"
    );
    let mut copy = copy;
    assert!(copy.get("/profile").await.location().starts_with("/login"));
}

/// "This wasn't me" on the email of an app added removes that app, ends
/// every session, and the right password no longer signs in until a new
/// one is set with the link emailed at once.
#[tokio::test]
async fn this_wasnt_me_removes_the_method_and_requires_a_new_password_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db.clone());
        let (mut browser, _) = enrolled(&app).await;
        let added = emails_to(&app, PAYOR, 1).await;
        assert_eq!(
            added[0]["subject"],
            "An authenticator app was added to your account"
        );
        let url = link(&added[0], "http://localhost:3000/account/not-me?token=");
        let token = url.split("token=").nth(1).unwrap().to_owned();
        let done = app
            .client()
            .post("/api/account/not-me", "/account/not-me", &[("token", &token)])
            .await;
        assert_eq!(done.location(), "/login?notice=not_me", "{:?}", done.form_error());
        assert!(browser.get("/").await.location().starts_with("/login"));
        let apps: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM totp_factors")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(apps, 0, "the app that email reported is removed");

        let mut intruder = app.client();
        intruder.email(PAYOR).await;
        refused(&intruder.password(PASSWORD).await, "PasswordResetRequired");
        let mut wrong = app.client();
        wrong.email(PAYOR).await;
        refused(&wrong.password("not the password").await, "InvalidCredentials");

        let reset = emails_to(&app, PAYOR, 2).await;
        assert_eq!(reset[0]["subject"], "Reset your password");
        let token = reset_token(&reset[0]);
        let set = reset_with(&mut app.client(), &token, NEW_PASSWORD).await;
        assert_eq!(set.location(), "/login?notice=password_reset");
        let mut owner = app.client();
        owner.email(PAYOR).await;
        // The payor has no app left: the wizard asks for one.
        assert_eq!(
            owner.password(NEW_PASSWORD).await.location(),
            "/login/mfa-required"
        );
    }
}

/// A stranger who asks for the owner's reset link every minute spends only
/// the budget of browsers the account never signed in on: refused asks
/// are not charged (a fourth link goes once the hour is over), and the
/// owner's own browser keeps a budget of its own.
#[tokio::test]
async fn a_stranger_cannot_keep_the_owners_reset_budget_spent() {
    let app = TestApp::new(sqlite().await);
    let (browser, _) = enrolled(&app).await;
    let owner_browser = browser.browser.clone();
    assert!(
        owner_browser.is_some(),
        "a finished sign-in makes the browser known"
    );
    let resets = |app: &TestApp| {
        let app = app.services.clone();
        async move {
            app.outbox()
                .await
                .unwrap()
                .unwrap()
                .iter()
                .filter(|m| m.subject == "Reset your password")
                .count()
        }
    };
    let stranger = session(&app, "203.0.113.7", None).await;
    for _ in 0..61 {
        app.services.send_reset_link(&stranger, PAYOR).await.unwrap();
        app.clock.advance(Duration::minutes(1));
    }
    assert_eq!(resets(&app).await, 4, "3 in the first hour, a 4th after it");
    let owner = session(&app, "198.51.100.1", owner_browser.as_deref()).await;
    app.services.send_reset_link(&owner, PAYOR).await.unwrap();
    assert_eq!(resets(&app).await, 5, "the owner's browser has its own budget");
}

/// A request's session as the middleware would load it.
async fn session(app: &TestApp, ip: &str, browser: Option<&str>) -> backend::SessionCtx {
    let request = backend::session::RequestInfo {
        client_ip: Some(ip.to_owned()),
        browser: browser.map(str::to_owned),
        ..Default::default()
    };
    backend::SessionCtx::load(&app.services.db, request, app.services.clock.now())
        .await
        .unwrap()
}

/// Posts **Reset Password** with the emailed link's token.
async fn reset_with(browser: &mut Client, token: &str, password: &str) -> Reply {
    browser
        .post(
            "/api/account/reset",
            "/account/reset",
            &[("token", token), ("password", password), ("confirm", password)],
        )
        .await
}

fn reset_token(email: &Value) -> String {
    link(email, "http://localhost:3000/account/reset?token=")
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned()
}
