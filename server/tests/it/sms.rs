//! SMS verification over HTTP: enrolling a number, signing in with a texted
//! code, the method picker, resend voiding and throttling, expiry, bad
//! numbers, roles, and a gateway that fails or is slow.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use backend::Db;
use backend::delivery::{Delivery, SmsGateway, SmsGatewaySettings};
use backend::test_support::{each_backend, sqlite};
use common::{Client, Reply, TestApp, last_code, texts_to, wrong_code};
use domain::policy::PaymentRole;
use std::sync::Arc;
use time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PAYEE: &str = "pia@example.com";
const US_NUMBER: &str = "(201) 555-0123";
const US_E164: &str = "+12015550123";

fn refused(reply: &Reply) -> String {
    reply
        .form_error()
        .unwrap_or_else(|| panic!("not refused: {} {}", reply.status, reply.location()))
}

impl Client {
    async fn choose(&mut self, method: &str) -> Reply {
        self.post("/api/signin/method", "/login/setup", &[("method", method)])
            .await
    }
    async fn send_text(&mut self, country: &str, phone: &str) -> Reply {
        self.post(
            "/api/signin/sms/send",
            "/login/setup/sms",
            &[("country", country), ("phone", phone)],
        )
        .await
    }
    async fn resend(&mut self, from: &str) -> Reply {
        self.post("/api/signin/sms/resend", from, &[]).await
    }
    async fn sms_code(&mut self, code: &str) -> Reply {
        self.post("/api/signin/sms", "/login/setup/sms", &[("code", code)])
            .await
    }
    async fn pick_phone(&mut self, id: i64) -> Reply {
        self.post(
            "/api/signin/pick",
            "/login/methods",
            &[("phone", &id.to_string())],
        )
        .await
    }

    /// From "Two-Factor Authentication Required" to the code step of
    /// "Set Up SMS Verification", a code texted to `number`.
    async fn open_sms_setup(&mut self, country: &str, number: &str) {
        assert_eq!(
            self.post("/api/signin/setup", "/login/mfa-required", &[])
                .await
                .location(),
            "/login/setup"
        );
        assert_eq!(self.choose("sms").await.location(), "/login/setup/sms");
        let sent = self.send_text(country, number).await;
        assert_eq!(sent.location(), "/login/setup/sms", "{:?}", sent.form_error());
    }
}

/// A payee admin signed in up to "Two-Factor Authentication Required".
async fn payee_at_setup(app: &TestApp) -> Client {
    app.add_user(PAYEE, PaymentRole::PayeeAdmin).await;
    let mut browser = app.client();
    assert_eq!(
        browser.sign_in_password(PAYEE).await.location(),
        "/login/mfa-required"
    );
    browser
}

/// A payee admin enrolled with the US number, signed out; returns the recovery code.
async fn payee_enrolled(app: &TestApp) -> String {
    let mut browser = payee_at_setup(app).await;
    browser.open_sms_setup("US", US_NUMBER).await;
    let code = last_code(app, US_E164).await;
    assert_eq!(browser.sms_code(&code).await.location(), "/login/recovery-code");
    let page = browser.get("/login/recovery-code").await;
    let recovery = common::testid(&page.body, "recovery-code").to_owned();
    let saved = browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    assert_eq!(saved.location(), "/");
    browser.sign_out().await;
    app.clock.advance(Duration::seconds(31));
    recovery
}

