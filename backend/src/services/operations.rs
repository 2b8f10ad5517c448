//! What the server's edge needs: health and readiness checks, and housekeeping.

use super::Services;
use crate::error::ServiceResult;
use crate::store::{attempts, browsers, links, passkeys, phones, sessions, sso};

/// Rows removed by one housekeeping run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub attempts: u64,
    pub browsers: u64,
    pub sms_codes: u64,
    pub links: u64,
    pub sso_requests: u64,
    pub passkey_ceremonies: u64,
}

/// Whether this instance can take traffic (`/readyz`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    /// The database does not answer.
    DatabaseUnavailable,
    /// The database answers, but lacks these migrations of the binary
    /// (or has no migration table at all: then it lists none).
    MigrationsPending(Vec<i64>),
}

impl Services {
    /// Whether the database answers.
    pub async fn healthy(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.db.pool).await.is_ok()
    }

    /// Whether the database answers and has every migration this binary
    /// embeds, applied successfully.
    pub async fn readiness(&self) -> Readiness {
        if !self.healthy().await {
            return Readiness::DatabaseUnavailable;
        }
        match self.db.pending_migrations().await {
            Ok(pending) if pending.is_empty() => Readiness::Ready,
            Ok(pending) => Readiness::MigrationsPending(pending),
            Err(err) => {
                tracing::warn!(%err, "reading the applied migrations failed");
                Readiness::MigrationsPending(Vec::new())
            }
        }
    }

    /// Deletes expired sessions, known browsers, text-message codes and email links, and attempt counters
    /// older than the longest window (two days are beyond it).
    pub async fn housekeeping(&self) -> ServiceResult<Swept> {
        let now = self.now();
        let mut conn = self.db.pool.acquire().await?;
        Ok(Swept {
            sessions: sessions::delete_expired(&mut conn, now).await?,
            attempts: attempts::delete_older_than(&mut conn, now - time::Duration::days(2)).await?,
            browsers: browsers::delete_expired(&mut conn, now).await?,
            sms_codes: phones::delete_stale_codes(&mut conn, now).await?,
            links: links::delete_expired(&mut conn, now).await?,
            sso_requests: sso::delete_expired_requests(&mut conn, now).await?,
            passkey_ceremonies: passkeys::delete_expired_ceremonies(&mut conn, now).await?,
        })
    }
}
