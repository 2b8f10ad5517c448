//! A form above 16 KiB: a person gets a short page in their language with
//! a way back; the app's fetches and other clients get the plain 413.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use backend::test_support::sqlite;
use common::{ORIGIN, Reply, TestApp, testid};

/// A post of 20 KiB to a server function, with these headers.
async fn post_huge(app: &TestApp, headers: &[(&str, &str)]) -> Reply {
    post_20k(app, headers, true).await
}

/// As [`post_huge`], with or without `Content-Length` (without: chunked).
async fn post_20k(app: &TestApp, headers: &[(&str, &str)], with_length: bool) -> Reply {
    let huge = format!("password={}", "p".repeat(20 * 1024));
    let mut req = Request::post("/api/signin/password").header(header::ORIGIN, ORIGIN);
    if with_length {
        req = req.header(header::CONTENT_LENGTH, huge.len());
    }
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    app.client().raw(req.body(Body::from(huge)).unwrap()).await
}

const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");
const HTML: (&str, &str) = ("accept", "text/html,application/xhtml+xml,*/*;q=0.8");
const FROM_PASSWORD: (&str, &str) = ("referer", "http://127.0.0.1:3000/login/password");

#[tokio::test]
async fn a_browsers_too_large_form_gets_a_page_in_its_language_with_a_way_back() {
    let app = TestApp::new(sqlite().await);
    let page = post_huge(&app, &[FORM, HTML, FROM_PASSWORD]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    let header = |name: &str| page.headers.get(name).unwrap().to_str().unwrap().to_owned();
    assert!(header("content-type").starts_with("text/html"));
    assert!(
        page.body
            .contains("<h1 id=\"step-title\">This Form Was Too Large</h1>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("nothing was saved"));
    assert!(page.body.contains("<html lang=\"en\">"));
    assert_eq!(testid(&page.body, "way-back"), "Go back");
    assert!(page.body.contains("href=\"/login/password\""));
    // The same headers as a page, with no script and no nonce to allow one.
    let login = app.client().get("/login").await;
    for name in ["x-frame-options", "x-content-type-options", "referrer-policy"] {
        assert_eq!(page.headers.get(name), login.headers.get(name), "{name}");
    }
    assert_eq!(
        header("content-security-policy"),
        app::security::content_security_policy(None)
    );
    assert_eq!(header("cache-control"), "no-store");
    assert!(!page.body.contains("<script"));

    // French, from the switcher's cookie first, then from the browser.
    for language in [
        ("cookie", "trestle_lang=fr"),
        ("accept-language", "fr-FR,fr;q=0.9,en;q=0.5"),
    ] {
        let page = post_huge(&app, &[FORM, HTML, FROM_PASSWORD, language]).await;
        assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(
            page.body.contains("Ce formulaire était trop volumineux"),
            "{language:?}"
        );
        assert_eq!(testid(&page.body, "way-back"), "Revenir en arrière");
    }
    let english = post_huge(
        &app,
        &[
            FORM,
            HTML,
            ("cookie", "trestle_lang=en"),
            ("accept-language", "fr"),
        ],
    )
    .await;
    assert!(english.body.contains("This Form Was Too Large"));

    // From another site, or with no Referer: back to sign-in.
    for referer in [vec![("referer", "https://evil.example/login/password")], vec![]] {
        let page = post_huge(&app, &[[FORM, HTML].as_slice(), &referer].concat()).await;
        assert_eq!(testid(&page.body, "way-back"), "Go to sign in");
        assert!(page.body.contains("href=\"/login\""));
    }

    // A navigation is a person too, whatever the form's encoding.
    let multipart = post_huge(
        &app,
        &[
            ("content-type", "multipart/form-data; boundary=x"),
            ("sec-fetch-mode", "navigate"),
        ],
    )
    .await;
    assert_eq!(multipart.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(multipart.body.contains("This Form Was Too Large"));
    // Sent without its length: the same page.
    let chunked = post_20k(&app, &[FORM, HTML, FROM_PASSWORD], false).await;
    assert_eq!(chunked.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(testid(&chunked.body, "way-back"), "Go back");
}

#[tokio::test]
async fn the_apps_fetches_and_api_clients_keep_the_plain_413() {
    let app = TestApp::new(sqlite().await);
    for headers in [
        // The hydrated app's server function call.
        vec![FORM, ("accept", "application/json"), ("sec-fetch-mode", "cors")],
        // A script posting JSON, even one that accepts anything.
        vec![("content-type", "application/json"), ("accept", "*/*")],
        // No headers at all.
        vec![],
    ] {
        // With its length, and chunked (which a server function used to
        // take for a broken form: a 400).
        for with_length in [true, false] {
            let reply = post_20k(&app, &headers, with_length).await;
            assert_eq!(
                reply.status,
                StatusCode::PAYLOAD_TOO_LARGE,
                "{headers:?} {with_length}"
            );
            assert_eq!(reply.body, "length limit exceeded");
        }
    }
    // A small chunked form still goes through.
    let mut browser = app.client();
    browser.email("ada@example.com").await;
    let small = Request::post("/api/signin/password")
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(
            header::COOKIE,
            format!("trestle_session={}", browser.cookie.clone().unwrap()),
        )
        .body(Body::from("password=wrong+password"))
        .unwrap();
    let reply = browser.raw(small).await;
    assert_eq!(reply.body, r#"{"Refused":"InvalidCredentials"}"#);
}
