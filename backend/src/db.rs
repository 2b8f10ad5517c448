//! The database: SQLite (embedded default) or PostgreSQL, chosen by URL,
//! through sqlx's `Any` driver. Each backend has its own migrations.

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::{AnyConnection, AnyPool, Executor};
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard, mpsc, oneshot};

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
    /// SQLite only: how this process takes the one write lock.
    writer: Option<Arc<Writer>>,
}

/// SQLite's one writer, as this process shares it: the turn its writers
/// queue for, in order, before taking the database's write lock (see
/// [`Db::begin`]), and the queue of [`Db::write`]'s jobs.
#[derive(Debug)]
struct Writer {
    turn: Arc<Mutex<()>>,
    jobs: mpsc::UnboundedSender<Job>,
    waiting: Arc<WritesWaiting>,
}

/// [`Db::write`]'s jobs that have not begun: queued for a batch, and taken
/// into one that waits for its turn (tests wait for these states).
#[derive(Debug, Default)]
pub struct WritesWaiting {
    queued: AtomicUsize,
    batched: AtomicUsize,
}

impl WritesWaiting {
    /// Jobs queued and not yet taken into a batch.
    pub fn queued(&self) -> usize {
        self.queued.load(Ordering::SeqCst)
    }

    /// Jobs taken into a batch that has not begun its transaction.
    pub fn batched(&self) -> usize {
        self.batched.load(Ordering::SeqCst)
    }

    /// Returns once `state` holds (tests: a write parked where they need
    /// it); see [`crate::test_support::until`].
    pub async fn until(&self, state: impl Fn(&Self) -> bool) {
        crate::test_support::until(|| state(self), || format!("writes {self:?}")).await;
    }
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Tells a job's caller how it ended, once its batch has committed.
type Answer = Box<dyn FnOnce() + Send>;

/// A job of [`Db::write`] as its batch runs it: `Err` when it failed and
/// the batch must roll back (only its own caller then hears why).
type Job = Box<dyn for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<Answer, Answer>> + Send>;

/// The most jobs one SQLite transaction commits together.
const MAX_BATCH: usize = 128;

impl Writer {
    /// Starts the thread that runs the jobs: a thread of its own with a
    /// one-thread runtime, stopped with the last clone of its [`Db`].
    fn start(pool: AnyPool) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let turn = Arc::new(Mutex::new(()));
        let waiting = Arc::new(WritesWaiting::default());
        let (jobs, queue) = mpsc::unbounded_channel();
        let batches = run_batches(pool, turn.clone(), waiting.clone(), queue);
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || runtime.block_on(batches))?;
        Ok(Self { turn, jobs, waiting })
    }
}

/// Group commit: each batch is the jobs queued while the one before ran,
/// run one after another in one transaction. Each statement goes to
/// SQLite's connection thread and wakes this thread straight back (not a
/// request worker behind other requests), and one `BEGIN`/`COMMIT` serves
/// the whole batch, so the write lock is held for the jobs' own
/// statements only.
async fn run_batches(
    pool: AnyPool,
    turn: Arc<Mutex<()>>,
    waiting: Arc<WritesWaiting>,
    mut queue: mpsc::UnboundedReceiver<Job>,
) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH
            && let Ok(job) = queue.try_recv()
        {
            batch.push(job);
        }
        waiting.batched.fetch_add(batch.len(), Ordering::SeqCst);
        waiting.queued.fetch_sub(batch.len(), Ordering::SeqCst);
        // A panic in a job ends its batch's task, not this loop: the
        // transaction rolls back and the batch's callers get an error.
        let _ = tokio::spawn(run_batch(pool.clone(), turn.clone(), waiting.clone(), batch)).await;
    }
}

/// One transaction for `batch`: committed only when every job succeeded,
/// and each caller answered only then. A job that failed is told its own
/// error; the others' answers are dropped, which their callers hear as an
/// error (nothing of theirs was kept).
async fn run_batch(pool: AnyPool, turn: Arc<Mutex<()>>, waiting: Arc<WritesWaiting>, batch: Vec<Job>) {
    let began = begin_immediate(&pool, &turn).await;
    waiting.batched.fetch_sub(batch.len(), Ordering::SeqCst);
    let mut tx = match began {
        Ok(tx) => tx,
        Err(err) => {
            tracing::error!(%err, jobs = batch.len(), "write batch could not begin");
            return;
        }
    };
    let mut answers = Vec::with_capacity(batch.len());
    for job in batch {
        match job(&mut tx).await {
            Ok(answer) => answers.push(answer),
            Err(failed) => {
                if let Err(err) = tx.rollback().await {
                    tracing::error!(%err, "write batch could not roll back");
                }
                failed();
                return;
            }
        }
    }
    match tx.commit().await {
        Ok(()) => answers.into_iter().for_each(|answer| answer()),
        Err(err) => tracing::error!(%err, jobs = answers.len(), "write batch could not commit"),
    }
}

