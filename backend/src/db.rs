//! The database: SQLite (embedded default) or PostgreSQL, chosen by URL,
//! through sqlx's `Any` driver. Each backend has its own migrations.

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::{AnyPool, Executor};
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;

/// Each backend's migrations, embedded by `build.rs`.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/migrations.rs"));
}

/// Migrations embedded in the binary: `(version, description, sql)`.
#[derive(Debug)]
struct Embedded(&'static [(i64, &'static str, &'static str)]);

impl MigrationSource<'static> for Embedded {
    fn resolve(self) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, BoxDynError>> + Send>> {
        let migrations = self
            .0
            .iter()
            .map(|&(version, description, sql)| {
                let no_tx = sql.starts_with("-- no-transaction");
                Migration::new(
                    version,
                    description.into(),
                    MigrationType::Simple,
                    sql.into(),
                    no_tx,
                )
            })
            .collect();
        Box::pin(std::future::ready(Ok(migrations)))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// A connection taken from the pool on first use, so a request that turns
/// out to need no query never waits for one (with SQLite each query is a
/// hop to the connection's worker thread).
pub struct LazyConn<'a> {
    pool: &'a AnyPool,
    conn: Option<sqlx::pool::PoolConnection<sqlx::Any>>,
}

impl<'a> LazyConn<'a> {
    pub fn new(db: &'a Db) -> Self {
        Self {
            pool: &db.pool,
            conn: None,
        }
    }

    pub async fn get(&mut self) -> Result<&mut sqlx::AnyConnection, sqlx::Error> {
        if self.conn.is_none() {
            self.conn = Some(self.pool.acquire().await?);
        }
        match self.conn.as_mut() {
            Some(conn) => Ok(&mut **conn),
            None => Err(sqlx::Error::PoolClosed),
        }
    }

    /// Gives the connection back to the pool (before CPU-heavy work); the
    /// next [`LazyConn::get`] takes one again.
    pub fn release(&mut self) {
        self.conn = None;
    }
}

impl Db {
    /// Connects, creating the SQLite file and its folder when missing, and
    /// applies pending migrations.
    pub async fn connect(url: &str) -> Result<Self, sqlx::Error> {
        Self::connect_with(url, None).await
    }

    /// As [`Db::connect`], with at most `max_connections` in the pool
    /// (default: 4 for SQLite, 10 for PostgreSQL).
    pub async fn connect_with(url: &str, max_connections: Option<u32>) -> Result<Self, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_url(url)?,
            Backend::Postgres => url.to_owned(),
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.unwrap_or(if backend == Backend::Sqlite { 4 } else { 10 }))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        let db = Self { pool, backend };
        db.migrate().await?;
        Ok(db)
    }

    /// This backend's migrations, as embedded in the binary.
    fn embedded(&self) -> &'static [(i64, &'static str, &'static str)] {
        match self.backend {
            Backend::Sqlite => embedded::SQLITE,
            Backend::Postgres => embedded::POSTGRES,
        }
    }

    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        Migrator::new(Embedded(self.embedded()))
            .await?
            .run(&self.pool)
            .await
            .map_err(|e| sqlx::Error::Migrate(Box::new(e)))
    }

    /// The versions of the embedded migrations that the database has not
    /// applied successfully (sqlx's `_sqlx_migrations`), oldest first.
    pub async fn pending_migrations(&self) -> Result<Vec<i64>, sqlx::Error> {
        let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
            .fetch_all(&self.pool)
            .await?;
        Ok(self
            .embedded()
            .iter()
            .map(|&(version, _, _)| version)
            .filter(|version| !applied.contains(version))
            .collect())
    }

    /// Starts a transaction that takes SQLite's write lock up front, so two
    /// writers queue instead of failing with "database is locked".
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }
}

/// `sqlite://data/trestle.db` → creates `data/` and asks SQLite to create the file.
fn prepare_sqlite_url(url: &str) -> Result<String, sqlx::Error> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let file = path.split('?').next().unwrap_or_default();
    if file != ":memory:"
        && let Some(dir) = std::path::Path::new(file)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
    {
        crate::fs::create_private_dir(dir).map_err(sqlx::Error::Io)?;
    }
    Ok(if url.contains('?') {
        url.to_owned()
    } else {
        format!("{url}?mode=rwc")
    })
}
