//! Company Single Sign-On over HTTP, against an OpenID provider running in
//! the test (`common::oidc_stub`): the email step's routing, the
//! provider's answer at `/sso/callback` and every way it can fail,
//! linking identities to accounts, accounts made at the first sign-in,
//! payment users' MFA after SSO, SSO users' passwords, and the admin's
//! settings (discovery checks, domains, the switch).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use backend::services::MembershipRole;
use backend::session::RequestInfo;
use backend::test_support::{each_backend, sqlite};
use backend::{Clock, Db, ServiceError, SessionCtx};
use common::oidc_stub::{APP_URL, CLIENT_ID, CLIENT_SECRET, Discovery, OidcStub, Token, query_of};
use common::{Client, PASSWORD, Reply, TestApp, enrolled, refused};
use domain::policy::PaymentRole;
use domain::refusal::Refusal;
use domain::sso::SsoFailure;
use std::time::Duration as StdDuration;
use time::Duration;

const COMPANY: &str = "Keystone Steel";
const DOMAIN: &str = "keystone.example";
const SAM: &str = "sam@keystone.example";
const PAYOR: &str = "paula@keystone.example";
/// How long the app waits for the provider: short, so the slow provider's test is quick.
const PROVIDER_TIMEOUT: StdDuration = StdDuration::from_secs(1);

/// An app whose company has proven its domain, beside a provider that
/// is not yet its SSO: [`SsoApp::turn_on`] makes it so.
struct SsoApp {
    app: TestApp,
    stub: OidcStub,
    company: i64,
}

impl SsoApp {
    async fn new(db: Db) -> Self {
        let app = TestApp::with_sso(db, PROVIDER_TIMEOUT, true);
        let stub = OidcStub::start(app.clock.clone()).await;
        let company = app.services.company_named(COMPANY).await.unwrap();
        app.services
            .claim_domain_as_operator(COMPANY, DOMAIN)
            .await
            .unwrap();
        Self { app, stub, company }
    }

    /// The provider, tested and turned on (as the demo's seed does).
    async fn turn_on(&self, create_accounts: bool) {
        self.app
            .services
            .configure_sso(
                self.company,
                &self.stub.issuer,
                CLIENT_ID,
                CLIENT_SECRET,
                create_accounts,
            )
            .await
            .unwrap();
    }

    /// Both steps at once: a company with SSO on.
    async fn on(db: Db) -> Self {
        let sso = Self::new(db).await;
        sso.turn_on(false).await;
        sso
    }

    /// An active member of the company; returns their id.
    async fn member(&self, email: &str, role: PaymentRole) -> i64 {
        member_of(&self.app, email, role, self.company).await
    }

    /// The email step, then the page on the way to the provider: returns
    /// the provider's authorization URL that page sends the browser to.
    async fn to_provider(&self, browser: &mut Client, email: &str) -> String {
        let reply = browser.email(email).await;
        assert_eq!(
            reply.location(),
            "/login/sso",
            "{email}: {:?}",
            reply.form_error()
        );
        let page = browser.get("/login/sso").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(COMPANY), "{}", page.body);
        provider_url(&page.body)
    }

    /// The email step, the provider saying `token`, and the callback.
    async fn sign_in(&self, browser: &mut Client, email: &str, token: Token) -> Reply {
        let url = self.to_provider(browser, email).await;
        let back = self.stub.authorize(&url, token).await;
        browser.get(&back).await
    }
}

async fn member_of(app: &TestApp, email: &str, role: PaymentRole, company: i64) -> i64 {
    let id = app.add_user(email, role).await;
    app.services
        .add_member(id, company, MembershipRole::User)
        .await
        .unwrap();
    id
}

