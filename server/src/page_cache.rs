//! Pages kept once rendered, answered by filling in what differs per answer.
//!
//! **A stranger's sign-in page.** A request with no cookie at all and no
//! query string can only be a stranger's first look at `/login`: no
//! session, no known browser, no saved language, nothing from the URL. Its
//! page then depends on the browser's preferred language alone (and on this
//! build and its configuration, fixed for the process). Such a page is
//! rendered once per language and kept with its script nonce cut out; each
//! answer gets a fresh nonce in the page and, through the [`NonceSlot`], in
//! its policy.
//!
//! **A sign-in's password page.** The page of a session at "Enter Your
//! Password" depends on its language and on one value of the session, the
//! email typed. It is rendered once per language for a stand-in session
//! whose email is a random marker, kept with the marker and the nonce cut
//! out, and each answer fills in this session's own email. The stand-in is
//! kept only if the marker stood whole wherever any part of it shows (a
//! page that showed the email changed, cut or encoded keeps nothing), and
//! an email is filled in only if it reads the same escaped in any place of
//! a page (HTML text, an attribute, JSON, a URL): letters, digits and
//! `.@_+-`. Any other email, any query, any other step: rendered as usual.
//!
//! Everything else (any other path, an answer that sets a cookie or is not
//! a 200 page) is rendered as usual.
//!
//! `make bench`: Leptos's rendering of `/login` made 6k answers/s beside a
//! bare axum's 93k on 2 cores, and a sign-in's password page 9k beside a
//! Leptos hello-world's 34k; answered from here, see `bench/results.md`.

use app::LoadedStep;
use app::api::{Step, StepView};
use app::i18n::Language;
use app::security::NonceSlot;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::response::Parts as ResponseParts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::page::Page;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The pages kept for strangers: the sign-in page, whose every link leads on.
const PATHS: [&str; 1] = ["/login"];

/// What stood in a place cut out of a kept page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hole {
    /// The page's script nonce, fresh for each answer.
    Nonce,
    /// The session's value (its email), filled in for each answer.
    Value,
}

/// A rendered page, cut where its nonce and its value were.
#[derive(Debug)]
struct Kept {
    headers: HeaderMap,
    /// The page's bytes around each hole: one more piece than holes.
    pieces: Vec<Bytes>,
    holes: Vec<Hole>,
}

impl Kept {
    /// Cuts every whole occurrence of each needle out of `body`; `None` if
    /// a needle is empty or never occurs (no page to keep).
    fn cut(headers: HeaderMap, body: &[u8], needles: &[(Hole, &str)]) -> Option<Self> {
        if needles.iter().any(|(_, n)| n.is_empty()) {
            return None;
        }
        let (mut pieces, mut holes) = (Vec::new(), Vec::new());
        let mut rest = body;
        // The earliest needle left in `rest`, and where.
        let next = |rest: &[u8]| {
            needles
                .iter()
                .filter_map(|(hole, n)| find(rest, n.as_bytes()).map(|at| (at, *hole, n.len())))
                .min_by_key(|(at, ..)| *at)
        };
        while let Some((at, hole, len)) = next(rest) {
            pieces.push(Bytes::copy_from_slice(&rest[..at]));
            holes.push(hole);
            rest = &rest[at + len..];
        }
        pieces.push(Bytes::copy_from_slice(rest));
        needles.iter().all(|(h, _)| holes.contains(h)).then_some(Self {
            headers,
            pieces,
            holes,
        })
    }

    /// The page with `nonce` and `value` where the kept ones stood.
    fn fill(&self, nonce: &str, value: &str) -> Vec<u8> {
        let text = |hole: &Hole| match hole {
            Hole::Nonce => nonce,
            Hole::Value => value,
        };
        let size = self.pieces.iter().map(Bytes::len).sum::<usize>()
            + self.holes.iter().map(|h| text(h).len()).sum::<usize>();
        let mut body = Vec::with_capacity(size);
        let mut pieces = self.pieces.iter();
        body.extend_from_slice(pieces.next().map_or(&[][..], |first| first));
        for (hole, piece) in self.holes.iter().zip(pieces) {
            body.extend_from_slice(text(hole).as_bytes());
            body.extend_from_slice(piece);
        }
        body
    }

    /// Whether `text` shows anywhere in what is left of the page.
    fn shows(&self, text: &str) -> bool {
        self.pieces.iter().any(|p| find(p, text.as_bytes()).is_some())
    }

