//! Rate limiting, for every step that checks a secret: charge the attempt
//! first (so parallel tries see each other), then decide from the attempts
//! before it. A refused try is forgotten at once: it checked nothing and
//! must not extend the limit. A successful one is forgotten by its caller.
//! Every refusal is counted by its kind (`trestle_limits_hit_total`).

use super::Services;
use crate::error::ServiceResult;
use crate::metrics;
use crate::store::Conn;
use crate::store::attempts::{self, Kind};
use domain::limits::{Limit, SendBudget, Verdict};
use domain::refusal::Refusal;

/// An attempt on record: forget it when the secret turns out right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Charge(i64);

impl Services {
    /// Charges one attempt against `subject` and decides it under `limit`.
    /// `Ok(Err(retry_after))` when limited (and then nothing stays charged).
    pub(super) async fn charge(
        &self,
        conn: &mut Conn,
        kind: Kind,
        subject: &str,
        limit: Limit,
    ) -> ServiceResult<Result<Charge, i64>> {
        let now = self.now();
        let (id, (prior, latest)) =
            attempts::charge_counting(conn, kind, subject, now, &limit.window_seconds()).await?;
        match limit.decide(&prior, latest, now.unix_timestamp()) {
            Verdict::Open => Ok(Ok(Charge(id))),
            Verdict::Limited { retry_after } => {
                metrics::limit_hit(kind);
                attempts::forget(conn, id).await?;
                Ok(Err(retry_after))
            }
        }
    }

    /// Charges a code attempt against `user_id`. While limited nothing is
    /// checked, and the answer is a wrong code's (a right code included).
    pub(super) async fn charge_code(
        &self,
        conn: &mut Conn,
        kind: Kind,
        user_id: i64,
        limit: Limit,
    ) -> ServiceResult<Charge> {
        self.charge(conn, kind, &user_id.to_string(), limit)
            .await?
            .map_err(|_| Refusal::WrongCode.into())
    }

    /// Charges every `(kind, subject, limit)`; when any is limited, none
    /// stays charged and the longest wait is returned.
    pub(super) async fn charge_all(
        &self,
        conn: &mut Conn,
        charges: &[(Kind, &str, Limit)],
    ) -> ServiceResult<Result<Vec<Charge>, i64>> {
        let mut taken = Vec::with_capacity(charges.len());
        let mut wait: Option<i64> = None;
        for (kind, subject, limit) in charges {
            match self.charge(conn, *kind, subject, *limit).await? {
                Ok(charge) => taken.push(charge),
                Err(retry_after) => wait = Some(wait.map_or(retry_after, |w| w.max(retry_after))),
            }
        }
        match wait {
            None => Ok(Ok(taken)),
            Some(retry_after) => {
                self.forget(conn, &taken).await?;
                Ok(Err(retry_after))
            }
        }
    }

    /// Charges a send (a text, an email) to every budget; when any is
    /// spent, none stays charged (a refused request spends nothing) and
    /// the longest wait is returned.
    pub(super) async fn charge_sends(
        &self,
        conn: &mut Conn,
        charges: &[(Kind, &str, SendBudget)],
    ) -> ServiceResult<Result<(), i64>> {
        let mut taken = Vec::with_capacity(charges.len());
        let mut wait = 0;
        for (kind, subject, budget) in charges {
            let (charge, verdict) = self.charge_send(conn, *kind, subject, *budget).await?;
            taken.push(charge);
            if let Verdict::Limited { retry_after } = verdict {
                wait = wait.max(retry_after);
            }
        }
        if wait > 0 {
            self.forget(conn, &taken).await?;
            return Ok(Err(wait));
        }
        Ok(Ok(()))
    }

    /// Charges one send to `subject`'s budget and decides it from the
    /// sends charged before it. The charge stays either way; callers
    /// forget it when any of their budgets is spent.
    async fn charge_send(
        &self,
        conn: &mut Conn,
        kind: Kind,
        subject: &str,
        budget: SendBudget,
    ) -> ServiceResult<(Charge, Verdict)> {
        let id = attempts::charge(conn, kind, subject, self.now()).await?;
        let verdict = self.send_verdict(conn, kind, subject, budget, id).await?;
        if matches!(verdict, Verdict::Limited { .. }) {
            metrics::limit_hit(kind);
        }
        Ok((Charge(id), verdict))
    }

    /// Whether a text to `subject` may go now, counting every send but `except`.
    pub(super) async fn send_verdict(
        &self,
        conn: &mut Conn,
        kind: Kind,
        subject: &str,
        budget: SendBudget,
        except: i64,
    ) -> ServiceResult<Verdict> {
        let now = self.now().unix_timestamp();
        let sent = attempts::times_since(conn, kind, subject, except, now - budget.window_seconds).await?;
        Ok(budget.decide(&sent, now))
    }

    /// The attempts succeeded: they are not failures.
    pub(super) async fn forget(&self, conn: &mut Conn, charges: &[Charge]) -> ServiceResult<()> {
        for Charge(id) in charges {
            attempts::forget(conn, *id).await?;
        }
        Ok(())
    }
}
