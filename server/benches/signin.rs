//! Sign-in throughput, in-process through the full router (middleware,
//! sessions, SQLite). Run with `make bench`; prints one line per step.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/it/common/mod.rs"]
mod common;

use backend::test_support::{each_backend, sqlite, test_clock};
use common::{PASSWORD, TestApp};
use domain::policy::PaymentRole;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The allocator the server binary uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    // `BENCH_ONLY=totp`: only the TOTP checks (for profiling them alone).
    if std::env::var("BENCH_ONLY").is_ok_and(|only| only == "totp") {
        rejected_codes_on_each_backend().await;
        return;
    }
    // `BENCH_ONLY=meter`: the meter flood and the CPU-heavy steps alone.
    if std::env::var("BENCH_ONLY").is_ok_and(|only| only == "meter") {
        page_latency_during_a_meter_flood().await;
        cpu_steps();
        return;
    }
    let app = TestApp::new(sqlite().await);
    app.add_user("bench@example.com", PaymentRole::None).await;

    let runs = 300;
    let mut browser = app.client();
    let start = Instant::now();
    for _ in 0..runs {
        browser.get("/login").await;
    }
    report("GET /login (a stranger's, kept)", runs, start.elapsed());

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
    page_latency_during_a_meter_flood().await;
    cpu_steps();
    println!();
    println!("| flow | per second | p99 ms | bound measured in this run | ratio |");
    println!("|---|---:|---:|---:|---:|");
    full_sign_ins_beside_the_argon2_bound().await;
    rejected_codes_on_each_backend().await;
}

/// What one run of each CPU-heavy step costs (the README's bounds table):
/// the worst a request can ask of it, on one core.
fn cpu_steps() {
    let time = |name: &str, runs: u32, work: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..runs {
            work();
        }
        let micros = start.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        println!("{name:<46} {runs:>5} runs  {micros:>9.1} µs/op");
    };
    println!();
    let l33t: String = "P@55w0rd!".repeat(12).chars().take(64).collect();
    time("zxcvbn, 64 characters of l33t (meter cap)", 20, &|| {
        std::hint::black_box(zxcvbn::zxcvbn(&l33t, &["bench@example.com"]).score());
    });
    let uri = "otpauth://totp/Trestle:a-rather-long.address%40construction-company.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Trestle";
    time("QR code SVG of an otpauth URI", 200, &|| {
        std::hint::black_box(backend::qr::svg(uri));
    });
    let france = domain::phone::Country::from_iso("FR").unwrap();
    let role = domain::policy::PaymentRole::None;
    assert!(backend::phone::parse(role, france, "+33 6 12 34 56 78").is_ok());
    time("phone number parsing and checks", 2000, &|| {
        std::hint::black_box(backend::phone::parse(role, france, "+33 6 12 34 56 78").is_ok());
    });
    time("security email rendered (app added, French)", 2000, &|| {
        use backend::delivery::messages::{Notice, Recipient, compose};
        let to = Recipient {
            email: "fabien@example.com",
            display_name: "Fabien Français",
            language: domain::language::Language::Fr,
            time_zone: "Europe/Paris",
        };
        let notice = Notice::AppAdded {
            app_name: "Authenticator App 2",
        };
        let at = time::OffsetDateTime::UNIX_EPOCH;
        std::hint::black_box(compose(
            notice,
            to,
            "Trestle",
            at,
            Some("https://x.example/not-me?token=t"),
        ));
    });
}

/// The TOTP checks on SQLite, then on PostgreSQL when it is reachable.
async fn rejected_codes_on_each_backend() {
    for (db, name) in each_backend().await.into_iter().zip(["SQLite", "PostgreSQL"]) {
        rejected_codes_under_the_limit(db, name).await;
    }
}