async fn sms_code_rows(db: &Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM sms_codes")
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn phone_rows(db: &Db) -> Vec<String> {
    sqlx::query_scalar("SELECT phone FROM phone_factors ORDER BY id")
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_payee_admin_enrolls_a_us_number_then_signs_in_by_text_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db.clone());
        let mut browser = payee_at_setup(&app).await;
        browser
            .post("/api/signin/setup", "/login/mfa-required", &[])
            .await;
        let methods = browser.get("/login/setup").await.body;
        assert!(methods.contains("SMS Verification") && methods.contains("Highly recommended"));
        assert_eq!(browser.choose("sms").await.location(), "/login/setup/sms");
        let number = browser.get("/login/setup/sms").await.body;
        assert!(number.contains("Select Your Country Code") && number.contains("Enter Your Phone Number"));
        assert!(
            number.contains("United States (+1)") && !number.contains("Canada"),
            "payee admins: US only"
        );
        let sent = browser.send_text("US", US_NUMBER).await;
        assert_eq!(sent.location(), "/login/setup/sms", "{:?}", sent.form_error());
        let page = browser.get("/login/setup/sms").await.body;
        assert!(page.contains("Enter the 6-Digit Verification Code"), "{page}");
        assert!(page.contains("ending in 0123") && page.contains("expires in 10 minutes"));
        assert!(page.contains("Keep your verification code private."));
        assert!(
            !page.contains("2015550123"),
            "the page shows only the last digits"
        );

        let texts = texts_to(&app, US_E164).await;
        assert_eq!(texts.len(), 1);
        let code = last_code(&app, US_E164).await;
        assert_eq!(
            texts[0],
            format!(
                "Your Trestle verification code is {code}. It expires in 10 minutes. \
                 Never share it: Trestle will never ask you for it.\n\n@localhost #{code}"
            )
        );
        // Stored as a keyed hash only.
        let stored: String = sqlx::query_scalar("SELECT code_mac FROM sms_codes")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert!(!stored.contains(&code) && stored.len() == 64);

        let before = browser.cookie.clone();
        assert_eq!(browser.sms_code(&code).await.location(), "/login/recovery-code");
        assert_ne!(
            browser.cookie, before,
            "session id rotates after the factor is proven"
        );
        assert_eq!(phone_rows(&db).await, vec![US_E164.to_owned()]);
        browser
            .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
            .await;
        assert!(browser.get("/").await.body.contains("Sign Out"));
        let emails = app.services.outbox().await.unwrap().unwrap();
        assert!(
            emails
                .iter()
                .any(|m| m.subject == "A phone number was added to your account"
                    && m.body.contains("•••• 0123"))
        );
        browser.sign_out().await;
        app.clock.advance(Duration::seconds(31));

        // The first factor is the phone: the code is texted right after the password.
        let mut browser = app.client();
        assert_eq!(browser.sign_in_password(PAYEE).await.location(), "/login/verify");
        assert_eq!(texts_to(&app, US_E164).await.len(), 2);
        let page = browser.get("/login/verify").await.body;
        assert!(page.contains("Verify Your Identity") && page.contains("Resend New Code"));
        let code = last_code(&app, US_E164).await;
        assert_eq!(browser.code(&code).await.location(), "/");
        // Used once, never again.
        browser.sign_out().await;
        app.clock.advance(Duration::seconds(31));
        let mut again = app.client();
        again.sign_in_password(PAYEE).await;
        let reply = again.code(&code).await;
        assert_eq!(refused(&reply), r#"{"Refused":"WrongCode"}"#);
    }
}

