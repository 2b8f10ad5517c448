//! A form too large for the server: a request body above
//! [`crate::MAX_BODY_BYTES`] is refused with a 413 before it is read. A
//! person whose browser posted it (a form post that accepts HTML, or any
//! navigation) gets a short page in their language with a way back to the
//! form; the hydrated app's fetches and other clients keep the plain 413.
//!
//! The page is plain HTML on the app's stylesheet, with no script, and goes
//! through the same security headers as every other answer. A body sent
//! without its length is held to the same limit here.

use crate::{AppState, MAX_BODY_BYTES};
use app::api::Page;
use app::i18n::Language;
use axum::body::{Body, HttpBody};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use backend::delivery::escape_html;

/// Whether the person sees the answer to this request as a page: a form
/// post from a browser without JavaScript, or a navigation.
fn posted_by_a_browser(req: &Request) -> bool {
    if req.method() != Method::POST {
        return false;
    }
    let headers = req.headers();
    let value = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    let content_type = value("content-type").to_ascii_lowercase();
    let form = content_type.starts_with("application/x-www-form-urlencoded")
        || content_type.starts_with("multipart/form-data");
    value("sec-fetch-mode") == "navigate" || (form && value("accept").contains("text/html"))
}

/// The page the form was on (path and query), when the `Referer` is this site.
fn way_back(headers: &HeaderMap, allowed_origins: &[String]) -> Option<String> {
    let referer: Uri = headers.get(header::REFERER)?.to_str().ok()?.parse().ok()?;
    let origin = format!("{}://{}", referer.scheme_str()?, referer.authority()?);
    if !allowed_origins.contains(&origin) {
        return None;
    }
    let back = referer.path_and_query()?.as_str();
    crate::language::local_path(back).map(str::to_owned)
}

/// Answers a browser's too-large form with [`page`]; everything else as is.
/// Sits just outside the body limit, inside the security headers.
pub async fn answer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let person = posted_by_a_browser(&req).then(|| {
        let back = way_back(req.headers(), &state.guard.allowed_origins);
        (app::i18n::language_from_headers(req.headers()), back)
    });
    let res = match with_known_length(req).await {
        Some(req) => next.run(req).await,
        None => (StatusCode::PAYLOAD_TOO_LARGE, "length limit exceeded").into_response(),
    };
    match person {
        Some((locale, back)) if res.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let options = &state.leptos_options;
            let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
            let html = page(locale, back.as_deref(), &state.services.issuer, &stylesheet);
            (StatusCode::PAYLOAD_TOO_LARGE, Html(html)).into_response()
        }
        _ => res,
    }
}

/// A body sent without `Content-Length` (chunked) is read here, up to the
/// limit, and passed on with its length; `None` when it is too large (or
/// the client went away). The body limit alone would cut it off in the
/// middle, and a server function would take the rest for a broken form (a
/// 400, not a 413).
async fn with_known_length(req: Request) -> Option<Request> {
    if req.headers().contains_key(header::CONTENT_LENGTH) || req.body().is_end_stream() {
        return Some(req);
    }
    let (mut parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES).await.ok()?;
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    Some(Request::from_parts(parts, Body::from(bytes)))
}

/// "This Form Was Too Large", one sentence, and a link back to `back` (or
/// to sign-in), laid out like the wizard's cards.
fn page(locale: Language, back: Option<&str>, product: &str, stylesheet: &str) -> String {
    let t = app::i18n::texts_in(locale);
    let (href, link) = match back {
        Some(back) => (back, t.go_back),
        None => (Page::Email.path(), t.go_to_sign_in),
    };
    let (product, href, stylesheet) = (escape_html(product), escape_html(href), escape_html(stylesheet));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light\">\n\
         <title>{title} · {product}</title>\n<link rel=\"icon\" href=\"/favicon.ico\">\n\
         <link rel=\"stylesheet\" href=\"{stylesheet}\">\n</head>\n<body>\n<main class=\"wizard\">\n\
         <section class=\"card\" aria-labelledby=\"step-title\">\n<div class=\"brand-row\">\
         <p class=\"brand\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>{product}</p></div>\n\
         <h1 id=\"step-title\">{title}</h1>\n<p>{body}</p>\n\
         <p><a href=\"{href}\" data-testid=\"way-back\">{link}</a></p>\n</section>\n</main>\n</body>\n</html>\n",
        lang = locale.code(),
        title = t.too_large,
        body = t.too_large_body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goes_back_only_to_a_page_of_this_site() {
        let allowed = ["http://127.0.0.1:3000".to_owned()];
        let back = |referer: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::REFERER, HeaderValue::from_static(referer));
            way_back(&headers, &allowed)
        };
        assert_eq!(
            back("http://127.0.0.1:3000/login/password").as_deref(),
            Some("/login/password")
        );
        assert_eq!(
            back("http://127.0.0.1:3000/account/reset?token=abc").as_deref(),
            Some("/account/reset?token=abc")
        );
        for foreign in [
            "https://evil.example/login",
            "http://127.0.0.1:3000.evil.example/login",
            "http://user@127.0.0.1:3000/login",
            "/login",
        ] {
            assert_eq!(back(foreign), None, "{foreign}");
        }
    }

    #[test]
    fn the_page_escapes_what_it_did_not_write() {
        let page = page(Language::Fr, Some("/a\"><script>"), "T<r>", "/pkg/trestle.css");
        assert!(!page.contains("<script"), "{page}");
        assert!(page.contains("lang=\"fr\"") && page.contains("T&lt;r&gt;"));
        assert!(page.contains(app::i18n::texts_in(Language::Fr).too_large));
    }
}
