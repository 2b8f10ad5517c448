//! Trestle's HTTP server: wires configuration, storage and services into an
//! axum router with the Leptos app, its server functions and the guards.
#![forbid(unsafe_code)]
#![recursion_limit = "256"]

pub mod assets;
pub mod cli;
pub mod client_ip;
pub mod config;
pub mod help;
pub mod language;
pub mod metrics;
pub mod middleware;
pub mod outbox;
pub mod page_cache;
pub mod seed;
pub mod sso;
pub mod too_large;

use app::{App, shell};
use axum::Router;
use axum::extract::{FromRef, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use backend::Services;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use middleware::Guard;
use std::sync::{Arc, OnceLock};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// Largest request body accepted; bigger bodies get 413 before any parsing
/// (a page for a browser's form: see [`too_large`]).
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// What every request shares, behind one `Arc`: axum clones each layer's
/// inner service (down to the handler and its state) for every request,
/// so a clone here must cost a reference count, not the services
/// (`perf` on `GET /login`: their clones and drops were a tenth of it).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub leptos_options: LeptosOptions,
    /// The browser's files, in memory.
    pub assets: Arc<assets::Assets>,
    pub services: Services,
    pub guard: Guard,
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// leptos_axum's handlers read the options from the router's state.
impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl AppState {
    /// Reads the browser's files from the site root; pages link to them by
    /// the build's versioned names (`output_name` gains the version).
    pub fn new(mut leptos_options: LeptosOptions, services: Services, guard: Guard) -> Self {
        let assets = assets::Assets::load(
            std::path::Path::new(&*leptos_options.site_root),
            &leptos_options.site_pkg_dir,
        );
        leptos_options.output_name = assets.output_name(&leptos_options.output_name).into();
        Self(Arc::new(Shared {
            leptos_options,
            assets: Arc::new(assets),
            services,
            guard,
        }))
    }
}

async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.services.healthy().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}

/// How long `/readyz` waits for the database before answering 503 (the
/// pool's own wait for a connection is 30 s, beyond any probe's patience).
const READY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// `/readyz`: 200 when this instance can take traffic (the database answers
/// and has every migration this binary embeds), else 503. `/healthz` stays
/// the liveness check. Plain text, never cached, no session, no cookie.
async fn readyz(State(state): State<AppState>) -> axum::response::Response {
    use backend::services::Readiness;
    let readiness = tokio::time::timeout(READY_TIMEOUT, state.services.readiness())
        .await
        .unwrap_or(Readiness::DatabaseUnavailable);
    let (status, body) = match readiness {
        Readiness::Ready => (StatusCode::OK, "ready"),
        Readiness::DatabaseUnavailable => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
        Readiness::MigrationsPending(pending) => {
            tracing::warn!(?pending, "not ready: migrations pending");
            (StatusCode::SERVICE_UNAVAILABLE, "migrations pending")
        }
    };
    let headers = [
        (header::CACHE_CONTROL, "no-store"),
        (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
    ];
    (status, headers, body).into_response()
}

/// The app's routes, generated once per process. Generating them runs the app
/// with resource loading switched off process-wide (a global flag in
/// leptos_server), so a page rendering at that moment on another thread would
/// wait forever (leptos-rs/leptos#4773). Tests build many routers in parallel.
fn routes() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// `/pkg/...` and `/favicon.ico` from memory; anything else is not a file.
async fn site_file(
    State(assets): State<Arc<assets::Assets>>,
    req: axum::extract::Request,
) -> axum::response::Response {
    assets
        .respond(req.uri().path(), req.headers())
        .unwrap_or_else(|| StatusCode::NOT_FOUND.into_response())
}

/// The whole application, without a socket, so tests can call it directly.
///
/// The browser's files take a lane of their own, outside the request guards:
/// they carry no session, no state change and nothing secret, and the
/// guards (request id, tracing span, policy headers) cost more than the
/// lookup (`make bench`: a static file at a third of a bare axum answer).
pub fn router(state: AppState) -> Router {
    let routes = routes();
    // The page closures hold the shared state, not copies of its parts
    // (axum clones them with every layer, for every request).
    let (for_context, for_shell) = (state.clone(), state.clone());
    let x_request_id = axum::http::HeaderName::from_static("x-request-id");
    let pkg_files = format!("/{}/{{*file}}", state.leptos_options.site_pkg_dir);
    let site_files = Router::new()
        .route(&pkg_files, get(site_file))
        .route("/favicon.ico", get(site_file))
        .with_state(state.assets.clone());
    // The help centre, rendered now: the same for everyone, no session.
    let help_pages = help::router(&state);
    // The readiness probe: outside the session and the guards, like the files.
    let probes = Router::new()
        .route("/readyz", get(readyz))
        .with_state(state.clone());
    Router::new()
        .route("/healthz", get(healthz))
        .route("/dev/outbox", get(outbox::page))
        .route("/dev/outbox.json", get(outbox::json))
        .route(app::components::LANGUAGE_PATH, post(language::switch))
        .route(backend::services::CALLBACK_PATH, get(sso::callback))
        .leptos_routes_with_context(&state, routes, move || provide_context(for_context.services.clone()), move || {
            shell(for_shell.leptos_options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(page_cache::SessionPages::default()),
            page_cache::answer_for_session,
        ))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::load_step))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::session))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::origin_check))
        .layer(axum::middleware::from_fn(middleware::honest_status))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), too_large::answer))
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(page_cache::PageCache::default()),
            page_cache::answer,
        ))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<_>| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
        .with_state(state)
        .merge(help_pages)
        .merge(site_files)
        .merge(probes)
        // Around each route, inside the routing, where its pattern is known (the fallback too).
        .layer(axum::middleware::from_fn(metrics::track))
}

/// The delivery queue's worker: sends the queued emails as their
/// transactions commit, retries failed ones, and takes over the claims of
/// a server that stopped (see `backend::delivery::Queue`).
pub fn spawn_delivery(services: Services) {
    tokio::spawn(services.queue.clone().run());
}

/// Every ten minutes: deletes expired sessions, known browsers and stale
/// attempt counters, and emails the MFA deadline reminders that are due
/// (each once, whichever instance gets there first).
pub fn spawn_housekeeping(services: Services) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            match services.housekeeping().await {
                Ok(swept) => tracing::debug!(?swept, "housekeeping"),
                Err(err) => tracing::warn!(%err, "housekeeping failed"),
            }
            match services.send_mfa_reminders().await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "mfa reminders sent"),
                Err(err) => tracing::warn!(%err, "mfa reminders failed"),
            }
        }
    });
}
