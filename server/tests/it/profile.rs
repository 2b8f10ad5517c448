//! My Profile Settings over HTTP: every change needs a re-authentication
//! made in the last 5 minutes (also when its server function is called
//! directly), adding runs the enrollment steps, removing signs the user out
//! everywhere else, and the last required factor stays.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use backend::test_support::{each_backend, sqlite};
use common::{Client, PASSWORD, Reply, TestApp, last_code, refused, testid};
use domain::policy::PaymentRole;
use time::Duration;

const USER: &str = "uma@example.com";
const PAYOR: &str = "pat@example.com";

/// A user with one app, signed in (no re-authentication yet); returns the
/// browser, the app's setup key and the recovery code.
async fn signed_in_with_app(app: &TestApp, email: &str, role: PaymentRole) -> (Client, String, String) {
    app.add_user(email, role).await;
    let mut browser = app.client();
    browser.email(email).await;
    browser.password(PASSWORD).await;
    if role == PaymentRole::None {
        // Nobody requires it: set up from the profile.
        confirm(&mut browser, PASSWORD, None).await;
        let key = add_app(&mut browser).await;
        app.clock.advance(Duration::seconds(30));
        let recovery = finish_adding(&mut browser, app, &key).await;
        app.clock.advance(Duration::seconds(30));
        return (browser, key, recovery);
    }
    let (key, recovery) = browser.enroll(app).await;
    app.clock.advance(Duration::seconds(30));
    (browser, key, recovery)
}

async fn confirm(browser: &mut Client, password: &str, code: Option<&str>) -> Reply {
    let mut form = vec![("password", password)];
    form.extend(code.map(|c| ("code", c)));
    browser.post("/api/profile/confirm", "/profile", &form).await
}

/// **Add Authenticator App**; returns the setup key shown.
async fn add_app(browser: &mut Client) -> String {
    let reply = browser
        .post("/api/profile/add", "/profile", &[("kind", "app")])
        .await;
    assert_eq!(reply.location(), "/login/setup/app", "{:?}", reply.form_error());
    let page = browser.get("/login/setup/app").await;
    assert!(page.body.contains("Secure Your Account"));
    testid(&page.body, "setup-key").to_owned()
}

/// **Remove** one of the user's methods.
async fn remove(browser: &mut Client, kind: &str, id: &str) -> Reply {
    let form = [("kind", kind), ("id", id)];
    browser.post("/api/profile/remove", "/profile", &form).await
}

/// The code for `key`, then **Save Your Recovery Code**; returns the code.
async fn finish_adding(browser: &mut Client, app: &TestApp, key: &str) -> String {
    let done = browser.app_code(&app.code(key, 0)).await;
    assert_eq!(done.location(), "/login/recovery-code", "{:?}", done.form_error());
    let page = browser.get("/login/recovery-code").await;
    let recovery = testid(&page.body, "recovery-code").to_owned();
    let saved = browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    assert_eq!(saved.location(), "/profile");
    recovery
}

async fn factor_ids(app: &TestApp, email: &str) -> Vec<i64> {
    let user_id = app.user_id(email).await;
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    backend::store::factors::list_apps(&mut conn, user_id)
        .await
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect()
}

#[tokio::test]
async fn every_change_is_refused_without_a_fresh_re_authentication_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut browser, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
        let ids = factor_ids(&app, PAYOR).await;
        let id = ids[0].to_string();
        let changes: [(&str, Vec<(&str, &str)>); 4] = [
            ("/api/profile/add", vec![("kind", "app")]),
            ("/api/profile/rename", vec![("id", &id), ("name", "Renamed")]),
            ("/api/profile/remove", vec![("kind", "app"), ("id", &id)]),
            ("/api/profile/recovery-code", vec![]),
        ];
        let try_all = |browser: &mut Client| {
            let mut browser = browser.clone();
            let changes = changes.clone();
            async move {
                for (path, form) in &changes {
                    let reply = browser.post(path, "/profile", form).await;
                    refused(&reply, "ReauthRequired");
                    browser.js = true;
                    let direct = browser.post(path, "/profile", form).await;
                    assert_eq!(direct.status, StatusCode::FORBIDDEN, "{path}");
                    browser.js = false;
                }
            }
        };
        try_all(&mut browser).await;
        // A password alone is not enough for a user with a factor.
        refused(&confirm(&mut browser, PASSWORD, None).await, "CodeEmpty");
        try_all(&mut browser).await;

        let ok = confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
        assert_eq!(ok.location(), "/profile", "{:?}", ok.form_error());
        let renamed = browser
            .post(
                "/api/profile/rename",
                "/profile",
                &[("id", &id), ("name", "Work phone")],
            )
            .await;
        assert_eq!(renamed.location(), "/profile", "{:?}", renamed.form_error());
        let page = browser.get("/profile").await;
        assert!(page.body.contains("Work phone") && page.body.contains("Identity confirmed"));

        // Five minutes later, asked again.
        app.clock.advance(Duration::minutes(5));
        try_all(&mut browser).await;
        assert_eq!(factor_ids(&app, PAYOR).await, ids, "nothing removed");
    }
}

