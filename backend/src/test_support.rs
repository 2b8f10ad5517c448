//! Fresh databases for tests, on both backends. The server never calls
//! anything here (see `lib.rs`).
//!
//! PostgreSQL tests use a new schema in the database named by
//! `TRESTLE_TEST_POSTGRES_URL` (default: the machine's local server). When it
//! is unreachable the test fails, unless skipping is allowed: see [`missing`].

use crate::crypto::{SecretBox, SecretKey};
use crate::db::Db;
use crate::delivery::{AfterCommit, Delivery};
use crate::ports::{Clock, ManualClock, OsRandom, Rng, random_bytes};
use crate::services::Services;
use std::sync::Arc;
use time::macros::datetime;

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A moment in the middle of a 30-second TOTP step.
pub fn test_clock() -> ManualClock {
    ManualClock::new(datetime!(2026-11-25 12:00:10 UTC))
}

/// Returns once `state` holds (a request parked where a test needs it);
/// after ten seconds the test fails, saying `what` it waited for.
#[allow(clippy::panic)]
pub async fn until(state: impl Fn() -> bool, what: impl Fn() -> String) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !state() {
        if std::time::Instant::now() > deadline {
            panic!("never got there: {}", what());
        }
        tokio::task::yield_now().await;
    }
}

fn unique_name(prefix: &str) -> String {
    format!("{prefix}_{}", hex::encode(random_bytes::<6>(&OsRandom)))
}

pub async fn sqlite() -> Db {
    sqlite_with_pool(None).await
}

/// A SQLite database whose pool holds at most `max_connections`.
pub async fn sqlite_with_pool(max_connections: Option<u32>) -> Db {
    let path = std::env::temp_dir().join(format!("{}.db", unique_name("trestle_test")));
    #[allow(clippy::expect_used)]
    Db::connect_with(&format!("sqlite://{}", path.display()), max_connections)
        .await
        .expect("sqlite test database")
}

/// The variable that lets a test run without a tool it needs, outside CI.
pub const ALLOW_SKIP_VAR: &str = "TRESTLE_ALLOW_SKIP";

/// A test cannot have what it `needs` (PostgreSQL, maildev, HAProxy).
///
/// A skipped test must never pass for a tested one, and `cargo test` shows
/// the output of failed tests only, so a warning alone would go unseen.
/// Hence: missing is a failure, saying what is missing and how to get it.
/// Only outside CI, with `TRESTLE_ALLOW_SKIP=1`, the caller skips `what`
/// (the whole test, or its PostgreSQL run) after a `SKIPPED` line written
/// straight to the process's stderr, which the test harness does not
/// capture: it shows in `cargo test`'s output, passing test or not.
#[allow(clippy::panic)]
pub fn missing(needs: &str, what: &str) {
    let thread = std::thread::current();
    let test = thread.name().filter(|n| *n != "main").unwrap_or("a test");
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test} needs {needs}: required under CI=true");
    }
    if !std::env::var(ALLOW_SKIP_VAR).is_ok_and(|v| v == "1") {
        panic!("{test} needs {needs}; provide it, or set {ALLOW_SKIP_VAR}=1 to skip {what} knowingly");
    }
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr().lock(),
        "SKIPPED {what} of {test}: needs {needs}"
    );
}

/// Whether PostgreSQL answers at `TRESTLE_TEST_POSTGRES_URL`; otherwise
/// [`missing`] decides (fails, or skips `what`).
async fn postgres_admin(what: &str) -> Option<(sqlx::AnyPool, String)> {
    let base = std::env::var("TRESTLE_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.into());
    sqlx::any::install_default_drivers();
    // The pool retries a refused connection until this timeout (30 s by
    // default), in every test: a local server answers in milliseconds.
    let pool = sqlx::any::AnyPoolOptions::new().acquire_timeout(std::time::Duration::from_secs(5));
    match pool.connect(&base).await {
        Ok(pool) => Some((pool, base)),
        Err(err) => {
            missing(&format!("PostgreSQL, unreachable at {base} ({err})"), what);
            None
        }
    }
}

/// A PostgreSQL database in a schema of its own; `None` (the test skips
/// itself) only when [`missing`] allows it.
pub async fn postgres() -> Option<Db> {
    postgres_or_skip("the whole test").await
}

#[allow(clippy::expect_used)]
async fn postgres_or_skip(what: &str) -> Option<Db> {
    let (admin, base) = postgres_admin(what).await?;
    drop_stale_schemas(&admin).await;
    let schema = new_schema(&admin).await;
    admin.close().await;
    let url = schema_url(&base, &schema);
    Some(Db::connect(&url).await.expect("postgres test database"))
}

/// A new schema, named after the time so that old ones can be tidied.
#[allow(clippy::expect_used)]
async fn new_schema(admin: &sqlx::AnyPool) -> String {
    let schema = format!(
        "{SCHEMA_PREFIX}{}_{}",
        unix_now(),
        hex::encode(random_bytes::<4>(&OsRandom))
    );
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(admin)
        .await
        .expect("create schema");
    schema
}

/// `base` with `schema` as its search path.
fn schema_url(base: &str, schema: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-c%20search_path%3D{schema}")
}

const SCHEMA_PREFIX: &str = "trestle_test_";

#[allow(clippy::disallowed_methods)] // names test schemas after the real time, to tidy old ones
fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Test schemas are left for inspection; those older than an hour are dropped.
async fn drop_stale_schemas(admin: &sqlx::AnyPool) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'trestle\\_test\\_%'")
            .fetch_all(admin)
            .await
            .unwrap_or_default();
    for name in names {
        let created = name
            .trim_start_matches(SCHEMA_PREFIX)
            .split('_')
            .next()
            .and_then(|t| t.parse::<i64>().ok());
        if created.is_some_and(|t| t < unix_now() - 3600) {
            let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
                .execute(admin)
                .await;
        }
    }
}

/// SQLite and PostgreSQL; SQLite alone only when [`missing`] allows it.
pub async fn each_backend() -> Vec<Db> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres_or_skip("the PostgreSQL run (it ran on SQLite only)").await);
    dbs
}

/// The URL of a new, empty schema in the test PostgreSQL database (for
/// servers that migrate it themselves), tidied like [`postgres`]'s.
pub async fn postgres_url() -> Option<String> {
    let (admin, base) = postgres_admin("the whole test").await?;
    drop_stale_schemas(&admin).await;
    let schema = new_schema(&admin).await;
    admin.close().await;
    Some(schema_url(&base, &schema))
}

/// Services whose emails and texts go to the outbox (shown, as in demo
/// mode). Queued emails are sent as each use case commits, so tests see
/// them without a worker.
pub fn services(db: Db, clock: &ManualClock) -> Services {
    services_with(db, clock, Delivery::outbox())
}

/// Services with these senders, sending queued emails as each use case
/// commits ([`AfterCommit::SendNow`]).
pub fn services_with(db: Db, clock: &ManualClock, delivery: Delivery) -> Services {
    let clock: Arc<dyn Clock> = Arc::new(clock.clone());
    let rng: Arc<dyn Rng> = Arc::new(OsRandom);
    #[allow(clippy::expect_used)]
    Services::new(
        db,
        clock,
        rng,
        SecretBox::new(&SecretKey::new([42; 32])),
        "Trestle".into(),
    )
    .expect("services")
    .with_delivery(delivery)
    .with_after_commit(AfterCommit::SendNow)
}
