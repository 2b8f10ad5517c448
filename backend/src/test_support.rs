//! Fresh databases for tests, on both backends.
//!
//! PostgreSQL tests use a new schema in the database named by
//! `TRESTLE_TEST_POSTGRES_URL` (default: the machine's local server). When it
//! is unreachable they are skipped, except under `CI=true`, where they fail.

use crate::crypto::{SecretBox, SecretKey};
use crate::db::Db;
use crate::delivery::{Delivery, Outbox};
use crate::ports::{Clock, ManualClock, OsRandom, Rng, random_bytes};
use crate::services::Services;
use std::sync::Arc;
use time::macros::datetime;

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A moment in the middle of a 30-second TOTP step.
pub fn test_clock() -> ManualClock {
    ManualClock::new(datetime!(2026-11-25 12:00:10 UTC))
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

/// A PostgreSQL database in a schema of its own, or `None` when PostgreSQL
/// is unreachable outside CI.
#[allow(clippy::expect_used, clippy::panic)]
pub async fn postgres() -> Option<Db> {
    let base = std::env::var("TRESTLE_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.into());
    let required = std::env::var("CI").is_ok_and(|v| v == "true");
    sqlx::any::install_default_drivers();
    let admin = match sqlx::AnyPool::connect(&base).await {
        Ok(pool) => pool,
        Err(err) if required => {
            panic!("PostgreSQL is required under CI=true but unreachable at {base}: {err}")
        }
        Err(err) => {
            eprintln!("skipping PostgreSQL tests: {err}");
            return None;
        }
    };
    drop_stale_schemas(&admin).await;
    let schema = format!(
        "{SCHEMA_PREFIX}{}_{}",
        unix_now(),
        hex::encode(random_bytes::<4>(&OsRandom))
    );
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&admin)
        .await
        .expect("create schema");
    admin.close().await;
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
    Some(Db::connect(&url).await.expect("postgres test database"))
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

/// SQLite always, PostgreSQL when available.
pub async fn each_backend() -> Vec<Db> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres().await);
    dbs
}

/// Services whose emails and texts go to the outbox (shown, as in demo mode).
pub fn services(db: Db, clock: &ManualClock) -> Services {
    let outbox = Outbox::new(db.clone(), Arc::new(clock.clone()));
    services_with(db, clock, Delivery::outbox(outbox))
}

/// Services with these senders.
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
}