/// Browsers signing in at once: enough to keep every core hashing.
fn concurrency() -> usize {
    4 * std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `count` payors, each enrolled with an app; returns their emails and setup keys.
async fn enrolled_payors(app: &TestApp, prefix: &str, count: usize) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let email = format!("{prefix}-{i}@example.com");
        app.add_user(&email, PaymentRole::Payor).await;
        let mut browser = app.client();
        browser.sign_in_password(&email).await;
        let (key, _) = browser.enroll(app).await;
        out.push((email, key));
    }
    // Later codes belong to a later time step than the enrollment's.
    app.clock.advance(time::Duration::seconds(30));
    out
}

/// One task per queue, all at once, each running `work` on its items one
/// after another; returns every item's latency.
async fn timed_each<T, F>(
    queues: Vec<Vec<T>>,
    work: impl Fn(T, Arc<TestApp>) -> F + Copy + Send + 'static,
    app: &Arc<TestApp>,
) -> Vec<Duration>
where
    T: Send + 'static,
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let tasks: Vec<_> = queues
        .into_iter()
        .map(|queue| {
            let app = app.clone();
            tokio::spawn(async move {
                let mut each = Vec::with_capacity(queue.len());
                for item in queue {
                    let start = Instant::now();
                    work(item, app.clone()).await;
                    each.push(start.elapsed());
                }
                each
            })
        })
        .collect();
    let mut out = Vec::new();
    for task in tasks {
        out.extend(task.await.unwrap());
    }
    out
}

fn row(flow: &str, done: usize, elapsed: Duration, mut latencies: Vec<Duration>, bound: Option<f64>) {
    latencies.sort();
    let rate = done as f64 / elapsed.as_secs_f64();
    let p99 = percentile(&latencies, 0.99).as_secs_f64() * 1e3;
    match bound {
        Some(bound) => println!(
            "| {flow} | {rate:.1} | {p99:.1} | {bound:.1}/s | {:.0}% |",
            100.0 * rate / bound
        ),
        None => println!("| {flow} | {rate:.0} | {p99:.1} | | |"),
    }
}

