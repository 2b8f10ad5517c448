//! Request guards: the session cookie, the Origin check on state-changing
//! requests, security headers on every response, and honest answers (a
//! refusal is a 4xx, a redirect a 3xx, for every client).

use crate::AppState;
use crate::client_ip::{IpNet, client_ip};
use app::error::{AppError, Refusal};
use app::security::NonceSlot;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use backend::SessionCtx;
use backend::session::{CookieChange, RequestInfo};
use cookie::{Cookie, SameSite};
use domain::limits::{KNOWN_BROWSER_LIFETIME, SIGNED_IN_LIFETIME};
use std::net::{IpAddr, SocketAddr};

/// Server function answers are small; anything bigger is not ours.
const MAX_ERROR_BODY_BYTES: usize = 4096;

/// Settings for the guards, derived from the public URL.
#[derive(Clone, Debug)]
pub struct Guard {
    pub allowed_origins: Vec<String>,
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<IpNet>,
}

/// `localhost`, `127.0.0.1`, `[::1]`: by the parsed host, not a substring.
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Guard {
    /// `public_url` is the origin browsers use. A loopback URL also accepts
    /// its `localhost`/`127.0.0.1` twin and gets cookies without `Secure`.
    pub fn new(public_url: &str, trusted_proxies: Vec<IpNet>) -> Self {
        let uri: Option<Uri> = public_url.trim_end_matches('/').parse().ok();
        let scheme = uri
            .as_ref()
            .and_then(|u| u.scheme_str())
            .unwrap_or("http")
            .to_owned();
        let host = uri
            .as_ref()
            .and_then(|u| u.host())
            .unwrap_or("localhost")
            .to_owned();
        let port = uri.as_ref().and_then(Uri::port_u16);
        let origin = |host: &str| match port {
            Some(port) => format!("{scheme}://{host}:{port}"),
            None => format!("{scheme}://{host}"),
        };
        let loopback = is_loopback(&host);
        let mut allowed_origins = vec![origin(&host)];
        if host == "localhost" {
            allowed_origins.push(origin("127.0.0.1"));
        } else if host == "127.0.0.1" {
            allowed_origins.push(origin("localhost"));
        }
        Self {
            allowed_origins,
            secure_cookies: !loopback,
            trusted_proxies,
        }
    }

    /// Whether the site is served over HTTPS (then `Strict-Transport-Security`).
    pub fn https(&self) -> bool {
        self.allowed_origins
            .first()
            .is_some_and(|o| o.starts_with("https://"))
    }

    /// A cookie's name on this site: with the `__Host-` prefix when Secure,
    /// so no subdomain or plain-HTTP page can set or shadow it.
    pub fn cookie_name(&self, name: &str) -> String {
        if self.secure_cookies {
            format!("__Host-{name}")
        } else {
            name.to_owned()
        }
    }

    /// A cookie with this site's flags: `Path=/`, `HttpOnly`,
    /// `SameSite=Lax`, `Max-Age`, and `Secure` unless on loopback.
    pub fn cookie(&self, name: &str, value: &str, max_age: i64) -> Cookie<'static> {
        Cookie::build((self.cookie_name(name), value.to_owned()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .max_age(cookie::time::Duration::seconds(max_age))
            .secure(self.secure_cookies)
            .build()
    }

    /// Adds `Set-Cookie` for cookie `name` (this site's name and flags).
    pub fn add_cookie(&self, res: &mut Response, name: &str, value: &str, max_age: i64) {
        let cookie = self.cookie(name, value, max_age);
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, value);
        }
    }

    fn read_cookie(&self, headers: &HeaderMap, name: &str) -> Option<String> {
        app::cookies::find(headers, &self.cookie_name(name))
    }

    fn set_cookie(&self, res: &mut Response, name: &str, change: CookieChange, max_age: i64) {
        match change {
            CookieChange::Keep => {}
            CookieChange::Set(token) => self.add_cookie(res, name, &token, max_age),
            CookieChange::Clear => self.add_cookie(res, name, "", 0),
        }
    }
}

pub const SESSION_COOKIE: &str = "trestle_session";
/// Marks a browser in which an account has completed a sign-in.
pub const BROWSER_COOKIE: &str = "trestle_browser";

/// Loads the server-side session for the request and writes the cookies back.
pub async fn session(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    if req.uri().path() == "/healthz" {
        return next.run(req).await;
    }
    let guard = &state.guard;
    // The socket's peer (axum's `MockConnectInfo` stands in for it in tests).
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0)
        .or_else(|| req.extensions().get::<MockConnectInfo<SocketAddr>>().map(|m| m.0));
    let ip = peer.map(|peer| client_ip(peer.ip(), req.headers(), &guard.trusted_proxies).to_string());
    let info = RequestInfo {
        token: guard.read_cookie(req.headers(), SESSION_COOKIE),
        browser: guard.read_cookie(req.headers(), BROWSER_COOKIE),
        client_ip: ip,
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|ua| ua.chars().take(512).collect()),
        language: app::i18n::language_from_headers(req.headers()),
    };
    let now = state.services.clock.now();
    let session = match SessionCtx::load(&state.services.db, info, now).await {
        Ok(session) => session,
        Err(err) => {
            tracing::error!(%err, "loading the session failed");
            let t = app::i18n::texts_in(app::i18n::language_from_headers(req.headers()));
            let words = t
                .unavailable
                .with(&[("product", state.services.issuer.to_string().into())]);
            return (StatusCode::SERVICE_UNAVAILABLE, words).into_response();
        }
    };
    req.extensions_mut().insert(session.clone());
    let mut res = next.run(req).await;
    let session_cookie = session.cookie_change().await;
    guard.set_cookie(
        &mut res,
        SESSION_COOKIE,
        session_cookie,
        SIGNED_IN_LIFETIME.whole_seconds(),
    );
    let browser_cookie = session.browser_cookie_change().await;
    guard.set_cookie(
        &mut res,
        BROWSER_COOKIE,
        browser_cookie,
        KNOWN_BROWSER_LIFETIME.whole_seconds(),
    );
    res
}

