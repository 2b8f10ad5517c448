//! Passkeys over HTTP, driven by a software authenticator that answers as
//! a browser would: enrolled in the wizard, asked for at "Verify Your
//! Identity", used alone on Enter Your Email; and each ceremony check
//! (origin, relying party, challenge replayed or from another session,
//! counter regression, user verification, a removed passkey).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::common::authenticator;

use authenticator::{Device, ORIGIN as RP_ORIGIN};
use axum::http::StatusCode;
use backend::passkeys::{Unavailable, relying_party};
use backend::services::MembershipRole;
use backend::store::passkeys;
use backend::test_support::each_backend;
use common::{Client, PASSWORD, TestApp, must_enroll};
use domain::policy::PaymentRole;

const ADA: &str = "ada@riverbend.example";
const COMPANY: &str = "Riverbend Builders";

/// A server function's JSON answer: the string it returned, or the refusal.
fn answer(reply: &common::Reply) -> Result<String, String> {
    if reply.status == StatusCode::OK {
        Ok(serde_json::from_str(&reply.body).unwrap())
    } else {
        Err(reply.body.clone())
    }
}

fn failed(reply: &Result<String, String>) {
    assert_eq!(
        reply.as_ref().err().map(String::as_str),
        Some(r#"{"Refused":"PasskeyFailed"}"#),
        "{reply:?}"
    );
}

async fn options(browser: &mut Client, ceremony: &str, from: &str) -> Result<String, String> {
    let reply = browser
        .post("/api/passkey/options", from, &[("ceremony", ceremony)])
        .await;
    answer(&reply)
}

async fn finish(
    browser: &mut Client,
    ceremony: &str,
    from: &str,
    credential: &str,
) -> Result<String, String> {
    let reply = browser
        .post(
            "/api/passkey/finish",
            from,
            &[("ceremony", ceremony), ("credential", credential)],
        )
        .await;
    answer(&reply)
}

/// A ceremony walked end to end at `origin`: options, the device, the answer.
async fn ceremony(
    browser: &mut Client,
    device: &mut Device,
    (ceremony, from): (&str, &str),
    origin: &str,
) -> Result<String, String> {
    let options = options(browser, ceremony, from).await?;
    let credential = if ceremony == "register" {
        device.create(&options, origin).await?
    } else {
        device.get(&options, origin).await?
    };
    finish(browser, ceremony, from, &credential).await
}

/// Ada, whose company requires MFA, enrolls a passkey as her first factor
/// in the wizard and saves her recovery code: signed in.
async fn enrolled_with_passkey(app: &TestApp) -> (Client, Device) {
    let mut browser = must_enroll(app, ADA, COMPANY, MembershipRole::User).await.js();
    browser
        .post("/api/signin/setup", "/login/mfa-required", &[])
        .await;
    let page = browser.get("/login/setup").await;
    assert!(page.body.contains("method-passkey"), "the option is offered");
    let mut device = Device::new(true);
    let next = ceremony(&mut browser, &mut device, ("register", "/login/setup"), RP_ORIGIN).await;
    assert_eq!(next.as_deref(), Ok("/login/recovery-code"));
    let saved = browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert!(browser.get("/").await.body.contains("Sign Out"));
    (browser, device)
}

/// A new browser past Ada's password: at Verify Your Identity, where her
/// first method (the passkey) is asked for.
async fn at_passkey_challenge(app: &TestApp) -> Client {
    let mut browser = app.client().js();
    browser.sign_in_password(ADA).await;
    let page = browser.get("/login/verify").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("passkey-verify"), "the passkey is asked for");
    browser
}

async fn passkey_count(app: &TestApp, user_id: i64) -> i64 {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    passkeys::count(&mut conn, user_id).await.unwrap()
}

async fn last_audit(app: &TestApp) -> (String, String) {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    let row: (String, String) =
        sqlx::query_as("SELECT event, detail FROM audit_log ORDER BY id DESC LIMIT 1")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    row
}

#[test]
fn the_relying_party_is_the_public_urls_host_and_never_an_ip_address() {
    assert!(relying_party("https://trestle.example", "Trestle").is_ok());
    assert!(relying_party("http://localhost:3000/", "Trestle").is_ok());
    assert_eq!(
        relying_party("http://127.0.0.1:3000", "Trestle").err(),
        Some(Unavailable::IpAddress)
    );
    assert_eq!(
        relying_party("http://[::1]:3000", "Trestle").err(),
        Some(Unavailable::IpAddress)
    );
    assert_eq!(
        relying_party("not a url", "Trestle").err(),
        Some(Unavailable::NotAUrl)
    );
}

