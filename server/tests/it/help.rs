//! The help centre: `/help` in the reader's language, `/help/{lang}` and
//! `?lang=` in the chosen one; whole pages without script, with every
//! section and question, the SMS countries and no message left unresolved.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use app::help::anchors;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use backend::test_support::sqlite;
use common::{Reply, TestApp};
use domain::language::Language;

/// `GET path` with these headers.
async fn get(app: &TestApp, path: &str, headers: &[(header::HeaderName, &str)]) -> Reply {
    let mut req = Request::get(path).header(header::ACCEPT, "text/html");
    for (name, value) in headers {
        req = req.header(name, *value);
    }
    app.client().raw(req.body(Body::empty()).unwrap()).await
}

/// A whole help page in `language`, with everything the help promises.
fn assert_help_page(page: &Reply, language: Language) {
    let code = language.code();
    assert_eq!(page.status, StatusCode::OK, "{code}");
    let header = |name: header::HeaderName| page.headers.get(name).unwrap().to_str().unwrap().to_owned();
    assert_eq!(header(header::CONTENT_TYPE), "text/html; charset=utf-8");
    assert_eq!(header(header::CONTENT_LANGUAGE), code);
    let body = &page.body;
    assert!(body.starts_with("<!DOCTYPE html>"), "{code}");
    assert!(body.contains(&format!("<html lang=\"{code}\">")), "{code}");
    assert!(body.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    assert!(body.contains("<title>"));
    assert!(body.contains("class=\"skip-link\" href=\"#main\""));
    assert!(body.contains("<main id=\"main\""));
    assert!(body.contains("<a href=\"/\">"), "a way back to sign-in in {code}");
    for anchor in anchors::ALL {
        assert!(body.contains(&format!("id=\"{anchor}\"")), "#{anchor} in {code}");
        assert!(body.contains(&format!("href=\"#{anchor}\"")) || anchor == anchors::TROUBLE_SCANNING);
    }
    // The countries, as a table with a caption and headers, in this language.
    assert!(body.contains("<table class=\"countries\">\n<caption>"), "{code}");
    assert!(body.contains("<th scope=\"col\">"));
    let names = app::i18n::Countries::load(language);
    for country in domain::phone::Country::ALL {
        let name = names.name(country);
        assert!(
            body.contains(&format!(
                "<tr><th scope=\"row\">{name}</th><td>+{}</td></tr>",
                country.dialling_code()
            )),
            "{name} in {code}"
        );
    }
    // Each language linked, named in itself.
    for other in Language::ALL {
        assert!(
            body.contains(&format!(
                "href=\"/help/{0}\" hreflang=\"{0}\" lang=\"{0}\"",
                other.code()
            )),
            "{} in {code}",
            other.code()
        );
        assert!(body.contains(other.native_name()));
    }
    assert!(body.contains(&format!(
        "href=\"/help/{code}\" hreflang=\"{code}\" lang=\"{code}\" aria-current=\"page\""
    )));
    // Every message resolved, every markup turned into HTML.
    for leftover in ["{", "}", "$", "help-", "*", "](", "Unknown localization"] {
        assert!(!body.contains(leftover), "{leftover:?} in {code}");
    }
    // Nothing the Content-Security-Policy would refuse.
    assert!(!body.contains("<script"), "{code}");
    assert!(!body.contains("style="), "{code}");
    assert!(!body.contains("<style"), "{code}");
    assert_eq!(
        header(header::CONTENT_SECURITY_POLICY),
        app::security::content_security_policy(None)
    );
    assert!(page.headers.get(header::SET_COOKIE).is_none(), "{code}");
}

#[tokio::test]
async fn each_language_by_its_path_by_query_and_by_accept_language() {
    let app = TestApp::new(sqlite().await);
    let accept = [
        (Language::En, "en-GB,en;q=0.9"),
        (Language::Fr, "fr-CA,fr;q=0.9,en;q=0.5"),
        (Language::De, "de-DE,de;q=0.9"),
        (Language::Es, "es-MX,es;q=0.9,en;q=0.3"),
    ];
    for (language, accept_language) in accept {
        let code = language.code();
        let by_header = get(&app, "/help", &[(header::ACCEPT_LANGUAGE, accept_language)]).await;
        assert_help_page(&by_header, language);
        let vary = by_header.headers.get(header::VARY).unwrap().to_str().unwrap();
        assert!(
            vary.contains("accept-language") && vary.contains("cookie"),
            "{vary}"
        );
        let by_path = get(&app, &format!("/help/{code}"), &[]).await;
        assert_help_page(&by_path, language);
        assert_eq!(by_path.body, by_header.body);
        let by_query = get(
            &app,
            &format!("/help?lang={code}"),
            &[(header::ACCEPT_LANGUAGE, "it")],
        )
        .await;
        assert_help_page(&by_query, language);
        assert_eq!(by_query.body, by_header.body);
    }
    // No preference at all: English.
    assert_help_page(&get(&app, "/help", &[]).await, Language::En);
}

#[tokio::test]
async fn an_explicit_choice_beats_the_switcher_which_beats_the_browser() {
    let app = TestApp::new(sqlite().await);
    let cookie = (header::COOKIE, "trestle_lang=de");
    let french = (header::ACCEPT_LANGUAGE, "fr");
    assert_help_page(
        &get(&app, "/help", &[cookie.clone(), french.clone()]).await,
        Language::De,
    );
    assert_help_page(
        &get(&app, "/help?lang=es", &[cookie.clone(), french.clone()]).await,
        Language::Es,
    );
    assert_help_page(
        &get(&app, "/help/en", &[cookie, french.clone()]).await,
        Language::En,
    );
    // A language we do not have: the browser's, or not found by path.
    assert_help_page(&get(&app, "/help?lang=it", &[french]).await, Language::Fr);
    assert_eq!(get(&app, "/help/it", &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(get(&app, "/help/fr-CA", &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_page_says_what_it_is_about() {
    let app = TestApp::new(sqlite().await);
    let page = get(&app, "/help/en", &[]).await;
    let body = &page.body;
    // Screen names as the screens say them.
    for name in [
        "Select an Authentication Method",
        "Trouble Scanning?",
        "Verify Your Identity",
        "Save Your Recovery Code",
        "Remind Me Later",
        "My Profile Settings",
        "Security Settings",
        "Enter Your 6-digit Verification Code",
        "I Have Securely Saved This Code",
        "Resend New Code",
        "Reset MFA for Users",
    ] {
        assert!(body.contains(&format!("<strong>{name}</strong>")), "{name}");
    }
    // The limits, from the code.
    let limits = [
        format!("up to {} apps", domain::limits::MAX_APPS_PER_USER),
        format!("up to {} numbers", domain::limits::MAX_PHONES_PER_USER),
        format!("up to {} passkeys", domain::limits::MAX_PASSKEYS_PER_USER),
        format!(
            "After {} wrong codes, the sign-in ends",
            domain::limits::MAX_FAILURES_PER_SIGN_IN
        ),
        format!("a {}-digit code", domain::limits::RECOVERY_DIGITS),
    ];
    for text in limits {
        assert!(body.contains(&text), "{text}");
    }
    // The SMS code validity as configured (the default here).
    let minutes = app.services.sms_settings.code_minutes;
    assert!(body.contains(&format!("for {minutes} minutes")), "{minutes}");
    // The same stylesheet as the app's pages.
    let login = app.client().get("/login").await;
    let stylesheet = |html: &str| {
        let at = html.find("rel=\"stylesheet\" href=\"").unwrap() + "rel=\"stylesheet\" href=\"".len();
        html[at..at + html[at..].find('"').unwrap()].to_owned()
    };
    assert_eq!(stylesheet(body), stylesheet(&login.body));
}

#[tokio::test]
async fn the_sms_validity_is_the_configured_one() {
    let clock = backend::test_support::test_clock();
    let settings = backend::services::SmsSettings::new(30, "localhost").unwrap();
    let services = backend::test_support::services(sqlite().await, &clock).with_sms_settings(settings);
    let options = leptos::config::LeptosOptions::builder()
        .output_name("trestle")
        .site_root("target/site")
        .build();
    let state = server::AppState::new(
        options,
        services.clone(),
        server::middleware::Guard::new(common::ORIGIN, vec![]),
    );
    let app = TestApp {
        router: server::router(state),
        services,
        clock,
    };
    let page = get(&app, "/help/en", &[]).await;
    assert!(page.body.contains("for 30 minutes"));
    let page = get(&app, "/help/fr", &[]).await;
    assert!(page.body.contains("pendant 30 minutes"));
}

#[tokio::test]
async fn an_unchanged_page_answers_304() {
    let app = TestApp::new(sqlite().await);
    let page = get(&app, "/help/de", &[]).await;
    assert_eq!(page.headers.get(header::CACHE_CONTROL).unwrap(), "no-cache");
    let etag = page
        .headers
        .get(header::ETAG)
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let again = get(&app, "/help/de", &[(header::IF_NONE_MATCH, &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    // Another language is another page.
    let french = get(&app, "/help/fr", &[(header::IF_NONE_MATCH, &etag)]).await;
    assert_eq!(french.status, StatusCode::OK);
    assert_ne!(french.headers.get(header::ETAG).unwrap().to_str().unwrap(), etag);
    // The app's own pages stay uncached.
    let login = app.client().get("/login").await;
    assert_eq!(login.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
}

#[test]
fn wizard_screens_can_link_to_a_section() {
    assert_eq!(
        app::help::help_href(Language::Fr, anchors::CLOCK),
        "/help/fr#clock"
    );
    assert_eq!(app::help::help_href(Language::Es, "#sms"), "/help/es#sms");
}
