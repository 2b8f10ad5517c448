//! Trestle's server-side core: use cases ([`Services`]), storage and ports.
//!
//! Everything here runs on the server only. Decisions come from the pure
//! `domain` crate; this crate performs the I/O those decisions call for.
#![forbid(unsafe_code)]

pub mod crypto;
pub mod db;
pub mod error;
pub mod ports;
pub mod qr;
pub mod services;
pub mod session;
pub mod store;
pub mod test_support;

pub use db::Db;
pub use error::ServiceError;
pub use ports::{Clock, ManualClock, OsRandom, Rng, SystemClock};
pub use services::Services;
pub use session::SessionCtx;
