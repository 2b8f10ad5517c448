//! A bare axum hello-world on the same runtime settings as the server: the
//! HTTP ceiling of this machine, which `make bench` measures in the same run
//! as the real pages and reports them against.
#![forbid(unsafe_code)]

use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3299".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    let app = Router::new().route("/", get(|| async { "Hello, World!" }));
    axum::serve(listener, app).await
}