/// The provider URL the SSO page moves to: its `refresh` and its link
/// must agree.
fn provider_url(page: &str) -> String {
    let at = page
        .find(r#"data-testid="sso-continue""#)
        .unwrap_or_else(|| panic!("no link to the provider:\n{page}"));
    let tag_start = page[..at].rfind("<a ").unwrap();
    let tag = &page[tag_start..tag_start + page[tag_start..].find('>').unwrap()];
    let link = unescape(common::between(tag, r#"href=""#, "\""));
    let refresh = unescape(common::between(
        page,
        r#"http-equiv="refresh" content="0;url="#,
        "\"",
    ));
    assert_eq!(refresh, link, "the page's refresh and link go to the same place");
    link
}

fn unescape(html: &str) -> String {
    html.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every audit row: (event, detail, user).
async fn audit(app: &TestApp) -> Vec<(String, String, Option<i64>)> {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    let rows: Vec<(String, String, Option<i64>)> =
        sqlx::query_as("SELECT event, detail, user_id FROM audit_log ORDER BY id")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    rows
}

async fn last_audit(app: &TestApp) -> (String, String, Option<i64>) {
    audit(app).await.pop().expect("an audit row")
}

/// The account with this email, if any.
async fn account(app: &TestApp, email: &str) -> Option<i64> {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    backend::store::users::credentials_by_email(&mut conn, email)
        .await
        .unwrap()
        .map(|c| c.user.id)
}

async fn linked(app: &TestApp, issuer: &str, subject: &str) -> Option<i64> {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    backend::store::sso::identity_user(&mut conn, issuer, subject)
        .await
        .unwrap()
}

/// Signed in: the home page loads for this browser.
async fn assert_signed_in(browser: &mut Client) {
    let home = browser.get("/").await;
    assert_eq!(home.status, 200, "not signed in: {}", home.location());
    assert!(home.body.contains("Sign Out"), "{}", home.body);
}

/// The callback's answer for a failed SSO sign-in: **Enter Your Email**
/// with the failure's notice, nobody signed in, and the failure in the
/// audit log under its code (for `user`, when the account is known).
async fn assert_failed(
    app: &TestApp,
    browser: &mut Client,
    reply: &Reply,
    failure: SsoFailure,
    user: Option<i64>,
) {
    let code = failure.code();
    assert!(reply.status.is_redirection(), "{}", reply.status);
    assert_eq!(reply.location(), format!("/login?notice={code}"));
    let home = browser.get("/").await;
    assert!(
        home.status.is_redirection() && home.location().starts_with("/login"),
        "{code}: nobody may be signed in ({} {})",
        home.status,
        home.location()
    );
    assert_eq!(
        last_audit(app).await,
        ("sign_in_failed".to_owned(), code.to_owned(), user),
        "{code}"
    );
    let page = browser.get(reply.location()).await;
    assert_eq!(page.status, 200);
    assert!(
        unescape(&page.body).contains(app::i18n::texts_in(app::i18n::Language::En).sso.failure(failure)),
        "{code}: the notice is told on Enter Your Email"
    );
}

// 1. The way in.

#[tokio::test]
async fn a_member_on_a_claimed_domain_goes_to_the_provider_and_comes_back_signed_in_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let sam = sso.member(SAM, PaymentRole::None).await;
        let mut browser = sso.app.client();
        let reply = browser.email(" Sam@Keystone.EXAMPLE ").await;
        assert_eq!(reply.location(), "/login/sso", "not the password page");
        assert_eq!(browser.get("/login/password").await.location(), "/login/sso");
        let page = browser.get("/login/sso").await;
        assert!(page.body.contains("Continue With Your Company"));
        let url = provider_url(&page.body);
        // The request: the code flow for this client, PKCE with S256, back to the callback.
        let request = query_of(&url);
        assert_eq!(request["response_type"], "code");
        assert_eq!(request["client_id"], CLIENT_ID);
        assert_eq!(request["code_challenge_method"], "S256");
        assert!(
            !request.contains_key("prompt"),
            "a member's open provider session is used"
        );
        assert_eq!(request["redirect_uri"], format!("{APP_URL}/sso/callback"));
        assert!(request["scope"].split(' ').any(|s| s == "openid"));
        assert!(!request.contains_key("code_verifier"));
        assert!(request["state"].len() >= 20 && request["nonce"].len() >= 20);

        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        assert!(back.starts_with("/sso/callback?"), "{back}");
        let before = browser.cookie.clone();
        let reply = browser.get(&back).await;
        assert!(reply.status.is_redirection());
        assert_eq!(reply.location(), "/");
        assert_eq!(reply.headers["cache-control"], "no-store");
        assert_ne!(browser.cookie, before, "the session id rotates at sign-in");
        assert_signed_in(&mut browser).await;
        assert_eq!(
            last_audit(&sso.app).await,
            ("sign_in".to_owned(), "sso".to_owned(), Some(sam))
        );
        assert_eq!(sso.stub.refusals(), Vec::<String>::new());
        assert_eq!(sso.stub.tokens_issued(), 1);
    }
}

// 2. Domains that do not route.

#[tokio::test]
async fn an_unclaimed_or_unproven_domain_or_sso_off_gets_the_password_page_like_any_email_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let app = &sso.app;
        // Ironworks claimed its domain but never proved it, and has a provider.
        let ironworks = claimed_not_proven(app, "Ironworks", "ironworks.example").await;
        app.services
            .configure_sso(ironworks, &sso.stub.issuer, CLIENT_ID, CLIENT_SECRET, false)
            .await
            .unwrap();
        // Riverbend proved its domain, and turned SSO off.
        let riverbend = app.services.company_named("Riverbend").await.unwrap();
        app.services
            .claim_domain_as_operator("Riverbend", "riverbend.example")
            .await
            .unwrap();
        app.services
            .configure_sso(riverbend, &sso.stub.issuer, CLIENT_ID, CLIENT_SECRET, false)
            .await
            .unwrap();
        {
            let mut conn = app.services.db.pool.acquire().await.unwrap();
            backend::store::sso::set_switches(&mut conn, riverbend, false, false, app.clock.now())
                .await
                .unwrap();
        }
        member_of(app, "ian@ironworks.example", PaymentRole::None, ironworks).await;
        member_of(app, "rey@riverbend.example", PaymentRole::None, riverbend).await;
        app.add_user("ada@elsewhere.example", PaymentRole::None).await;

        let mut stranger = app.client().js();
        let unknown = stranger.email("nobody@nowhere.example").await;
        for email in [
            "ada@elsewhere.example",
            "ian@ironworks.example",
            "nobody@ironworks.example",
            "rey@riverbend.example",
            "nobody@riverbend.example",
        ] {
            let mut js = app.client().js();
            let reply = js.email(email).await;
            assert_eq!(
                (reply.status, reply.location(), reply.body.as_str()),
                (unknown.status, unknown.location(), unknown.body.as_str()),
                "{email} is answered as an unknown email"
            );
            let mut form = app.client();
            assert_eq!(form.email(email).await.location(), "/login/password", "{email}");
            assert!(
                form.get("/login/password")
                    .await
                    .body
                    .contains("Enter Your Password")
            );
        }
        // The password still signs such a member in.
        let mut rey = app.client();
        assert_eq!(
            rey.sign_in_password("rey@riverbend.example").await.location(),
            "/"
        );
        // Keystone's domain, and only it, goes to the provider (for an
        // unknown address too: the domain decides).
        assert_eq!(
            app.client().email("nobody@keystone.example").await.location(),
            "/login/sso"
        );
        assert_eq!(sso.stub.token_calls(), 0);
    }
}

// 3. Failures.

#[tokio::test]
async fn cancelling_at_the_provider_signs_nobody_in_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let mut browser = sso.app.client();
        let token = Token {
            deny: true,
            ..Token::new("sub-sam", SAM)
        };
        let url = sso.to_provider(&mut browser, SAM).await;
        let back = sso.stub.authorize(&url, token).await;
        assert_eq!(query_of(&back)["error"], "access_denied");
        let reply = browser.get(&back).await;
        assert_failed(&sso.app, &mut browser, &reply, SsoFailure::Cancelled, None).await;
        assert_eq!(sso.stub.token_calls(), 0, "nothing is exchanged after a refusal");
        // The page on the way to the provider has nothing left to send.
        assert_eq!(browser.get("/login/sso").await.location(), "/login?notice=start");
    }
}

