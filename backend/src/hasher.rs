//! Argon2id, and every other CPU-heavy step (the password meter's zxcvbn, QR codes),
//! on a bounded pool. Each piece of work waits for one of a few permits (one
//! per core) and then runs on tokio's blocking threads, so a flood of
//! password or meter posts queues here instead of taking the async workers
//! that serve pages, and never while holding a database connection (callers
//! release theirs first; the tests check it with a pool of one connection).

use crate::crypto::{Argon2Params, hash_secret, verify_secret};
use crate::ports::Rng;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::Semaphore;

#[derive(Clone, Debug)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    workers: u32,
    /// Hashes started (for the tests: a limited try must not start one).
    runs: Arc<AtomicU64>,
    /// Requests waiting for a permit.
    waiting: Arc<AtomicU64>,
    /// Password checks wait here first while a test holds it, so a test can
    /// park a sign-in between reading a hash and checking it.
    verify_gate: Arc<tokio::sync::RwLock<()>>,
    /// The costs of new hashes (verifying reads them from each hash).
    pub params: Argon2Params,
}

impl Hasher {
    /// A pool of `workers` concurrent hashes (at least one).
    pub fn new(workers: usize) -> Self {
        let workers = workers.clamp(1, 64);
        Self {
            permits: Arc::new(Semaphore::new(workers)),
            workers: u32::try_from(workers).unwrap_or(1),
            runs: Arc::new(AtomicU64::new(0)),
            waiting: Arc::new(AtomicU64::new(0)),
            verify_gate: Arc::default(),
            params: Argon2Params::default(),
        }
    }

    /// One worker per core.
    pub fn per_core() -> Self {
        Self::new(std::thread::available_parallelism().map_or(2, usize::from))
    }

    /// Runs CPU-heavy `work` on the pool, after the queue before it.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, String> {
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let permit = self.permits.clone().acquire_owned().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let permit = permit.map_err(|e| e.to_string())?;
        self.runs.fetch_add(1, Ordering::SeqCst);
        tokio::task::spawn_blocking(move || {
            let out = work();
            drop(permit);
            out
        })
        .await
        .map_err(|e| e.to_string())
    }

    /// Whether `secret` matches the PHC string `phc`.
    pub async fn verify(&self, secret: &str, phc: &str) -> bool {
        self.waiting.fetch_add(1, Ordering::SeqCst);
        drop(self.verify_gate.read().await);
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let (secret, phc) = (secret.to_owned(), phc.to_owned());
        self.run(move || verify_secret(&secret, &phc))
            .await
            .unwrap_or(false)
    }

    /// A new salted Argon2id hash of `secret`.
    pub async fn hash(&self, secret: &str, rng: Arc<dyn Rng>) -> Result<String, String> {
        let (secret, params) = (secret.to_owned(), self.params);
        self.run(move || hash_secret(&secret, rng.as_ref(), params))
            .await?
    }

    pub fn runs(&self) -> u64 {
        self.runs.load(Ordering::SeqCst)
    }

    pub fn waiting(&self) -> u64 {
        self.waiting.load(Ordering::SeqCst)
    }

    /// Takes every permit, so hashes wait until the guard is dropped (tests).
    pub async fn hold_all(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        self.permits.clone().acquire_many_owned(self.workers).await.ok()
    }

    /// Parks every password check (not new hashes) until the guard is
    /// dropped (tests: a sign-in parked between reading a hash and checking it).
    pub async fn hold_verifies(&self) -> tokio::sync::OwnedRwLockWriteGuard<()> {
        self.verify_gate.clone().write_owned().await
    }
}
