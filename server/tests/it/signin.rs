//! Sign-in steps 1 and 2 over HTTP: order, enumeration safety, sessions,
//! cookies, headers, the Origin check and rate limits.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use backend::test_support::{each_backend, sqlite, until};
use common::{ORIGIN, PASSWORD, Reply, TestApp};
use domain::policy::PaymentRole;

#[tokio::test]
async fn email_then_password_signs_in_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        app.add_user("Ada@Example.com", PaymentRole::None).await;
        let mut browser = app.client();
        let page = browser.get("/login").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Enter Your Email"));
        let reply = browser.email("  ada@EXAMPLE.com ").await;
        assert_eq!(reply.status, StatusCode::FOUND);
        assert_eq!(reply.location(), "/login/password");
        let page = browser.get("/login/password").await;
        assert!(page.body.contains("Enter Your Password"));
        assert!(page.body.contains("ada@example.com"));
        let reply = browser.password(PASSWORD).await;
        assert_eq!(reply.location(), "/");
        let home = browser.get("/").await;
        assert!(home.body.contains("Sign Out"), "{}", home.body);
        assert!(home.body.contains("Test User"));
    }
}

#[tokio::test]
async fn later_steps_cannot_be_reached_first() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client();
    // The password page in a new tab without the email step.
    let page = browser.get("/login/password").await;
    assert_eq!(page.status, StatusCode::FOUND);
    assert_eq!(page.location(), "/login?notice=start");
    let page = browser.get("/login?notice=start").await;
    assert!(page.body.contains("Please start by entering your email."));
    // Posting the password without an email is refused on the same screen.
    let reply = browser.password(PASSWORD).await;
    assert!(
        reply.location().starts_with(&format!("{ORIGIN}/login/password?")),
        "{}",
        reply.location()
    );
    assert_eq!(reply.form_error().as_deref(), Some(r#"{"Refused":"OutOfOrder"}"#));
    // The home page is not reachable.
    assert_eq!(browser.get("/").await.location(), "/login?notice=start");
    for path in [
        "/api/signin/code",
        "/api/signin/saved",
        "/api/signin/app",
        "/api/signin/setup",
    ] {
        let reply = browser
            .post(path, "/login", &[("code", "123456"), ("saved", "yes")])
            .await;
        assert_eq!(
            reply.form_error().as_deref(),
            Some(r#"{"Refused":"OutOfOrder"}"#),
            "{path}"
        );
    }
}

#[tokio::test]
async fn unknown_and_known_emails_get_the_same_answers() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut known = app.client().js();
    let mut unknown = app.client().js();
    let a = known.email("ada@example.com").await;
    let b = unknown.email("nobody@example.com").await;
    assert_eq!((a.status, a.location()), (b.status, b.location()));
    let a = known.password("wrong password").await;
    let b = unknown.password("wrong password").await;
    assert_eq!(a.status, b.status);
    assert_eq!(a.body, b.body);
    assert_eq!(a.body, r#"{"Refused":"InvalidCredentials"}"#);
    // The right password for an account that does not exist is still wrong.
    let b = unknown.password(PASSWORD).await;
    assert_eq!(b.body, r#"{"Refused":"InvalidCredentials"}"#);
}

/// Unknown emails cost what wrong passwords cost: one Argon2id
/// verification each (against a dummy hash with the same parameters).
/// Counted, not timed, so a busy machine cannot make it flaky.
#[tokio::test]
async fn unknown_emails_cost_one_hash_like_wrong_passwords() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut known = app.client().js();
    let mut unknown = app.client().js();
    known.email("ada@example.com").await;
    unknown.email("nobody@example.com").await;
    for browser in [&mut known, &mut unknown] {
        let before = app.services.hasher.runs();
        browser.password("wrong password").await;
        assert_eq!(app.services.hasher.runs(), before + 1);
    }
}

#[tokio::test]
async fn session_id_rotates_after_password_and_sign_out_destroys_it() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client();
    browser.email("ada@example.com").await;
    let before = browser.cookie.clone().unwrap();
    browser.password(PASSWORD).await;
    let after = browser.cookie.clone().unwrap();
    assert_ne!(before, after);
    // The pre-password id no longer names a session.
    let mut old = app.client();
    old.cookie = Some(before);
    assert_eq!(old.get("/").await.location(), "/login?notice=start");
    // Sign out ends the session on the server: the cookie is useless after.
    let mut stolen = app.client();
    stolen.cookie = Some(after);
    assert!(stolen.get("/").await.body.contains("Sign Out"));
    let out = browser.sign_out().await;
    assert_eq!(out.location(), "/login?notice=signed_out");
    assert!(out.set_cookie().unwrap().contains("Max-Age=0"));
    assert_eq!(stolen.get("/").await.location(), "/login?notice=start");
}

#[tokio::test]
async fn cookie_flags() {
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    let reply = browser.email("ada@example.com").await;
    let cookie = reply.set_cookie().unwrap();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "loopback stays usable over http");
    let public = server::middleware::Guard::new("https://login.example.com", vec![]);
    assert!(!public.allowed_origins.contains(&ORIGIN.to_owned()));
    assert!(public.secure_cookies);
}

