//! Trestle's HTTP server: wires configuration, storage and services into an
//! axum router with the Leptos app, its server functions and the guards.
#![forbid(unsafe_code)]

pub mod client_ip;
pub mod config;
pub mod language;
pub mod middleware;
pub mod outbox;
pub mod seed;

use app::{App, shell};
use axum::Router;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::http::{HeaderValue, header};
use axum::routing::{get, get_service, post};
use backend::Services;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use middleware::Guard;
use std::sync::{Arc, OnceLock};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Largest request body accepted; bigger bodies get 413 before any parsing.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub services: Services,
    pub guard: Arc<Guard>,
}

async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.services.healthy().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}

/// The app's routes, generated once per process. Generating them runs the app
/// with resource loading switched off process-wide (a global flag in
/// leptos_server), so a page rendering at that moment on another thread would
/// wait forever (leptos-rs/leptos#4773). Tests build many routers in parallel.
fn routes() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The browser's files: the WASM, its JavaScript and the stylesheet, served
/// precompressed (brotli or gzip, as the build script leaves them beside
/// each file) and revalidated on every use (`no-cache`: the names are not
/// hashed, so a new build must reach browsers at once; unchanged files
/// answer 304).
fn site_files(options: &LeptosOptions) -> (String, axum::routing::MethodRouter, axum::routing::MethodRouter) {
    let root = std::path::Path::new(&*options.site_root);
    let pkg = ServeDir::new(root.join(&*options.site_pkg_dir))
        .precompressed_br()
        .precompressed_gzip();
    let revalidate =
        SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    (
        format!("/{}", options.site_pkg_dir),
        get_service(pkg).layer(revalidate.clone()),
        get_service(ServeFile::new(root.join("favicon.ico"))).layer(revalidate),
    )
}

/// The whole application, without a socket, so tests can call it directly.
pub fn router(state: AppState) -> Router {
    let routes = routes();
    let services = state.services.clone();
    let options = state.leptos_options.clone();
    let x_request_id = axum::http::HeaderName::from_static("x-request-id");
    let (pkg_path, pkg, favicon) = site_files(&options);
    Router::new()
        .route("/healthz", get(healthz))
        .nest_service(&pkg_path, pkg)
        .route_service("/favicon.ico", favicon)
        .route("/dev/outbox", get(outbox::page))
        .route("/dev/outbox.json", get(outbox::json))
        .route(app::components::LANGUAGE_PATH, post(language::switch))
        .leptos_routes_with_context(&state, routes, move || provide_context(services.clone()), move || {
            shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::session))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::origin_check))
        .layer(axum::middleware::from_fn(middleware::honest_status))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<_>| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
        .with_state(state)
}

/// Deletes expired sessions, known browsers and stale attempt counters every ten minutes.
pub fn spawn_housekeeping(services: Services) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            match services.housekeeping().await {
                Ok(swept) => tracing::debug!(?swept, "housekeeping"),
                Err(err) => tracing::warn!(%err, "housekeeping failed"),
            }
        }
    });
}