#[tokio::test]
async fn re_authentication_counts_toward_the_sign_in_limits() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    refused(
        &confirm(&mut browser, "wrong password", Some("123456")).await,
        "WrongPassword",
    );
    // Wrong codes are charged like at sign-in: after 5, even the right one is refused.
    for _ in 0..5 {
        refused(
            &confirm(&mut browser, PASSWORD, Some("000000")).await,
            "WrongCode",
        );
    }
    refused(
        &confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await,
        "WrongCode",
    );
    // And the same limit holds at the next sign-in.
    let mut other = app.client();
    other.sign_in_password(PAYOR).await;
    refused(&other.code(&app.code(&key, 0)).await, "WrongCode");
}

#[tokio::test]
async fn the_last_factor_of_a_user_who_must_use_mfa_stays() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    let id = factor_ids(&app, PAYOR).await[0].to_string();
    let reply = remove(&mut browser, "app", &id).await;
    refused(&reply, "LastRequiredFactor");
    assert_eq!(factor_ids(&app, PAYOR).await.len(), 1);
}

#[tokio::test]
async fn replacing_a_device_signs_out_every_other_session_and_the_old_codes_stop_working() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut phone, old_key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
        // Another browser signed in, and a third half-way through a sign-in.
        let mut laptop = app.client();
        laptop.sign_in_password(PAYOR).await;
        assert_eq!(laptop.code(&app.code(&old_key, 0)).await.location(), "/");
        let mut parked = app.client();
        parked.sign_in_password(PAYOR).await;
        app.clock.advance(Duration::seconds(30));

        confirm(&mut phone, PASSWORD, Some(&app.code(&old_key, 0))).await;
        let new_key = add_app(&mut phone).await;
        finish_adding(&mut phone, &app, &new_key).await;
        let old_id = factor_ids(&app, PAYOR).await[0].to_string();
        let removed = remove(&mut phone, "app", &old_id).await;
        assert_eq!(removed.location(), "/profile", "{:?}", removed.form_error());

        assert!(phone.get("/profile").await.body.contains("Method removed"));
        assert_ne!(laptop.get("/").await.status, StatusCode::OK, "signed out");
        assert!(laptop.get("/").await.location().starts_with("/login"));
        app.clock.advance(Duration::seconds(30));
        refused(&parked.code(&app.code(&new_key, 0)).await, "OutOfOrder");

        let mut again = app.client();
        again.sign_in_password(PAYOR).await;
        refused(&again.code(&app.code(&old_key, 0)).await, "WrongCode");
        assert_eq!(again.code(&app.code(&new_key, 0)).await.location(), "/");
    }
}

#[tokio::test]
async fn a_new_recovery_code_voids_the_old_one() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, old_code) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    let reply = browser.post("/api/profile/recovery-code", "/profile", &[]).await;
    assert_eq!(reply.location(), "/login/recovery-code");
    let page = browser.get("/login/recovery-code").await;
    let new_code = testid(&page.body, "recovery-code").to_owned();
    assert_ne!(new_code, old_code);
    // Leaving without ticking the box keeps the new code all the same.
    assert!(browser.get("/profile").await.status.is_success());

    let mut lost = app.client();
    lost.sign_in_password(PAYOR).await;
    lost.pick_recovery().await;
    refused(&lost.recovery(&old_code).await, "WrongCode");
    assert_eq!(lost.recovery(&new_code).await.location(), "/login/recovery-code");
}