#[tokio::test]
async fn a_missing_forged_or_foreign_state_signs_nobody_in_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        let token = || Token::new("sub-sam", SAM);

        // No state, or one the server never made.
        for forged in [false, true] {
            let mut browser = app.client();
            let url = sso.to_provider(&mut browser, SAM).await;
            let back = sso.stub.authorize(&url, token()).await;
            let code = query_of(&back)["code"].clone();
            let path = if forged {
                format!("/sso/callback?state=forged-state-0123456789abcdef&code={code}")
            } else {
                format!("/sso/callback?code={code}")
            };
            let reply = browser.get(&path).await;
            assert_failed(app, &mut browser, &reply, SsoFailure::Expired, None).await;
            // A forged answer (a link from another site, say) does not end
            // the sign-in that waits at the provider.
            assert_eq!(browser.get(&back).await.location(), "/");
        }
        // No cookie at all.
        let mut bare = app.client();
        let reply = bare.get("/sso/callback?state=abc&code=def").await;
        assert_eq!(reply.location(), "/login?notice=sso_expired");

        // Another browser's state, with a code the provider issued for it.
        let mut owner = app.client();
        let url = sso.to_provider(&mut owner, SAM).await;
        let back = sso.stub.authorize(&url, token()).await;
        let mut other = app.client();
        sso.to_provider(&mut other, SAM).await;
        let reply = other.get(&back).await;
        assert_failed(app, &mut other, &reply, SsoFailure::Expired, None).await;
        assert_eq!(
            sso.stub.token_calls(),
            2,
            "a foreign state never reaches the provider (only the two browsers' own answers did)"
        );
        // The owner's request is untouched by it.
        assert_eq!(owner.get(&back).await.location(), "/");
        assert_signed_in(&mut owner).await;
    }
}

#[tokio::test]
async fn an_answer_naming_another_issuer_is_rejected_and_the_right_one_passes_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        // RFC 9207: an `iss` that is not the issuer the request went to
        // (a mix-up between providers) is refused before the code is used.
        let mut browser = app.client();
        let url = sso.to_provider(&mut browser, SAM).await;
        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        let mixed_up = browser
            .get(&format!("{back}&iss=https%3A%2F%2Fevil.example"))
            .await;
        assert_failed(app, &mut browser, &mixed_up, SsoFailure::Rejected, None).await;
        assert_eq!(sso.stub.token_calls(), 0, "the code was never sent anywhere");
        // The provider's own issuer passes.
        let mut browser = app.client();
        let url = sso.to_provider(&mut browser, SAM).await;
        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        let iss: String = form_urlencoded::byte_serialize(sso.stub.issuer.as_bytes()).collect();
        let reply = browser.get(&format!("{back}&iss={iss}")).await;
        assert_eq!(reply.location(), "/");
    }
}

#[tokio::test]
async fn a_callback_counts_once_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        let mut browser = app.client();
        let url = sso.to_provider(&mut browser, SAM).await;
        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        // A second tab of the same browser, before the callback.
        let mut tab = browser.clone();
        assert_eq!(browser.get(&back).await.location(), "/");
        let replayed = tab.get(&back).await;
        assert_failed(app, &mut tab, &replayed, SsoFailure::Expired, None).await;
        // The replay, in the browser that signed in, is no sign-in either.
        let replayed = browser.get(&back).await;
        assert_eq!(replayed.location(), "/login?notice=sso_expired");
        let sign_ins = audit(app)
            .await
            .into_iter()
            .filter(|row| row.0 == "sign_in")
            .count();
        assert_eq!(sign_ins, 1);
        assert_eq!(sso.stub.token_calls(), 1, "the code was exchanged once");
    }
}

#[tokio::test]
async fn the_provider_refuses_a_code_used_twice_or_without_its_verifier_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        let mut first = app.client();
        let url = sso.to_provider(&mut first, SAM).await;
        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        let code = query_of(&back)["code"].clone();

        // Another sign-in's state with this code: the provider finds the
        // PKCE verifier is not the one the code was issued for.
        let mut thief = app.client();
        let url = sso.to_provider(&mut thief, SAM).await;
        let state = query_of(&url)["state"].clone();
        let stolen = format!("/sso/callback?state={state}&code={code}");
        let reply = thief.get(&stolen).await;
        assert_failed(app, &mut thief, &reply, SsoFailure::Rejected, None).await;
        assert_eq!(sso.stub.refusals(), ["PKCE verifier does not match"]);

        // The code's own sign-in spends it...
        assert_eq!(first.get(&back).await.location(), "/");
        // ...and a second exchange of it is refused by the provider.
        let mut again = app.client();
        let url = sso.to_provider(&mut again, SAM).await;
        let state = query_of(&url)["state"].clone();
        let reply = again
            .get(&format!("/sso/callback?state={state}&code={code}"))
            .await;
        assert_failed(app, &mut again, &reply, SsoFailure::Rejected, None).await;
        assert_eq!(
            sso.stub.refusals(),
            ["PKCE verifier does not match", "code used twice"]
        );
        assert_eq!(sso.stub.tokens_issued(), 1);
    }
}

