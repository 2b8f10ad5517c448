//! Ports to the outside world that tests replace: the clock and randomness.

use time::OffsetDateTime;

pub trait Clock: Send + Sync {
    fn now(&self) -> OffsetDateTime;
}

pub trait Rng: Send + Sync {
    fn fill(&self, dest: &mut [u8]);
}

/// Fills a fixed-size array from any `Rng`, including trait objects.
pub fn random_bytes<const N: usize>(rng: &dyn Rng) -> [u8; N] {
    let mut out = [0u8; N];
    rng.fill(&mut out);
    out
}

#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)] // the one place that reads the real clock
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that tests set and move by hand.
#[derive(Clone, Debug)]
pub struct ManualClock(std::sync::Arc<std::sync::Mutex<OffsetDateTime>>);

impl ManualClock {
    pub fn new(at: OffsetDateTime) -> Self {
        Self(std::sync::Arc::new(std::sync::Mutex::new(at)))
    }

    pub fn advance(&self, by: time::Duration) {
        if let Ok(mut now) = self.0.lock() {
            *now += by;
        }
    }

    pub fn set(&self, at: OffsetDateTime) {
        if let Ok(mut now) = self.0.lock() {
            *now = at;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        self.0
            .lock()
            .map(|now| *now)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
}

/// The operating system's secure random source.
#[derive(Clone, Copy, Debug, Default)]
pub struct OsRandom;

impl Rng for OsRandom {
    #[allow(clippy::disallowed_methods)] // the one place that reads the OS random source
    fn fill(&self, dest: &mut [u8]) {
        use rand::{RngCore, TryRngCore};
        // getrandom does not fail on the systems we run on; should it, the
        // thread-local CSPRNG (itself seeded from the OS) takes over.
        if rand::rngs::OsRng.try_fill_bytes(dest).is_err() {
            rand::rng().fill_bytes(dest);
        }
    }
}
