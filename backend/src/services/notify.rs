//! Security emails, sent after the change they report has committed. A
//! failed send is logged and never fails the use case that caused it.

use super::Services;
use crate::delivery::OutboxMessage;
use crate::delivery::messages::{self, Language, Notice, Recipient};
use crate::error::{ServiceError, ServiceResult};
use crate::store::users;

impl Services {
    /// Emails `user_id` about `notice`, in their language. Call it only
    /// once the transaction that made the change has committed.
    pub(super) async fn notify(&self, user_id: i64, notice: Notice<'_>) {
        let kind = match notice {
            Notice::AppAdded { .. } => "app_added",
            Notice::PhoneAdded { .. } => "phone_added",
            Notice::RecoveryCodeUsed => "recovery_code_used",
        };
        match self.try_notify(user_id, notice).await {
            Ok(()) => tracing::info!(user_id, kind, "security email sent"),
            Err(err) => tracing::warn!(user_id, kind, error = %err, "security email not sent"),
        }
    }

    async fn try_notify(&self, user_id: i64, notice: Notice<'_>) -> ServiceResult<()> {
        let user = {
            let mut conn = self.db.pool.acquire().await?;
            users::find(&mut conn, user_id).await?
        }
        .ok_or_else(|| ServiceError::Internal("no such user".into()))?;
        let to = Recipient {
            email: &user.email,
            display_name: &user.display_name,
            language: Language::from_locale(&user.locale),
        };
        let email = messages::compose(notice, to, &self.issuer, self.now());
        self.mailer.send(email).await?;
        Ok(())
    }

    /// What `/dev/outbox` shows, newest first; `None` outside demo mode.
    pub async fn outbox(&self) -> ServiceResult<Option<Vec<OutboxMessage>>> {
        match &self.outbox {
            Some(outbox) => Ok(Some(outbox.recent().await?)),
            None => Ok(None),
        }
    }
}