/// A wizard page's step, loaded before the page renders (see
/// [`app::LoadedStep`]): inside [`session`], for `GET`s of the wizard's pages.
pub async fn load_step(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let wizard_page =
        req.method() == Method::GET && domain::page::Page::from_path(req.uri().path()).is_some();
    if let Some(session) = req
        .extensions()
        .get::<SessionCtx>()
        .filter(|_| wizard_page)
        .cloned()
    {
        let step = app::api::load_step(&state.services, &session).await;
        req.extensions_mut().insert(app::LoadedStep(step));
    }
    next.run(req).await
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// The app's encoded error, as the hydrated app decodes it.
fn error_response(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::to_string(err).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Refuses cross-site state changes: every non-GET request must carry an
/// allowed `Origin`, or failing that `Sec-Fetch-Site: same-origin`.
pub async fn origin_check(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let allowed = match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => state.guard.allowed_origins.iter().any(|o| o == origin),
        None => headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("same-origin"),
    };
    if allowed {
        return next.run(req).await;
    }
    tracing::warn!(path = %req.uri().path(), "refused a cross-origin request");
    if accepts_html(headers) {
        let t = app::i18n::texts_in(app::i18n::language_from_headers(headers));
        return (StatusCode::FORBIDDEN, t.err_foreign_origin).into_response();
    }
    error_response(&AppError::Refused(Refusal::ForeignOrigin))
}

/// Honest statuses. Server functions answer every error with a 500; here a
/// refusal gets its own 4xx (from the error itself, so a missing field is a
/// 400 too). A page that redirects answers a real 302 whatever its `Accept`
/// header (leptos only sets one for HTML clients), with no body.
pub async fn honest_status(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if api && res.status() == StatusCode::INTERNAL_SERVER_ERROR {
        let (parts, body) = res.into_parts();
        let bytes = axum::body::to_bytes(body, MAX_ERROR_BODY_BYTES)
            .await
            .unwrap_or_default();
        let mut res = Response::from_parts(parts, Body::from(bytes.clone()));
        if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
            *res.status_mut() =
                StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        }
        return res;
    }
    if !api && res.status().is_success() && res.headers().contains_key(header::LOCATION) {
        let (mut parts, _) = res.into_parts();
        parts.status = StatusCode::FOUND;
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    res
}

/// Security headers for every response. Pages report their script nonce
/// through a [`NonceSlot`]; everything else gets the policy without one.
pub async fn security_headers(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let slot = NonceSlot::default();
    req.extensions_mut().insert(slot.clone());
    let api = req.uri().path().starts_with("/api/");
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    let csp = app::security::content_security_policy(slot.take().as_deref());
    if let Ok(csp) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    let fixed = [
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if state.guard.https() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000"),
        );
    }
    // Pages and server function answers carry setup keys and codes.
    let html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    // A public page that states its own caching keeps it (the help centre).
    if api || (html && !headers.contains_key(header::CACHE_CONTROL)) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_origins_and_cookie_flags() {
        let guard = Guard::new("http://127.0.0.1:3000/", vec![]);
        assert_eq!(
            guard.allowed_origins,
            vec!["http://127.0.0.1:3000", "http://localhost:3000"]
        );
        assert!(!guard.secure_cookies && !guard.https());
        assert_eq!(guard.cookie_name(SESSION_COOKIE), "trestle_session");
        let public = Guard::new("https://login.example.com", vec![]);
        assert_eq!(public.allowed_origins, vec!["https://login.example.com"]);
        assert!(public.https());
    }

    /// The attributes of a `Set-Cookie` value, sorted.
    fn attributes(set_cookie: &str) -> Vec<&str> {
        let mut attributes: Vec<&str> = set_cookie.split("; ").collect();
        attributes.sort_unstable();
        attributes
    }

    #[test]
    fn cookies_carry_the_sites_flags() {
        let public = Guard::new("https://login.example.com", vec![]);
        assert_eq!(
            attributes(&public.cookie(SESSION_COOKIE, "t", 10).to_string()),
            [
                "HttpOnly",
                "Max-Age=10",
                "Path=/",
                "SameSite=Lax",
                "Secure",
                "__Host-trestle_session=t"
            ]
        );
        let loopback = Guard::new("http://localhost:3000", vec![]);
        assert_eq!(
            attributes(&loopback.cookie(BROWSER_COOKIE, "", 0).to_string()),
            [
                "HttpOnly",
                "Max-Age=0",
                "Path=/",
                "SameSite=Lax",
                "trestle_browser="
            ]
        );
    }

    #[test]
    fn a_host_that_merely_contains_localhost_is_not_loopback() {
        for url in [
            "https://localhost.evil.example",
            "https://127.0.0.1.evil.example",
            "https://evil.example/://localhost",
        ] {
            let guard = Guard::new(url, vec![]);
            assert!(guard.secure_cookies, "{url}");
            assert_eq!(guard.allowed_origins.len(), 1, "{url}");
        }
        assert!(!Guard::new("http://[::1]:3000", vec![]).secure_cookies);
    }

    #[test]
    fn reads_the_session_cookie_among_others() {
        let guard = Guard::new("http://127.0.0.1:3000", vec![]);
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; trestle_session=abc; b=2"),
        );
        assert_eq!(
            guard.read_cookie(&headers, SESSION_COOKIE).as_deref(),
            Some("abc")
        );
    }
}