/// Whole sign-ins (email, password, TOTP code) from many browsers at once,
/// beside the Argon2id bound of this machine measured in the same run:
/// cores / the time of one verification with the default costs. Each
/// sign-in costs one Argon2id verification, so the bound is its ceiling.
async fn full_sign_ins_beside_the_argon2_bound() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let hash = backend::crypto::hash_secret(
        PASSWORD,
        &backend::OsRandom,
        backend::crypto::Argon2Params::default(),
    )
    .unwrap();
    let runs = 40u32;
    let start = Instant::now();
    for _ in 0..runs {
        assert!(backend::crypto::verify_secret(PASSWORD, &hash));
    }
    let bound = cores as f64 / (start.elapsed() / runs).as_secs_f64();
    // The same verifications on every core at once: what this machine
    // really does in parallel (memory bandwidth shared, noisy neighbours).
    let start = Instant::now();
    let threads: Vec<_> = (0..cores)
        .map(|_| {
            let hash = hash.clone();
            std::thread::spawn(move || {
                for _ in 0..runs {
                    assert!(backend::crypto::verify_secret(PASSWORD, &hash));
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let parallel = f64::from(runs) * cores as f64 / start.elapsed().as_secs_f64();

    // `concurrency()` browsers, each signing in one payor after another
    // with no pause between (one sign-in per app and time step, so each
    // payor signs in once).
    let app = Arc::new(TestApp::new(sqlite().await));
    let browsers = concurrency();
    let payors = enrolled_payors(&app, "full", 8 * browsers).await;
    let queues: Vec<Vec<(String, String)>> = (0..browsers)
        .map(|b| payors.iter().skip(b).step_by(browsers).cloned().collect())
        .collect();
    let start = Instant::now();
    let latencies: Vec<Duration> = timed_each(
        queues,
        |(email, key), app: Arc<TestApp>| async move {
            let mut browser = app.client().js();
            browser.email(&email).await;
            browser.password(PASSWORD).await;
            let reply = browser.code(&app.code(&key, 0)).await;
            assert_eq!(reply.status, axum::http::StatusCode::OK, "{}", reply.body);
        },
        &app,
    )
    .await;
    let elapsed = start.elapsed();
    let done = latencies.len();
    row(
        "full sign-in (email, password, TOTP)",
        done,
        elapsed,
        latencies.clone(),
        Some(bound),
    );
    row(
        "the same, beside Argon2id alone on every core at once",
        done,
        elapsed,
        latencies,
        Some(parallel),
    );
}

/// Wrong TOTP codes, each checked (no Argon2id involved), from many
/// sign-ins at once: 4 each, under the limit of 5 per 5 minutes, twice
/// (the clock moves 5 minutes between), under the 10 that end a sign-in.
/// Rounds of wrong codes, each from new sign-ins an hour after the last
/// (under the code limit's windows): enough checks for a steady rate.
const ROUNDS: usize = 6;

/// A browser past the password of each payor, with a code that is wrong now.
async fn at_the_code_step(app: &TestApp, payors: &[(String, String)]) -> Vec<(common::Client, String)> {
    let mut browsers = Vec::with_capacity(payors.len());
    for (email, key) in payors {
        let mut browser = app.client().js();
        browser.email(email).await;
        browser.password(PASSWORD).await;
        let right: u32 = app.code(key, 0).parse().unwrap();
        browsers.push((browser, format!("{:06}", (right + 500_000) % 1_000_000)));
    }
    browsers
}

async fn rejected_codes_under_the_limit(db: backend::Db, backend_name: &str) {
    let app = Arc::new(TestApp::new(db));
    let payors = enrolled_payors(&app, "wrong", 128).await;
    let browsers = at_the_code_step(&app, &payors).await;
    // The bound: the same requests from the same sign-ins, refused before
    // the check (a five-digit code is malformed: the session is read,
    // nothing is charged or written).
    let start = Instant::now();
    let malformed = timed_each(
        browsers
            .iter()
            .map(|(browser, _)| vec![browser.clone(); 8])
            .collect(),
        |mut browser, _| async move {
            assert_eq!(
                browser.code("12345").await.status,
                axum::http::StatusCode::BAD_REQUEST
            );
        },
        &app,
    )
    .await;
    let bound = malformed.len() as f64 / start.elapsed().as_secs_f64();
    let mut latencies = Vec::new();
    let mut elapsed = Duration::ZERO;
    // A profiler can attach here: `perf record -p <pid>` (see README).
    eprintln!("measuring TOTP checks");
    for round in 0..ROUNDS {
        let browsers = if round == 0 {
            browsers.clone()
        } else {
            app.clock.advance(time::Duration::minutes(61));
            at_the_code_step(&app, &payors).await
        };
        // Four wrong codes per sign-in at once: under the limit of five.
        let start = Instant::now();
        latencies.extend(
            timed_each(
                browsers.into_iter().map(|b| vec![b; 4]).collect(),
                |(mut browser, wrong), _| async move {
                    let reply = browser.code(&wrong).await;
                    assert_eq!(
                        reply.status,
                        axum::http::StatusCode::BAD_REQUEST,
                        "{}",
                        reply.body
                    );
                },
                &app,
            )
            .await,
        );
        elapsed += start.elapsed();
    }
    row(
        &format!(
            "TOTP checks, wrong codes under the limit, 128 sign-ins at once ({backend_name}; bound: the same requests with a malformed code; goal ≥ 5,000/s, p99 < 50 ms)"
        ),
        latencies.len(),
        elapsed,
        latencies,
        Some(bound),
    );
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

/// The password page of a sign-in in progress, one at a time for `runs`,
/// sorted latencies: its session read from the database each time and its
/// email filled in (a stranger's `/login` would need neither).
async fn page_latencies(app: &TestApp, runs: usize) -> Vec<Duration> {
    let mut browser = app.client();
    browser.email("reader@example.com").await;
    let mut out = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let page = browser.get("/login/password").await;
        out.push(start.elapsed());
        assert_eq!(page.status, axum::http::StatusCode::OK);
    }
    out.sort();
    out
}

/// A page's latency alone, then while 64 clients post wrong
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
    let (loaded, flood_rate) = latencies_during(&app, runs, flood, &stop, &posts).await;

    print_latencies(
        &format!("a {FLOOD}-way password flood ({flood_rate:.0} password posts/s)"),
        &quiet,
        &loaded,
    );
}

/// A page's latencies while `flood`'s tasks run, once they have run for
/// a moment, and how many times a second they counted `done` meanwhile;
/// then `stop` ends them.
async fn latencies_during(
    app: &TestApp,
    runs: usize,
    flood: Vec<tokio::task::JoinHandle<()>>,
    stop: &AtomicBool,
    done: &AtomicU64,
) -> (Vec<Duration>, f64) {
    tokio::time::sleep(Duration::from_millis(300)).await;
    let start = Instant::now();
    let before = done.load(Ordering::Relaxed);
    let loaded = page_latencies(app, runs).await;
    let rate = (done.load(Ordering::Relaxed) - before) as f64 / start.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for task in flood {
        let _ = task.await;
    }
    (loaded, rate)
}

/// The table of a page's latency alone and during a flood.
fn print_latencies(flood: &str, quiet: &[Duration], loaded: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!();
    println!("GET /login/password (its session read each time) during {flood}:");
    println!("| load | p50 ms | p99 ms |");
    println!("|---|---:|---:|");
    println!(
        "| quiet | {:.2} | {:.2} |",
        ms(percentile(quiet, 0.5)),
        ms(percentile(quiet, 0.99))
    );
    println!(
        "| flood | {:.2} | {:.2} |",
        ms(percentile(loaded, 0.5)),
        ms(percentile(loaded, 0.99))
    );
    println!(
        "| ratio | {:.1}x | {:.1}x |",
        ms(percentile(loaded, 0.5)) / ms(percentile(quiet, 0.5)),
        ms(percentile(loaded, 0.99)) / ms(percentile(quiet, 0.99))
    );
}

/// A page's latency alone, then while 64 signed-in users post the
/// password meter's costliest input (64 characters of l33t) as fast as
/// they get answers: zxcvbn runs on the bounded pool, so pages keep
/// loading (the target: p99 under 50 ms).
async fn page_latency_during_a_meter_flood() {
    let app = Arc::new(TestApp::new(sqlite().await));
    let mut users = Vec::with_capacity(FLOOD);
    for task in 0..FLOOD {
        let email = format!("meter-{task}@example.com");
        app.add_user(&email, PaymentRole::None).await;
        let mut browser = app.client().js();
        browser.sign_in_password(&email).await;
        users.push(browser);
    }
    let runs = 200;
    let quiet = page_latencies(&app, runs).await;
    let stop = Arc::new(AtomicBool::new(false));
    let (readings, refused) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let l33t: String = "P@55w0rd!".repeat(12);
    let mut flood = Vec::new();
    for mut browser in users {
        let (stop, readings, refused, l33t) = (stop.clone(), readings.clone(), refused.clone(), l33t.clone());
        flood.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let reply = browser
                    .post("/api/account/strength", "/profile", &[("password", &l33t)])
                    .await;
                let counter = if reply.status.is_success() {
                    &readings
                } else {
                    &refused
                };
                counter.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    let (loaded, rate) = latencies_during(&app, runs, flood, &stop, &readings).await;
    let refused = refused.load(Ordering::Relaxed);
    print_latencies(
        &format!("a {FLOOD}-way password meter flood ({rate:.0} readings/s, {refused} refused by the limit)"),
        &quiet,
        &loaded,
    );
}
