//! An in-process Trestle and a tiny browser-like client for HTTP tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use backend::test_support::{services, test_clock};
use backend::{Db, ManualClock, Services};
use domain::totp::{TotpSecret, step_of};
use leptos::config::LeptosOptions;
use server::middleware::Guard;
use server::{AppState, router};
use tower::ServiceExt;

pub mod authenticator;
pub mod oidc_stub;

pub const ORIGIN: &str = "http://127.0.0.1:3000";
pub const PASSWORD: &str = "correct horse battery staple";
/// Far above any real reply (Argon2id takes ~50 ms).
pub const REPLY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

pub struct TestApp {
    pub router: Router,
    pub services: Services,
    pub clock: ManualClock,
}

impl TestApp {
    pub fn new(db: Db) -> Self {
        Self::with_clock(db, test_clock())
    }

    /// A second server over the same database (a restart, or another instance).
    pub fn with_clock(db: Db, clock: ManualClock) -> Self {
        Self::build(db, clock, Guard::new(ORIGIN, vec![]), None)
    }

    /// A server with these guard settings, whose requests all come from
    /// `peer` (as a socket would say), when given.
    pub fn build(db: Db, clock: ManualClock, guard: Guard, peer: Option<std::net::SocketAddr>) -> Self {
        Self::serving(db, clock, guard, peer, "target/site")
    }

    /// As [`TestApp::build`], serving the browser's files from `site_root`.
    pub fn serving(
        db: Db,
        clock: ManualClock,
        guard: Guard,
        peer: Option<std::net::SocketAddr>,
        site_root: &str,
    ) -> Self {
        let services = services(db, &clock);
        Self::assemble(services, clock, guard, peer, site_root)
    }

    /// A server whose emails and texts go through `delivery` (the default
    /// is the outbox, shown as in demo mode).
    pub fn with_delivery(db: Db, delivery: backend::delivery::Delivery) -> Self {
        let clock = test_clock();
        let services = backend::test_support::services_with(db, &clock, delivery);
        Self::assemble(services, clock, Guard::new(ORIGIN, vec![]), None, "target/site")
    }

    /// A server whose OpenID Connect client waits `timeout` for a
    /// provider and, with `allow_http`, accepts `http://` issuers (the
    /// in-process provider of [`oidc_stub`]).
    pub fn with_sso(db: Db, timeout: std::time::Duration, allow_http: bool) -> Self {
        let clock = test_clock();
        let services = services(db, &clock).with_sso(timeout, allow_http);
        Self::assemble(services, clock, Guard::new(ORIGIN, vec![]), None, "target/site")
    }

    /// A server whose public URL (and passkey relying party) is `url`.
    pub fn at_public_url(db: Db, url: &str) -> Self {
        let clock = test_clock();
        let services = services(db, &clock).with_public_url(url);
        Self::assemble(services, clock, Guard::new(ORIGIN, vec![]), None, "target/site")
    }

    fn assemble(
        services: Services,
        clock: ManualClock,
        guard: Guard,
        peer: Option<std::net::SocketAddr>,
        site_root: &str,
    ) -> Self {
        let options = LeptosOptions::builder()
            .output_name("trestle")
            .site_root(site_root)
            .build();
        let state = AppState::new(options, services.clone(), guard);
        let router = match peer {
            Some(peer) => router(state).layer(axum::extract::connect_info::MockConnectInfo(peer)),
            None => router(state),
        };
        Self {
            router,
            services,
            clock,
        }
    }

    pub fn restart(&self) -> Self {
        Self::with_clock(self.services.db.clone(), self.clock.clone())
    }

    pub async fn add_user(&self, email: &str, role: domain::policy::PaymentRole) -> i64 {
        let account = backend::services::NewAccount {
            email,
            password: PASSWORD,
            display_name: "Test User",
            payment_role: role,
        };
        self.services.create_user(&account).await.unwrap()
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookie: None,
            language: None,
            browser: None,
            headers: Vec::new(),
            js: false,
        }
    }

    pub fn unix_now(&self) -> u64 {
        use backend::Clock;
        self.clock.now().unix_timestamp() as u64
    }

    /// The id of the account with this email.
    pub async fn user_id(&self, email: &str) -> i64 {
        let mut conn = self.services.db.pool.acquire().await.unwrap();
        backend::store::users::credentials_by_email(&mut conn, email)
            .await
            .unwrap()
            .unwrap()
            .user
            .id
    }

    /// The code an authenticator app shows now, `steps` away.
    pub fn code(&self, key: &str, steps: i64) -> String {
        let secret = secret_from_key(key);
        secret.code_at_step((step_of(self.unix_now()) as i64 + steps) as u64)
    }
}

/// A six-digit code that is not `right`.
pub fn wrong_code(right: &str) -> &'static str {
    if right == "000000" { "111111" } else { "000000" }
}

pub fn secret_from_key(key: &str) -> TotpSecret {
    let base32: String = key.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = totp_rs::Secret::Encoded(base32).to_bytes().unwrap();
    TotpSecret::from_bytes(bytes)
}

