//! Trestle's server-side core: use cases ([`Services`]), storage and ports.
//!
//! Everything here runs on the server only. Decisions come from the pure
//! `domain` crate; this crate performs the I/O those decisions call for.
#![forbid(unsafe_code)]

pub mod crypto;
pub mod db;
pub mod delivery;
pub mod dns;
pub mod error;
pub mod fs;
pub mod hasher;
pub mod local_time;
pub mod metrics;
pub mod oidc;
pub mod passkeys;
pub mod phone;
pub mod ports;
pub mod qr;
pub mod services;
pub mod session;
pub mod store;
/// Test fixtures. Compiled into the library, not behind a feature: a
/// feature that only the tests turn on would give `backend`, and `app` and
/// `server` built on it, a second build for `cargo test` (3 minutes of
/// `make test` after `make run`). The server never calls them, and nothing
/// it reads (a route, a setting, a command) leads to them.
#[doc(hidden)]
pub mod test_support;

pub use db::Db;
pub use error::ServiceError;
pub use ports::ManualClock;
pub use ports::{Clock, OsRandom, Rng, SystemClock};
pub use services::Services;
pub use session::SessionCtx;
