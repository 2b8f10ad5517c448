//! The authenticator-app factor over HTTP: enrollment, challenge, replay,
//! drift, limits, the method picker and recovery codes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use backend::test_support::{each_backend, sqlite, until};
use common::{Client, PASSWORD, TestApp, testid, wrong_code};
use domain::policy::PaymentRole;
use time::Duration;

const PAYOR: &str = "pat@example.com";

/// A payor signed up with one app; returns (setup key, recovery code).
async fn enrolled(app: &TestApp) -> (String, String) {
    enrolled_as(app, PAYOR).await
}

async fn enrolled_as(app: &TestApp, payor: &str) -> (String, String) {
    app.add_user(payor, PaymentRole::Payor).await;
    let mut browser = app.client();
    assert_eq!(
        browser.sign_in_password(payor).await.location(),
        "/login/mfa-required"
    );
    let enrolled = browser.enroll(app).await;
    browser.sign_out().await;
    // Later sign-ins use a later time step.
    app.clock.advance(Duration::seconds(30));
    enrolled
}

async fn at_challenge(app: &TestApp) -> Client {
    at_challenge_as(app, PAYOR).await
}

async fn at_challenge_as(app: &TestApp, payor: &str) -> Client {
    let mut browser = app.client().js();
    let reply = browser.sign_in_password(payor).await;
    assert_eq!(reply.location(), "/login/verify");
    browser
}

#[tokio::test]
async fn payor_enrolls_then_signs_in_with_a_fresh_code_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (key, recovery) = enrolled(&app).await;
        assert_eq!(key.replace(' ', "").len(), 32, "160-bit secret in base32");
        assert_eq!(recovery.replace(' ', "").len(), 32);
        let mut browser = app.client();
        browser.sign_in_password(PAYOR).await;
        let page = browser.get("/login/verify").await;
        assert!(page.body.contains("Verify Your Identity"));
        assert!(page.body.contains("Enter Your 6-digit Verification Code"));
        assert!(
            page.body.contains(r#"inputmode="numeric""#)
                && page.body.contains(r#"autocomplete="one-time-code""#)
        );
        let before = browser.cookie.clone();
        let code = app.code(&key, 0);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(browser.code(&spaced).await.location(), "/");
        assert_ne!(browser.cookie, before, "session id rotates after MFA");
        assert!(browser.get("/").await.body.contains("Sign Out"));
    }
}

#[tokio::test]
async fn signed_in_state_cannot_be_reached_without_the_code() {
    let app = TestApp::new(sqlite().await);
    enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    browser.js = false;
    assert_eq!(browser.get("/").await.location(), "/login/verify");
    for (path, form) in [
        ("/api/signin/saved", vec![("saved", "yes")]),
        ("/api/signin/app", vec![("code", "123456")]),
        ("/api/signin/skip", vec![]),
        ("/api/signin/email", vec![("email", "")]),
    ] {
        let reply = browser.post(path, "/login/verify", &form).await;
        assert!(reply.form_error().is_some(), "{path} must be refused");
    }
    assert_eq!(browser.get("/").await.location(), "/login/verify");
}

