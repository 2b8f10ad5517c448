//! Sign-in throughput, in-process through the full router (middleware,
//! sessions, SQLite). Run with `make bench`; prints one line per step.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/common/mod.rs"]
mod common;

use backend::test_support::{sqlite, test_clock};
use common::{PASSWORD, TestApp};
use domain::policy::PaymentRole;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Password posts in flight at once during the flood.
const FLOOD: usize = 64;

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

    page_latency_during_a_password_flood().await;
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

/// `GET /login` one at a time for `runs`, sorted latencies.
async fn page_latencies(app: &TestApp, runs: usize) -> Vec<Duration> {
    let mut out = Vec::with_capacity(runs);
    for _ in 0..runs {
        let mut browser = app.client();
        let start = Instant::now();
        browser.get("/login").await;
        out.push(start.elapsed());
    }
    out.sort();
    out
}

/// The sign-in page's latency alone, then while 64 clients post wrong
/// passwords for unknown emails from distinct addresses (behind a trusted
/// proxy), so every post costs a full Argon2id verification and no limit
/// cuts the flood short. The ratio is the figure to watch: hashing runs on
/// a bounded pool and holds no database connection, so pages keep loading.
async fn page_latency_during_a_password_flood() {
    let guard = server::middleware::Guard::new(
        common::ORIGIN,
        server::client_ip::parse_ranges("127.0.0.0/8").unwrap(),
    );
    let app = Arc::new(TestApp::build(
        sqlite().await,
        test_clock(),
        guard,
        Some("127.0.0.1:40000".parse().unwrap()),
    ));
    let runs = 200;
    let quiet = page_latencies(&app, runs).await;

    let stop = Arc::new(AtomicBool::new(false));
    let posts = Arc::new(AtomicU64::new(0));
    let mut flood = Vec::new();
    for task in 0..FLOOD {
        let (app, stop, posts) = (app.clone(), stop.clone(), posts.clone());
        flood.push(tokio::spawn(async move {
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let mut attacker = app.client().js();
                attacker.headers.push((
                    "x-forwarded-for",
                    format!("10.{}.{}.{}", task, n / 250 % 250, n % 250),
                ));
                attacker.email(&format!("flood-{task}-{n}@example.com")).await;
                attacker.password("not the password").await;
                posts.fetch_add(1, Ordering::Relaxed);
                n += 1;
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let start = Instant::now();
    let before = posts.load(Ordering::Relaxed);
    let loaded = page_latencies(&app, runs).await;
    let flood_rate = (posts.load(Ordering::Relaxed) - before) as f64 / start.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for task in flood {
        let _ = task.await;
    }

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!();
    println!("GET /login during a {FLOOD}-way password flood ({flood_rate:.0} password posts/s):");
    println!("| load | p50 ms | p99 ms |");
    println!("|---|---:|---:|");
    println!(
        "| quiet | {:.2} | {:.2} |",
        ms(percentile(&quiet, 0.5)),
        ms(percentile(&quiet, 0.99))
    );
    println!(
        "| flood | {:.2} | {:.2} |",
        ms(percentile(&loaded, 0.5)),
        ms(percentile(&loaded, 0.99))
    );
    println!(
        "| ratio | {:.1}x | {:.1}x |",
        ms(percentile(&loaded, 0.5)) / ms(percentile(&quiet, 0.5)),
        ms(percentile(&loaded, 0.99)) / ms(percentile(&quiet, 0.99))
    );
}
