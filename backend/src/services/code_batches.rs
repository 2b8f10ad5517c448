//! Codes from authenticator apps on PostgreSQL, checked in batches.
//!
//! A wrong code costs a read of the account's apps, a charge, an audit
//! event and the sign-in's failure count. One at a time that is ten round
//! trips per code, and on PostgreSQL every round trip costs CPU on both
//! sides. Here the codes that arrive while a batch commits wait for the
//! next one, which checks them all in one transaction of six round trips
//! (begin, the turns, the counts, the apps, the writes, commit), deciding
//! as [`Services::settle_app_code`] does one at a time:
//! - the turns of the batch's accounts are taken in one sorted statement,
//!   then each code is charged and decided from the charges committed
//!   before, on any instance;
//! - a batch holds at most one code per account: a second waits for the
//!   next batch, so each is decided after the one before it;
//! - each session moves only if still as its request read it;
//! - each answer is given once the batch committed.
//!
//! A code that looks right is handed back unwritten, to be used up one at
//! a time where it signs in. On SQLite the writer already commits many
//! codes together (see `Db::write`).

use super::challenge::{failure_event, refusal};
use super::{Services, audit_row};
use crate::error::{ServiceError, ServiceResult};
use crate::metrics;
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::code_batches::{self, Writes};
use crate::store::factors::TotpFactor;
use crate::store::{audit, sessions};
use domain::codes::VerificationCode;
use domain::limits::{self, Verdict};
use domain::refusal::Refusal;
use domain::signin::{Effect, Event, SignIn};
use domain::totp::TotpCheck;
use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use time::OffsetDateTime;
use tokio::sync::oneshot;

/// The most codes one transaction settles.
const MAX_BATCH: usize = 128;

/// A code typed at "Verify Your Identity" for an app of `user_id` (the
/// one picked, or any).
pub(super) struct AppCode {
    pub session: SessionCtx,
    /// The sign-in as the request read it.
    pub state: SignIn,
    pub user_id: i64,
    pub factor: Option<i64>,
    pub code: VerificationCode,
}

/// The codes waiting to be checked, and the turn to check a batch of them.
#[derive(Default)]
pub(super) struct Batches {
    waiting: Mutex<VecDeque<Waiting>>,
    turn: Arc<tokio::sync::Mutex<()>>,
}

struct Waiting {
    code: AppCode,
    answer: oneshot::Sender<ServiceResult<Settled>>,
}

/// How a batch settled a code.
enum Settled {
    /// Right as its apps were read: to be used up one at a time.
    LooksRight(TotpCheck),
    /// Refused; `limited` when the code limit refused it (then counted on
    /// the caller's thread, where its metrics recorder is).
    Refused { refusal: Refusal, limited: bool },
}

/// What the batch does to a code's session once it committed.
enum Then {
    Nothing,
    Move(sessions::Move),
    End,
}

impl Batches {
    /// The oldest waiting code of each account, up to [`MAX_BATCH`].
    fn next(&self) -> Vec<Waiting> {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        let mut accounts = HashSet::new();
        let (batch, later): (VecDeque<_>, VecDeque<_>) = waiting
            .drain(..)
            .partition(|w| accounts.len() < MAX_BATCH && accounts.insert(w.code.user_id));
        *waiting = later;
        batch.into()
    }
}

impl Services {
    /// Checks `code` with the codes typed beside it: the check when it
    /// looks right (the caller uses it up), else its refusal, once its
    /// failure is committed. Whoever takes the turn checks the batch for
    /// everyone waiting then; the others find their answer when their
    /// turn comes.
    pub(super) async fn check_in_batch(&self, code: AppCode) -> ServiceResult<TotpCheck> {
        let (answer, mut settled) = oneshot::channel();
        self.code_batches
            .waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push_back(Waiting { code, answer });
        loop {
            let turn = tokio::select! {
                biased;
                settled = &mut settled => return answered(settled.ok()),
                turn = self.code_batches.turn.clone().lock_owned() => turn,
            };
            match settled.try_recv() {
                Ok(done) => return answered(Some(done)),
                Err(oneshot::error::TryRecvError::Closed) => return answered(None),
                Err(oneshot::error::TryRecvError::Empty) => {}
            }
            let batch = self.code_batches.next();
            let services = self.clone();
            // A task of its own: a caller that goes away does not cancel
            // the batch, which holds the others' codes too.
            let _ = tokio::spawn(async move {
                services.check_batch(batch).await;
                drop(turn);
            })
            .await;
        }
    }

    /// One transaction for `batch`; each code's caller is answered once
    /// it committed, or told it failed.
    async fn check_batch(&self, batch: Vec<Waiting>) {
        let codes: Vec<&AppCode> = batch.iter().map(|w| &w.code).collect();
        match self.check_codes(&codes).await {
            Ok(settled) => {
                for (waiting, settled) in batch.into_iter().zip(settled) {
                    let _ = waiting.answer.send(settled);
                }
            }
            Err(err) => {
                tracing::error!(%err, codes = batch.len(), "a batch of codes could not be checked");
                for waiting in batch {
                    let _ = waiting.answer.send(Err(ServiceError::Internal(err.to_string())));
                }
            }
        }
    }