#[tokio::test]
async fn an_id_token_failing_a_check_is_rejected_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        let token = || Token::new("sub-sam", SAM);
        let cases = [
            (
                "another nonce",
                Token {
                    nonce: Some("not-the-requests-nonce".into()),
                    ..token()
                },
            ),
            (
                "another audience",
                Token {
                    audience: Some("another-client".into()),
                    ..token()
                },
            ),
            (
                "another issuer",
                Token {
                    issuer: Some(format!("{}/elsewhere", sso.stub.issuer)),
                    ..token()
                },
            ),
            (
                "expired beyond the clock skew",
                Token {
                    expires_in: -(domain::sso::CLOCK_SKEW + 5),
                    ..token()
                },
            ),
            (
                "signed with another key",
                Token {
                    forged: true,
                    ..token()
                },
            ),
        ];
        for (what, token) in cases {
            let mut browser = app.client();
            let reply = sso.sign_in(&mut browser, SAM, token).await;
            assert_eq!(reply.location(), "/login?notice=sso_rejected", "{what}");
            assert_failed(app, &mut browser, &reply, SsoFailure::Rejected, None).await;
        }
        assert_eq!(linked(app, &sso.stub.issuer, "sub-sam").await, None);
        // A token expired 30 s ago is within the skew: accepted.
        let mut browser = app.client();
        let late = Token {
            expires_in: -30,
            ..token()
        };
        assert_eq!(sso.sign_in(&mut browser, SAM, late).await.location(), "/");
        assert_signed_in(&mut browser).await;
    }
}

#[tokio::test]
async fn an_email_the_provider_has_not_verified_is_refused_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        for verified in [Some(false), None] {
            let mut browser = sso.app.client();
            let token = Token {
                email_verified: verified,
                ..Token::new("sub-sam", SAM)
            };
            let reply = sso.sign_in(&mut browser, SAM, token).await;
            assert_failed(&sso.app, &mut browser, &reply, SsoFailure::Unverified, None).await;
        }
        assert_eq!(linked(&sso.app, &sso.stub.issuer, "sub-sam").await, None);
    }
}

#[tokio::test]
async fn an_email_on_a_domain_the_company_has_not_proven_is_refused_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        sso.app.add_user("sam@elsewhere.example", PaymentRole::None).await;
        for email in [
            Some("sam@elsewhere.example"),
            Some("sam@eu.keystone.example"),
            None,
        ] {
            let mut browser = sso.app.client();
            let token = Token {
                email: email.map(str::to_owned),
                ..Token::new("sub-sam", SAM)
            };
            let reply = sso.sign_in(&mut browser, SAM, token).await;
            assert_failed(&sso.app, &mut browser, &reply, SsoFailure::WrongDomain, None).await;
        }
        assert_eq!(linked(&sso.app, &sso.stub.issuer, "sub-sam").await, None);
    }
}

#[tokio::test]
async fn a_provider_that_is_slow_or_failing_is_unavailable_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        let mut browser = app.client();
        let slow = Token {
            delay: Some(PROVIDER_TIMEOUT * 3),
            ..Token::new("sub-sam", SAM)
        };
        let started = std::time::Instant::now();
        let reply = sso.sign_in(&mut browser, SAM, slow).await;
        assert_eq!(
            reply.location(),
            "/login?notice=sso_unavailable",
            "a slow token endpoint"
        );
        assert!(
            started.elapsed() < PROVIDER_TIMEOUT * 3,
            "the app stopped waiting after its timeout"
        );
        assert_failed(app, &mut browser, &reply, SsoFailure::Unavailable, None).await;

        let mut browser = app.client();
        let failing = Token {
            status: Some(500),
            ..Token::new("sub-sam", SAM)
        };
        let reply = sso.sign_in(&mut browser, SAM, failing).await;
        assert_eq!(
            reply.location(),
            "/login?notice=sso_unavailable",
            "a token endpoint answering 500 is unavailable, not a rejected token"
        );
        assert_failed(app, &mut browser, &reply, SsoFailure::Unavailable, None).await;
    }
}

#[tokio::test]
async fn a_request_older_than_ten_minutes_has_expired_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        // Nine minutes at the provider is fine...
        let mut browser = app.client();
        let url = sso.to_provider(&mut browser, SAM).await;
        app.clock.advance(Duration::minutes(9));
        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        assert_eq!(browser.get(&back).await.location(), "/");
        // ...ten and a second is not.
        let mut browser = app.client();
        let url = sso.to_provider(&mut browser, SAM).await;
        app.clock
            .advance(Duration::seconds(domain::sso::REQUEST_LIFETIME + 1));
        let back = sso.stub.authorize(&url, Token::new("sub-sam", SAM)).await;
        let reply = browser.get(&back).await;
        assert_failed(app, &mut browser, &reply, SsoFailure::Expired, None).await;
        assert_eq!(sso.stub.token_calls(), 1, "an expired request is not exchanged");
    }
}

// 4-6. Who signs in.

#[tokio::test]
async fn the_first_sso_sign_in_links_the_account_and_later_ones_follow_the_subject_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let sam = sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        assert_eq!(linked(app, &sso.stub.issuer, "sub-sam").await, None);
        let mut browser = app.client();
        let reply = sso.sign_in(&mut browser, SAM, Token::new("sub-sam", SAM)).await;
        assert_eq!(reply.location(), "/");
        assert_eq!(linked(app, &sso.stub.issuer, "sub-sam").await, Some(sam));
        browser.sign_out().await;

        // Sam's address changed at the provider, still on the company's domain.
        let renamed = "samuel.new@keystone.example";
        let mut browser = app.client();
        let reply = sso
            .sign_in(&mut browser, SAM, Token::new("sub-sam", renamed))
            .await;
        assert_eq!(reply.location(), "/");
        assert_signed_in(&mut browser).await;
        assert_eq!(
            last_audit(app).await,
            ("sign_in".to_owned(), "sso".to_owned(), Some(sam)),
            "the same account"
        );
        assert_eq!(account(app, renamed).await, None, "no second account");
    }
}

