//! Security emails, sent after the change they report has committed. A
//! failed send is logged and never fails the use case that caused it.

use super::Services;
use crate::crypto::{new_token, token_hash};
use crate::delivery::OutboxMessage;
use crate::delivery::messages::{self, Notice, Recipient};
use crate::error::{ServiceError, ServiceResult};
use crate::store::{Conn, links, users};
use domain::limits::NOT_ME_LINK_LIFETIME;

/// Who an emailed link is for, what it does, and what it is about
/// ("" when nothing in particular).
#[derive(Clone, Copy, Debug)]
pub(super) struct LinkTo<'a> {
    pub user_id: i64,
    pub purpose: links::Purpose,
    pub subject: &'a str,
}

/// The method a security email reports as added, which its **This
/// wasn't me** link removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ReportedMethod {
    App(i64),
    Phone(i64),
    Passkey(i64),
}

impl ReportedMethod {
    /// How the link stores it (`app:12`, `phone:3`).
    fn subject(self) -> String {
        match self {
            Self::App(id) => format!("app:{id}"),
            Self::Phone(id) => format!("phone:{id}"),
            Self::Passkey(id) => format!("passkey:{id}"),
        }
    }

    /// The method a link's subject names, if any.
    pub(super) fn from_subject(subject: &str) -> Option<Self> {
        let (kind, id) = subject.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "app" => Some(Self::App(id)),
            "phone" => Some(Self::Phone(id)),
            "passkey" => Some(Self::Passkey(id)),
            _ => None,
        }
    }
}

/// Where **This wasn't me** links lead.
pub const NOT_ME_PATH: &str = "/account/not-me";
/// Where password reset links lead.
pub const RESET_PATH: &str = "/account/reset";

impl Services {
    /// Emails `user_id` about `notice`, in their language and time zone.
    /// Call it only once the transaction that made the change has committed.
    pub(super) async fn notify(&self, user_id: i64, notice: Notice<'_>) {
        self.notify_about(user_id, notice, None).await;
    }

    /// As [`Services::notify`], for a method just added: the email's
    /// **This wasn't me** link removes that method.
    pub(super) async fn notify_about(
        &self,
        user_id: i64,
        notice: Notice<'_>,
        method: Option<ReportedMethod>,
    ) {
        let kind = notice.kind();
        match self.try_notify(user_id, notice, method).await {
            Ok(()) => tracing::info!(user_id, kind, "security email sent"),
            Err(err) => tracing::warn!(user_id, kind, error = %err, "security email not sent"),
        }
    }

    async fn try_notify(
        &self,
        user_id: i64,
        notice: Notice<'_>,
        method: Option<ReportedMethod>,
    ) -> ServiceResult<()> {
        let user = {
            let mut conn = self.db.pool.acquire().await?;
            users::find(&mut conn, user_id).await?
        }
        .ok_or_else(|| ServiceError::Internal("no such user".into()))?;
        let to = Recipient {
            email: &user.email,
            display_name: &user.display_name,
            language: catalogue::Language::from_code_or_default(&user.locale),
            time_zone: &user.time_zone,
        };
        let not_me = match notice.is_security_change() {
            true => Some(self.not_me_link(user_id, method).await?),
            false => None,
        };
        let email = messages::compose(notice, to, &self.issuer, self.now(), not_me.as_deref());
        self.mailer.send(email).await?;
        Ok(())
    }

    /// A new **This wasn't me** link for `user_id`'s security email,
    /// naming the method the email reports, if any.
    async fn not_me_link(&self, user_id: i64, method: Option<ReportedMethod>) -> ServiceResult<String> {
        let mut conn = self.db.pool.acquire().await?;
        let subject = method.map(ReportedMethod::subject).unwrap_or_default();
        let link = LinkTo {
            user_id,
            purpose: links::Purpose::NotMe,
            subject: &subject,
        };
        self.emailed_link(&mut conn, link, NOT_ME_LINK_LIFETIME, NOT_ME_PATH)
            .await
    }

    /// A new single-use link for an email, valid for `lifetime`: the URL
    /// that opens `path` with its token (only the token's hash is stored).
    pub(super) async fn emailed_link(
        &self,
        conn: &mut Conn,
        to: LinkTo<'_>,
        lifetime: time::Duration,
        path: &str,
    ) -> ServiceResult<String> {
        let token = new_token(self.rng.as_ref());
        let now = self.now();
        let link = links::NewLink {
            token_hash: &token_hash(&token),
            user_id: to.user_id,
            purpose: to.purpose,
            subject: to.subject,
        };
        links::insert(conn, link, now, now + lifetime).await?;
        Ok(format!("{}{path}?token={token}", self.public_url))
    }

    /// What `/dev/outbox` shows, newest first; `None` outside demo mode.
    pub async fn outbox(&self) -> ServiceResult<Option<Vec<OutboxMessage>>> {
        match &self.outbox {
            Some(outbox) => Ok(Some(outbox.recent().await?)),
            None => Ok(None),
        }
    }
}