/// The texts sent to `to`, newest first.
pub async fn texts_to(app: &TestApp, to: &str) -> Vec<String> {
    app.services
        .outbox()
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .filter(|m| m.channel == "sms" && m.to == to)
        .map(|m| m.body)
        .collect()
}

/// The code of the newest text to `to`, read from its WebOTP line.
pub async fn last_code(app: &TestApp, to: &str) -> String {
    let texts = texts_to(app, to).await;
    let body = texts.first().expect("a text was sent");
    let webotp = body.lines().last().unwrap();
    assert!(webotp.starts_with("@localhost #"), "{body}");
    webotp.rsplit('#').next().unwrap().to_owned()
}

/// Asserts that a no-JavaScript form post was refused with `refusal`.
pub fn refused(reply: &Reply, refusal: &str) {
    assert_eq!(
        reply.form_error().as_deref(),
        Some(format!(r#"{{"Refused":"{refusal}"}}"#).as_str()),
        "expected {refusal}"
    );
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The error a no-JavaScript form post carries back in `__err`.
    pub fn form_error(&self) -> Option<String> {
        let location = self.location();
        let encoded = location
            .split(['?', '&'])
            .find_map(|p| p.strip_prefix("__err="))?;
        let encoded = encoded.replace("%3D", "=");
        use base64::Engine;
        let bytes = base64::engine::general_purpose::URL_SAFE.decode(encoded).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }

    pub fn set_cookie(&self) -> Option<&str> {
        self.headers.get(header::SET_COOKIE).and_then(|v| v.to_str().ok())
    }
}

/// Keeps the session cookie like a browser. `js` switches between a plain
/// form post (302 redirects) and the hydrated app's fetch (JSON answers).
#[derive(Clone)]
pub struct Client {
    pub router: Router,
    /// The session cookie.
    pub cookie: Option<String>,
    /// The language switcher's cookie.
    pub language: Option<String>,
    /// The known-browser cookie, set after a completed sign-in.
    pub browser: Option<String>,
    /// Extra headers on every request (a proxy's `X-Forwarded-For`...).
    pub headers: Vec<(&'static str, String)>,
    pub js: bool,
}

impl Client {
    pub fn js(mut self) -> Self {
        self.js = true;
        self
    }

    /// Sends one request; a reply that takes longer than [`REPLY_TIMEOUT`]
    /// fails the test instead of hanging the run.
    async fn send(&mut self, req: Request<Body>) -> Reply {
        let what = format!("{} {}", req.method(), req.uri());
        let router = self.router.clone();
        let exchange = async move {
            let res: Response<Body> = router.oneshot(req).await.unwrap();
            let (parts, body) = res.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
            (parts, bytes)
        };
        let (parts, bytes) = tokio::time::timeout(REPLY_TIMEOUT, exchange)
            .await
            .unwrap_or_else(|_| panic!("no reply to {what} within {REPLY_TIMEOUT:?}"));
        for set in parts
            .headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            let (name, value) = cookie_pair(set);
            let value = Some(value.to_owned()).filter(|v| !v.is_empty());
            match name {
                "trestle_session" => self.cookie = value,
                "trestle_lang" => self.language = value,
                "trestle_browser" => self.browser = value,
                other => panic!("unexpected cookie {other}"),
            }
        }
        Reply {
            status: parts.status,
            headers: parts.headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    fn with_cookie(&self, builder: axum::http::request::Builder) -> axum::http::request::Builder {
        let cookies: Vec<String> = [
            ("trestle_session", &self.cookie),
            ("trestle_lang", &self.language),
            ("trestle_browser", &self.browser),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
        .collect();
        let builder = self
            .headers
            .iter()
            .fold(builder, |b, (name, value)| b.header(*name, value));
        if cookies.is_empty() {
            builder
        } else {
            builder.header(header::COOKIE, cookies.join("; "))
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let req = self
            .with_cookie(Request::get(path).header(header::ACCEPT, "text/html"))
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    /// Posts a form to a server function, from page `from`, with this site's Origin.
    pub async fn post(&mut self, path: &str, from: &str, form: &[(&str, &str)]) -> Reply {
        self.post_with(path, from, form, Some(ORIGIN)).await
    }

    pub async fn post_with(
        &mut self,
        path: &str,
        from: &str,
        form: &[(&str, &str)],
        origin: Option<&str>,
    ) -> Reply {
        let body = form_encode(form);
        let accept = if self.js { "application/json" } else { "text/html" };
        let mut builder = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, accept)
            .header(header::REFERER, format!("{ORIGIN}{from}"));
        if let Some(origin) = origin {
            builder = builder.header(header::ORIGIN, origin);
        }
        let req = self.with_cookie(builder).body(Body::from(body)).unwrap();
        self.send(req).await
    }

    pub async fn raw(&mut self, req: Request<Body>) -> Reply {
        self.send(req).await
    }

    // The sign-in steps, each posted as the page's form would.
    pub async fn email(&mut self, email: &str) -> Reply {
        self.post("/api/signin/email", "/login", &[("email", email)])
            .await
    }
    pub async fn password(&mut self, password: &str) -> Reply {
        self.post(
            "/api/signin/password",
            "/login/password",
            &[("password", password)],
        )
        .await
    }
    pub async fn sign_in_password(&mut self, email: &str) -> Reply {
        self.email(email).await;
        self.password(PASSWORD).await
    }
    pub async fn code(&mut self, code: &str) -> Reply {
        self.post("/api/signin/code", "/login/verify", &[("code", code)])
            .await
    }
    /// The code typed on "Secure Your Account".
    pub async fn app_code(&mut self, code: &str) -> Reply {
        self.post("/api/signin/app", "/login/setup/app", &[("code", code)])
            .await
    }

    /// "Enter Recovery Code" on the method picker.
    pub async fn pick_recovery(&mut self) -> Reply {
        self.post("/api/signin/pick", "/login/methods", &[("recovery", "yes")])
            .await
    }
    pub async fn recovery(&mut self, code: &str) -> Reply {
        self.post("/api/signin/recovery", "/login/recovery", &[("code", code)])
            .await
    }
    pub async fn sign_out(&mut self) -> Reply {
        self.post("/api/signout", "/", &[]).await
    }

    /// From "Two-Factor Authentication Required" to "Secure Your Account";
    /// returns the setup key shown.
    pub async fn open_app_setup(&mut self) -> String {
        assert_eq!(
            self.post("/api/signin/setup", "/login/mfa-required", &[])
                .await
                .location(),
            "/login/setup"
        );
        let chose = self
            .post("/api/signin/method", "/login/setup", &[("method", "app")])
            .await;
        assert_eq!(chose.location(), "/login/setup/app");
        let page = self.get("/login/setup/app").await;
        testid(&page.body, "setup-key").to_owned()
    }

    /// Walks enrollment from "Two-Factor Authentication Required" to signed
    /// in; returns the setup key and the recovery code shown.
    pub async fn enroll(&mut self, app: &TestApp) -> (String, String) {
        let key = self.open_app_setup().await;
        let done = self.app_code(&app.code(&key, 0)).await;
        assert_eq!(done.location(), "/login/recovery-code", "{:?}", done.form_error());
        let page = self.get("/login/recovery-code").await;
        let recovery = testid(&page.body, "recovery-code").to_owned();
        let saved = self
            .post("/api/signin/saved", "/login/recovery-code", &[("saved", "yes")])
            .await;
        assert_eq!(saved.location(), "/");
        (key, recovery)
    }
}

/// The `name=value` a `Set-Cookie` header sets (without its attributes).
pub fn cookie_pair(set_cookie: &str) -> (&str, &str) {
    set_cookie
        .split(';')
        .next()
        .unwrap_or("")
        .split_once('=')
        .unwrap_or_default()
}

/// The text of the element marked `data-testid="{id}"`.
pub fn testid<'a>(page: &'a str, id: &str) -> &'a str {
    let tag = between(page, &format!("data-testid=\"{id}\""), "<");
    &tag[tag.find('>').map_or(0, |i| i + 1)..]
}

pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .map(|i| i + start.len())
        .unwrap_or_else(|| panic!("{start} not in page:\n{text}"));
    let rest = &text[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

pub fn form_encode(form: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish()
}

/// 64 bits that differ from call to call (names of scratch folders and schemas).
pub fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish()
}

/// A fresh folder of its own under the system's temp dir, named after `name`.
pub fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "trestle-{name}-{}-{:x}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `email`, a member (or admin) of `company`, which requires MFA from
/// yesterday and is available: signing in enrolls them. Returns their
/// browser, signed in, and their app's setup key.
pub async fn enrolled(
    app: &TestApp,
    email: &str,
    company: &str,
    role: backend::services::MembershipRole,
) -> (Client, String) {
    let mut browser = must_enroll(app, email, company, role).await;
    let (key, _) = browser.enroll(app).await;
    app.clock.advance(time::Duration::seconds(30));
    (browser, key)
}

/// `email`, a member (or admin) of `company`, which requires MFA from
/// yesterday: their browser, past the password, at "Two-Factor
/// Authentication Required".
pub async fn must_enroll(
    app: &TestApp,
    email: &str,
    company: &str,
    role: backend::services::MembershipRole,
) -> Client {
    let user_id = app.add_user(email, domain::policy::PaymentRole::None).await;
    let company_id = app.services.company_named(company).await.unwrap();
    app.services.add_member(user_id, company_id, role).await.unwrap();
    app.services
        .require_mfa(
            company_id,
            backend::Clock::now(&app.clock) - time::Duration::days(1),
        )
        .await
        .unwrap();
    let mut browser = app.client();
    assert_eq!(
        browser.sign_in_password(email).await.location(),
        "/login/mfa-required"
    );
    browser
}