#[tokio::test]
async fn an_address_given_to_someone_else_at_the_provider_does_not_move_the_account_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let sam = sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        let mut browser = app.client();
        let reply = sso.sign_in(&mut browser, SAM, Token::new("sub-sam", SAM)).await;
        assert_eq!(reply.location(), "/");
        // Sam left; the provider gave his address to a new hire (another
        // subject). Sam's account is not theirs.
        let mut newcomer = app.client();
        let reply = sso
            .sign_in(&mut newcomer, SAM, Token::new("sub-new-hire", SAM))
            .await;
        assert_failed(app, &mut newcomer, &reply, SsoFailure::NoAccount, None).await;
        assert_eq!(linked(app, &sso.stub.issuer, "sub-new-hire").await, None);
        assert_eq!(linked(app, &sso.stub.issuer, "sub-sam").await, Some(sam));
    }
}

#[tokio::test]
async fn a_company_sso_governs_only_its_members_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let app = &sso.app;
        // Vic uses an address on Keystone's domain but belongs to another
        // company only; a sign-in of his parked at the password step (the
        // email step routes his domain) still takes his password.
        let vic = "vic@keystone.example";
        let other = app.services.company_named("Riverbend").await.unwrap();
        member_of(app, vic, PaymentRole::None, other).await;
        let mut browser = app.client();
        switch(&sso.app, sso.company, false).await;
        assert_eq!(browser.email(vic).await.location(), "/login/password");
        switch(&sso.app, sso.company, true).await;
        assert_eq!(browser.password(PASSWORD).await.location(), "/");
    }
}

#[tokio::test]
async fn turning_sso_on_signs_out_its_members_password_sessions_but_not_the_admins_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::with_sso(db, PROVIDER_TIMEOUT, true);
        let (mut admin, session) = confirmed_admin(&app).await;
        let summit = app.services.company_named(ADMIN_COMPANY).await.unwrap();
        app.services
            .claim_domain_as_operator(ADMIN_COMPANY, "summit.example")
            .await
            .unwrap();
        let stub = OidcStub::start(app.clock.clone()).await;
        app.services
            .configure_sso(summit, &stub.issuer, CLIENT_ID, CLIENT_SECRET, false)
            .await
            .unwrap();
        switch(&app, summit, false).await;
        // A member signed in with a password, and one parked before MFA.
        let uma = "uma@summit.example";
        member_of(&app, uma, PaymentRole::None, summit).await;
        let mut signed_in = app.client();
        signed_in.sign_in_password(uma).await;
        let mut outsider = app.client();
        let rey = "rey@riverbend.example";
        let riverbend = app.services.company_named("Riverbend").await.unwrap();
        member_of(&app, rey, PaymentRole::None, riverbend).await;
        outsider.sign_in_password(rey).await;
        app.services
            .set_sso_switches(&session, true, false)
            .await
            .unwrap();
        let home = signed_in.get("/").await;
        assert!(
            home.location().starts_with("/login"),
            "Uma's password session ended"
        );
        assert_eq!(
            outsider.get("/").await.status,
            200,
            "another company's member stays"
        );
        assert_eq!(
            admin.get("/").await.status,
            200,
            "the admin who turned it on stays"
        );
    }
}

#[tokio::test]
async fn an_unknown_person_gets_an_account_only_when_the_company_makes_them_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let app = &sso.app;
        let newbie = "nina@keystone.example";
        let token = || Token {
            name: Some("Nina Newbie".into()),
            ..Token::new("sub-nina", newbie)
        };
        let mut browser = app.client();
        let reply = sso.sign_in(&mut browser, newbie, token()).await;
        assert_failed(app, &mut browser, &reply, SsoFailure::NoAccount, None).await;
        assert_eq!(account(app, newbie).await, None);
        assert_eq!(linked(app, &sso.stub.issuer, "sub-nina").await, None);

        sso.turn_on(true).await;
        let mut browser = app.client();
        let reply = sso.sign_in(&mut browser, newbie, token()).await;
        assert_eq!(reply.location(), "/");
        let home = browser.get("/").await;
        assert!(home.body.contains("Nina Newbie"), "{}", home.body);
        let nina = account(app, newbie).await.expect("an account was made");
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        assert!(
            backend::store::users::is_active_member(&mut conn, nina, sso.company)
                .await
                .unwrap(),
            "an active member of the company"
        );
        drop(conn);
        assert_eq!(linked(app, &sso.stub.issuer, "sub-nina").await, Some(nina));
        assert_eq!(
            last_audit(app).await,
            ("sign_in".to_owned(), "sso".to_owned(), Some(nina))
        );
    }
}

#[tokio::test]
async fn a_deactivated_member_is_refused_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        let sam = sso.member(SAM, PaymentRole::None).await;
        sso.app
            .services
            .deactivate_member(sam, sso.company)
            .await
            .unwrap();
        let mut browser = sso.app.client();
        let reply = sso.sign_in(&mut browser, SAM, Token::new("sub-sam", SAM)).await;
        assert_failed(&sso.app, &mut browser, &reply, SsoFailure::NoAccess, Some(sam)).await;
        assert_eq!(linked(&sso.app, &sso.stub.issuer, "sub-sam").await, None);
    }
}

#[tokio::test]
async fn someone_the_admin_added_joins_at_their_first_sso_sign_in_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::on(db).await;
        // Add Member made an account with a pending membership: the
        // welcome link was never used.
        let sam = sso.app.add_user(SAM, PaymentRole::None).await;
        {
            let mut conn = sso.app.services.db.pool.acquire().await.unwrap();
            let invited = backend::store::companies::invite(&mut conn, sso.company, sam, "Sam")
                .await
                .unwrap();
            assert!(invited);
        }
        let mut browser = sso.app.client();
        let reply = sso.sign_in(&mut browser, SAM, Token::new("sub-sam", SAM)).await;
        assert_eq!(reply.location(), "/");
        assert_eq!(
            last_audit(&sso.app).await,
            ("sign_in".to_owned(), "sso".to_owned(), Some(sam))
        );
        let mut conn = sso.app.services.db.pool.acquire().await.unwrap();
        assert!(
            backend::store::users::is_active_member(&mut conn, sam, sso.company)
                .await
                .unwrap(),
            "the membership is active now"
        );
    }
}