/// A `Cookie` header that is not made of cookies is no cookie at all: the
/// page answers as to a stranger (no stale session to clear), in English,
/// and the next step starts a session as usual.
#[tokio::test]
async fn a_malformed_cookie_header_counts_as_no_cookie() {
    let app = TestApp::new(sqlite().await);
    for value in [
        &b"trestle_session"[..],
        b"=trestle_session",
        b";;; ;=;",
        b"trestle_session=; trestle_lang",
        b"trestle_session=\xff\xfe; trestle_lang=fr\x80",
        b"\ttrestle_session",
    ] {
        let what = String::from_utf8_lossy(value).into_owned();
        let with_cookie = |req: axum::http::request::Builder| {
            req.header(
                header::COOKIE,
                axum::http::HeaderValue::from_bytes(value).unwrap(),
            )
        };
        let mut stranger = app.client();
        let page = stranger
            .raw(
                with_cookie(Request::get("/login").header(header::ACCEPT, "text/html"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{what}");
        assert!(page.set_cookie().is_none(), "{what}: {:?}", page.set_cookie());
        assert!(page.body.contains(r#"<html lang="en""#), "{what}");
        let step = stranger
            .raw(
                with_cookie(
                    Request::post("/api/signin/email")
                        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .header(header::ACCEPT, "text/html")
                        .header(header::ORIGIN, ORIGIN),
                )
                .body(Body::from("email=ada%40example.com"))
                .unwrap(),
            )
            .await;
        assert_eq!(step.location(), "/login/password", "{what}");
        assert!(!step.set_cookie().unwrap().contains("Max-Age=0"), "{what}");
        assert!(stranger.cookie.is_some(), "{what}");
    }
}

#[tokio::test]
async fn security_headers_on_pages_and_other_responses() {
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    for path in ["/login", "/healthz", "/no-such-page"] {
        let reply = browser.get(path).await;
        let h = |name: &str| {
            reply
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        assert_eq!(h("x-frame-options"), "DENY", "{path}");
        assert_eq!(h("x-content-type-options"), "nosniff");
        assert_eq!(h("referrer-policy"), "same-origin");
        let csp = h("content-security-policy");
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("'wasm-unsafe-eval'"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
    }
    let page = browser.get("/login").await;
    let csp = page
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
    assert!(
        page.body.contains(&format!("nonce=\"{nonce}\"")),
        "inline scripts carry the page's nonce"
    );
    assert_eq!(browser.get("/no-such-page").await.status, StatusCode::NOT_FOUND);
    assert_eq!(browser.get("/healthz").await.body, "ok");
}

/// The script nonce a page's policy allows.
fn policy_nonce(reply: &Reply) -> String {
    let csp = reply.headers["content-security-policy"].to_str().unwrap();
    csp.split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_owned()
}

/// A stranger's `/login` is rendered once per language and kept, yet every
/// answer has a nonce of its own, in its page and in its policy; a browser
/// with a cookie gets the page of its session (signed in: not this one).
#[tokio::test]
async fn a_strangers_sign_in_page_is_kept_with_a_fresh_nonce_each_time() {
    let app = TestApp::new(sqlite().await);
    let first = app.client().get("/login").await;
    let second = app.client().get("/login").await;
    let (a, b) = (policy_nonce(&first), policy_nonce(&second));
    assert_ne!(a, b, "a kept page still gets a new nonce");
    assert!(second.body.contains(&format!("nonce=\"{b}\"")) && !second.body.contains(&a));
    assert_eq!(first.body.replace(&a, "N"), second.body.replace(&b, "N"));
    assert_eq!(first.headers["content-type"], second.headers["content-type"]);
    assert_eq!(second.headers["cache-control"], "no-store");
    assert!(second.set_cookie().is_none());

    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client();
    browser.sign_in_password("ada@example.com").await;
    let signed_in = browser.get("/login").await;
    assert_eq!(
        signed_in.status,
        StatusCode::FOUND,
        "sent to the page of the session"
    );
}

/// A sign-in's password page comes from a page kept per language, filled
/// with the session's own email: byte for byte the page rendered for it
/// (`?notice=` of no notice renders it afresh), with a nonce of its own;
/// one session's email never shows on another's page; an email that would
/// read differently escaped (`<`, `&`, `"`) gets its page rendered afresh.
#[tokio::test]
async fn a_sign_ins_password_page_is_its_own_page_filled_in_from_the_kept_one() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let emails = [
        "ada@example.com",
        "ann.lee+site_2-b@example.com",
        "<b>&\"o'brien\"@example.com",
    ];
    let mut pages = Vec::new();
    for language in ["en", "fr"] {
        for email in emails {
            let mut browser = app.client();
            browser.language = Some(language.to_owned());
            assert_eq!(browser.email(email).await.location(), "/login/password");
            let kept = browser.get("/login/password").await;
            let again = browser.get("/login/password").await;
            let fresh = browser.get("/login/password?notice=none").await;
            for reply in [&kept, &again, &fresh] {
                assert_eq!(reply.status, StatusCode::OK);
                assert_eq!(reply.headers["cache-control"], "no-store");
                assert!(reply.set_cookie().is_none());
            }
            let (a, b) = (policy_nonce(&kept), policy_nonce(&again));
            assert_ne!(a, b, "each answer has a nonce of its own");
            assert!(again.body.contains(&format!("nonce=\"{b}\"")) && !again.body.contains(&a));
            let page = kept.body.replace(&a, "N");
            assert_eq!(page, again.body.replace(&b, "N"));
            assert_eq!(
                page,
                fresh.body.replace(&policy_nonce(&fresh), "N"),
                "{email} in {language}"
            );
            assert!(page.contains(&format!("lang=\"{language}\"")));
            pages.push((email, page));
        }
    }
    assert!(!pages[2].1.contains("<b>&"), "escaped as Leptos escapes it");
    for (email, page) in &pages {
        for other in emails.iter().filter(|other| *other != email) {
            assert!(!page.contains(other), "{other} on the page of {email}");
        }
    }
}

#[tokio::test]
async fn state_changing_requests_need_this_sites_origin() {
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    let form = [("email", "ada@example.com")];
    let evil = browser
        .post_with("/api/signin/email", "/login", &form, Some("https://evil.example"))
        .await;
    assert_eq!(evil.status, StatusCode::FORBIDDEN);
    let none = browser
        .post_with("/api/signin/email", "/login", &form, None)
        .await;
    assert_eq!(none.status, StatusCode::FORBIDDEN);
    assert!(browser.cookie.is_none(), "nothing happened");
    let fetch_site = |site: &str| {
        Request::post("/api/signin/email")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", site)
            .body(Body::from("email=ada%40example.com"))
            .unwrap()
    };
    assert_eq!(
        browser.raw(fetch_site("cross-site")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_ne!(
        browser.raw(fetch_site("same-origin")).await.status,
        StatusCode::FORBIDDEN
    );
    let ok = browser
        .post_with(
            "/api/signin/email",
            "/login",
            &form,
            Some("http://localhost:3000"),
        )
        .await;
    assert_eq!(ok.location(), "/login/password");
}

fn too_many(retry_after: i64) -> String {
    format!(r#"{{"Refused":{{"TooManyAttempts":{{"retry_after":{retry_after}}}}}}}"#)
}

#[tokio::test]
async fn wrong_passwords_get_growing_delays_even_for_the_right_one() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client().js();
    browser.email("ada@example.com").await;
    for _ in 0..5 {
        assert_eq!(
            browser.password("nope").await.body,
            r#"{"Refused":"InvalidCredentials"}"#
        );
    }
    let limited = browser.password(PASSWORD).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.body, too_many(30));
    // The limit holds for a new session (and would for another server).
    let mut other = app.restart().client().js();
    other.email("ada@example.com").await;
    assert_eq!(other.password(PASSWORD).await.body, too_many(30));
    // Tries refused by the limit are not charged: waiting out the delay is
    // enough, however often someone knocked meanwhile.
    for _ in 0..5 {
        app.clock.advance(time::Duration::seconds(5));
        assert!(other.password("nope").await.body.contains("TooManyAttempts"));
    }
    app.clock.advance(time::Duration::seconds(5));
    assert_eq!(
        browser.password("nope").await.body,
        r#"{"Refused":"InvalidCredentials"}"#
    );
    // Each charged failure doubles the next delay.
    assert_eq!(browser.password(PASSWORD).await.body, too_many(60));
    app.clock.advance(time::Duration::seconds(60));
    assert_eq!(browser.password(PASSWORD).await.status, StatusCode::OK);
    // Unknown emails are limited the same way, so the limit reveals nothing.
    let mut probe = app.client().js();
    probe.email("nobody@example.com").await;
    for _ in 0..5 {
        probe.password("nope").await;
    }
    assert_eq!(probe.password("nope").await.body, too_many(30));
}

/// ASVS 2.2.1: a stranger who knows the email cannot lock the owner out. A
/// browser in which the account signed in before is counted on its own.
#[tokio::test]
async fn a_strangers_failures_never_hold_the_owners_browser() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        app.add_user("ada@example.com", PaymentRole::None).await;
        let mut owner = app.client();
        owner.sign_in_password("ada@example.com").await;
        assert!(owner.browser.is_some(), "a finished sign-in marks the browser");
        owner.sign_out().await;

        let mut stranger = app.client().js();
        stranger.email("ada@example.com").await;
        for _ in 0..30 {
            stranger.password("guess").await;
            app.clock.advance(time::Duration::seconds(20));
        }
        // The stranger is still held, even with the right password...
        assert!(stranger.password(PASSWORD).await.body.contains("TooManyAttempts"));
        // ...while the owner's browser signs in at once.
        owner.email("ada@example.com").await;
        assert_eq!(owner.password(PASSWORD).await.location(), "/");
        // A copied cookie value of another account's browser does not help.
        let mut other = app.client().js();
        other.browser = Some("forged-token".into());
        other.email("ada@example.com").await;
        assert!(other.password(PASSWORD).await.body.contains("TooManyAttempts"));
    }
}

/// A limited try never reaches Argon2, and no connection is held while a
/// hash runs: with a pool of one connection, a page still loads while a
/// password waits for the hasher.
#[tokio::test]
async fn limited_tries_cost_no_hash_and_hashing_holds_no_connection() {
    let app = TestApp::new(backend::test_support::sqlite_with_pool(Some(1)).await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client().js();
    browser.email("ada@example.com").await;
    for _ in 0..5 {
        browser.password("nope").await;
    }
    let hashes = app.services.hasher.runs();
    assert!(browser.password(PASSWORD).await.body.contains("TooManyAttempts"));
    assert_eq!(app.services.hasher.runs(), hashes, "a limited try is not hashed");

    let mut waiting = app.client().js();
    waiting.email("bob@example.com").await;
    let held = app.services.hasher.hold_all().await;
    let hasher = app.services.hasher.clone();
    let post = tokio::spawn(async move { waiting.password("whatever").await });
    until(
        || hasher.waiting() > 0,
        || "the password waits for the pool".into(),
    )
    .await;
    let page = app.client().get("/login").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "a page loads while a password waits for a hash"
    );
    drop(held);
    assert_eq!(post.await.unwrap().body, r#"{"Refused":"InvalidCredentials"}"#);
}

#[tokio::test]
async fn bad_input_gets_a_message_not_a_crash() {
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client().js();
    let empty = browser.email("").await;
    assert_eq!(
        (empty.status, empty.body.as_str()),
        (StatusCode::BAD_REQUEST, r#"{"Refused":"EmailEmpty"}"#)
    );
    assert_eq!(
        browser.email("not-an-email").await.body,
        r#"{"Refused":"EmailMalformed"}"#
    );
    assert_eq!(
        browser.email(&"a".repeat(5000)).await.body,
        r#"{"Refused":"EmailMalformed"}"#
    );
    assert_eq!(browser.email("zoë@bâtiment.fr").await.status, StatusCode::OK);
    let long = "p".repeat(domain::limits::PASSWORD_MAX_BYTES + 1);
    assert_eq!(
        browser.password(&long).await.body,
        r#"{"Refused":"PasswordTooLong"}"#
    );
    assert_eq!(
        browser.password("pässwörd ✓ 密码").await.body,
        r#"{"Refused":"InvalidCredentials"}"#
    );
    // A form missing its field is a 400, with and without JavaScript.
    let reply = browser.post("/api/signin/email", "/login", &[]).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (StatusCode::BAD_REQUEST, r#""BadRequest""#)
    );
    let mut no_js = app.client();
    let reply = no_js.post("/api/signin/email", "/login", &[]).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    assert_eq!(reply.form_error().as_deref(), Some(r#""BadRequest""#));
    // A body over 16 KiB is refused before it is read.
    let huge = format!("password={}", "p".repeat(20 * 1024));
    let req = axum::http::Request::post("/api/signin/password")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, huge.len())
        .header(header::ORIGIN, ORIGIN)
        .body(axum::body::Body::from(huge))
        .unwrap();
    assert_eq!(browser.raw(req).await.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_stale_form_after_sign_out_is_refused_clearly() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client();
    browser.sign_in_password("ada@example.com").await;
    browser.sign_out().await;
    let reply = browser.password(PASSWORD).await;
    assert_eq!(reply.form_error().as_deref(), Some(r#"{"Refused":"OutOfOrder"}"#));
}

#[tokio::test]
async fn a_restart_mid_sign_in_keeps_the_sign_in() {
    let app = TestApp::new(sqlite().await);
    app.add_user("ada@example.com", PaymentRole::None).await;
    let mut browser = app.client();
    browser.email("ada@example.com").await;
    let restarted = app.restart();
    let mut same_browser = restarted.client();
    same_browser.cookie = browser.cookie.clone();
    assert_eq!(same_browser.password(PASSWORD).await.location(), "/");
}

/// Several servers start while others render pages (as the tests themselves
/// do): no page may wait forever (leptos-rs/leptos#4773, see `server::router`).
/// Without the fix about one round in four hangs here.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_render_while_other_servers_start() {
    for _round in 0..3 {
        let mut renders = tokio::task::JoinSet::new();
        for _ in 0..40 {
            renders.spawn(async {
                let app = TestApp::new(sqlite().await);
                for path in ["/login", "/login/password", "/"] {
                    let page = app.client().get(path).await;
                    assert!(page.status == StatusCode::OK || page.status == StatusCode::FOUND);
                }
            });
        }
        while let Some(done) = renders.join_next().await {
            done.unwrap();
        }
    }
}

#[tokio::test]
async fn pages_speak_the_browsers_language_and_the_switcher_remembers_a_choice() {
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    let french_browser = Request::get("/login")
        .header(header::ACCEPT, "text/html")
        .header(header::ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9,en;q=0.8")
        .body(Body::empty())
        .unwrap();
    let page = browser.raw(french_browser).await;
    assert!(page.body.contains(r#"<html lang="fr""#), "{}", page.body);
    assert!(page.body.contains("Saisissez votre adresse e-mail"));
    assert!(page.body.contains(">English</button>"));

    let page = browser.get("/login").await;
    assert!(page.body.contains(r#"<html lang="en""#));
    assert!(page.body.contains("Enter Your Email"));

    // The switcher keeps the choice and goes back where it came from.
    let reply = browser
        .post("/lang", "/login", &[("lang", "fr"), ("back", "/login")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), "/login");
    let cookie = reply.set_cookie().unwrap();
    assert!(
        cookie.starts_with("trestle_lang=fr;")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
    let reply = browser.email("not an email").await;
    let page = browser.get(reply.location()).await;
    assert!(
        page.body.contains("Saisissez une adresse e-mail valide"),
        "{}",
        page.body
    );

    // A saved choice beats the browser's; only paths of this site are followed.
    let reply = browser
        .post("/lang", "/login", &[("lang", "en"), ("back", "//evil.example/")])
        .await;
    assert_eq!(reply.location(), "/login");
    let english = Request::get("/login")
        .header(header::ACCEPT_LANGUAGE, "fr")
        .header(header::COOKIE, "trestle_lang=en")
        .body(Body::empty())
        .unwrap();
    assert!(browser.raw(english).await.body.contains("Enter Your Email"));

    // Like every state-changing request, the switch needs this site's Origin.
    let refused = browser
        .post_with("/lang", "/login", &[("lang", "fr")], Some("https://evil.example"))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

/// Behind a reverse proxy, each client keeps its own address (for limits and
/// the audit log), but only when the peer is a listed proxy.
#[tokio::test]
async fn forwarded_for_is_believed_only_from_trusted_proxies() {
    let trusted = server::client_ip::parse_ranges("10.0.0.0/8").unwrap();
    let via_proxy = TestApp::build(
        sqlite().await,
        backend::test_support::test_clock(),
        server::middleware::Guard::new(ORIGIN, trusted.clone()),
        Some("10.0.0.5:41000".parse().unwrap()),
    );
    let direct = TestApp::build(
        sqlite().await,
        backend::test_support::test_clock(),
        server::middleware::Guard::new(ORIGIN, trusted),
        Some("198.51.100.9:41000".parse().unwrap()),
    );
    for (app, expected) in [(&via_proxy, "203.0.113.7"), (&direct, "198.51.100.9")] {
        let mut browser = app.client().js();
        browser
            .headers
            .push(("x-forwarded-for", "6.6.6.6, 203.0.113.7".into()));
        browser.email("ada@example.com").await;
        browser.password("wrong").await;
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let ip: Option<String> = sqlx::query_scalar("SELECT ip FROM audit_log ORDER BY id DESC LIMIT 1")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(ip.as_deref(), Some(expected));
        let subject: String =
            sqlx::query_scalar("SELECT subject FROM attempts WHERE kind = 'password_client'")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        assert_eq!(subject, expected, "the per-client limit counts the real client");
    }
}

/// An error decoded from the URL can only name a page of this app.
#[tokio::test]
async fn a_crafted_error_url_renders_no_foreign_link() {
    use base64::Engine;
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    browser.email("ada@example.com").await;
    let refused = browser.password("wrong").await;
    let location = refused.location().to_owned();
    assert!(location.contains("__err="), "{location}");
    let page_with = |error: &str| {
        let encoded = base64::engine::general_purpose::URL_SAFE.encode(error);
        let base = location.split("__err=").next().unwrap().to_owned();
        format!("{base}__err={}", encoded.replace('=', "%3D"))
    };
    for forged in [
        r#"{"Refused":{"MovedOn":{"path":"https://evil.example/phish"}}}"#,
        r#"{"Refused":{"MovedOn":{"page":"https://evil.example/phish"}}}"#,
        r#"{"MovedOn":{"path":"https://evil.example/phish"}}"#,
    ] {
        let page = browser.get(&page_with(forged)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("evil.example"), "{forged}: {}", page.body);
    }
    // A genuine error links to the app's own page for its step.
    let genuine = browser
        .get(&page_with(r#"{"Refused":{"MovedOn":{"page":"Verify"}}}"#))
        .await;
    assert!(
        genuine.body.contains(r#"href="/login/verify""#),
        "{}",
        genuine.body
    );
}

#[tokio::test]
async fn answers_are_honest_for_every_client() {
    let app = TestApp::new(sqlite().await);
    let mut script = app.client().js();
    // A redirect is a real 302 whatever the Accept header.
    let req = Request::get("/").body(Body::empty()).unwrap();
    let reply = script.raw(req).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    assert_eq!(reply.location(), "/login?notice=start");
    assert!(reply.body.is_empty());
    // Server function answers are never cached (they carry keys and codes).
    let reply = script.email("ada@example.com").await;
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    // The Origin refusal is the app's own error, which a hydrated form shows.
    let foreign = script
        .post_with(
            "/api/signin/email",
            "/login",
            &[("email", "a@b.co")],
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    assert_eq!(foreign.body, r#"{"Refused":"ForeignOrigin"}"#);
    // Out of order is a 409, limited a 429 (tested above), bad input a 400.
    let skipped = script
        .post("/api/signin/code", "/login/verify", &[("code", "123456")])
        .await;
    assert_eq!(skipped.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn https_deployments_get_hsts_and_host_prefixed_cookies() {
    let app = TestApp::build(
        sqlite().await,
        backend::test_support::test_clock(),
        server::middleware::Guard::new("https://login.example.com", vec![]),
        None,
    );
    let req = Request::post("/api/signin/email")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, "https://login.example.com")
        .body(Body::from("email=ada%40example.com"))
        .unwrap();
    let res = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    assert_eq!(
        res.headers()[header::STRICT_TRANSPORT_SECURITY],
        "max-age=63072000"
    );
    let cookie = res.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("__Host-trestle_session="), "{cookie}");
    assert!(
        cookie.contains("; Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    // The language switcher's cookie is prefixed too, and still read back.
    let req = Request::post("/lang")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, "https://login.example.com")
        .body(Body::from("lang=fr&back=%2Flogin"))
        .unwrap();
    let res = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    let cookie = res.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("__Host-trestle_lang=fr;"), "{cookie}");
    let req = Request::get("/login")
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, "__Host-trestle_lang=fr")
        .body(Body::empty())
        .unwrap();
    let res = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    let page = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    assert!(String::from_utf8_lossy(&page).contains(r#"<html lang="fr""#));
    let plain = TestApp::new(sqlite().await).client().get("/login").await;
    assert!(!plain.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
}

/// The router serves exactly the page table: every page answers, and a
/// path that is not a page is a 404.
#[tokio::test]
async fn the_router_serves_the_page_table() {
    let app = TestApp::new(sqlite().await);
    let mut browser = app.client();
    for page in domain::page::Page::ALL {
        let reply = browser.get(page.path()).await;
        assert!(
            reply.status == StatusCode::OK || reply.status == StatusCode::FOUND,
            "{} answered {}",
            page.path(),
            reply.status
        );
    }
    assert_eq!(browser.get("/login/nope").await.status, StatusCode::NOT_FOUND);
}

/// The WASM, JavaScript and CSS go out from memory, precompressed when the
/// browser takes it; pages link to versioned names cached for a year, and
/// the plain names are revalidated (`no-cache` and an `ETag`).
#[tokio::test]
async fn site_files_are_served_precompressed_versioned_and_revalidated() {
    let root = std::env::temp_dir().join(format!("trestle-site-{}", std::process::id()));
    std::fs::create_dir_all(root.join("pkg")).unwrap();
    std::fs::write(root.join("pkg/trestle.css"), "body { color: black }").unwrap();
    std::fs::write(root.join("pkg/trestle.css.br"), "brotli bytes").unwrap();
    std::fs::write(root.join("pkg/trestle.css.gz"), "gzip bytes").unwrap();
    std::fs::write(root.join("favicon.ico"), "icon").unwrap();
    let app = TestApp::serving(
        sqlite().await,
        backend::test_support::test_clock(),
        server::middleware::Guard::new(ORIGIN, vec![]),
        None,
        root.to_str().unwrap(),
    );
    let mut browser = app.client();
    for (accept, encoding, body) in [
        ("br, gzip", Some("br"), "brotli bytes"),
        ("gzip", Some("gzip"), "gzip bytes"),
        ("identity", None, "body { color: black }"),
    ] {
        browser.headers = vec![("accept-encoding", accept.into())];
        let reply = browser.get("/pkg/trestle.css").await;
        assert_eq!(reply.status, StatusCode::OK, "{accept}");
        assert_eq!(
            reply
                .headers
                .get(header::CONTENT_ENCODING)
                .and_then(|v| v.to_str().ok()),
            encoding
        );
        assert_eq!(reply.body, body);
        assert_eq!(reply.headers[header::CACHE_CONTROL], "no-cache");
        assert_eq!(reply.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(
            reply.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/css")
        );
    }
    // An unchanged file is not sent again.
    let etag = browser.get("/pkg/trestle.css").await.headers[header::ETAG].clone();
    browser.headers = vec![("if-none-match", etag.to_str().unwrap().to_owned())];
    let again = browser.get("/pkg/trestle.css").await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    browser.headers.clear();
    // Pages link to the build's versioned names, which never change.
    let page = browser.get("/login").await.body;
    let linked = |ext: &str| {
        page.split('"')
            .find(|s| s.starts_with("/pkg/trestle.") && s.ends_with(ext))
            .unwrap_or_else(|| panic!("no {ext} link in {page}"))
            .to_owned()
    };
    let css = linked(".css");
    assert_ne!(css, "/pkg/trestle.css");
    assert_eq!(
        linked(".js"),
        css.replace(".css", ".js"),
        "one version for the build"
    );
    let reply = browser.get(&css).await;
    assert_eq!(reply.body, "body { color: black }");
    assert_eq!(
        reply.headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(
        browser.get("/pkg/trestle.0000000000000000.css").await.status,
        StatusCode::NOT_FOUND,
        "another build's name"
    );
    assert_eq!(browser.get("/favicon.ico").await.body, "icon");
    assert_eq!(browser.get("/pkg/missing.js").await.status, StatusCode::NOT_FOUND);
    std::fs::remove_dir_all(root).unwrap();
}

/// Hashes made with other Argon2 costs are replaced at the next successful
/// sign-in, and keep working until then.
#[tokio::test]
async fn passwords_are_rehashed_with_the_configured_costs_at_sign_in() {
    let db = sqlite().await;
    let old = TestApp::new(db.clone());
    let light = backend::crypto::Argon2Params {
        m_kib: 64,
        t: 1,
        p: 1,
    };
    let user = old
        .services
        .clone()
        .with_argon2(light)
        .unwrap()
        .create_user(&backend::services::NewAccount {
            email: "ada@example.com",
            password: PASSWORD,
            display_name: "Ada",
            payment_role: PaymentRole::None,
        })
        .await
        .unwrap();
    let stored = || async {
        let mut conn = db.pool.acquire().await.unwrap();
        let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
            .bind(user)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        hash
    };
    assert!(stored().await.contains("m=64,t=1,p=1"));
    let mut wrong = old.client().js();
    wrong.email("ada@example.com").await;
    wrong.password("not it").await;
    assert!(
        stored().await.contains("m=64,t=1,p=1"),
        "a wrong password changes nothing"
    );
    let mut browser = old.client();
    browser.sign_in_password("ada@example.com").await;
    assert!(stored().await.contains("m=19456,t=2,p=1"), "{}", stored().await);
    let mut again = old.client();
    assert_eq!(again.sign_in_password("ada@example.com").await.location(), "/");
}
