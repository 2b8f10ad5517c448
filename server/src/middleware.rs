//! Request guards: the session cookie, the Origin check on state-changing
//! requests, and security headers on every response.

use crate::AppState;
use app::security::NonceSlot;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use backend::SessionCtx;
use backend::session::{CookieChange, SIGNED_IN_TTL};
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "trestle_session";

/// Settings for the guards, derived from the public URL.
#[derive(Clone, Debug)]
pub struct Guard {
    pub allowed_origins: Vec<String>,
    pub secure_cookies: bool,
}

impl Guard {
    /// `public_url` is the origin browsers use. Loopback URLs also accept
    /// their `localhost`/`127.0.0.1` twin and get cookies without `Secure`.
    pub fn new(public_url: &str) -> Self {
        let origin = public_url.trim_end_matches('/').to_owned();
        let loopback = ["://localhost", "://127.0.0.1", "://[::1]"]
            .iter()
            .any(|h| origin.contains(h));
        let mut allowed_origins = vec![origin.clone()];
        if loopback {
            for (a, b) in [("://localhost", "://127.0.0.1"), ("://127.0.0.1", "://localhost")] {
                if origin.contains(a) {
                    allowed_origins.push(origin.replace(a, b));
                }
            }
        }
        Self {
            allowed_origins,
            secure_cookies: !loopback,
        }
    }

    /// A `Set-Cookie` value with this site's flags.
    pub fn cookie(&self, name: &str, value: &str, max_age: i64) -> String {
        let secure = if self.secure_cookies { "; Secure" } else { "" };
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
    }
}

fn session_token(headers: &HeaderMap) -> Option<String> {
    app::cookies::find(headers, SESSION_COOKIE)
}

fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.ico" || path == "/healthz"
}

/// Loads the server-side session for the request and writes the cookie back.
pub async fn session(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    if is_static(req.uri().path()) {
        return next.run(req).await;
    }
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string());
    let now = state.services.clock.now();
    let session = match SessionCtx::load(&state.services.db, session_token(req.headers()), ip, now).await {
        Ok(session) => session,
        Err(err) => {
            tracing::error!(%err, "loading the session failed");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "Trestle is temporarily unavailable. Please try again.",
            )
                .into_response();
        }
    };
    req.extensions_mut().insert(session.clone());
    let mut res = next.run(req).await;
    let cookie = match session.cookie_change().await {
        CookieChange::Keep => None,
        CookieChange::Set(token) => Some(state.guard.cookie(
            SESSION_COOKIE,
            &token,
            SIGNED_IN_TTL.whole_seconds(),
        )),
        CookieChange::Clear => Some(state.guard.cookie(SESSION_COOKIE, "", 0)),
    };
    if let Some(value) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    res
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
    if !allowed {
        tracing::warn!(path = %req.uri().path(), "refused a cross-origin request");
        return (
            StatusCode::FORBIDDEN,
            "This request was refused because it did not come from this site.",
        )
            .into_response();
    }
    next.run(req).await
}

/// Security headers for every response. Pages report their script nonce
/// through a [`NonceSlot`]; everything else gets the policy without one.
pub async fn security_headers(mut req: Request, next: Next) -> Response {
    let slot = NonceSlot::default();
    req.extensions_mut().insert(slot.clone());
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
    if headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
    {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_origins_and_cookie_flags() {
        let guard = Guard::new("http://127.0.0.1:3000/");
        assert_eq!(
            guard.allowed_origins,
            vec!["http://127.0.0.1:3000", "http://localhost:3000"]
        );
        assert!(!guard.secure_cookies);
        let public = Guard::new("https://login.example.com");
        assert_eq!(public.allowed_origins, vec!["https://login.example.com"]);
        assert!(public.cookie(SESSION_COOKIE, "t", 10).ends_with("; Secure"));
    }

    #[test]
    fn reads_the_session_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; trestle_session=abc; b=2"),
        );
        assert_eq!(session_token(&headers).as_deref(), Some("abc"));
    }
}