// 7. MFA after SSO.

#[tokio::test]
async fn payment_users_prove_a_factor_after_sso_and_members_never_see_mfa_pages_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::new(db).await;
        let app = &sso.app;
        // The company requires MFA; before SSO, a payor and a member enrolled an app.
        app.services
            .require_mfa(sso.company, app.clock.now() - Duration::days(1))
            .await
            .unwrap();
        let payor = sso.member(PAYOR, PaymentRole::Payor).await;
        let mut browser = app.client();
        assert_eq!(
            browser.sign_in_password(PAYOR).await.location(),
            "/login/mfa-required"
        );
        let (payor_key, _) = browser.enroll(app).await;
        browser.sign_out().await;
        let enrolled_member = "ed@keystone.example";
        sso.member(enrolled_member, PaymentRole::None).await;
        let mut browser = app.client();
        assert_eq!(
            browser.sign_in_password(enrolled_member).await.location(),
            "/login/mfa-required"
        );
        browser.enroll(app).await;
        browser.sign_out().await;
        app.clock.advance(Duration::seconds(30));
        sso.member("pia@keystone.example", PaymentRole::Payor).await;
        sso.member(SAM, PaymentRole::None).await;
        sso.turn_on(false).await;

        // The payor with an app: Verify Your Identity, not signed in yet.
        let mut browser = app.client();
        let reply = sso
            .sign_in(&mut browser, PAYOR, Token::new("sub-paula", PAYOR))
            .await;
        assert_eq!(reply.location(), "/login/verify");
        assert_eq!(browser.get("/").await.location(), "/login/verify");
        assert!(
            browser
                .get("/login/verify")
                .await
                .body
                .contains("Verify Your Identity")
        );
        assert!(
            !audit(app)
                .await
                .iter()
                .any(|row| row.0 == "sign_in" && row.1 == "sso"),
            "not signed in before the code"
        );
        assert_eq!(browser.code(&app.code(&payor_key, 0)).await.location(), "/");
        assert_signed_in(&mut browser).await;
        assert_eq!(last_audit(app).await.2, Some(payor));

        // A payor without a factor must enroll.
        let mut browser = app.client();
        let pia = "pia@keystone.example";
        let reply = sso.sign_in(&mut browser, pia, Token::new("sub-pia", pia)).await;
        assert_eq!(reply.location(), "/login/mfa-required");
        assert_eq!(browser.get("/").await.location(), "/login/mfa-required");

        // A member without a factor: the provider's MFA meets the company's
        // rule, so the provider alone signs them in, and MFA pages stay shut.
        let mut browser = app.client();
        let reply = sso.sign_in(&mut browser, SAM, Token::new("sub-sam", SAM)).await;
        assert_eq!(reply.location(), "/");
        assert_signed_in(&mut browser).await;
        for page in ["/login/verify", "/login/mfa-required", "/login/setup"] {
            let reply = browser.get(page).await;
            assert!(
                reply.status.is_redirection() && !reply.location().starts_with("/login"),
                "{page}: {} {}",
                reply.status,
                reply.location()
            );
        }
        // A member who set up an app here is still asked for it: the
        // provider never waives the account's own factor.
        let mut browser = app.client();
        let reply = sso
            .sign_in(
                &mut browser,
                enrolled_member,
                Token::new("sub-ed", enrolled_member),
            )
            .await;
        assert_eq!(reply.location(), "/login/verify");
        // Nor another company's rule: a member of a second company that
        // requires MFA must enroll, whatever the provider did.
        let ivy = "ivy@keystone.example";
        let ivy_id = sso.member(ivy, PaymentRole::None).await;
        let other = app.services.company_named("Summit Builders").await.unwrap();
        app.services
            .add_member(ivy_id, other, MembershipRole::User)
            .await
            .unwrap();
        app.services
            .require_mfa(other, app.clock.now() - Duration::days(1))
            .await
            .unwrap();
        let mut browser = app.client();
        let reply = sso.sign_in(&mut browser, ivy, Token::new("sub-ivy", ivy)).await;
        assert_eq!(reply.location(), "/login/mfa-required");
    }
}

// 8. Passwords of SSO users.

