//! Sign-in throughput, in-process through the full router (middleware,
//! sessions, SQLite). Run with `make bench`; prints one line per step.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/common/mod.rs"]
mod common;

use backend::test_support::sqlite;
use common::{PASSWORD, TestApp};
use domain::policy::PaymentRole;
use std::time::{Duration, Instant};

fn report(name: &str, runs: u32, elapsed: Duration) {
    let per = elapsed / runs;
    println!(
        "{name:<42} {runs:>5} runs  {:>9.2} ms/op  {:>8.1} ops/s",
        per.as_secs_f64() * 1e3,
        f64::from(runs) / elapsed.as_secs_f64()
    );
}

#[tokio::main]
async fn main() {
    let app = TestApp::new(sqlite().await);
    app.add_user("bench@example.com", PaymentRole::None).await;

    let runs = 300;
    let mut browser = app.client();
    let start = Instant::now();
    for _ in 0..runs {
        browser.get("/login").await;
    }
    report("GET /login (SSR page)", runs, start.elapsed());

    let start = Instant::now();
    for _ in 0..runs {
        browser.email("bench@example.com").await;
    }
    report("POST email step", runs, start.elapsed());

    let runs = 40;
    let start = Instant::now();
    for _ in 0..runs {
        let mut b = app.client();
        b.sign_in_password("bench@example.com").await;
    }
    report("email + password (Argon2id) sign-in", runs, start.elapsed());

    let mut wrong = app.client().js();
    wrong.email("nobody@example.com").await;
    let runs = 9;
    let start = Instant::now();
    for _ in 0..runs {
        wrong.password("wrong").await;
    }
    report(
        "wrong password, unknown email (dummy hash)",
        runs,
        start.elapsed(),
    );
    let _ = PASSWORD;
}