#[tokio::test]
async fn bad_names_and_other_users_factors_change_nothing() {
    let app = TestApp::new(sqlite().await);
    signed_in_with_app(&app, "other@example.com", PaymentRole::Payor).await;
    let theirs = factor_ids(&app, "other@example.com").await[0].to_string();
    let (mut browser, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    let second = add_app(&mut browser).await;
    finish_adding(&mut browser, &app, &second).await;
    let mine = factor_ids(&app, PAYOR).await[0].to_string();
    let long = "x".repeat(200);
    for (name, refusal) in [
        ("   ", "NameInvalid"),
        (long.as_str(), "NameInvalid"),
        ("Authenticator App 2", "NameTaken"),
    ] {
        let reply = browser
            .post(
                "/api/profile/rename",
                "/profile",
                &[("id", &mine), ("name", name)],
            )
            .await;
        refused(&reply, refusal);
    }
    for (path, form) in [
        (
            "/api/profile/rename",
            vec![("id", theirs.as_str()), ("name", "Mine now")],
        ),
        (
            "/api/profile/remove",
            vec![("kind", "app"), ("id", theirs.as_str())],
        ),
        (
            "/api/profile/remove",
            vec![("kind", "phone"), ("id", theirs.as_str())],
        ),
    ] {
        refused(&browser.post(path, "/profile", &form).await, "FactorNotFound");
    }
    let odd = browser
        .post("/api/profile/add", "/profile", &[("kind", "recovery")])
        .await;
    assert_eq!(odd.form_error().as_deref(), Some(r#""BadRequest""#));
    assert_eq!(factor_ids(&app, "other@example.com").await.len(), 1);
    let page = browser.get("/profile").await;
    assert!(page.body.contains("Authenticator App") && !page.body.contains("Mine now"));
}

#[tokio::test]
async fn adding_is_refused_once_the_re_authentication_is_older_than_5_minutes() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    let new_key = add_app(&mut browser).await;
    app.clock.advance(Duration::minutes(5));
    refused(&browser.app_code(&app.code(&new_key, 0)).await, "ReauthRequired");
    assert_eq!(factor_ids(&app, PAYOR).await.len(), 1);
    // Still signed in: the profile asks to confirm again.
    let page = browser.get("/profile").await;
    assert!(page.body.contains("Confirm It’s You"));
}

#[tokio::test]
async fn a_user_who_may_go_without_mfa_turns_it_off_by_removing_every_method() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, recovery) = signed_in_with_app(&app, USER, PaymentRole::None).await;
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    let id = factor_ids(&app, USER).await[0].to_string();
    let removed = remove(&mut browser, "app", &id).await;
    assert_eq!(removed.location(), "/profile", "{:?}", removed.form_error());
    // The password alone signs in again; the recovery code went too.
    let mut next = app.client();
    assert_eq!(next.sign_in_password(USER).await.location(), "/");
    let user_id = app.user_id(USER).await;
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    assert!(
        backend::store::factors::unused_recovery_hash(&mut conn, user_id)
            .await
            .unwrap()
            .is_none(),
        "{recovery} must be gone"
    );
}

#[tokio::test]
async fn the_profile_is_for_signed_in_users_only() {
    let app = TestApp::new(sqlite().await);
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut stranger = app.client();
    assert!(stranger.get("/profile").await.location().starts_with("/login"));
    refused(&confirm(&mut stranger, PASSWORD, None).await, "OutOfOrder");
    // Half-way through a sign-in (password passed, code not yet) is not signed in.
    let mut half = app.client();
    half.sign_in_password(PAYOR).await;
    assert_eq!(half.get("/profile").await.location(), "/login/mfa-required");
    // Told where the sign-in stands instead.
    let moved = r#"{"Refused":{"MovedOn":{"page":"MfaRequired"}}}"#;
    let reply = confirm(&mut half, PASSWORD, None).await;
    assert_eq!(reply.form_error().as_deref(), Some(moved));
    let reply = half
        .post("/api/profile/add", "/profile", &[("kind", "app")])
        .await;
    assert_eq!(reply.form_error().as_deref(), Some(moved));
}