#[tokio::test]
async fn an_sso_users_right_password_is_refused_and_a_wrong_one_is_just_wrong_on_both_backends() {
    for db in each_backend().await {
        let sso = SsoApp::new(db).await;
        let sam = sso.member(SAM, PaymentRole::None).await;
        let app = &sso.app;
        // Three browsers reached Enter Your Password before SSO was on;
        // two of them run the page's script.
        let (mut script, mut form, mut typo) = (app.client(), app.client(), app.client());
        for browser in [&mut script, &mut form, &mut typo] {
            assert_eq!(browser.email(SAM).await.location(), "/login/password");
        }
        script.js = true;
        typo.js = true;
        sso.turn_on(false).await;

        let reply = script.password(PASSWORD).await;
        assert_eq!(reply.status, 409);
        assert_eq!(reply.body, r#"{"Refused":"SsoRequired"}"#);
        assert_eq!(
            last_audit(app).await,
            ("sign_in_failed".to_owned(), "sso_required".to_owned(), Some(sam))
        );
        let reply = form.password(PASSWORD).await;
        refused(&reply, "SsoRequired");
        // Nor does "Forgot your password?" mail it a link (the page
        // answers as for anyone).
        let session = session_of(app, &form).await;
        app.services.send_reset_link(&session, SAM).await.unwrap();
        let outbox = app.services.outbox().await.unwrap().unwrap();
        assert!(
            !outbox.iter().any(|m| m.subject == "Reset your password"),
            "no reset link for an SSO account"
        );
        let reply = typo.password("not the password").await;
        assert_eq!(reply.status, 400);
        assert_eq!(reply.body, r#"{"Refused":"InvalidCredentials"}"#);
        assert_eq!(
            last_audit(app).await,
            ("sign_in_failed".to_owned(), "password".to_owned(), None)
        );
        for browser in [&mut script, &mut form, &mut typo] {
            browser.js = false;
            let home = browser.get("/").await;
            assert!(home.location().starts_with("/login"), "not signed in");
        }
        // Entering the email again goes to the provider.
        let mut again = app.client();
        sso.to_provider(&mut again, SAM).await;
    }
}

// 9. The admin's settings.

const ADMIN: &str = "alex@summit.example";
const ADMIN_COMPANY: &str = "Summit Builders";

/// The admin of Summit Builders (which requires MFA), signed in with an
/// app and freshly re-authenticated; returns the browser and the
/// session the services see for it.
async fn confirmed_admin(app: &TestApp) -> (Client, SessionCtx) {
    let (mut browser, key) = enrolled(app, ADMIN, ADMIN_COMPANY, MembershipRole::Admin).await;
    let code = app.code(&key, 0);
    let form = [("password", PASSWORD), ("code", code.as_str()), ("back", "admin")];
    let reply = browser
        .post("/api/profile/confirm", "/admin/security", &form)
        .await;
    assert_eq!(reply.location(), "/admin/security", "{:?}", reply.form_error());
    let session = session_of(app, &browser).await;
    (browser, session)
}

/// Turns the company's SSO on or off directly (as an operator would in
/// the database), without the admin's checks.
async fn switch(app: &TestApp, company: i64, on: bool) {
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    backend::store::sso::set_switches(&mut conn, company, on, false, app.clock.now())
        .await
        .unwrap();
}

/// A company that claimed `domain` and never proved it; its id.
async fn claimed_not_proven(app: &TestApp, company: &str, domain: &str) -> i64 {
    let company_id = app.services.company_named(company).await.unwrap();
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    backend::store::sso::claim(&mut conn, company_id, domain, "txt-challenge", app.clock.now())
        .await
        .unwrap();
    company_id
}

/// The session a request from `browser` carries, as the middleware loads it.
async fn session_of(app: &TestApp, browser: &Client) -> SessionCtx {
    let request = RequestInfo {
        token: browser.cookie.clone(),
        browser: browser.browser.clone(),
        ..Default::default()
    };
    SessionCtx::load(&app.services.db, request, app.services.clock.now())
        .await
        .unwrap()
}

fn refusal_of<T: std::fmt::Debug>(result: Result<T, ServiceError>) -> Refusal {
    match result {
        Err(ServiceError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn the_admin_saves_only_a_provider_whose_discovery_passes_the_checks_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::with_sso(db, PROVIDER_TIMEOUT, true);
        let stub = OidcStub::start(app.clock.clone()).await;
        let (_, session) = confirmed_admin(&app).await;
        let services = &app.services;
        let save = |issuer: String| {
            let session = session.clone();
            async move {
                services
                    .save_sso_settings(&session, &issuer, CLIENT_ID, CLIENT_SECRET)
                    .await
            }
        };
        let unsuitable = [
            Discovery {
                issuer: Some(format!("{}/someone-else", stub.issuer)),
                ..Discovery::default()
            },
            Discovery {
                code_challenge_methods: vec!["plain".into()],
                ..Discovery::default()
            },
            Discovery {
                code_challenge_methods: vec![],
                ..Discovery::default()
            },
            Discovery {
                response_types: vec!["id_token".into()],
                ..Discovery::default()
            },
        ];
        for discovery in unsuitable {
            stub.set_discovery(discovery.clone());
            assert_eq!(
                refusal_of(save(stub.issuer.clone()).await),
                Refusal::IssuerUnsuitable,
                "{discovery:?}"
            );
        }
        // A provider that does not answer in time, or at all.
        stub.set_discovery(Discovery {
            delay: Some(PROVIDER_TIMEOUT * 3),
            ..Discovery::default()
        });
        assert_eq!(
            refusal_of(save(stub.issuer.clone()).await),
            Refusal::IssuerUnreachable
        );
        let closed = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            format!("http://{}", listener.local_addr().unwrap())
        };
        assert_eq!(refusal_of(save(closed).await), Refusal::IssuerUnreachable);
        assert_eq!(
            refusal_of(save("ftp://127.0.0.1/".into()).await),
            Refusal::IssuerUrlInvalid
        );
        let view = services.sso_view(&session).await.unwrap();
        assert_eq!(view.issuer, "", "nothing was saved");

        // A suitable provider is saved, off and untested.
        stub.set_discovery(Discovery::default());
        save(stub.issuer.clone()).await.unwrap();
        let view = services.sso_view(&session).await.unwrap();
        assert_eq!(
            (view.issuer.trim_end_matches('/'), view.client_id.as_str()),
            (stub.issuer.as_str(), CLIENT_ID)
        );
        assert!(view.has_secret && !view.enabled && !view.tested);
        assert_eq!(
            last_audit(&app).await.0,
            "sso_settings_saved",
            "the change is in the company's log"
        );
    }
}

#[tokio::test]
async fn an_http_issuer_is_refused_unless_the_operator_allows_it() {
    let app = TestApp::new(sqlite().await);
    let stub = OidcStub::start(app.clock.clone()).await;
    let (_, session) = confirmed_admin(&app).await;
    let refused = app
        .services
        .save_sso_settings(&session, &stub.issuer, CLIENT_ID, CLIENT_SECRET)
        .await;
    assert_eq!(refusal_of(refused), Refusal::IssuerUrlInvalid);
    assert_eq!(stub.discovery_calls(), 0, "the issuer was never asked");
}

#[tokio::test]
async fn a_domain_is_proven_by_the_txt_record_the_tab_names_and_only_once_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::with_sso(db, PROVIDER_TIMEOUT, true);
        let (_, session) = confirmed_admin(&app).await;
        let dns = std::sync::Arc::new(backend::dns::StaticDns::default());
        let services = app.services.clone().with_dns(dns.clone());
        // Ironworks claimed the same domain first, and never proved it.
        let ironworks = claimed_not_proven(&app, "Ironworks", "summit.example").await;
        services.claim_domain(&session, "summit.example").await.unwrap();
        let domains = services.sso_view(&session).await.unwrap().domains;
        let [claim] = domains.as_slice() else {
            panic!("one domain: {domains:?}")
        };
        assert_eq!(claim.txt_name, "_trestle-verification.summit.example");
        assert!(claim.txt_value.starts_with("trestle-verification="));
        // Nothing published, another value, or Ironworks' value: not proven.
        let check = || services.prove_domain(&session, "summit.example");
        assert_eq!(refusal_of(check().await), Refusal::DomainNotProven);
        dns.publish(&claim.txt_name, "trestle-verification=txt-challenge");
        dns.publish(&claim.txt_name, "v=spf1 -all");
        assert_eq!(refusal_of(check().await), Refusal::DomainNotProven);
        // The tab's value, published beside others: proven, and in the log.
        dns.publish(&claim.txt_name, &claim.txt_value);
        check().await.unwrap();
        let domains = services.sso_view(&session).await.unwrap().domains;
        assert!(domains[0].proven && domains[0].txt_value.is_empty());
        assert_eq!(last_audit(&app).await.0, "domain_proven");
        // Ironworks can no longer prove it, whatever it publishes.
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let proven =
            backend::store::sso::prove(&mut conn, ironworks, "summit.example", "dns", app.clock.now())
                .await
                .unwrap();
        assert!(!proven, "one company owns a proven domain");
    }
}