#[tokio::test]
async fn a_passkey_enrolled_in_the_wizard_is_the_second_factor_and_signs_in_alone_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, mut device) = enrolled_with_passkey(&app).await;
        let ada = app.user_id(ADA).await;
        assert_eq!(passkey_count(&app, ada).await, 1);

        // Second factor: the password, then the passkey.
        let mut browser = at_passkey_challenge(&app).await;
        let before = browser.cookie.clone();
        let next = ceremony(&mut browser, &mut device, ("verify", "/login/verify"), RP_ORIGIN).await;
        assert_eq!(next.as_deref(), Ok("/"));
        assert_ne!(browser.cookie, before, "the session id rotates");
        assert!(browser.get("/").await.body.contains("Sign Out"));
        assert!(
            browser.get("/profile").await.body.contains("Signed in · passkey"),
            "Recent Activity names the method"
        );

        // Alone: no password, no code.
        let mut fresh = app.client().js();
        let next = ceremony(&mut fresh, &mut device, ("sign_in", "/login"), RP_ORIGIN).await;
        assert_eq!(next.as_deref(), Ok("/"));
        assert!(fresh.get("/").await.body.contains("Sign Out"));
        assert_eq!(
            last_audit(&app).await,
            ("sign_in".to_owned(), "passkey_sign_in".to_owned())
        );
        // The method picker lists it by name.
        let mut other = at_passkey_challenge(&app).await;
        assert!(other.get("/login/methods").await.body.contains("Passkey"));
    }
}

#[tokio::test]
async fn an_answer_from_another_origin_or_for_another_relying_party_is_refused_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db.clone());
        let (_, mut device) = enrolled_with_passkey(&app).await;

        // A look-alike origin (another port of the host).
        let mut browser = at_passkey_challenge(&app).await;
        failed(
            &ceremony(
                &mut browser,
                &mut device,
                ("verify", "/login/verify"),
                "http://localhost:4000",
            )
            .await,
        );

        // Another relying party: a server at sub.localhost over the same
        // accounts, answered with the passkey of `localhost` (its rpIdHash).
        let other = TestApp::at_public_url(db, "http://sub.localhost:3000");
        let mut browser = other.client().js();
        let options = options(&mut browser, "sign_in", "/login").await.unwrap();
        let tampered = options.replace(r#""rpId":"sub.localhost""#, r#""rpId":"localhost""#);
        assert_ne!(options, tampered, "{options}");
        let credential = device.get(&tampered, "http://sub.localhost:3000").await.unwrap();
        failed(&finish(&mut browser, "sign_in", "/login", &credential).await);
        assert!(!browser.get("/").await.body.contains("Sign Out"));
    }
}

#[tokio::test]
async fn a_challenge_counts_once_and_only_in_the_session_that_asked_for_it_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, mut device) = enrolled_with_passkey(&app).await;

        // Two browsers at Verify Your Identity, each with its ceremony.
        let mut first = at_passkey_challenge(&app).await;
        let mut second = at_passkey_challenge(&app).await;
        let first_options = options(&mut first, "verify", "/login/verify").await.unwrap();
        options(&mut second, "verify", "/login/verify").await.unwrap();
        let first_answer = device.get(&first_options, RP_ORIGIN).await.unwrap();
        // The first browser's answer, sent by the second: refused.
        failed(&finish(&mut second, "verify", "/login/verify", &first_answer).await);
        assert!(!second.get("/").await.body.contains("Sign Out"));
        // In its own session it counts, once.
        assert_eq!(
            finish(&mut first, "verify", "/login/verify", &first_answer)
                .await
                .as_deref(),
            Ok("/")
        );
        // Replayed later, in a new sign-in, with or without a new ceremony: refused.
        let mut later = at_passkey_challenge(&app).await;
        failed(&finish(&mut later, "verify", "/login/verify", &first_answer).await);
        options(&mut later, "verify", "/login/verify").await.unwrap();
        failed(&finish(&mut later, "verify", "/login/verify", &first_answer).await);
        // The refusals were counted as failed codes.
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let failures: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE event = 'mfa_failed'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(failures, 3);
    }
}

