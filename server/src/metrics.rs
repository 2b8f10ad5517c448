//! `GET /metrics` in Prometheus' text format, on its own address
//! (`TRESTLE_METRICS_ADDR`), never on the public one; and the request
//! latency of the public router ([`track`]). What is counted, and the
//! names: `backend::metrics`.

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use backend::Services;
use backend::metrics::{Channel, PrometheusHandle};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Prometheus' text exposition format.
const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// How often histograms are drained into their buckets between scrapes.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

#[derive(Clone)]
struct Scrape {
    services: Services,
    handle: PrometheusHandle,
}

/// The metrics listener's routes: `/metrics`, and nothing else (404).
pub fn router(services: Services, handle: PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .with_state(Scrape { services, handle })
}

/// Samples the pools, then renders everything recorded.
async fn metrics(State(scrape): State<Scrape>) -> Response {
    backend::metrics::collect(&scrape.services);
    match scrape.services.queue.pending().await {
        Ok(pending) => {
            backend::metrics::deliveries_pending(Channel::Email, u64::try_from(pending).unwrap_or(0))
        }
        Err(err) => tracing::warn!(%err, "pending deliveries not counted"),
    }
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], scrape.handle.render()).into_response()
}

/// With an address: installs the process's recorder and serves
/// [`router`] there, in the background, until the process ends. Without
/// one: nothing is recorded or served. A bind failure stops the start.
pub async fn spawn(addr: Option<SocketAddr>, services: &Services) -> Result<(), String> {
    let Some(addr) = addr else {
        return Ok(());
    };
    let handle = backend::metrics::install()?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("TRESTLE_METRICS_ADDR: bind {addr}: {e}"))?;
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(UPKEEP_EVERY);
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    let app = router(services.clone(), handle);
    tokio::spawn(async move {
        if let Err(err) = axum::serve(listener, app).await {
            tracing::error!(%err, "metrics listener stopped");
        }
    });
    tracing::info!(%addr, "metrics listening");
    Ok(())
}

/// Records each request's time to its response's head, by the route's
/// pattern (`/help/{lang}`, never the path asked for, so strangers'
/// URLs cannot grow the label set; `unmatched` for the fallback), method
/// and status class.
pub async fn track(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = req.method().clone();
    let start = Instant::now();
    let response = next.run(req).await;
    backend::metrics::http_request(
        route.as_ref().map(MatchedPath::as_str),
        method.as_str(),
        response.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    response
}