#[tokio::test]
async fn a_domain_another_company_proved_cannot_be_claimed_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::with_sso(db, PROVIDER_TIMEOUT, true);
        let (_, session) = confirmed_admin(&app).await;
        app.services.company_named("Riverbend").await.unwrap();
        app.services
            .claim_domain_as_operator("Riverbend", "riverbend.example")
            .await
            .unwrap();
        let taken = app.services.claim_domain(&session, "RiverBend.example").await;
        assert_eq!(refusal_of(taken), Refusal::DomainTaken);
        // A domain another company only claimed can still be claimed.
        claimed_not_proven(&app, "Ironworks", "ironworks.example").await;
        app.services
            .claim_domain(&session, "ironworks.example")
            .await
            .unwrap();
        let domains = app.services.sso_view(&session).await.unwrap().domains;
        let names: Vec<(&str, bool)> = domains.iter().map(|d| (d.domain.as_str(), d.proven)).collect();
        assert_eq!(names, [("ironworks.example", false)]);
    }
}

#[tokio::test]
async fn sso_turns_on_only_after_a_test_sign_in_passed_and_a_domain_is_proven_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::with_sso(db, PROVIDER_TIMEOUT, true);
        let stub = OidcStub::start(app.clock.clone()).await;
        let (mut admin, session) = confirmed_admin(&app).await;
        let services = &app.services;
        // Nothing saved yet.
        assert_eq!(
            refusal_of(services.set_sso_switches(&session, true, false).await),
            Refusal::SsoNotReady
        );
        services
            .save_sso_settings(&session, &stub.issuer, CLIENT_ID, CLIENT_SECRET)
            .await
            .unwrap();
        // Saved, but untested and no domain proven.
        assert_eq!(
            refusal_of(services.set_sso_switches(&session, true, false).await),
            Refusal::SsoNotReady
        );
        services.claim_domain(&session, "summit.example").await.unwrap();
        assert_eq!(
            refusal_of(services.set_sso_switches(&session, true, false).await),
            Refusal::SsoNotReady,
            "a claimed domain is not a proven one"
        );
        services
            .claim_domain_as_operator(ADMIN_COMPANY, "summit.example")
            .await
            .unwrap();
        assert_eq!(
            refusal_of(services.set_sso_switches(&session, true, false).await),
            Refusal::SsoNotReady,
            "proven, but no Test Sign-In passed"
        );

        // Test Sign-In: the admin goes to the provider and comes back.
        services.start_sso_test(&session).await.unwrap();
        let pending = services
            .pending_sso(&session)
            .await
            .unwrap()
            .expect("a request waits");
        // The provider is asked to sign someone in afresh: the admin may
        // try another account than the one open there.
        assert_eq!(
            query_of(&pending.url).get("prompt").map(String::as_str),
            Some("login")
        );
        let back = stub.authorize(&pending.url, Token::new("sub-alex", ADMIN)).await;
        let reply = admin.get(&back).await;
        assert_eq!(reply.location(), "/admin/security?notice=sso_test_passed");
        assert_eq!(
            last_audit(&app).await.0,
            "sso_tested",
            "the test is in the company's log"
        );
        assert!(services.sso_view(&session).await.unwrap().tested);
        // Its callback counts once: a replay is no test and no sign-in.
        let replay = admin.get(&back).await;
        assert_eq!(replay.location(), "/login?notice=sso_expired");
        assert_eq!(
            last_audit(&app).await.1,
            "sso_expired",
            "the replay is recorded as a failure"
        );

        // Now it turns on, and the domain routes to the provider.
        let session = session_of(&app, &admin).await;
        services.set_sso_switches(&session, true, false).await.unwrap();
        let view = services.sso_view(&session).await.unwrap();
        assert!(view.enabled && !view.create_accounts);
        let mut member = app.client();
        assert_eq!(member.email("mo@summit.example").await.location(), "/login/sso");
        // New settings turn it off until tested again.
        services
            .save_sso_settings(&session, &stub.issuer, "another-client", CLIENT_SECRET)
            .await
            .unwrap();
        let view = services.sso_view(&session).await.unwrap();
        assert!(!view.enabled && !view.tested);
        assert_eq!(
            app.client().email("mo@summit.example").await.location(),
            "/login/password"
        );
    }
}
