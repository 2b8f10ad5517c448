//! `/metrics` over HTTP: what a few sign-ins leave in Prometheus' text,
//! on the metrics listener only, never on the public router.
//!
//! Each test records into a recorder of its own, set on its thread
//! (`#[tokio::test]` runs every task of a test there), so counts are exact.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use backend::test_support::sqlite;
use common::{Reply, TestApp, wrong_code};
use domain::policy::PaymentRole;
use time::Duration;
use tower::ServiceExt;

const PAYOR: &str = "pat@example.com";

/// The value of the sample `sample` (a name and its labels), if present.
fn value(text: &str, sample: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(sample)?.strip_prefix(' '))
        .map(|v| v.parse().unwrap())
}

fn sign_ins(text: &str, method: &str, outcome: &str) -> Option<f64> {
    value(
        text,
        &format!(r#"trestle_sign_ins_total{{method="{method}",outcome="{outcome}"}}"#),
    )
}

/// A request to the metrics listener's router.
async fn scrape(app: &TestApp, handle: &backend::metrics::PrometheusHandle, path: &str) -> Reply {
    let router = server::metrics::router(app.services.clone(), handle.clone());
    let res = router
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    Reply {
        status: parts.status,
        headers: parts.headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

#[tokio::test]
async fn sign_ins_limits_latency_and_pools_are_scraped() {
    let recorder = backend::metrics::recorder().unwrap();
    let _recording = metrics::set_default_local_recorder(&recorder);
    let app = TestApp::new(sqlite().await);

    // A stranger guesses passwords for an unknown account: five free
    // tries, then the limit.
    let mut stranger = app.client();
    stranger.email("nobody@example.com").await;
    for _ in 0..5 {
        common::refused(&stranger.password("guess").await, "InvalidCredentials");
    }
    let limited = stranger.password("guess").await;
    assert!(
        limited
            .form_error()
            .unwrap_or_default()
            .contains("TooManyAttempts"),
        "{:?}",
        limited.form_error()
    );

    // A payor enrolls an app, then signs in again: five wrong codes, a
    // sixth (right) refused by the limit, then the right one.
    app.add_user(PAYOR, PaymentRole::Payor).await;
    let mut browser = app.client();
    assert_eq!(
        browser.sign_in_password(PAYOR).await.location(),
        "/login/mfa-required"
    );
    let (key, _) = browser.enroll(&app).await;
    browser.sign_out().await;
    app.clock.advance(Duration::seconds(30));
    let mut browser = app.client().js();
    assert_eq!(browser.sign_in_password(PAYOR).await.location(), "/login/verify");
    let wrong = wrong_code(&app.code(&key, 0));
    for _ in 0..5 {
        assert_eq!(browser.code(wrong).await.body, r#"{"Refused":"WrongCode"}"#);
    }
    assert_eq!(
        browser.code(&app.code(&key, 0)).await.body,
        r#"{"Refused":"WrongCode"}"#
    );
    app.clock.advance(Duration::minutes(6));
    assert_eq!(browser.code(&app.code(&key, 0)).await.status, StatusCode::OK);

    let reply = scrape(&app, &recorder.handle(), "/metrics").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[header::CONTENT_TYPE],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    let text = reply.body;
    assert_eq!(sign_ins(&text, "password", "wrong"), Some(5.0), "{text}");
    assert!(
        value(&text, r#"trestle_deliveries_pending{channel="email"}"#).is_some(),
        "sampled at scrape: {text}"
    );
    assert_eq!(sign_ins(&text, "password", "limited"), Some(1.0), "{text}");
    assert_eq!(sign_ins(&text, "password", "success"), Some(2.0), "{text}");
    // The limited code is answered, and counted, as a wrong one.
    assert_eq!(sign_ins(&text, "totp", "wrong"), Some(6.0), "{text}");
    assert_eq!(sign_ins(&text, "totp", "success"), Some(1.0), "{text}");
    let limits = |kind: &str| value(&text, &format!(r#"trestle_limits_hit_total{{kind="{kind}"}}"#));
    assert_eq!(limits("password_account"), Some(1.0), "{text}");
    assert_eq!(limits("code"), Some(1.0), "{text}");

    // Latency by route pattern, method and status class (a refusal is a
    // 4xx for the hydrated app).
    let code_posts = |status: &str| {
        let labels = format!(r#"route="/api/signin/code",method="POST",status="{status}""#);
        let count = value(
            &text,
            &format!("trestle_http_request_duration_seconds_count{{{labels}}}"),
        );
        let all = value(
            &text,
            &format!(r#"trestle_http_request_duration_seconds_bucket{{{labels},le="+Inf"}}"#),
        );
        assert_eq!(count, all, "{text}");
        count
    };
    assert_eq!(code_posts("4xx"), Some(6.0), "{text}");
    assert_eq!(code_posts("2xx"), Some(1.0), "{text}");
    assert!(
        text.contains("# TYPE trestle_http_request_duration_seconds histogram"),
        "{text}"
    );

    // The pools, sampled at the scrape.
    assert_eq!(value(&text, "trestle_hasher_queue_depth"), Some(0.0), "{text}");
    let max = value(&text, "trestle_db_pool_max_connections").unwrap();
    let open = value(&text, "trestle_db_pool_connections").unwrap();
    let idle = value(&text, "trestle_db_pool_idle_connections").unwrap();
    assert!(
        max >= 1.0 && (1.0..=max).contains(&open) && idle <= open,
        "{text}"
    );

    // Nothing personal in a label.
    // (Codes are digits, as sums are: labels are checked by their values.)
    for secret in ["example.com", "pat@", "guess", "127.0.0.1"] {
        assert!(!text.contains(secret), "{secret} in:\n{text}");
    }
}

#[tokio::test]
async fn metrics_are_never_on_the_public_router() {
    let recorder = backend::metrics::recorder().unwrap();
    let _recording = metrics::set_default_local_recorder(&recorder);
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    for path in ["/metrics", "/metrics/", "/api/metrics"] {
        assert_eq!(browser.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        browser.get("/help/no-such-page-0123").await.status,
        StatusCode::NOT_FOUND
    );

    let handle = recorder.handle();
    let text = scrape(&app, &handle, "/metrics").await.body;
    // Unmatched paths share one label, a matched one its pattern; the
    // paths asked for never appear.
    let unmatched =
        r#"trestle_http_request_duration_seconds_count{route="unmatched",method="GET",status="4xx"}"#;
    assert_eq!(value(&text, unmatched), Some(3.0), "{text}");
    let help =
        r#"trestle_http_request_duration_seconds_count{route="/help/{lang}",method="GET",status="4xx"}"#;
    assert_eq!(value(&text, help), Some(1.0), "{text}");
    assert!(
        !text.contains("no-such-page") && !text.contains("/api/metrics"),
        "{text}"
    );
    // The metrics listener answers nothing else.
    assert_eq!(scrape(&app, &handle, "/").await.status, StatusCode::NOT_FOUND);
}

/// The listener `TRESTLE_METRICS_ADDR` starts: the process's recorder,
/// over a real socket.
#[tokio::test]
async fn the_metrics_address_serves_the_process_recorder() {
    let app = TestApp::new(sqlite().await);
    assert_eq!(server::metrics::spawn(None, &app.services).await, Ok(()));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    server::metrics::spawn(Some(addr), &app.services).await.unwrap();
    // A second listener on the same address cannot start.
    let taken = server::metrics::spawn(Some(addr), &app.services)
        .await
        .unwrap_err();
    assert!(taken.starts_with("TRESTLE_METRICS_ADDR: bind"), "{taken}");
    backend::metrics::sign_in(
        backend::metrics::Method::Sso,
        backend::metrics::Outcome::Cancelled,
    );

    let res = reqwest::get(format!("http://{addr}/metrics")).await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::OK);
    let text = res.text().await.unwrap();
    assert_eq!(sign_ins(&text, "sso", "cancelled"), Some(1.0), "{text}");
    assert!(
        value(&text, "trestle_db_pool_max_connections").is_some(),
        "{text}"
    );
    let other = reqwest::get(format!("http://{addr}/")).await.unwrap();
    assert_eq!(other.status(), reqwest::StatusCode::NOT_FOUND);
}