#[tokio::test]
async fn resend_voids_the_first_code_and_waits_30_seconds() {
    let app = TestApp::new(sqlite().await);
    let mut browser = payee_at_setup(&app).await;
    browser.open_sms_setup("US", US_NUMBER).await;
    let first = last_code(&app, US_E164).await;
    let page = browser.get("/login/setup/sms").await.body;
    assert!(
        page.contains("You can ask for a new code in 30 seconds."),
        "{page}"
    );

    let hammered = browser.resend("/login/setup/sms").await;
    assert_eq!(
        refused(&hammered),
        r#"{"Refused":{"SendTooSoon":{"retry_after":30}}}"#
    );
    let json = browser.clone().js().resend("/login/setup/sms").await;
    assert_eq!(json.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(texts_to(&app, US_E164).await.len(), 1, "no text while throttled");

    app.clock.advance(Duration::seconds(30));
    assert_eq!(
        browser.resend("/login/setup/sms").await.location(),
        "/login/setup/sms"
    );
    let second = last_code(&app, US_E164).await;
    assert_eq!(texts_to(&app, US_E164).await.len(), 2);
    if first != second {
        let old = browser.sms_code(&first).await;
        assert_eq!(refused(&old), r#"{"Refused":"WrongCode"}"#);
    }
    assert_eq!(browser.sms_code(&second).await.location(), "/login/recovery-code");
}

#[tokio::test]
async fn a_double_submitted_number_is_texted_once() {
    let app = TestApp::new(sqlite().await);
    let mut browser = payee_at_setup(&app).await;
    browser.open_sms_setup("US", US_NUMBER).await;
    let code = last_code(&app, US_E164).await;
    // The same form again, as a second click without JavaScript sends it.
    let again = browser.send_text("US", "+1 201-555-0123").await;
    assert_eq!(again.location(), "/login/setup/sms", "{:?}", again.form_error());
    assert_eq!(texts_to(&app, US_E164).await.len(), 1, "one text");
    assert_eq!(browser.sms_code(&code).await.location(), "/login/recovery-code");
}

#[tokio::test]
async fn five_texts_an_hour_then_the_wait_is_told_in_minutes() {
    let app = TestApp::new(sqlite().await);
    let mut browser = payee_at_setup(&app).await;
    browser.open_sms_setup("US", US_NUMBER).await;
    for _ in 0..4 {
        app.clock.advance(Duration::seconds(30));
        assert_eq!(
            browser.resend("/login/setup/sms").await.location(),
            "/login/setup/sms"
        );
    }
    assert_eq!(texts_to(&app, US_E164).await.len(), 5);
    app.clock.advance(Duration::seconds(30));
    let sixth = browser.resend("/login/setup/sms").await;
    // The first of the five leaves the hour 3600 - 150 seconds from now.
    assert_eq!(
        refused(&sixth),
        r#"{"Refused":{"SendTooSoon":{"retry_after":3450}}}"#
    );
    let page = browser.get("/login/setup/sms").await.body;
    assert!(page.contains("You can ask for a new code in 58 min."), "{page}");
}

#[tokio::test]
async fn an_expired_code_is_told_apart_from_a_wrong_one() {
    let app = TestApp::new(sqlite().await);
    let mut browser = payee_at_setup(&app).await;
    browser.open_sms_setup("US", US_NUMBER).await;
    let code = last_code(&app, US_E164).await;
    app.clock.advance(Duration::minutes(10));
    let late = browser.sms_code(&code).await;
    assert_eq!(refused(&late), r#"{"Refused":"CodeExpired"}"#);
    let wrong = wrong_code(&code);
    assert_eq!(
        refused(&browser.sms_code(wrong).await),
        r#"{"Refused":"WrongCode"}"#
    );
    let page = browser.get("/login/setup/sms").await.body;
    assert!(
        page.contains("There is no valid code for the number ending in 0123"),
        "{page}"
    );
    assert!(phone_rows(&app.services.db).await.is_empty(), "nothing saved");
    // A new code works.
    browser.resend("/login/setup/sms").await;
    let code = last_code(&app, US_E164).await;
    assert_eq!(browser.sms_code(&code).await.location(), "/login/recovery-code");
}

#[tokio::test]
async fn bad_numbers_get_their_own_message_and_send_nothing() {
    let app = TestApp::new(sqlite().await);
    let mut browser = payee_at_setup(&app).await;
    browser
        .post("/api/signin/setup", "/login/mfa-required", &[])
        .await;
    browser.choose("sms").await;
    for (country, phone, answer) in [
        ("US", "", r#""PhoneEmpty""#),
        ("US", "call me maybe", r#""PhoneInvalid""#),
        ("US", "12345", r#""PhoneInvalid""#),
        ("US", "201 555 0123 4567 8901", r#""PhoneInvalid""#),
        ("US", "800 555 0123", r#""PhoneInvalid""#),
        // A Canadian +1 number: a payee admin may only use US numbers.
        ("US", "506 234 5678", r#""PhoneUsOnly""#),
        ("CA", "506 234 5678", r#""PhoneUsOnly""#),
        ("FR", "06 12 34 56 78", r#""PhoneUsOnly""#),
        ("BR", "11 96123 4567", r#""CountryNotOffered""#),
    ] {
        let reply = browser.send_text(country, phone).await;
        assert_eq!(
            refused(&reply),
            format!(r#"{{"Refused":{answer}}}"#),
            "{country} {phone}"
        );
    }
    assert!(texts_to(&app, "+15062345678").await.is_empty());
    assert_eq!(sms_code_rows(&app.services.db).await, 0);
    assert!(
        browser
            .get("/login/setup/sms")
            .await
            .body
            .contains("Send Text Message")
    );
}

#[tokio::test]
async fn a_number_must_belong_to_the_country_chosen() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user("uma@example.com", PaymentRole::None).await;
    // Enrolling from the sign-in wizard needs a requirement: a company deadline passed.
    sqlx::query(
        "INSERT INTO companies (name, require_mfa, mfa_deadline, created_at) VALUES ('Acme', 1, 0, 0)",
    )
    .execute(&app.services.db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO memberships (user_id, company_id, role, active) SELECT $1, id, 'user', 1 FROM companies",
    )
    .bind(user)
    .execute(&app.services.db.pool)
    .await
    .unwrap();
    let mut browser = app.client();
    assert_eq!(
        browser.sign_in_password("uma@example.com").await.location(),
        "/login/mfa-required"
    );
    browser
        .post("/api/signin/setup", "/login/mfa-required", &[])
        .await;
    browser.choose("sms").await;
    let page = browser.get("/login/setup/sms").await.body;
    assert!(page.contains("Canada (+1)") && page.contains("Hong Kong (+852)"));
    let reply = browser.send_text("US", "506 234 5678").await;
    assert_eq!(
        refused(&reply),
        r#"{"Refused":{"PhoneNotInCountry":{"country":"Us"}}}"#
    );
    let reply = browser.send_text("DE", "+33 6 12 34 56 78").await;
    assert_eq!(
        refused(&reply),
        r#"{"Refused":{"PhoneNotInCountry":{"country":"De"}}}"#
    );
    assert_eq!(
        browser.send_text("CA", "506 234 5678").await.location(),
        "/login/setup/sms"
    );
    assert_eq!(texts_to(&app, "+15062345678").await.len(), 1);
}

#[tokio::test]
async fn payors_never_get_sms_even_when_posted_directly() {
    let app = TestApp::new(sqlite().await);
    app.add_user("pat@example.com", PaymentRole::Payor).await;
    let mut browser = app.client();
    browser.sign_in_password("pat@example.com").await;
    browser
        .post("/api/signin/setup", "/login/mfa-required", &[])
        .await;
    let methods = browser.get("/login/setup").await.body;
    assert!(methods.contains("Authenticator App") && !methods.contains("SMS Verification"));
    assert_eq!(
        refused(&browser.choose("sms").await),
        r#"{"Refused":"SmsNotAllowed"}"#
    );
    let reply = browser.clone().js().choose("sms").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    // Still at the picker; the number step cannot be reached either.
    let direct = browser.send_text("US", US_NUMBER).await;
    assert!(direct.form_error().is_some());
    assert_eq!(browser.get("/login/setup/sms").await.location(), "/login/setup");
    assert_eq!(sms_code_rows(&app.services.db).await, 0);
}

#[tokio::test]
async fn use_a_phone_number_from_the_picker_texts_that_number() {
    let app = TestApp::new(sqlite().await);
    payee_enrolled(&app).await;
    let user: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email_normalized = $1")
        .bind(PAYEE)
        .fetch_one(&app.services.db.pool)
        .await
        .unwrap();
    app.services.register_phone(user, "+12015550188").await.unwrap();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM phone_factors ORDER BY id")
        .fetch_all(&app.services.db.pool)
        .await
        .unwrap();

    let mut browser = app.client();
    assert_eq!(browser.sign_in_password(PAYEE).await.location(), "/login/verify");
    let page = browser.get("/login/methods").await.body;
    assert!(page.contains("How Do You Want to Verify Your Identity?"));
    assert_eq!(page.matches("Use a Phone Number").count(), 2, "{page}");
    assert!(page.contains("Ending in 0123") && page.contains("Ending in 0188"));
    assert!(!page.contains("2015550188"));

    app.clock.advance(Duration::seconds(31));
    assert_eq!(browser.pick_phone(ids[1]).await.location(), "/login/verify");
    let code = last_code(&app, "+12015550188").await;
    assert!(browser.get("/login/verify").await.body.contains("ending in 0188"));
    // A code texted to the other number does not open this one.
    let other = last_code(&app, US_E164).await;
    if other != code {
        assert_eq!(refused(&browser.code(&other).await), r#"{"Refused":"WrongCode"}"#);
    }
    assert_eq!(browser.code(&code).await.location(), "/");

    // Someone else's number, by id: refused, nothing sent.
    let mut stranger = app.client();
    stranger.sign_in_password(PAYEE).await;
    let sent = texts_to(&app, "+12015550188").await.len();
    assert!(stranger.pick_phone(ids[1] + 100).await.form_error().is_some());
    assert_eq!(texts_to(&app, "+12015550188").await.len(), sent);
}

#[tokio::test]
async fn one_texted_code_signs_in_once_however_many_tabs_send_it() {
    let app = TestApp::new(sqlite().await);
    payee_enrolled(&app).await;
    let mut browser = app.client().js();
    browser.sign_in_password(PAYEE).await;
    let code = last_code(&app, US_E164).await;
    let (mut a, mut b) = (browser.clone(), browser.clone());
    let (ra, rb) = tokio::join!(a.code(&code), b.code(&code));
    let wins = [&ra, &rb].iter().filter(|r| r.status == StatusCode::OK).count();
    assert_eq!(wins, 1, "{} / {}", ra.body, rb.body);
}

#[tokio::test]
async fn a_parked_sms_setup_cannot_finish_after_the_owner_enrolled() {
    let app = TestApp::new(sqlite().await);
    let mut parked = payee_at_setup(&app).await;
    parked.open_sms_setup("US", US_NUMBER).await;
    let parked_code = last_code(&app, US_E164).await;
    // Meanwhile, in another browser, the owner enrolls an app.
    let mut owner = app.client();
    owner.sign_in_password(PAYEE).await;
    owner.enroll(&app).await;
    let reply = parked.sms_code(&parked_code).await;
    assert_eq!(refused(&reply), r#"{"Refused":"AlreadyEnrolled"}"#);
    assert!(phone_rows(&app.services.db).await.is_empty());
}

#[tokio::test]
async fn a_gateway_that_fails_saves_nothing_and_is_never_retried() {
    for (answer, delay) in [
        (ResponseTemplate::new(500), None),
        (ResponseTemplate::new(400), None),
        (
            ResponseTemplate::new(201),
            Some(std::time::Duration::from_secs(3)),
        ),
    ] {
        let gateway = MockServer::start().await;
        let answer = match delay {
            Some(delay) => answer.set_delay(delay),
            None => answer,
        };
        Mock::given(method("POST"))
            .and(path("/2010-04-01/Accounts/AC1/Messages.json"))
            .respond_with(answer)
            .mount(&gateway)
            .await;
        let settings = SmsGatewaySettings {
            base_url: gateway.uri(),
            account_sid: "AC1".into(),
            auth_token: "token".into(),
            from: "+15005550006".into(),
        };
        let sms = SmsGateway::with_timeout(&settings, std::time::Duration::from_secs(1)).unwrap();
        let db = sqlite().await;
        let delivery = Delivery {
            sms: Arc::new(sms),
            ..Delivery::outbox()
        };
        let app = TestApp::with_delivery(db.clone(), delivery);
        let mut browser = payee_at_setup(&app).await;
        browser
            .post("/api/signin/setup", "/login/mfa-required", &[])
            .await;
        browser.choose("sms").await;
        let started = std::time::Instant::now();
        let reply = browser.send_text("US", US_NUMBER).await;
        assert!(
            started.elapsed() < std::time::Duration::from_secs(3),
            "bounded by the timeout"
        );
        assert_eq!(refused(&reply), r#"{"Refused":"SmsUnavailable"}"#);
        assert_eq!(
            gateway.received_requests().await.unwrap().len(),
            1,
            "never retried"
        );
        assert_eq!(sms_code_rows(&db).await, 0, "no code kept for a text never sent");
        assert!(phone_rows(&db).await.is_empty());
        let page = browser.get("/login/setup/sms").await.body;
        assert!(page.contains("Send Text Message"), "still asking for the number");
        // The person tries again: one request to the gateway per try.
        let json = browser.clone().js().send_text("US", US_NUMBER).await;
        assert_eq!(json.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(json.body, r#"{"Refused":"SmsUnavailable"}"#);
        assert_eq!(gateway.received_requests().await.unwrap().len(), 2);
        assert_eq!(sms_code_rows(&db).await, 0);
        // Each try is recorded, failed with the gateway's reason, never retried.
        let recorded = text_rows(&db).await;
        assert_eq!(recorded.len(), 2, "{recorded:?}");
        for (to, state, body, error) in recorded {
            assert_eq!(
                (to.as_str(), state.as_str(), body.as_str()),
                (US_E164, "failed", "")
            );
            assert!(error.starts_with("provider unavailable: sms gateway"), "{error}");
        }
        assert_eq!(app.services.deliver_due().await.unwrap(), 0);
    }
}

/// The texts recorded in the delivery queue: recipient, state, stored
/// body, last error.
async fn text_rows(db: &Db) -> Vec<(String, String, String, String)> {
    sqlx::query_as(
        "SELECT recipient, state, body, last_error FROM deliveries WHERE channel = 'sms' ORDER BY id",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

/// A real gateway's text is recorded as sent, without its code: the
/// database never holds a code in a form that could be read back.
#[tokio::test]
async fn a_gateway_text_is_recorded_as_sent_without_its_code_on_both_backends() {
    for db in each_backend().await {
        let gateway = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/2010-04-01/Accounts/AC1/Messages.json"))
            .respond_with(ResponseTemplate::new(201))
            .mount(&gateway)
            .await;
        let settings = SmsGatewaySettings {
            base_url: gateway.uri(),
            account_sid: "AC1".into(),
            auth_token: "token".into(),
            from: "+15005550006".into(),
        };
        let delivery = Delivery {
            sms: Arc::new(SmsGateway::new(&settings).unwrap()),
            ..Delivery::outbox()
        };
        let app = TestApp::with_delivery(db.clone(), delivery);
        let mut browser = payee_at_setup(&app).await;
        browser
            .post("/api/signin/setup", "/login/mfa-required", &[])
            .await;
        browser.choose("sms").await;
        browser.send_text("US", US_NUMBER).await;
        let requests = gateway.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1);
        let form = String::from_utf8(requests[0].body.clone()).unwrap();
        let code: String = form.rsplit("%23").next().unwrap().chars().take(6).collect();
        assert!(
            code.chars().all(|c| c.is_ascii_digit()) && code.len() == 6,
            "{form}"
        );

        let recorded = text_rows(&db).await;
        let sent = (
            US_E164.to_owned(),
            "sent".to_owned(),
            String::new(),
            String::new(),
        );
        assert_eq!(recorded, [sent], "{:?}", db.backend);
        let everything: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT recipient, subject, body, html FROM deliveries")
                .fetch_all(&db.pool)
                .await
                .unwrap();
        assert!(!format!("{everything:?}").contains(&code));
    }
}

#[tokio::test]
async fn the_code_text_is_in_the_users_language() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user(PAYEE, PaymentRole::PayeeAdmin).await;
    app.services.set_locale(user, "fr").await.unwrap();
    let mut browser = app.client();
    browser.sign_in_password(PAYEE).await;
    browser.open_sms_setup("US", US_NUMBER).await;
    let text = texts_to(&app, US_E164).await.remove(0);
    assert!(
        text.starts_with("Votre code de vérification Trestle est "),
        "{text}"
    );
    assert!(text.contains("Il expire dans 10 minutes."));
}

/// Two accounts that "add" the owner's confirmed number and text it as
/// often as they may spend only their own budgets: the owner still gets
/// a sign-in text, and Resend New Code still works for them.
#[tokio::test]
async fn adding_someone_elses_number_never_spends_the_owners_texts() {
    let app = TestApp::new(sqlite().await);
    payee_enrolled(&app).await;
    for other in ["sam@example.com", "sue@example.com"] {
        app.add_user(other, PaymentRole::PayeeAdmin).await;
        let mut browser = app.client();
        browser.sign_in_password(other).await;
        browser.open_sms_setup("US", US_NUMBER).await;
        for _ in 0..4 {
            app.clock.advance(Duration::seconds(30));
            let resent = browser.resend("/login/setup/sms").await;
            assert_eq!(resent.location(), "/login/setup/sms", "{:?}", resent.form_error());
        }
        app.clock.advance(Duration::seconds(30));
        let sixth = browser.resend("/login/setup/sms").await;
        assert!(
            refused(&sixth).contains("SendTooSoon"),
            "their own budget is spent"
        );
    }
    assert_eq!(texts_to(&app, US_E164).await.len(), 11);

    let mut owner = app.client();
    assert_eq!(owner.sign_in_password(PAYEE).await.location(), "/login/verify");
    assert_eq!(
        texts_to(&app, US_E164).await.len(),
        12,
        "the owner's sign-in text goes"
    );
    app.clock.advance(Duration::seconds(30));
    let resent = owner.resend("/login/verify").await;
    assert_eq!(resent.location(), "/login/verify", "{:?}", resent.form_error());
    assert_eq!(texts_to(&app, US_E164).await.len(), 13);
}

/// A user may text three numbers they have not confirmed a day (a number
/// tried already may be texted again); a fourth waits.
#[tokio::test]
async fn a_user_tries_at_most_three_new_numbers_a_day() {
    let app = TestApp::new(sqlite().await);
    let mut browser = payee_at_setup(&app).await;
    browser.open_sms_setup("US", "(201) 555-0101").await;
    for number in ["(201) 555-0102", "(201) 555-0103", "(201) 555-0101"] {
        let sent = browser.send_text("US", number).await;
        assert_eq!(
            sent.location(),
            "/login/setup/sms",
            "{number}: {:?}",
            sent.form_error()
        );
    }
    let fourth = browser.send_text("US", "(201) 555-0104").await;
    assert!(
        refused(&fourth).contains("SendTooSoon"),
        "{:?}",
        fourth.form_error()
    );
    assert!(texts_to(&app, "+12015550104").await.is_empty());
}