#[tokio::test]
async fn a_counter_that_goes_backwards_is_refused_and_the_owner_is_told_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, mut device) = enrolled_with_passkey(&app).await;
        device.stored().as_mut().unwrap().counter = Some(10);
        let mut browser = at_passkey_challenge(&app).await;
        let next = ceremony(&mut browser, &mut device, ("verify", "/login/verify"), RP_ORIGIN).await;
        assert_eq!(next.as_deref(), Ok("/"));
        // A copy of the passkey, whose counter is behind the one used (11).
        device.stored().as_mut().unwrap().counter = Some(3);
        let mut clone = at_passkey_challenge(&app).await;
        failed(&ceremony(&mut clone, &mut device, ("verify", "/login/verify"), RP_ORIGIN).await);
        let mut alone = app.client().js();
        failed(&ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await);
        assert_eq!(
            last_audit(&app).await,
            ("sign_in_failed".to_owned(), "passkey_cloned".to_owned())
        );
        let emails = app.services.outbox().await.unwrap().unwrap();
        let warnings = emails
            .iter()
            .filter(|m| m.to == ADA && m.subject.contains("copy of your passkey"))
            .count();
        assert_eq!(warnings, 2, "the owner is emailed each time");
    }
}

#[tokio::test]
async fn without_user_verification_a_passkey_neither_registers_nor_signs_in_alone_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, mut device) = enrolled_with_passkey(&app).await;
        device.set_verifies(false);
        let mut alone = app.client().js();
        let result = ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await;
        assert!(result.is_err(), "{result:?}");
        if result.as_ref().is_err_and(|e| e.starts_with('{')) {
            failed(&result);
        }
        assert!(!alone.get("/").await.body.contains("Sign Out"));
        // Nor does a new one register without it.
        let mut careless = Device::new(false);
        let user = app.add_user("bo@riverbend.example", PaymentRole::None).await;
        let company_id = app.services.company_named(COMPANY).await.unwrap();
        app.services
            .add_member(user, company_id, MembershipRole::User)
            .await
            .unwrap();
        let mut browser = app.client().js();
        browser.sign_in_password("bo@riverbend.example").await;
        browser
            .post("/api/signin/setup", "/login/mfa-required", &[])
            .await;
        let result = ceremony(
            &mut browser,
            &mut careless,
            ("register", "/login/setup"),
            RP_ORIGIN,
        )
        .await;
        assert!(result.is_err(), "{result:?}");
        assert_eq!(passkey_count(&app, user).await, 0);
    }
}

#[tokio::test]
async fn a_passkey_removed_while_its_ceremony_waited_is_refused_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, mut device) = enrolled_with_passkey(&app).await;
        let ada = app.user_id(ADA).await;
        let mut browser = at_passkey_challenge(&app).await;
        let options = options(&mut browser, "verify", "/login/verify").await.unwrap();
        let answer = device.get(&options, RP_ORIGIN).await.unwrap();
        {
            // Removed meanwhile (another browser's profile, or an admin's reset).
            let mut conn = app.services.db.pool.acquire().await.unwrap();
            backend::store::factors::delete_all(&mut conn, ada).await.unwrap();
        }
        failed(&finish(&mut browser, "verify", "/login/verify", &answer).await);
        let mut alone = app.client().js();
        failed(&ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await);
        assert_eq!(passkey_count(&app, ada).await, 0);
    }
}

