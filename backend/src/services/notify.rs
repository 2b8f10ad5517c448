//! What the demo outbox pages need.

use super::Services;
use crate::delivery::OutboxMessage;
use crate::error::ServiceResult;

impl Services {
    /// What `/dev/outbox` shows, newest first; `None` outside demo mode.
    pub async fn outbox(&self) -> ServiceResult<Option<Vec<OutboxMessage>>> {
        match &self.outbox {
            Some(outbox) => Ok(Some(outbox.recent().await?)),
            None => Ok(None),
        }
    }
}
