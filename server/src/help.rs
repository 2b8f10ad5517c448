//! `GET /help` and `GET /help/{lang}`: the help centre ([`app::help`]),
//! rendered once per language when the router is built and answered from
//! memory.
//!
//! `/help` speaks the reader's language (`?lang=fr` first, then the
//! switcher's cookie, then `Accept-Language`); `/help/fr` speaks French.
//! The pages are the same for everyone and carry nothing personal, so they
//! take a lane of their own, like the browser's files: no session is
//! loaded and no cookie is set; the security headers still apply. They are
//! answered `no-cache` with an `ETag`, as the site's unversioned files, so
//! an unchanged page answers 304.

use crate::{AppState, middleware};
use app::i18n::{Language, language_from_headers};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::hash::{DefaultHasher, Hasher};
use std::sync::Arc;

/// One language's page.
struct Page {
    body: Bytes,
    etag: HeaderValue,
}

/// The help page in each language, in [`Language::ALL`]'s order.
pub struct HelpPages {
    pages: Vec<Page>,
}

impl HelpPages {
    /// Renders every language for this deployment: its product name, its
    /// stylesheet (the build's versioned name) and its SMS code validity.
    pub fn new(state: &AppState) -> Self {
        let options = &state.leptos_options;
        let settings = app::help::Settings {
            product: state.services.issuer.to_string(),
            stylesheet: format!("/{}/{}.css", options.site_pkg_dir, options.output_name),
            sms_code_minutes: state.services.sms_settings.code_minutes,
            sms_resend_seconds: state.services.sms_settings.resend_seconds,
        };
        let pages = app::help::pages(&settings)
            .into_iter()
            .map(|html| {
                let mut hasher = DefaultHasher::new();
                hasher.write(html.as_bytes());
                let etag = HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish()))
                    .unwrap_or_else(|_| HeaderValue::from_static("\"help\""));
                Page {
                    body: Bytes::from(html),
                    etag,
                }
            })
            .collect();
        Self { pages }
    }

    /// The page in `language`; `negotiated` when the request's headers chose it.
    fn answer(&self, language: Language, request: &HeaderMap, negotiated: bool) -> Response {
        let Some(page) = self.pages.get(language.index()) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let mut res = if request.get(header::IF_NONE_MATCH) == Some(&page.etag) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            page.body.clone().into_response()
        };
        let headers = res.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(language.code()),
        );
        headers.insert(header::ETAG, page.etag.clone());
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        if negotiated {
            headers.insert(header::VARY, HeaderValue::from_static("accept-language, cookie"));
        }
        res
    }
}

/// The routes, with the site's security headers.
pub fn router(state: &AppState) -> Router {
    Router::new()
        .route(app::help::HELP_PATH, get(readers_language))
        .route(&format!("{}/{{lang}}", app::help::HELP_PATH), get(one_language))
        .with_state(Arc::new(HelpPages::new(state)))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
}

/// `lang` of a query string (`?lang=fr`), when it names a language we have.
fn chosen(query: Option<&str>) -> Option<Language> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Language::from_code)
}

/// `/help`: `?lang=` first, else the switcher's cookie, else `Accept-Language`.
async fn readers_language(
    State(pages): State<Arc<HelpPages>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    match chosen(query.as_deref()) {
        Some(language) => pages.answer(language, &headers, false),
        None => pages.answer(language_from_headers(&headers), &headers, true),
    }
}

/// `/help/fr`; a language we do not have is not found.
async fn one_language(
    State(pages): State<Arc<HelpPages>>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Response {
    match Language::from_code(&lang) {
        Some(language) if language.code() == lang.to_ascii_lowercase() => {
            pages.answer(language, &headers, false)
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_chooses_a_language_we_have() {
        assert_eq!(chosen(Some("lang=fr")), Some(Language::Fr));
        assert_eq!(chosen(Some("x=1&lang=de")), Some(Language::De));
        assert_eq!(chosen(Some("lang=es-MX")), Some(Language::Es));
        assert_eq!(chosen(Some("lang=it")), None);
        assert_eq!(chosen(Some("")), None);
        assert_eq!(chosen(None), None);
    }
}