    async fn check_codes(&self, codes: &[&AppCode]) -> ServiceResult<Vec<ServiceResult<Settled>>> {
        let now = self.now();
        let users: Vec<i64> = codes.iter().map(|c| c.user_id).collect();
        let subjects: Vec<String> = users.iter().map(i64::to_string).collect();
        let mut tx = self.db.begin().await?;
        code_batches::take_turns(&mut tx, Kind::Code, &subjects).await?;
        let windows = limits::CODES.window_seconds();
        let priors = code_batches::priors(&mut tx, Kind::Code, &subjects, now, &windows).await?;
        let apps = code_batches::apps_of(&mut tx, &users).await?;
        let mut writes = Writes::default();
        let mut plans = Vec::with_capacity(codes.len());
        for (code, subject) in codes.iter().zip(subjects) {
            let apps = apps.get(&code.user_id).map(Vec::as_slice).unwrap_or_default();
            let prior = priors.get(&subject).cloned().unwrap_or_default();
            plans.push(self.plan(code, subject, apps, prior, now, &mut writes).await);
        }
        let moved: HashSet<String> = code_batches::write(&mut tx, Kind::Code, now, &writes)
            .await?
            .into_iter()
            .collect();
        tx.commit().await?;
        let mut settled = Vec::with_capacity(plans.len());
        for (plan, code) in plans.into_iter().zip(codes) {
            settled.push(match plan {
                Ok(plan) => Ok(settle(code, plan, &moved).await),
                Err(err) => Err(err),
            });
        }
        Ok(settled)
    }

    /// Decides `code` from the attempts charged before it against
    /// `subject` (its account): while limited it is not even checked; a
    /// code that looks right is left for its caller; a wrong one is
    /// charged and its failure counted.
    async fn plan<'a>(
        &self,
        code: &'a AppCode,
        subject: String,
        apps: &[TotpFactor],
        (prior, latest): code_batches::Prior,
        now: OffsetDateTime,
        writes: &mut Writes<'a>,
    ) -> ServiceResult<(Settled, Then)> {
        if let Verdict::Limited { .. } = limits::CODES.decide(&prior, latest, now.unix_timestamp()) {
            let limited = Settled::Refused {
                refusal: Refusal::WrongCode,
                limited: true,
            };
            return Ok((limited, Then::Nothing));
        }
        let check = self.first_look(apps, (code.user_id, code.factor), &code.code)?;
        if matches!(check, TotpCheck::Accepted { .. }) {
            return Ok((Settled::LooksRight(check), Then::Nothing));
        }
        writes.charges.push(subject);
        let (refusal, then) = self.count_refused(code, check, now, writes).await;
        Ok((
            Settled::Refused {
                refusal,
                limited: false,
            },
            then,
        ))
    }

    /// A charged code's failure, as [`Services::count_failure`] records it
    /// one at a time: its audit event, then the sign-in's count (the
    /// tenth ends it). The answer, and what becomes of the session.
    async fn count_refused<'a>(
        &self,
        code: &'a AppCode,
        check: TotpCheck,
        now: OffsetDateTime,
        writes: &mut Writes<'a>,
    ) -> (Refusal, Then) {
        let audit = |event, detail| audit_row(&code.session, Some(code.user_id), None, event, detail);
        writes
            .audits
            .push(audit(failure_event(check), "authenticator_app"));
        let Ok(transition) = code.state.clone().step(Event::CodeRejected) else {
            return (Refusal::OutOfOrder, Then::Nothing);
        };
        if transition.effects.contains(&Effect::Abandoned) {
            if let Some(id_hash) = code.session.id_hash().await {
                writes.ends.push(id_hash);
            }
            writes.audits.push(audit(audit::Event::SignInAbandoned, ""));
            return (Refusal::Abandoned, Then::End);
        }
        match code.session.move_to(transition.state, now).await {
            Some(next) => {
                writes.moves.push(next.clone());
                (refusal(check), Then::Move(next))
            }
            None => (Refusal::Conflict, Then::Nothing),
        }
    }
}

/// What the committed batch means for `code`'s session, and its answer.
async fn settle(code: &AppCode, (settled, then): (Settled, Then), moved: &HashSet<String>) -> Settled {
    match then {
        Then::Nothing => settled,
        Then::End => {
            code.session.ended().await;
            settled
        }
        Then::Move(next) if moved.contains(&next.id_hash) => {
            code.session.moved(next).await;
            settled
        }
        // Another request moved the session first.
        Then::Move(_) => Settled::Refused {
            refusal: Refusal::Conflict,
            limited: false,
        },
    }
}

/// The caller's answer: the check of a code that looks right, or its
/// refusal, or the batch's failure (none at all: its task ended first).
fn answered(settled: Option<ServiceResult<Settled>>) -> ServiceResult<TotpCheck> {
    match settled.ok_or(sqlx::Error::WorkerCrashed)?? {
        Settled::LooksRight(check) => Ok(check),
        Settled::Refused { refusal, limited } => {
            if limited {
                metrics::limit_hit(Kind::Code);
            }
            Err(refusal.into())
        }
    }
}

impl Services {
    /// Holds the turn to check a batch of codes (PostgreSQL): they wait,
    /// queued, until it is dropped.
    pub async fn hold_code_batches(&self) -> tokio::sync::OwnedMutexGuard<()> {
        self.code_batches.turn.clone().lock_owned().await
    }

    /// Codes queued for a batch (PostgreSQL).
    pub fn codes_waiting(&self) -> usize {
        self.code_batches
            .waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}
