//! The sign-in page as a stranger sees it, rendered once per language.
//!
//! A request with no cookie at all and no query string can only be a
//! stranger's first look at `/login`: no session, no known browser, no
//! saved language, nothing from the URL. Its page then depends on the
//! browser's preferred language alone (and on this build and its
//! configuration, fixed for the process). Such a page is rendered once per
//! language and kept with its script nonce cut out; each answer gets a
//! fresh nonce in the page and, through the [`NonceSlot`], in its policy.
//! Everything else (any cookie, any query, any other path, an answer that
//! sets a cookie or is not a 200 page) is rendered as usual.
//!
//! `make bench`: Leptos's rendering of `/login` made 6k answers/s beside a
//! bare axum's 93k on 2 cores; answered from here, see `bench/results.md`.

use app::i18n::Language;
use app::security::NonceSlot;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The pages kept: a stranger's sign-in page, whose every link leads on.
const PATHS: [&str; 1] = ["/login"];

/// A rendered page, split where its nonce was.
#[derive(Debug)]
struct Page {
    headers: HeaderMap,
    /// The page's bytes around each place its nonce stood.
    pieces: Vec<Bytes>,
}

impl Page {
    /// Cuts `nonce` out of `body`; `None` if it is not in it (no page to keep).
    fn cut(headers: HeaderMap, body: &[u8], nonce: &str) -> Option<Self> {
        let needle = nonce.as_bytes();
        if needle.is_empty() {
            return None;
        }
        let mut pieces = Vec::new();
        let mut rest = body;
        while let Some(at) = rest.windows(needle.len()).position(|w| w == needle) {
            pieces.push(Bytes::copy_from_slice(&rest[..at]));
            rest = &rest[at + needle.len()..];
        }
        if pieces.is_empty() {
            return None;
        }
        pieces.push(Bytes::copy_from_slice(rest));
        Some(Self { headers, pieces })
    }

    /// The page with `nonce` wherever the kept one stood.
    fn with_nonce(&self, nonce: &str) -> Vec<u8> {
        let size = self.pieces.iter().map(Bytes::len).sum::<usize>() + nonce.len() * self.pieces.len();
        let mut body = Vec::with_capacity(size);
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(nonce.as_bytes());
            }
            body.extend_from_slice(piece);
        }
        body
    }
}

/// A kept page's path and language code.
type Key = (&'static str, &'static str);

/// A stranger's pages, one per language.
#[derive(Debug, Default)]
pub struct PageCache {
    pages: RwLock<HashMap<Key, Arc<Page>>>,
}

impl PageCache {
    fn get(&self, key: Key) -> Option<Arc<Page>> {
        self.pages.read().ok()?.get(&key).cloned()
    }

    fn keep(&self, key: Key, page: Page) {
        if let Ok(mut pages) = self.pages.write() {
            pages.entry(key).or_insert_with(|| Arc::new(page));
        }
    }
}

/// The key of a request whose page a stranger would get, if it is one.
fn strangers_page(req: &Request) -> Option<Key> {
    if req.method() != Method::GET
        || req.uri().query().is_some()
        || req.headers().contains_key(header::COOKIE)
    {
        return None;
    }
    let path = PATHS.into_iter().find(|p| *p == req.uri().path())?;
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Some((path, Language::negotiate(None, accept).code()))
}

/// Answers a stranger's page from the cache, rendering it the first time.
/// Sits inside the security headers (which give each request its
/// [`NonceSlot`] and write its nonce into the policy).
pub async fn answer(State(cache): State<Arc<PageCache>>, req: Request, next: Next) -> Response {
    let (Some(key), Some(slot)) = (strangers_page(&req), req.extensions().get::<NonceSlot>().cloned()) else {
        return next.run(req).await;
    };
    if let Some(page) = cache.get(key) {
        let nonce = leptos::nonce::Nonce::new().to_string();
        let body = page.with_nonce(&nonce);
        slot.put(nonce);
        let mut res = (StatusCode::OK, Body::from(body)).into_response();
        *res.headers_mut() = page.headers.clone();
        return res;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK || res.headers().contains_key(header::SET_COOKIE) {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Some(page) = slot
        .peek()
        .and_then(|n| Page::cut(parts.headers.clone(), &bytes, &n))
    {
        cache.keep(key, page);
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_page_takes_each_new_nonce_where_the_old_one_stood() {
        let body = b"<script nonce=\"N0nce\">a</script><p>b</p><script nonce=\"N0nce\">c</script>";
        let page = Page::cut(HeaderMap::new(), body, "N0nce").unwrap();
        assert_eq!(page.pieces.len(), 3);
        assert_eq!(
            page.with_nonce("fresh"),
            b"<script nonce=\"fresh\">a</script><p>b</p><script nonce=\"fresh\">c</script>"
        );
        assert!(Page::cut(HeaderMap::new(), b"<p>no script</p>", "N0nce").is_none());
        assert!(Page::cut(HeaderMap::new(), body, "").is_none());
    }

    #[test]
    fn only_a_strangers_plain_get_of_a_kept_path_is_answered_from_the_cache() {
        let req = |method: Method, uri: &str, headers: &[(header::HeaderName, &str)]| {
            let mut builder = Request::builder().method(method).uri(uri);
            for (name, value) in headers {
                builder = builder.header(name, *value);
            }
            builder.body(Body::empty()).unwrap()
        };
        let fr = [(header::ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9")];
        assert_eq!(
            strangers_page(&req(Method::GET, "/login", &[])),
            Some(("/login", "en"))
        );
        assert_eq!(
            strangers_page(&req(Method::GET, "/login", &fr)),
            Some(("/login", "fr"))
        );
        let cookie = [(header::COOKIE, "trestle_lang=fr")];
        assert_eq!(strangers_page(&req(Method::GET, "/login", &cookie)), None);
        assert_eq!(strangers_page(&req(Method::GET, "/login?x=1", &[])), None);
        assert_eq!(strangers_page(&req(Method::GET, "/login/", &[])), None);
        assert_eq!(strangers_page(&req(Method::GET, "/verify", &[])), None);
        assert_eq!(strangers_page(&req(Method::POST, "/login", &[])), None);
        assert_eq!(strangers_page(&req(Method::HEAD, "/login", &[])), None);
    }
}