#[tokio::test]
async fn language_and_time_zone_are_kept_on_the_account() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    let odd = browser
        .post(
            "/lang",
            "/profile",
            &[
                ("lang", "fr"),
                ("time_zone", "Mars/Olympus"),
                ("back", "/profile"),
            ],
        )
        .await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    let saved = browser
        .post(
            "/lang",
            "/profile",
            &[
                ("lang", "fr"),
                ("time_zone", "Europe/Paris"),
                ("back", "/profile"),
            ],
        )
        .await;
    assert_eq!(saved.location(), "/profile");
    let page = browser.get("/profile").await;
    assert!(page.body.contains("Mes paramètres de profil"));
    // Winter in Paris: times read in CET, as French writes them (ICU).
    assert!(page.body.contains(" (CET)"), "{}", page.body);
    assert!(page.body.contains(r#"<option value="Europe/Paris" selected"#));

    // Emails follow the account's language, whichever browser asks.
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    browser.post("/api/profile/recovery-code", "/profile", &[]).await;
    let mut viewer = app.client();
    let outbox: Vec<serde_json::Value> =
        serde_json::from_str(&viewer.get("/dev/outbox.json").await.body).unwrap();
    assert_eq!(outbox[0]["subject"], "Vous avez un nouveau code de récupération");

    // Someone not signed in changes only their own cookie.
    let mut stranger = app.client();
    stranger
        .post("/lang", "/login", &[("lang", "en"), ("back", "/login")])
        .await;
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    let user = backend::store::users::find(&mut conn, app.user_id(PAYOR).await)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (user.locale.as_str(), user.time_zone.as_str()),
        ("fr", "Europe/Paris")
    );
}

#[tokio::test]
async fn a_sixth_app_a_fourth_number_and_a_number_already_there_are_refused() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, key, _) = signed_in_with_app(&app, USER, PaymentRole::None).await;
    confirm(&mut browser, PASSWORD, Some(&app.code(&key, 0))).await;
    for _ in 0..4 {
        let key = add_app(&mut browser).await;
        finish_adding(&mut browser, &app, &key).await;
    }
    assert_eq!(factor_ids(&app, USER).await.len(), 5);
    let sixth = browser
        .post("/api/profile/add", "/profile", &[("kind", "app")])
        .await;
    refused(&sixth, "TooManyApps");

    let user_id = app.user_id(USER).await;
    app.services
        .register_phone(user_id, "+12015550100")
        .await
        .unwrap();
    let reply = browser
        .post("/api/profile/add", "/profile", &[("kind", "phone")])
        .await;
    assert_eq!(reply.location(), "/login/setup/sms", "{:?}", reply.form_error());
    let again = browser
        .post(
            "/api/signin/sms/send",
            "/login/setup/sms",
            &[("country", "US"), ("phone", "(201) 555-0100")],
        )
        .await;
    refused(&again, "PhoneTaken");
    for number in ["+12015550101", "+12015550102"] {
        app.services.register_phone(user_id, number).await.unwrap();
    }
    let fourth = browser
        .post("/api/profile/add", "/profile", &[("kind", "phone")])
        .await;
    refused(&fourth, "TooManyPhones");
    let page = browser.get("/profile").await;
    assert!(!page.body.contains("Add Phone Number") && !page.body.contains("Add Authenticator App"));
}

async fn with_recovery(browser: &mut Client, code: &str) -> Reply {
    let form = [("password", PASSWORD), ("code", ""), ("recovery", code)];
    browser.post("/api/profile/confirm", "/profile", &form).await
}

#[tokio::test]
async fn with_the_device_lost_the_recovery_code_confirms_and_is_replaced_at_once() {
    let app = TestApp::new(sqlite().await);
    let (mut browser, _, recovery) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
    refused(&with_recovery(&mut browser, &"1".repeat(32)).await, "WrongCode");
    let reply = with_recovery(&mut browser, &recovery).await;
    assert_eq!(
        reply.location(),
        "/login/recovery-code",
        "{:?}",
        reply.form_error()
    );
    let page = browser.get("/login/recovery-code").await;
    let fresh = testid(&page.body, "recovery-code").to_owned();
    assert_ne!(fresh, recovery);
    let saved = browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    assert_eq!(saved.location(), "/profile");
    // Confirmed: the new device can be added, then the lost one removed.
    let new_key = add_app(&mut browser).await;
    finish_adding(&mut browser, &app, &new_key).await;
    let old = factor_ids(&app, PAYOR).await[0].to_string();
    let removed = remove(&mut browser, "app", &old).await;
    assert_eq!(removed.location(), "/profile", "{:?}", removed.form_error());
    // The recovery code used here works no more.
    refused(&with_recovery(&mut browser, &recovery).await, "WrongCode");
}

