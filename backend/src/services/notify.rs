//! Security emails, queued in the transaction that makes the change they
//! report (with their **This wasn't me** link), and sent by the delivery
//! queue's worker once it commits. Queueing an email never fails the use
//! case: it writes to the transaction's connection only, inside a
//! savepoint, so only a bug of ours could make it fail, and then the change
//! still commits (the failure is logged).

use super::Services;
use crate::crypto::{new_token, token_hash};
use crate::delivery::messages::{self, Notice, Recipient};
use crate::delivery::{OutboxMessage, SHOWN};
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
    /// Queues an email to `user_id` about `notice`, in their language and
    /// time zone, in `conn`'s transaction: it exists if that commits. Call
    /// [`Services::send_queued`] once it has.
    pub(super) async fn notify(&self, conn: &mut Conn, user_id: i64, notice: Notice<'_>) {
        self.notify_about(conn, user_id, notice, None).await;
    }

    /// As [`Services::notify`], for a method just added: the email's
    /// **This wasn't me** link removes that method.
    pub(super) async fn notify_about(
        &self,
        conn: &mut Conn,
        user_id: i64,
        notice: Notice<'_>,
        method: Option<ReportedMethod>,
    ) {
        let kind = notice.kind();
        match self.queue_notice(conn, user_id, notice, method).await {
            Ok(id) => tracing::info!(user_id, kind, id, "security email queued"),
            Err(err) => tracing::error!(user_id, kind, error = %err, "security email not queued"),
        }
    }

    /// The email and its link, written inside a savepoint: should either
    /// fail, the transaction goes on without them (PostgreSQL would
    /// otherwise refuse every later statement of it).
    async fn queue_notice(
        &self,
        conn: &mut Conn,
        user_id: i64,
        notice: Notice<'_>,
        method: Option<ReportedMethod>,
    ) -> ServiceResult<i64> {
        let mut savepoint = sqlx::Connection::begin(&mut *conn).await?;
        let user = users::find(&mut savepoint, user_id)
            .await?
            .ok_or_else(|| ServiceError::Internal("no such user".into()))?;
        let to = Recipient {
            email: &user.email,
            display_name: &user.display_name,
            language: catalogue::Language::from_code_or_default(&user.locale),
            time_zone: &user.time_zone,
        };
        let not_me = match notice.is_security_change() {
            true => Some(self.not_me_link(&mut savepoint, user_id, method).await?),
            false => None,
        };
        let email = messages::compose(notice, to, &self.issuer, self.now(), not_me.as_deref());
        let id = self.queue.enqueue(&mut savepoint, &email).await?;
        savepoint.commit().await?;
        Ok(id)
    }

    /// The transaction that queued emails has committed: they go out now
    /// (the worker is woken; tests send them before this returns).
    pub(super) async fn send_queued(&self) {
        self.queue.committed().await;
    }

    /// Sends the queued emails that are due; how many were sent. The
    /// server's worker calls it; tests call it to run one pass.
    pub async fn deliver_due(&self) -> ServiceResult<usize> {
        Ok(self.queue.deliver_due().await?)
    }

    /// A new **This wasn't me** link for `user_id`'s security email,
    /// naming the method the email reports, if any.
    async fn not_me_link(
        &self,
        conn: &mut Conn,
        user_id: i64,
        method: Option<ReportedMethod>,
    ) -> ServiceResult<String> {
        let subject = method.map(ReportedMethod::subject).unwrap_or_default();
        let link = LinkTo {
            user_id,
            purpose: links::Purpose::NotMe,
            subject: &subject,
        };
        self.emailed_link(conn, link, NOT_ME_LINK_LIFETIME, NOT_ME_PATH)
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

    /// What `/dev/outbox` shows: the queue, newest first; `None` outside
    /// demo mode.
    pub async fn outbox(&self) -> ServiceResult<Option<Vec<OutboxMessage>>> {
        match self.show_outbox {
            true => Ok(Some(self.queue.recent(SHOWN).await?)),
            false => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use crate::delivery::AfterCommit;
    use crate::ports::Clock;
    use crate::test_support::{each_backend, services, test_clock};

    async fn add_user(db: &Db, now: time::OffsetDateTime) -> i64 {
        let mut conn = db.pool.acquire().await.unwrap();
        let new = users::NewUser {
            email: "ada@example.com",
            password_hash: "$argon2id$x",
            display_name: "Ada",
            payment_role: domain::policy::PaymentRole::Payor,
            time_zone: "UTC",
            locale: "en",
        };
        users::insert_new(&mut conn, &new, now).await.unwrap().unwrap()
    }

    async fn count(db: &Db, table: &str) -> i64 {
        let mut conn = db.pool.acquire().await.unwrap();
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&mut *conn)
            .await
            .unwrap()
    }

    async fn reset_required(db: &Db, user_id: i64) -> bool {
        let mut conn = db.pool.acquire().await.unwrap();
        users::lock_password(&mut conn, user_id)
            .await
            .unwrap()
            .unwrap()
            .reset_required
    }

    /// The change, its **This wasn't me** link and its email commit
    /// together, or none of them does.
    #[tokio::test]
    async fn a_security_email_and_its_link_are_written_with_the_change_or_not_at_all() {
        for db in each_backend().await {
            let clock = test_clock();
            let services = services(db.clone(), &clock).with_after_commit(AfterCommit::WakeWorker);
            let user_id = add_user(&db, clock.now()).await;

            let mut tx = db.begin().await.unwrap();
            users::require_password_reset(&mut tx, user_id, true)
                .await
                .unwrap();
            services.notify(&mut tx, user_id, Notice::PasswordChanged).await;
            tx.rollback().await.unwrap();
            assert!(!reset_required(&db, user_id).await);
            assert_eq!(count(&db, "deliveries").await, 0, "{:?}", db.backend);
            assert_eq!(count(&db, "account_links").await, 0);

            let mut tx = db.begin().await.unwrap();
            users::require_password_reset(&mut tx, user_id, true)
                .await
                .unwrap();
            services.notify(&mut tx, user_id, Notice::PasswordChanged).await;
            tx.commit().await.unwrap();
            assert!(reset_required(&db, user_id).await);
            assert_eq!(count(&db, "deliveries").await, 1);
            assert_eq!(count(&db, "account_links").await, 1);

            // The email's link is the stored one.
            let shown = services.outbox().await.unwrap().unwrap();
            let token = shown[0]
                .body
                .split("token=")
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .unwrap();
            let mut conn = db.pool.acquire().await.unwrap();
            let purposes = [links::Purpose::NotMe];
            let live = links::live(&mut conn, &token_hash(token), &purposes, clock.now())
                .await
                .unwrap();
            assert_eq!(live, Some(user_id));
        }
    }

    /// Should queueing fail (here: the queue's table is away), the change
    /// still commits, without the email or its link; on PostgreSQL the
    /// transaction goes on after the failed statement.
    #[tokio::test]
    async fn a_failure_to_queue_never_fails_the_change() {
        for db in each_backend().await {
            let clock = test_clock();
            let services = services(db.clone(), &clock).with_after_commit(AfterCommit::WakeWorker);
            let user_id = add_user(&db, clock.now()).await;
            let rename = |from: &str, to: &str| format!("ALTER TABLE {from} RENAME TO {to}");
            sqlx::query(&rename("deliveries", "deliveries_away"))
                .execute(&db.pool)
                .await
                .unwrap();

            let mut tx = db.begin().await.unwrap();
            services.notify(&mut tx, user_id, Notice::PasswordChanged).await;
            users::require_password_reset(&mut tx, user_id, true)
                .await
                .unwrap();
            tx.commit().await.unwrap();

            sqlx::query(&rename("deliveries_away", "deliveries"))
                .execute(&db.pool)
                .await
                .unwrap();
            assert!(reset_required(&db, user_id).await, "{:?}", db.backend);
            assert_eq!(
                count(&db, "account_links").await,
                0,
                "the link went with its email"
            );
            assert_eq!(count(&db, "deliveries").await, 0);
        }
    }
}