#[tokio::test]
async fn payment_users_never_sign_in_with_a_passkey_alone_nor_enroll_one_first_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let payor = "pat.payor@riverbend.example";
        let user = app.add_user(payor, PaymentRole::Payor).await;
        let mut browser = app.client().js();
        assert_eq!(
            browser.sign_in_password(payor).await.location(),
            "/login/mfa-required"
        );
        browser
            .post("/api/signin/setup", "/login/mfa-required", &[])
            .await;
        assert!(!browser.get("/login/setup").await.body.contains("method-passkey"));
        let refused = options(&mut browser, "register", "/login/setup").await;
        assert_eq!(refused.err().as_deref(), Some(r#"{"Refused":"SmsNotAllowed"}"#));
        // With an app first, a passkey may go beside it; alone it never signs in.
        let (mut browser, key) = payor_with_app(&app, payor).await;
        let reauth = browser
            .post(
                "/api/profile/confirm",
                "/profile",
                &[("password", PASSWORD), ("code", &app.code(&key, 0))],
            )
            .await;
        assert_eq!(reauth.status, StatusCode::OK, "{}", reauth.body);
        let mut device = Device::new(true);
        let next = ceremony(&mut browser, &mut device, ("register", "/profile"), RP_ORIGIN).await;
        assert_eq!(next.as_deref(), Ok("/login/recovery-code"));
        assert_eq!(passkey_count(&app, user).await, 1);
        let mut alone = app.client().js();
        let refused = ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await;
        assert_eq!(
            refused.err().as_deref(),
            Some(r#"{"Refused":"PasskeySignInNotAllowed"}"#)
        );

        // Their company allows it: it signs in alone, until another
        // company of theirs (which does not) counts too.
        let allow = |company_id: i64, on: bool| {
            let db = app.services.db.clone();
            async move {
                let mut conn = db.pool.acquire().await.unwrap();
                let policy = (None, domain::company::Reprompt::EverySignIn, on);
                let now = backend::Clock::now(&backend::test_support::test_clock());
                backend::store::companies::save_policy(&mut conn, company_id, policy, now)
                    .await
                    .unwrap();
            }
        };
        let riverbend = app.services.company_named(COMPANY).await.unwrap();
        app.services
            .add_member(user, riverbend, MembershipRole::User)
            .await
            .unwrap();
        allow(riverbend, true).await;
        let mut alone = app.client().js();
        let next = ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await;
        assert_eq!(next.as_deref(), Ok("/"));
        let other = app.services.company_named("Keystone Steel").await.unwrap();
        app.services
            .add_member(user, other, MembershipRole::User)
            .await
            .unwrap();
        let mut alone = app.client().js();
        let refused = ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await;
        assert_eq!(
            refused.err().as_deref(),
            Some(r#"{"Refused":"PasskeySignInNotAllowed"}"#)
        );
    }
}

/// The payor enrolled with an app (a fresh browser, signed in); the key.
async fn payor_with_app(app: &TestApp, payor: &str) -> (Client, String) {
    let mut browser = app.client();
    browser.sign_in_password(payor).await;
    let (key, _) = browser.enroll(app).await;
    app.clock.advance(time::Duration::seconds(30));
    (browser.js(), key)
}

#[tokio::test]
async fn a_passkey_confirms_its_you_with_the_password_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut browser, mut device) = enrolled_with_passkey(&app).await;
        assert!(browser.get("/profile").await.body.contains("confirm-passkey"));
        let confirm = |password: &'static str, answer: String| {
            let form = vec![("password", password.to_owned()), ("passkey", answer)];
            form
        };
        // The passkey's answer comes with the password, in the same form.
        let options = options(&mut browser, "confirm", "/profile").await.unwrap();
        let answer = device.get(&options, RP_ORIGIN).await.unwrap();
        let form = confirm("not my password", answer.clone());
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let wrong = browser.post("/api/profile/confirm", "/profile", &pairs).await;
        assert_eq!(wrong.body, r#"{"Refused":"WrongPassword"}"#);
        // The ceremony waits for the right password; then it counts once.
        let form = confirm(PASSWORD, answer.clone());
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let done = browser.post("/api/profile/confirm", "/profile", &pairs).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert!(browser.get("/profile").await.body.contains("add-passkey"));
        let again = browser.post("/api/profile/confirm", "/profile", &pairs).await;
        assert_eq!(again.body, r#"{"Refused":"PasskeyFailed"}"#);
        assert_eq!(
            last_audit(&app).await,
            ("reauth_failed".to_owned(), "passkey_no_ceremony".to_owned())
        );
    }
}

#[tokio::test]
async fn this_wasnt_me_removes_every_passkey_which_then_signs_in_nowhere_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut browser, mut device) = enrolled_with_passkey(&app).await;
        let ada = app.user_id(ADA).await;
        let emails = app.services.outbox().await.unwrap().unwrap();
        let added = emails
            .iter()
            .find(|m| m.to == ADA && m.subject == "A passkey was added to your account")
            .expect("the passkey's security email");
        let token: String = added
            .body
            .split("/account/not-me?token=")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let done = app
            .client()
            .post("/api/account/not-me", "/account/not-me", &[("token", &token)])
            .await;
        assert_eq!(done.location(), "/login?notice=not_me", "{:?}", done.form_error());
        assert!(browser.get("/").await.location().starts_with("/login"));
        assert_eq!(passkey_count(&app, ada).await, 0);
        let mut alone = app.client().js();
        failed(&ceremony(&mut alone, &mut device, ("sign_in", "/login"), RP_ORIGIN).await);
    }
}