#[tokio::test]
async fn a_code_is_never_accepted_twice() {
    let app = TestApp::new(sqlite().await);
    let (key, _) = enrolled(&app).await;
    let code = app.code(&key, 0);
    let mut first = at_challenge(&app).await;
    assert_eq!(first.code(&code).await.status, StatusCode::OK);
    let mut second = at_challenge(&app).await;
    assert_eq!(second.code(&code).await.body, r#"{"Refused":"CodeReplayed"}"#);
    // The enrollment code's step is used up too: an older step is refused.
    assert_eq!(
        second.code(&app.code(&key, -1)).await.body,
        r#"{"Refused":"CodeReplayed"}"#
    );
    assert_eq!(second.code(&app.code(&key, 1)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn two_parallel_sign_ins_with_one_code_have_one_winner() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (key, _) = enrolled(&app).await;
        let code = app.code(&key, 0);
        let mut a = at_challenge(&app).await;
        let mut b = at_challenge(&app).await;
        let (ra, rb) = tokio::join!(a.code(&code), b.code(&code));
        let wins = [&ra, &rb].iter().filter(|r| r.status == StatusCode::OK).count();
        assert_eq!(wins, 1, "{} / {}", ra.body, rb.body);
    }
}

/// A right code whose session moved on while its write waited (a second
/// tab): the answer is a conflict, nothing of its sign-in is kept, and the
/// code is not spent (on SQLite it rolls back to its own savepoint, not
/// its batch).
#[tokio::test]
async fn a_right_code_for_a_session_that_moved_meanwhile_is_not_spent() {
    let app = TestApp::new(sqlite().await);
    let (key, _) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    // Holding the writers' turn: the code is read and checked, and its
    // write waits; meanwhile the session moves on.
    let mut turn = app.services.db.begin().await.unwrap();
    let code = app.code(&key, 0);
    let waiting = {
        let (mut browser, code) = (browser.clone(), code.clone());
        tokio::spawn(async move { browser.code(&code).await })
    };
    let writes = app.services.db.writes_waiting().unwrap();
    writes.until(|w| w.batched() == 1).await;
    sqlx::query("UPDATE sessions SET version = version + 1")
        .execute(&mut *turn)
        .await
        .unwrap();
    turn.commit().await.unwrap();
    let refused = waiting.await.unwrap();
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert_eq!(refused.body, r#"{"Refused":"Conflict"}"#);
    // The page reloaded reads the session as it is now; the code still works.
    let mut again = at_challenge(&app).await;
    assert_eq!(again.code(&code).await.status, StatusCode::OK);
    assert_eq!(browser.get("/").await.location(), "/login/verify");
}

/// A wrong code whose session moved on while it waited to be settled (a
/// second tab): the answer is a conflict, and the newer state is kept. A
/// wrong code of another sign-in settled beside it is counted as usual
/// (on PostgreSQL both wait for one batch; on SQLite for the writer).
#[tokio::test]
async fn a_wrong_code_for_a_session_that_moved_meanwhile_is_a_conflict_and_spares_its_neighbour_on_both_backends()
 {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let postgres = app.services.db.backend == backend::db::Backend::Postgres;
        let (key, _) = enrolled(&app).await;
        let (other_key, _) = enrolled_as(&app, OTHER_PAYOR).await;
        let (moved, neighbour) = (at_challenge(&app).await, at_challenge_as(&app, OTHER_PAYOR).await);
        let before = session_versions(&app).await;
        let (held, mut turn) = if postgres {
            (Some(app.services.hold_code_batches().await), None)
        } else {
            (None, Some(app.services.db.begin().await.unwrap()))
        };
        let codes = [(moved, key), (neighbour, other_key)].map(|(mut browser, key)| {
            let wrong = wrong_code(&app.code(&key, 0)).to_owned();
            tokio::spawn(async move { browser.code(&wrong).await })
        });
        if postgres {
            let services = app.services.clone();
            until(|| services.codes_waiting() == 2, || "two codes queued".into()).await;
        } else {
            let writes = app.services.db.writes_waiting().unwrap();
            writes.until(|w| w.batched() + w.queued() == 2).await;
        }
        let move_it = "UPDATE sessions SET version = version + 1 WHERE user_id = 1";
        match turn.as_mut() {
            Some(turn) => sqlx::query(move_it).execute(&mut **turn).await.unwrap(),
            None => sqlx::query(move_it).execute(&app.services.db.pool).await.unwrap(),
        };
        drop(held);
        if let Some(turn) = turn {
            turn.commit().await.unwrap();
        }
        let [moved, neighbour] = codes;
        let moved = moved.await.unwrap();
        assert_eq!(moved.status, StatusCode::CONFLICT, "{}", moved.body);
        assert_eq!(moved.body, r#"{"Refused":"Conflict"}"#);
        assert_eq!(neighbour.await.unwrap().body, r#"{"Refused":"WrongCode"}"#);
        let after = session_versions(&app).await;
        assert_eq!(
            after,
            vec![before[0] + 1, before[1] + 1],
            "each session moved once"
        );
        let failures = audit_events(&app).await;
        assert_eq!(failures.iter().filter(|e| *e == "mfa_failed").count(), 2);
    }
}

const OTHER_PAYOR: &str = "ola@example.com";

/// The versions of the sessions of users 1 and 2.
async fn session_versions(app: &TestApp) -> Vec<i64> {
    sqlx::query_scalar("SELECT version FROM sessions WHERE user_id IN (1, 2) ORDER BY user_id")
        .fetch_all(&app.services.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn clock_drift_is_explained_and_one_step_of_skew_accepted() {
    let app = TestApp::new(sqlite().await);
    let (key, _) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    assert_eq!(
        browser.code(&app.code(&key, -3)).await.body,
        r#"{"Refused":{"ClockDrift":{"seconds":-90}}}"#
    );
    assert_eq!(browser.code(&app.code(&key, 1)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_future_code_is_never_confirmed_and_replays_are_audited() {
    let app = TestApp::new(sqlite().await);
    let (key, _) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    // A code two minutes ahead would be valid later: it is not confirmed
    // as drift (the hint is only for codes from the past).
    let future = browser.code(&app.code(&key, 4)).await;
    assert_eq!(future.status, StatusCode::BAD_REQUEST);
    assert_eq!(future.body, r#"{"Refused":"WrongCode"}"#);
    let code = app.code(&key, 0);
    assert_eq!(browser.code(&code).await.status, StatusCode::OK);
    let mut again = at_challenge(&app).await;
    assert_eq!(again.code(&code).await.body, r#"{"Refused":"CodeReplayed"}"#);
    assert!(
        audit_events(&app).await.contains(&"mfa_replayed".to_owned()),
        "replays are audited as their own event"
    );
}

#[tokio::test]
async fn malformed_codes_are_explained_and_not_counted() {
    let app = TestApp::new(sqlite().await);
    let (key, _) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    assert_eq!(browser.code("12345").await.body, r#"{"Refused":"CodeLength"}"#);
    assert_eq!(browser.code("1234567").await.body, r#"{"Refused":"CodeLength"}"#);
    assert_eq!(browser.code("12a456").await.body, r#"{"Refused":"CodeDigits"}"#);
    assert_eq!(browser.code("").await.body, r#"{"Refused":"CodeEmpty"}"#);
    assert_eq!(browser.code(&app.code(&key, 0)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn five_wrong_codes_lock_out_even_the_right_one_then_time_heals() {
    let app = TestApp::new(sqlite().await);
    let (key, _) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    let wrong = wrong_code(&app.code(&key, 0));
    for _ in 0..5 {
        assert_eq!(browser.code(wrong).await.body, r#"{"Refused":"WrongCode"}"#);
    }
    // Limited: the right code gets the same answer as a wrong one.
    assert_eq!(
        browser.code(&app.code(&key, 0)).await.body,
        r#"{"Refused":"WrongCode"}"#
    );
    // Per user, not per session.
    let mut other = at_challenge(&app).await;
    assert_eq!(
        other.code(&app.code(&key, 0)).await.body,
        r#"{"Refused":"WrongCode"}"#
    );
    app.clock.advance(Duration::minutes(6));
    assert_eq!(other.code(&app.code(&key, 0)).await.status, StatusCode::OK);
}

/// Guesses sent at the same moment from many browsers, half of them on a
/// second instance, see each other: five are checked in all, the rest are
/// refused unchecked, and then even the right code is refused. (The
/// charge and the check share one transaction; without the charges
/// taking turns, parallel guesses would each count only the others'
/// committed charges and more than five would be checked.)
#[tokio::test]
async fn guesses_sent_at_once_are_checked_five_times_in_all_on_both_backends() {
    for db in each_backend().await {
        let one = TestApp::new(db);
        let two = one.restart();
        let (key, _) = enrolled(&one).await;
        let right = one.code(&key, 0);
        let wrong = wrong_code(&right);
        let mut browsers = Vec::new();
        for n in 0..12 {
            let mut browser = at_challenge(&one).await;
            if n % 2 == 1 {
                browser.router = two.router.clone();
            }
            browsers.push(browser);
        }
        let guesses: Vec<_> = browsers
            .into_iter()
            .map(|mut browser| tokio::spawn(async move { browser.code(wrong).await.body }))
            .collect();
        for guess in guesses {
            assert_eq!(guess.await.unwrap(), r#"{"Refused":"WrongCode"}"#);
        }
        let checked = audit_events(&one)
            .await
            .iter()
            .filter(|e| *e == "mfa_failed")
            .count();
        assert_eq!(checked, 5, "guesses sent at once are checked five times in all");
        let mut owner = at_challenge(&two).await;
        assert_eq!(owner.code(&right).await.body, r#"{"Refused":"WrongCode"}"#);
    }
}

#[tokio::test]
async fn ten_wrong_codes_abandon_the_sign_in_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (key, _) = enrolled(&app).await;
        let mut browser = at_challenge(&app).await;
        browser.js = false;
        let wrong = wrong_code(&app.code(&key, 0));
        for _ in 0..9 {
            app.clock.advance(Duration::seconds(61));
            assert_eq!(
                browser.code(wrong).await.form_error().as_deref(),
                Some(r#"{"Refused":"WrongCode"}"#)
            );
        }
        app.clock.advance(Duration::seconds(61));
        let reply = browser.code(wrong).await;
        assert_eq!(reply.location(), "/login?notice=abandoned");
        let cleared = reply.set_cookie().unwrap_or_default();
        assert!(
            cleared.contains("Max-Age=0"),
            "the ended session's cookie is cleared: {cleared}"
        );
        let events = audit_events(&app).await;
        assert_eq!(events[events.len() - 2..], ["mfa_failed", "sign_in_abandoned"]);
        let page = browser.get("/login?notice=abandoned").await;
        assert!(page.body.contains("Too many incorrect codes"));
        assert_eq!(
            browser.get("/login/verify").await.location(),
            "/login?notice=start"
        );
    }
}

#[tokio::test]
async fn enrollment_saves_nothing_until_the_code_is_right() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut browser = app.client();
    browser.sign_in_password(PAYOR).await;
    let page = browser.get("/login/mfa-required").await;
    assert!(page.body.contains("Two-Factor Authentication Required") && page.body.contains("Set Up Now"));
    browser
        .post("/api/signin/setup", "/login/mfa-required", &[])
        .await;
    let page = browser.get("/login/setup").await;
    assert!(page.body.contains("Select an Authentication Method") && page.body.contains("Authenticator App"));
    browser
        .post("/api/signin/method", "/login/setup", &[("method", "app")])
        .await;
    let page = browser.get("/login/setup/app").await;
    assert!(page.body.contains("Secure Your Account") && page.body.contains("Trouble Scanning?"));
    assert!(page.body.contains("<svg"), "QR code rendered on the server");
    let key = testid(&page.body, "setup-key").to_owned();
    // Double submit of the method (second tab, double click) keeps the key shown.
    browser
        .post("/api/signin/method", "/login/setup", &[("method", "app")])
        .await;
    let again = browser.get("/login/setup/app").await;
    assert_eq!(testid(&again.body, "setup-key"), key);
    // A wrong code saves nothing.
    let wrong = browser.app_code("000001").await;
    assert!(wrong.form_error().is_some());
    assert!(
        audit_events(&app)
            .await
            .contains(&"enroll_code_failed".to_owned()),
        "a wrong code while enrolling is audited as its own event"
    );
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    assert_eq!(
        backend::store::factors::count_apps(&mut conn, user)
            .await
            .unwrap(),
        0
    );
    // The secret is stored sealed, never as the key.
    let done = browser.app_code(&app.code(&key, 0)).await;
    assert_eq!(done.location(), "/login/recovery-code");
    let apps = backend::store::factors::list_apps(&mut conn, user).await.unwrap();
    assert_eq!(apps.len(), 1);
    assert!(!apps[0].secret_sealed.contains(&key.replace(' ', "")));
    // The recovery code is stored only as an Argon2id hash.
    let hash = backend::store::factors::unused_recovery_hash(&mut conn, user)
        .await
        .unwrap()
        .unwrap();
    assert!(hash.starts_with("$argon2id$"));
    // The checkbox is enforced on the server.
    let page = browser.get("/login/recovery-code").await;
    assert!(
        page.body.contains("Save Your Recovery Code")
            && page.body.contains("I Have Securely Saved This Code")
    );
    let unticked = browser
        .post("/api/signin/saved", "/login/recovery-code", &[])
        .await;
    assert_eq!(
        unticked.form_error().as_deref(),
        Some(r#"{"Refused":"NotConfirmed"}"#)
    );
    assert_eq!(browser.get("/").await.location(), "/login/recovery-code");
    let ticked = browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    assert_eq!(ticked.location(), "/");
    // The back button after success: the enrollment pages lead home.
    assert_eq!(browser.get("/login/setup/app").await.location(), "/");
    let audit = backend::store::audit::recent(&mut conn, user, 20).await.unwrap();
    let events: Vec<&str> = audit.iter().map(|e| e.event.as_str()).collect();
    for expected in ["factor_added", "recovery_code_issued", "sign_in"] {
        assert!(events.contains(&expected), "{events:?}");
    }
}

#[tokio::test]
async fn recovery_code_signs_in_once_and_a_new_one_replaces_it() {
    let app = TestApp::new(sqlite().await);
    let (_, recovery) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    browser.js = false;
    let page = browser.get("/login/methods").await;
    assert!(page.body.contains("How Do You Want to Verify Your Identity?"));
    assert!(page.body.contains("Authenticator App") && page.body.contains("Enter Recovery Code"));
    let picked = browser.pick_recovery().await;
    assert_eq!(picked.location(), "/login/recovery");
    let wrong = browser.recovery("1234-5678-1234-5678-1234-5678-1234-5678").await;
    assert_eq!(wrong.form_error().as_deref(), Some(r#"{"Refused":"WrongCode"}"#));
    let short = browser.recovery("1234").await;
    assert_eq!(
        short.form_error().as_deref(),
        Some(r#"{"Refused":"RecoveryLength"}"#)
    );
    let dashed = recovery.replace(' ', "-");
    // The old code is used and the new one shown in one step, so closing
    // the tab now cannot leave the user without a recovery code.
    assert_eq!(browser.recovery(&dashed).await.location(), "/login/recovery-code");
    let page = browser.get("/login/recovery-code").await;
    let fresh = testid(&page.body, "recovery-code").to_owned();
    assert_ne!(fresh, recovery);
    let user = app.user_id(PAYOR).await;
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    assert!(
        backend::store::factors::unused_recovery_hash(&mut conn, user)
            .await
            .unwrap()
            .is_some(),
        "a new recovery code exists as soon as the old one is used"
    );
    drop(conn);
    browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    // Then the new device is offered, and may be skipped.
    let page = browser.get("/login/setup").await;
    assert!(page.body.contains("new device"), "{}", page.body);
    assert_eq!(
        browser
            .post("/api/signin/skip", "/login/setup", &[])
            .await
            .location(),
        "/"
    );
    assert!(browser.get("/").await.body.contains("Sign Out"));
    // The used code is gone; the new one works.
    let mut later = at_challenge(&app).await;
    later.pick_recovery().await;
    assert_eq!(later.recovery(&recovery).await.body, r#"{"Refused":"WrongCode"}"#);
    assert_eq!(later.recovery(&fresh).await.status, StatusCode::OK);
}

#[tokio::test]
async fn racing_two_redemptions_of_one_recovery_code_signs_in_once() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (_, recovery) = enrolled(&app).await;
        let (a, b) = (at_challenge(&app).await, at_challenge(&app).await);
        assert_one_redemption_wins(a, b, &recovery).await;
    }
}

#[tokio::test]
async fn a_second_app_is_named_and_either_app_or_the_picked_one_is_accepted() {
    let app = TestApp::new(sqlite().await);
    let (first_key, recovery) = enrolled(&app).await;
    // Lost phone: recovery code, then set up the new phone, named.
    let mut browser = at_challenge(&app).await;
    browser.js = false;
    browser.pick_recovery().await;
    browser.recovery(&recovery).await;
    browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    let page = browser.get("/login/setup").await;
    assert!(
        page.body.contains("Authenticator App 2"),
        "a name is suggested for the second app"
    );
    let taken = browser
        .post(
            "/api/signin/method",
            "/login/setup",
            &[("method", "app"), ("name", "Authenticator App")],
        )
        .await;
    assert_eq!(taken.form_error().as_deref(), Some(r#"{"Refused":"NameTaken"}"#));
    browser
        .post(
            "/api/signin/method",
            "/login/setup",
            &[("method", "app"), ("name", "Work phone")],
        )
        .await;
    let page = browser.get("/login/setup/app").await;
    let second_key = testid(&page.body, "setup-key").to_owned();
    browser.app_code(&app.code(&second_key, 0)).await;
    browser
        .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
        .await;
    browser.sign_out().await;
    app.clock.advance(Duration::seconds(30));

    // Any app's code works by default.
    let mut any = at_challenge(&app).await;
    assert_eq!(any.code(&app.code(&first_key, 0)).await.status, StatusCode::OK);
    app.clock.advance(Duration::seconds(30));
    // After picking "Work phone", only its code counts.
    let mut picky = at_challenge(&app).await;
    picky.js = false;
    let page = picky.get("/login/methods").await;
    assert!(page.body.contains("Work phone"));
    // The second app's button is the last one.
    let marker = "name=\"factor\" value=\"";
    let at = page.body.rfind(marker).unwrap() + marker.len();
    let work_phone = page.body[at..].split('"').next().unwrap().to_owned();
    picky
        .post("/api/signin/pick", "/login/methods", &[("factor", &work_phone)])
        .await;
    let page = picky.get("/login/verify").await;
    assert!(page.body.contains("Work phone"));
    picky.js = true;
    assert_eq!(
        picky.code(&app.code(&first_key, 0)).await.body,
        r#"{"Refused":"WrongCode"}"#
    );
    assert_eq!(picky.code(&app.code(&second_key, 0)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn payee_admins_and_payors_must_enroll_plain_users_need_not() {
    let app = TestApp::new(sqlite().await);
    app.add_user("pia@example.com", PaymentRole::PayeeAdmin).await;
    app.add_user("uma@example.com", PaymentRole::None).await;
    let mut payee = app.client();
    assert_eq!(
        payee.sign_in_password("pia@example.com").await.location(),
        "/login/mfa-required"
    );
    let mut user = app.client();
    assert_eq!(user.sign_in_password("uma@example.com").await.location(), "/");
    let _ = PASSWORD;
}

/// Signs the payor in and opens "Secure Your Account"; returns the setup key.
async fn at_secure_your_account(browser: &mut Client) -> String {
    browser.sign_in_password(PAYOR).await;
    browser.open_app_setup().await
}

#[tokio::test]
async fn a_second_tab_enrolling_at_once_is_pointed_to_where_the_sign_in_is() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut tab1 = app.client();
    let key = at_secure_your_account(&mut tab1).await;
    // Tabs share the browser's cookie, so both show the same key.
    let mut tab2 = tab1.clone().js();
    assert_eq!(testid(&tab2.get("/login/setup/app").await.body, "setup-key"), key);
    let done = tab1.app_code(&app.code(&key, 0)).await;
    assert_eq!(done.location(), "/login/recovery-code");
    let recovery = testid(&tab1.get("/login/recovery-code").await.body, "recovery-code").to_owned();

    // The second tab submits its now stale form: told, and linked on.
    tab2.cookie = tab1.cookie.clone();
    let stale = tab2.app_code(&app.code(&key, 0)).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(
        stale.body,
        r#"{"Refused":{"MovedOn":{"page":"SaveRecoveryCode"}}}"#
    );
    // Nothing was saved twice, and the second tab sees the same recovery code.
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    assert_eq!(
        backend::store::factors::count_apps(&mut conn, user)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        testid(&tab2.get("/login/recovery-code").await.body, "recovery-code"),
        recovery
    );
    // Without JavaScript the stale page itself leads to the current step.
    let mut no_js = tab1.clone();
    let reply = no_js.app_code("123456").await;
    assert!(reply.form_error().unwrap().contains("MovedOn"));
    assert_eq!(
        no_js.get(reply.location()).await.location(),
        "/login/recovery-code"
    );
}

#[tokio::test]
async fn two_browsers_enrolling_one_account_at_once_save_only_the_first_app() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user(PAYOR, PaymentRole::Payor).await;
    let (mut first, mut second) = (app.client().js(), app.client().js());
    let first_key = at_secure_your_account(&mut first).await;
    let second_key = at_secure_your_account(&mut second).await;
    assert_ne!(first_key, second_key, "separate sign-ins get separate secrets");
    let done = first.app_code(&app.code(&first_key, 0)).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let (_, hash) = factors_of(&app, user).await;
    let late = second.app_code(&app.code(&second_key, 0)).await;
    assert_eq!(late.body, r#"{"Refused":"AlreadyEnrolled"}"#);
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(
        factors_of(&app, user).await,
        (1, hash),
        "one app, and the first browser's recovery code stands"
    );
}

/// How many apps `user` has, and the hash of their unused recovery code.
async fn factors_of(app: &TestApp, user: i64) -> (i64, Option<String>) {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    let apps = backend::store::factors::count_apps(&mut conn, user)
        .await
        .unwrap();
    let recovery = backend::store::factors::unused_recovery_hash(&mut conn, user)
        .await
        .unwrap();
    (apps, recovery)
}

/// The parked-session attack: a payor's password is entered in one browser,
/// which waits at "Select an Authentication Method" while the owner enrolls
/// from another. The parked one must not enroll its own app (nor replace
/// the owner's recovery code), at any step it had reached.
#[tokio::test]
async fn a_parked_enrollment_cannot_finish_after_the_owner_enrolled_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let user = app.add_user(PAYOR, PaymentRole::Payor).await;
        // Parked at the method picker, and another parked at "Secure Your Account".
        let mut parked = app.client().js();
        parked.sign_in_password(PAYOR).await;
        parked.post("/api/signin/setup", "/login/mfa-required", &[]).await;
        let mut parked_later = app.client().js();
        let parked_key = at_secure_your_account(&mut parked_later).await;

        let mut owner = app.client();
        owner.sign_in_password(PAYOR).await;
        let (_, owner_recovery) = owner.enroll(&app).await;
        let owner_factors = factors_of(&app, user).await;

        let chose = parked
            .post("/api/signin/method", "/login/setup", &[("method", "app")])
            .await;
        assert_eq!(chose.status, StatusCode::CONFLICT);
        assert_eq!(chose.body, r#"{"Refused":"AlreadyEnrolled"}"#);
        let late = parked_later.app_code(&app.code(&parked_key, 0)).await;
        assert_eq!(late.body, r#"{"Refused":"AlreadyEnrolled"}"#);
        // Both parked sign-ins are over: they start again and meet the challenge.
        for browser in [&mut parked, &mut parked_later] {
            assert_eq!(
                browser.get("/login/setup/app").await.location(),
                "/login?notice=start"
            );
        }
        assert_eq!(owner_factors.0, 1);
        assert_eq!(
            factors_of(&app, user).await,
            owner_factors,
            "one app, and the owner's recovery code stands"
        );
        let mut again = app.client();
        again.sign_in_password(PAYOR).await;
        assert_eq!(again.get("/").await.location(), "/login/verify");
        again.pick_recovery().await;
        assert_eq!(
            again.recovery(&owner_recovery).await.location(),
            "/login/recovery-code"
        );
    }
}

/// An unfinished sign-in lives 30 minutes from its email step, however
/// often it is touched; a finished one is not cut short by that.
#[tokio::test]
async fn an_unfinished_sign_in_expires_30_minutes_after_its_email_step() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        app.add_user(PAYOR, PaymentRole::Payor).await;
        let mut browser = app.client();
        browser.sign_in_password(PAYOR).await;
        browser
            .post("/api/signin/setup", "/login/mfa-required", &[])
            .await;
        for _ in 0..2 {
            app.clock.advance(time::Duration::minutes(10));
            browser
                .post("/api/signin/method", "/login/setup", &[("method", "app")])
                .await;
            assert_eq!(browser.get("/login/setup/app").await.status, StatusCode::OK);
        }
        app.clock
            .advance(time::Duration::minutes(10) + time::Duration::seconds(1));
        assert_eq!(
            browser.get("/login/setup/app").await.location(),
            "/login?notice=start"
        );
    }
}

async fn audit_events(app: &TestApp) -> Vec<String> {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    let rows: Vec<String> = sqlx::query_scalar("SELECT event FROM audit_log ORDER BY id")
        .fetch_all(&mut *conn)
        .await
        .unwrap();
    rows
}

/// Apps show codes as `123 456`; a pasted code must keep its six digits.
#[tokio::test]
async fn codes_pasted_with_a_space_or_dash_keep_their_digits() {
    let app = TestApp::new(sqlite().await);
    let (key, recovery) = enrolled(&app).await;
    let mut browser = at_challenge(&app).await;
    browser.js = false;
    let page = browser.get("/login/verify").await;
    let maxlength = format!(r#"maxlength="{}""#, domain::limits::CODE_FIELD_MAX_CHARS);
    assert!(page.body.contains(&maxlength), "{}", page.body);
    let code = app.code(&key, 0);
    let spaced = format!("{} {}", &code[..3], &code[3..]);
    assert_eq!(browser.code(&spaced).await.location(), "/");
    app.clock.advance(Duration::seconds(30));
    let mut dashed = at_challenge(&app).await;
    let code = app.code(&key, 0);
    let with_dash = format!("{}-{}", &code[..3], &code[3..]);
    assert_eq!(dashed.code(&with_dash).await.status, StatusCode::OK);
    // The recovery field takes the code in dashed groups too.
    let mut lost = at_challenge(&app).await;
    lost.js = false;
    lost.pick_recovery().await;
    let page = lost.get("/login/recovery").await;
    let maxlength = format!(r#"maxlength="{}""#, domain::limits::RECOVERY_FIELD_MAX_CHARS);
    assert!(page.body.contains(&maxlength));
    assert!(recovery.replace(' ', "-").len() <= domain::limits::RECOVERY_FIELD_MAX_CHARS);
}

/// Two server instances over one database (as behind a load balancer): a
/// sign-in started on one finishes on the other, code limits are counted
/// across both, and one recovery code redeemed on both at once wins once.
#[tokio::test]
async fn two_instances_share_sign_ins_limits_and_single_use_codes_on_both_backends() {
    for db in each_backend().await {
        let one = TestApp::new(db);
        let two = one.restart();
        let (key, recovery) = enrolled(&one).await;

        let mut browser = one.client().js();
        browser.sign_in_password(PAYOR).await;
        browser.router = two.router.clone();
        assert_eq!(browser.code(&one.code(&key, 0)).await.status, StatusCode::OK);

        let mut guesser = at_challenge(&one).await;
        for (n, wrong) in ["000001", "000002", "000003", "000004", "000005"]
            .iter()
            .enumerate()
        {
            guesser.router = if n % 2 == 0 {
                one.router.clone()
            } else {
                two.router.clone()
            };
            assert_eq!(guesser.code(wrong).await.body, r#"{"Refused":"WrongCode"}"#);
        }
        one.clock.advance(Duration::seconds(30));
        guesser.router = two.router.clone();
        assert_eq!(
            guesser.code(&one.code(&key, 0)).await.body,
            r#"{"Refused":"WrongCode"}"#,
            "five failures across two instances are five"
        );

        one.clock.advance(Duration::minutes(6));
        let a = at_challenge(&one).await;
        let mut b = at_challenge(&one).await;
        b.router = two.router.clone();
        assert_one_redemption_wins(a, b, &recovery).await;
    }
}

/// Two browsers at the challenge redeem one recovery code at the same time:
/// exactly one signs in.
async fn assert_one_redemption_wins(mut a: Client, mut b: Client, recovery: &str) {
    a.pick_recovery().await;
    b.pick_recovery().await;
    let (ra, rb) = tokio::join!(a.recovery(recovery), b.recovery(recovery));
    let wins = [&ra, &rb].iter().filter(|r| r.status == StatusCode::OK).count();
    assert_eq!(wins, 1, "{} / {}", ra.body, rb.body);
}

/// The same "Secure Your Account" form posted twice at once (a double
/// click without JavaScript): one enrolls, and the other must not sign that
/// enrolled session out before its recovery code is seen.
#[tokio::test]
async fn a_double_submitted_setup_code_enrolls_once_and_keeps_the_session() {
    let app = TestApp::new(sqlite().await);
    let user = app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut first = app.client();
    let key = at_secure_your_account(&mut first).await;
    let mut second = first.clone();
    let code = app.code(&key, 0);
    let (a, b) = tokio::join!(first.app_code(&code), second.app_code(&code));
    let winner = if a.location() == "/login/recovery-code" {
        first
    } else {
        second
    };
    let loser = if a.location() == "/login/recovery-code" {
        &b
    } else {
        &a
    };
    assert_ne!(loser.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        loser
            .set_cookie()
            .is_none_or(|c| !c.starts_with("trestle_session=;")),
        "the losing request clears no cookie: {:?}",
        loser.set_cookie()
    );
    let mut winner = winner;
    let page = winner.get("/login/recovery-code").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.location());
    assert_eq!(factors_of(&app, user).await.0, 1);
}