/// SQLite's write transaction, after this process's earlier writers (see [`Db::begin`]).
async fn begin_immediate(pool: &AnyPool, turn: &Arc<Mutex<()>>) -> Result<Tx, sqlx::Error> {
    let turn = tokio::time::timeout(WRITE_TURN_TIMEOUT, turn.clone().lock_owned())
        .await
        .map_err(|_| sqlx::Error::PoolTimedOut)?;
    let inner = pool.begin_with("BEGIN IMMEDIATE").await?;
    Ok(Tx {
        inner,
        _turn: Some(turn),
    })
}

/// A write transaction: the connection (derefs to it), and on SQLite the
/// process's turn to write, given back when it commits, rolls back or drops.
pub struct Tx {
    inner: sqlx::Transaction<'static, sqlx::Any>,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.inner.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.inner.rollback().await
    }
}

impl std::ops::Deref for Tx {
    type Target = sqlx::AnyConnection;

    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.inner
    }
}

/// How long a writer waits for its turn before giving up, as SQLite's own
/// busy timeout would (`PRAGMA busy_timeout`).
const WRITE_TURN_TIMEOUT: Duration = Duration::from_secs(5);

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
            // A PostgreSQL connection can die with its server; a SQLite
            // file cannot, and the ping would be one more trip to the
            // connection's thread on every acquire.
            .test_before_acquire(backend == Backend::Postgres)
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
        let writer = match backend {
            Backend::Sqlite => Some(Arc::new(Writer::start(pool.clone()).map_err(sqlx::Error::Io)?)),
            Backend::Postgres => None,
        };
        let db = Self {
            pool,
            backend,
            writer,
        };
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

    /// Runs `job` in a write transaction and commits it, then answers
    /// with its result; an `Err` rolls back everything it wrote. On SQLite
    /// the job is queued for the writer thread and committed with the
    /// jobs queued beside it (see [`run_batches`]): it must leave the
    /// transaction usable, undoing a failure it answers with `Ok` itself
    /// (a savepoint), as an `Err` rolls back its whole batch. Limit hits
    /// are counted on the caller's thread, where its metrics recorder is.
    pub async fn write<T, E, F>(&self, job: F) -> Result<T, E>
    where
        F: for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<T, E>> + Send + 'static,
        T: Send + 'static,
        E: From<sqlx::Error> + Send + 'static,
    {
        let Some(writer) = &self.writer else {
            let mut tx = self.begin().await?;
            let out = job(&mut tx).await?;
            tx.commit().await?;
            return Ok(out);
        };
        let (send, receive) = oneshot::channel();
        let queued: Job = Box::new(move |conn| {
            Box::pin(async move {
                let (out, held) = crate::metrics::held(job(conn)).await;
                let failed = out.is_err();
                let answer: Answer = Box::new(move || {
                    let _ = send.send((out, held));
                });
                if failed { Err(answer) } else { Ok(answer) }
            })
        });
        writer.waiting.queued.fetch_add(1, Ordering::SeqCst);
        if writer.jobs.send(queued).is_err() {
            writer.waiting.queued.fetch_sub(1, Ordering::SeqCst);
            return Err(sqlx::Error::PoolClosed.into());
        }
        let (out, held) = receive.await.map_err(|_| sqlx::Error::WorkerCrashed)?;
        held.count();
        out
    }

    /// On SQLite, [`Db::write`]'s jobs that have not begun yet.
    pub fn writes_waiting(&self) -> Option<&WritesWaiting> {
        self.writer.as_deref().map(|writer| &*writer.waiting)
    }

    /// Starts a write transaction. On SQLite it takes the write lock up
    /// front (`BEGIN IMMEDIATE`), so two writers queue instead of failing
    /// with "database is locked", and this process's writers first queue
    /// among themselves, in order: each is woken the moment the one before
    /// it commits, where SQLite's busy handler would sleep and poll (up to
    /// 100 ms a time) while the lock sits free. Other processes on the same
    /// file still meet the busy handler. The turn is taken before a
    /// connection, so waiting writers never hold the readers' connections.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match &self.writer {
            Some(writer) => begin_immediate(&self.pool, &writer.turn).await,
            None => Ok(Tx {
                inner: self.pool.begin().await?,
                _turn: None,
            }),
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