#[tokio::test]
async fn two_ceremonies_asked_at_once_leave_one_live_and_never_a_server_error_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, mut device) = enrolled_with_passkey(&app).await;
        let mut browser = at_passkey_challenge(&app).await;
        let (first, second) = {
            let mut twin = browser.clone();
            tokio::join!(
                options(&mut browser, "verify", "/login/verify"),
                options(&mut twin, "verify", "/login/verify")
            )
        };
        assert!(first.is_ok() && second.is_ok(), "{first:?} {second:?}");
        let answers = [
            device.get(&first.unwrap(), RP_ORIGIN).await.unwrap(),
            device.get(&second.unwrap(), RP_ORIGIN).await.unwrap(),
        ];
        for answer in answers {
            // Each answer spends the session's one ceremony: at most one
            // signs in, the other is refused (never a server error).
            let reply = finish(&mut browser, "verify", "/login/verify", &answer).await;
            assert!(
                reply.is_ok() || reply == Err(r#"{"Refused":"PasskeyFailed"}"#.into()),
                "{reply:?}"
            );
        }
        if !browser.get("/").await.body.contains("Sign Out") {
            // The person tries again, and it works.
            let next = ceremony(&mut browser, &mut device, ("verify", "/login/verify"), RP_ORIGIN).await;
            assert_eq!(next.as_deref(), Ok("/"));
        }
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let passed: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE event = 'mfa_passed' AND detail = 'passkey'",
        )
        .fetch_one(&mut *conn)
        .await
        .unwrap();
        assert_eq!(passed, 1);
    }
}

#[tokio::test]
async fn an_admin_confirms_its_them_on_security_settings_with_a_passkey_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut browser, mut device) = enrolled_with_passkey(&app).await;
        let ada = app.user_id(ADA).await;
        sqlx::query("UPDATE memberships SET role = 'admin' WHERE user_id = $1")
            .bind(ada)
            .execute(&app.services.db.pool)
            .await
            .unwrap();
        let page = browser.get("/admin/security").await.body;
        assert!(page.contains("confirm-passkey"), "Use Passkey is offered");
        let options = options(&mut browser, "confirm", "/admin/security").await.unwrap();
        let answer = device.get(&options, RP_ORIGIN).await.unwrap();
        let form = [
            ("password", PASSWORD),
            ("passkey", answer.as_str()),
            ("back", "admin"),
        ];
        let done = browser
            .post("/api/profile/confirm", "/admin/security", &form)
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert!(
            browser
                .get("/admin/security")
                .await
                .body
                .contains(r#"id="payment-passkeys""#)
        );
    }
}

#[tokio::test]
async fn a_payor_keeps_their_last_app_but_may_remove_a_passkey_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let payor = "pat.payor@riverbend.example";
        let user = app.add_user(payor, PaymentRole::Payor).await;
        let (mut browser, key) = payor_with_app(&app, payor).await;
        let form = [("password", PASSWORD), ("code", &app.code(&key, 0))];
        browser.post("/api/profile/confirm", "/profile", &form).await;
        let mut device = Device::new(true);
        let next = ceremony(&mut browser, &mut device, ("register", "/profile"), RP_ORIGIN).await;
        assert_eq!(next.as_deref(), Ok("/login/recovery-code"));
        browser
            .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
            .await;
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let app_id: i64 = sqlx::query_scalar("SELECT id FROM totp_factors WHERE user_id = $1")
            .bind(user)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let passkey_id: i64 = sqlx::query_scalar("SELECT id FROM passkeys WHERE user_id = $1")
            .bind(user)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        drop(conn);
        let remove = |kind: &'static str, id: i64| (kind, id.to_string());
        let (kind, id) = remove("app", app_id);
        let refused = browser
            .post("/api/profile/remove", "/profile", &[("kind", kind), ("id", &id)])
            .await;
        assert_eq!(refused.body, r#"{"Refused":"LastRequiredFactor"}"#);
        let (kind, id) = remove("passkey", passkey_id);
        let removed = browser
            .post("/api/profile/remove", "/profile", &[("kind", kind), ("id", &id)])
            .await;
        assert_eq!(removed.status, StatusCode::OK, "{}", removed.body);
        assert_eq!(passkey_count(&app, user).await, 0);
    }
}

#[tokio::test]
async fn on_an_ip_address_a_passkey_user_is_offered_their_other_ways_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db.clone());
        enrolled_with_passkey(&app).await;
        let bare = TestApp::at_public_url(db, "http://127.0.0.1:3000");
        let mut browser = bare.client().js();
        assert_eq!(browser.sign_in_password(ADA).await.location(), "/login/verify");
        let page = browser.get("/login/verify").await.body;
        assert!(
            !page.contains("passkey-verify"),
            "no passkey asked for where none can work"
        );
        let refused = options(&mut browser, "sign_in", "/login").await;
        assert_eq!(
            refused.err().as_deref(),
            Some(r#"{"Refused":"PasskeysUnavailable"}"#)
        );
        // The recovery code still signs in.
        assert!(browser.get("/login/methods").await.body.contains("recovery"));
    }
}
