//! A company's MFA deadline at sign-in: before it, a not-yet-enrolled
//! member sees when it falls and may choose **Remind Me Later**; from it,
//! only **Set Up Now**. The choice is decided again when it is made.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use backend::Clock;
use backend::services::MembershipRole;
use backend::test_support::{each_backend, sqlite};
use common::{TestApp, refused};
use domain::policy::PaymentRole;
use time::Duration;

const MEMBER: &str = "mo@summit.example";

/// A member of a company that requires MFA from `after` from now.
async fn member_with_deadline(app: &TestApp, after: Duration) -> i64 {
    let user_id = app.add_user(MEMBER, PaymentRole::None).await;
    let company = app.services.company_named("Summit Builders").await.unwrap();
    app.services
        .add_member(user_id, company, MembershipRole::User)
        .await
        .unwrap();
    let deadline = (app.clock.now() + after).unix_timestamp();
    sqlx::query("UPDATE companies SET require_mfa = 1, mfa_deadline = $1 WHERE id = $2")
        .bind(deadline)
        .bind(company)
        .execute(&app.services.db.pool)
        .await
        .unwrap();
    user_id
}

#[tokio::test]
async fn before_the_deadline_remind_me_later_signs_in_and_asks_again_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        member_with_deadline(&app, Duration::days(5)).await;
        let mut browser = app.client();
        assert_eq!(
            browser.sign_in_password(MEMBER).await.location(),
            "/login/mfa-required"
        );
        let page = browser.get("/login/mfa-required").await;
        assert!(
            page.body
                .contains("require two-factor authentication in 5 days, on November 30, 2026.")
        );
        assert!(page.body.contains("Remind Me Later") && page.body.contains("Set Up Now"));
        let before = browser.cookie.clone();
        let later = browser
            .post("/api/signin/later", "/login/mfa-required", &[])
            .await;
        assert_eq!(later.location(), "/", "{:?}", later.form_error());
        assert_ne!(browser.cookie, before, "a new session id once signed in");
        // The home page counts down until they enroll.
        let home = browser.get("/").await;
        assert!(home.body.contains(r#"data-testid="mfa-countdown""#));
        assert!(home.body.contains("in 5 days, on November 30, 2026."));

        // Asked again at the next sign-in.
        browser.sign_out().await;
        assert_eq!(
            browser.sign_in_password(MEMBER).await.location(),
            "/login/mfa-required"
        );
    }
}

#[tokio::test]
async fn from_the_deadline_only_set_up_now() {
    let app = TestApp::new(sqlite().await);
    member_with_deadline(&app, Duration::days(1)).await;
    app.clock.advance(Duration::days(1));
    let mut browser = app.client();
    browser.sign_in_password(MEMBER).await;
    let page = browser.get("/login/mfa-required").await;
    assert!(!page.body.contains("Remind Me Later"));
    let later = browser
        .post("/api/signin/later", "/login/mfa-required", &[])
        .await;
    assert_eq!(
        later.form_error().as_deref(),
        Some(r#"{"Refused":{"MovedOn":{"page":"MfaRequired"}}}"#)
    );
}

#[tokio::test]
async fn a_page_left_open_across_the_deadline_cannot_defer() {
    let app = TestApp::new(sqlite().await);
    // The deadline falls ten minutes after the password step.
    member_with_deadline(&app, Duration::minutes(10)).await;
    let mut browser = app.client();
    browser.sign_in_password(MEMBER).await;
    app.clock.advance(Duration::minutes(11));
    let late = browser
        .post("/api/signin/later", "/login/mfa-required", &[])
        .await;
    refused(&late, "DeadlinePassed");
    let page = browser.get("/login/mfa-required").await;
    assert!(!page.body.contains("Remind Me Later") && page.body.contains("Set Up Now"));
}

#[tokio::test]
async fn a_member_who_enrolled_elsewhere_meanwhile_must_give_a_code() {
    let app = TestApp::new(sqlite().await);
    member_with_deadline(&app, Duration::days(5)).await;
    let mut parked = app.client();
    parked.sign_in_password(MEMBER).await;
    let mut other = app.client();
    other.sign_in_password(MEMBER).await;
    other.enroll(&app).await;
    let home = other.get("/").await;
    assert!(!home.body.contains("mfa-countdown"), "enrolled: no countdown");
    refused(
        &parked.post("/api/signin/later", "/login/mfa-required", &[]).await,
        "AlreadyEnrolled",
    );
    assert!(parked.get("/").await.location().starts_with("/login"));
}