#[tokio::test]
async fn recent_activity_names_the_method_and_the_browser() {
    let app = TestApp::new(sqlite().await);
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut phone = app.client();
    phone.headers.push((
        "user-agent",
        "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) \
         Chrome/120.0 Mobile Safari/537.36"
            .to_owned(),
    ));
    phone.sign_in_password(PAYOR).await;
    phone.enroll(&app).await;
    let page = phone.get("/profile").await;
    assert!(
        page.body
            .contains("Signed in · authenticator app · Chrome, Android"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Method added · authenticator app · Chrome, Android")
    );
}

#[tokio::test]
async fn a_user_with_only_a_phone_confirms_with_a_texted_code_and_removing_it_voids_its_codes() {
    let app = TestApp::new(sqlite().await);
    const NUMBER: &str = "+12015550142";
    let user_id = app.add_user(USER, PaymentRole::None).await;
    app.services.register_phone(user_id, NUMBER).await.unwrap();
    let mut browser = app.client();
    assert_eq!(browser.sign_in_password(USER).await.location(), "/login/verify");
    assert_eq!(browser.code(&last_code(&app, NUMBER).await).await.location(), "/");

    // "Text Me a Code" waits like Resend New Code after the sign-in's text.
    let soon = browser.post("/api/profile/text", "/profile", &[]).await;
    assert!(soon.form_error().unwrap().contains("SendTooSoon"));
    app.clock.advance(Duration::seconds(31));
    let texted = browser.post("/api/profile/text", "/profile", &[]).await;
    assert_eq!(texted.location(), "/", "{:?}", texted.form_error());
    let code = last_code(&app, NUMBER).await;
    let ok = confirm(&mut browser, PASSWORD, Some(&code)).await;
    assert_eq!(ok.location(), "/profile", "{:?}", ok.form_error());
    refused(&confirm(&mut browser, PASSWORD, Some(&code)).await, "WrongCode");

    // A code texted, then the number removed: the code goes with it.
    app.clock.advance(Duration::seconds(31));
    browser.post("/api/profile/text", "/profile", &[]).await;
    let phone_id = {
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        backend::store::phones::list(&mut conn, user_id).await.unwrap()[0].id
    };
    let removed = remove(&mut browser, "phone", &phone_id.to_string()).await;
    assert_eq!(removed.location(), "/profile", "{:?}", removed.form_error());
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    assert!(
        backend::store::phones::live_code(&mut conn, user_id)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn two_sessions_removing_the_last_two_methods_at_once_leave_one_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut first, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
        confirm(&mut first, PASSWORD, Some(&app.code(&key, 0))).await;
        let second_key = add_app(&mut first).await;
        finish_adding(&mut first, &app, &second_key).await;
        app.clock.advance(Duration::seconds(30));
        let mut second = app.client();
        second.sign_in_password(PAYOR).await;
        second.code(&app.code(&second_key, 0)).await;
        confirm(&mut second, PASSWORD, Some(&app.code(&key, 0))).await;
        let ids = factor_ids(&app, PAYOR).await;
        let (a, b) = (ids[0].to_string(), ids[1].to_string());
        let (one, two) = tokio::join!(remove(&mut first, "app", &a), remove(&mut second, "app", &b));
        let errors = [one.form_error(), two.form_error()];
        assert_eq!(factor_ids(&app, PAYOR).await.len(), 1, "{errors:?}");
        // One wins; the other is refused (the last method stays, or its
        // session already ended with the first removal).
        assert_eq!(errors.iter().filter(|e| e.is_none()).count(), 1, "{errors:?}");
    }
}

#[tokio::test]
async fn two_renames_to_one_name_at_once_give_one_refusal_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut first, key, _) = signed_in_with_app(&app, PAYOR, PaymentRole::Payor).await;
        confirm(&mut first, PASSWORD, Some(&app.code(&key, 0))).await;
        let second_key = add_app(&mut first).await;
        finish_adding(&mut first, &app, &second_key).await;
        let mut second = first.clone();
        let ids = factor_ids(&app, PAYOR).await;
        let (a, b) = (ids[0].to_string(), ids[1].to_string());
        let (form_a, form_b) = (
            [("id", a.as_str()), ("name", "Site tablet")],
            [("id", b.as_str()), ("name", "Site tablet")],
        );
        let (one, two) = tokio::join!(
            first.post("/api/profile/rename", "/profile", &form_a),
            second.post("/api/profile/rename", "/profile", &form_b),
        );
        let errors = [one.form_error(), two.form_error()];
        assert_eq!(errors.iter().filter(|e| e.is_none()).count(), 1, "{errors:?}");
        assert!(
            errors.iter().flatten().all(|e| e.contains("NameTaken")),
            "a refusal, never an internal error: {errors:?}"
        );
    }
}