    /// This answer: the page with a fresh nonce (also handed to the
    /// policy through `slot`) and `value`.
    fn answer(&self, slot: &NonceSlot, value: &str) -> Response {
        let nonce = leptos::nonce::Nonce::new().to_string();
        let body = self.fill(&nonce, value);
        slot.put(nonce);
        let mut res = (StatusCode::OK, Body::from(body)).into_response();
        *res.headers_mut() = self.headers.clone();
        res
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A kept page's path and language code.
type Key = (&'static str, &'static str);

/// Kept pages, one per path and language; a key whose page could not be
/// kept (`None`) is rendered as usual from then on.
#[derive(Debug, Default)]
pub struct PageCache {
    pages: RwLock<HashMap<Key, Option<Arc<Kept>>>>,
}

impl PageCache {
    fn get(&self, key: Key) -> Option<Option<Arc<Kept>>> {
        self.pages.read().ok()?.get(&key).cloned()
    }

    fn keep(&self, key: Key, page: Option<Kept>) -> Option<Arc<Kept>> {
        let mut pages = self.pages.write().ok()?;
        pages.entry(key).or_insert_with(|| page.map(Arc::new)).clone()
    }
}

/// Whether a rendered answer is a page to keep: a 200 that sets no cookie.
fn keepable(res: &Response) -> bool {
    res.status() == StatusCode::OK && !res.headers().contains_key(header::SET_COOKIE)
}

/// A kept page's headers: the answer's, but its length is each filled page's.
fn kept_headers(headers: &HeaderMap) -> HeaderMap {
    let mut headers = headers.clone();
    headers.remove(header::CONTENT_LENGTH);
    headers
}

/// A rendered answer read whole, with the nonce its page reported in
/// `slot`, if it is a page to keep; otherwise the answer as it came (or a
/// 500 if its body could not be read).
async fn rendered(res: Response, slot: &NonceSlot) -> Result<(ResponseParts, Bytes, String), Response> {
    let Some(nonce) = slot.peek().filter(|_| keepable(&res)) else {
        return Err(res);
    };
    let (parts, body) = res.into_parts();
    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => Ok((parts, bytes, nonce)),
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
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
    if let Some(Some(page)) = cache.get(key) {
        return page.answer(&slot, "");
    }
    let (parts, bytes, nonce) = match rendered(next.run(req).await, &slot).await {
        Ok(page) => page,
        Err(res) => return res,
    };
    if let Some(page) = Kept::cut(kept_headers(&parts.headers), &bytes, &[(Hole::Nonce, &nonce)]) {
        cache.keep(key, Some(page));
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The password pages of sign-ins, one per language, and the stand-in
/// email they were rendered for.
#[derive(Debug)]
pub struct SessionPages {
    pages: PageCache,
    /// Random digits, which no page shows unless it shows the marker.
    core: String,
    /// The stand-in's email: the core, and every character [`plain`] allows.
    marker: String,
}

impl Default for SessionPages {
    fn default() -> Self {
        let core: String = leptos::nonce::Nonce::new()
            .to_string()
            .bytes()
            .map(|b| char::from(b'0' + b % 10))
            .collect();
        let marker = format!("{core}.Zz_+-@{core}.invalid");
        Self {
            pages: PageCache::default(),
            core,
            marker,
        }
    }
}

impl SessionPages {
    /// The stand-in's page cut where its nonce and the marker stood, if the
    /// marker stood whole wherever any part of it shows.
    fn cut(&self, headers: &HeaderMap, body: &[u8], nonce: &str) -> Option<Kept> {
        let needles = [(Hole::Nonce, nonce), (Hole::Value, self.marker.as_str())];
        Kept::cut(kept_headers(headers), body, &needles).filter(|page| !page.shows(&self.core))
    }
}

/// An email that reads the same escaped for any place of a page.
fn plain(email: &str) -> bool {
    !email.is_empty()
        && email
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".@_+-".contains(c))
}

/// A request for a sign-in's password page that can be answered from a
/// kept page (a plain `GET` of the step's own page): its key, its page and
/// the session's email.
fn password_page(req: &Request) -> Option<(Key, Page, String)> {
    if req.method() != Method::GET || req.uri().query().is_some() {
        return None;
    }
    let Some(LoadedStep(Ok(Step {
        page,
        signed_in: false,
        view: StepView::Password { email },
    }))) = req.extensions().get::<LoadedStep>()
    else {
        return None;
    };
    if req.uri().path() != page.path() || !plain(email) {
        return None;
    }
    let language = app::i18n::language_from_headers(req.headers()).code();
    Some(((page.path(), language), *page, email.clone()))
}

/// `page` rendered for a stand-in sign-in whose email is the marker (the
/// request's own headers, a nonce of its own), cut where the marker and the
/// nonce stood; `None` if it is not a page to keep.
async fn stand_in(pages: &SessionPages, parts: &Parts, page: Page, next: Next) -> Option<Kept> {
    let mut parts = parts.clone();
    let slot = NonceSlot::default();
    parts.extensions.insert(slot.clone());
    let view = StepView::Password {
        email: pages.marker.clone(),
    };
    parts.extensions.insert(LoadedStep(Ok(Step {
        page,
        signed_in: false,
        view,
    })));
    let res = next.run(Request::from_parts(parts, Body::empty())).await;
    let kept = match rendered(res, &slot).await {
        Ok((parts, bytes, nonce)) => pages.cut(&parts.headers, &bytes, &nonce),
        Err(_) => None,
    };
    if kept.is_none() {
        tracing::warn!(
            path = page.path(),
            "the password page could not be kept (not a 200 page, or its email not shown as typed): rendered for each session"
        );
    }
    kept
}

/// Answers a sign-in's password page from its kept page, with this
/// session's email; renders and keeps the page the first time. Sits inside
/// [`crate::middleware::load_step`], which loads the session's step.
pub async fn answer_for_session(
    State(pages): State<Arc<SessionPages>>,
    req: Request,
    next: Next,
) -> Response {
    let (Some((key, page, email)), Some(slot)) =
        (password_page(&req), req.extensions().get::<NonceSlot>().cloned())
    else {
        return next.run(req).await;
    };
    let (parts, body) = req.into_parts();
    let kept = match pages.pages.get(key) {
        Some(kept) => kept,
        None => {
            let rendered = stand_in(&pages, &parts, page, next.clone()).await;
            pages.pages.keep(key, rendered)
        }
    };
    match kept {
        Some(kept) => kept.answer(&slot, &email),
        None => next.run(Request::from_parts(parts, body)).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_page_takes_each_new_nonce_where_the_old_one_stood() {
        let body = b"<script nonce=\"N0nce\">a</script><p>b</p><script nonce=\"N0nce\">c</script>";
        let page = Kept::cut(HeaderMap::new(), body, &[(Hole::Nonce, "N0nce")]).unwrap();
        assert_eq!(page.pieces.len(), 3);
        assert_eq!(
            page.fill("fresh", ""),
            b"<script nonce=\"fresh\">a</script><p>b</p><script nonce=\"fresh\">c</script>"
        );
        let none = |body: &[u8], nonce| Kept::cut(HeaderMap::new(), body, &[(Hole::Nonce, nonce)]).is_none();
        assert!(none(b"<p>no script</p>", "N0nce"));
        assert!(none(body, ""));
    }

    #[test]
    fn a_kept_page_takes_each_answers_value_and_nonce_in_their_own_places() {
        let body = b"<p>1@x</p><script nonce=\"N\"></script><input value=\"1@x\">";
        let needles = [(Hole::Nonce, "N"), (Hole::Value, "1@x")];
        let page = Kept::cut(HeaderMap::new(), body, &needles).unwrap();
        assert_eq!(page.holes, [Hole::Value, Hole::Nonce, Hole::Value]);
        assert_eq!(
            page.fill("fresh", "ann@example.com"),
            b"<p>ann@example.com</p><script nonce=\"fresh\"></script><input value=\"ann@example.com\">"
        );
        // Every needle must stand somewhere: a page without the value keeps nothing.
        assert!(Kept::cut(HeaderMap::new(), b"<script nonce=\"N\"></script>", &needles).is_none());
    }

    #[test]
    fn the_stand_in_marker_is_itself_plain_and_only_plain_emails_are_filled_in() {
        let pages = SessionPages::default();
        assert!(plain(&pages.marker));
        assert!(pages.core.len() >= 16 && pages.core.bytes().all(|b| b.is_ascii_digit()));
        for c in "._+-@".chars() {
            assert!(
                pages.marker.contains(c),
                "the marker must carry {c:?}, which plain emails may"
            );
        }
        assert!(plain("ann.o_b+c-d@Example.COM"));
        for email in [
            "",
            "o'brien@example.com",
            "a\"b@example.com",
            "a<b@example.com",
            "a&b@example.com",
            "été@example.com",
            "a b@example.com",
        ] {
            assert!(!plain(email), "{email:?}");
        }
    }

    #[test]
    fn a_page_that_shows_its_email_changed_is_not_kept() {
        let pages = SessionPages::default();
        let marker = &pages.marker;
        let cut = |body: String| pages.cut(&HeaderMap::new(), body.as_bytes(), "N");
        assert!(cut(format!("<i nonce=\"N\"></i><b>{marker}</b>")).is_some());
        let upper = marker.to_uppercase();
        let encoded = marker.replace('@', "%40");
        let local = marker.split('@').next().unwrap_or_default().to_owned();
        for shown in [upper, encoded, local] {
            assert!(
                cut(format!(
                    "<i nonce=\"N\"></i><b>{marker}</b><a href=\"/x?e={shown}\"></a>"
                ))
                .is_none(),
                "{shown}"
            );
        }
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
