//! The server's integration tests, as one test binary with a module per
//! file. Each file used to be a binary of its own, and each compiled
//! `common` and the app's generic code again at opt-level 3 and linked a
//! 70 MB executable: about two minutes of `make test`'s build per file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

mod admin;
mod cli;
mod deadline;
mod delivery;
mod help;
mod metrics;
mod mfa;
mod passkeys;
mod password;
mod processes;
mod profile;
mod readiness;
mod signin;
mod sms;
mod sso;
mod too_large;
