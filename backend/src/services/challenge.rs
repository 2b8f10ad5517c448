//! "Verify Your Identity": codes from authenticator apps, the method picker
//! and recovery codes.

use super::code_batches::AppCode;
use super::{Services, TOTP_SECRET};
use crate::db::{Backend, Tx};
use crate::delivery::messages::Notice;
use crate::error::{ServiceError, ServiceResult};
use crate::metrics::{self, Method};
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::{Conn, audit, factors, passkeys, phones};
use domain::codes::{RecoveryCode, VerificationCode};
use domain::limits;
use domain::refusal::Refusal;
use domain::signin::{Event, OutOfOrder, Sealed, SignIn, Transition};
use domain::totp::{TotpCheck, TotpSecret};

/// A choice on "How Do You Want to Verify Your Identity?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// An authenticator app: this one, or any.
    App(Option<i64>),
    /// A registered phone number: a code is texted to it.
    Phone(i64),
    /// A passkey: this one, or any.
    Passkey(Option<i64>),
    Recovery,
}

/// The best outcome over several apps: accepted beats drift beats replay beats wrong.
pub(super) fn better(a: TotpCheck, b: TotpCheck) -> TotpCheck {
    fn rank(c: TotpCheck) -> u8 {
        match c {
            TotpCheck::Accepted { .. } => 3,
            TotpCheck::Drift { .. } => 2,
            TotpCheck::Replayed => 1,
            TotpCheck::Rejected => 0,
        }
    }
    if rank(b) > rank(a) { b } else { a }
}

/// The answer for a code that did not sign the user in.
pub(super) fn refusal(check: TotpCheck) -> Refusal {
    match check {
        TotpCheck::Replayed => Refusal::CodeReplayed,
        TotpCheck::Drift { seconds } => Refusal::ClockDrift { seconds },
        TotpCheck::Accepted { .. } | TotpCheck::Rejected => Refusal::WrongCode,
    }
}

/// The audit event for a refused code: replays are told apart.
pub(super) fn failure_event(check: TotpCheck) -> audit::Event {
    match check {
        TotpCheck::Replayed => audit::Event::MfaReplayed,
        _ => audit::Event::MfaFailed,
    }
}

impl Services {
    /// Records a refused code; the tenth in one sign-in abandons it.
    pub(super) async fn count_failure(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        state: SignIn,
        user_id: i64,
        (event, factor): (audit::Event, &str),
    ) -> ServiceResult<()> {
        self.audit(conn, session, Some(user_id), event, factor).await?;
        let transition = state.step(Event::CodeRejected)?;
        self.apply(conn, session, transition).await
    }

    /// Checks a code against one app, writing nothing. A code from the
    /// future is answered as a wrong one: telling its drift would confirm
    /// a code that becomes valid later. Past codes never can, so their
    /// drift is explained.
    fn app_check(
        &self,
        app: &factors::TotpFactor,
        user_id: i64,
        code: &VerificationCode,
    ) -> ServiceResult<TotpCheck> {
        let secret = TotpSecret::from_bytes(self.open(&app.secret_sealed, TOTP_SECRET, user_id)?);
        let last = u64::try_from(app.last_used_step).ok();
        Ok(match self.check_totp(&secret, code, last) {
            TotpCheck::Drift { seconds } if seconds > 0 => TotpCheck::Rejected,
            other => other,
        })
    }

    /// The best outcome of `code` over `apps` of `user_id` (or the one
    /// picked), writing nothing.
    pub(super) fn first_look(
        &self,
        apps: &[factors::TotpFactor],
        (user_id, factor): (i64, Option<i64>),
        code: &VerificationCode,
    ) -> ServiceResult<TotpCheck> {
        let mut outcome = TotpCheck::Rejected;
        for app in apps.iter().filter(|a| factor.is_none_or(|f| f == a.id)) {
            outcome = better(outcome, self.app_check(app, user_id, code)?);
        }
        Ok(outcome)
    }

    /// Checks a code against one app; a right code moves the app's last
    /// used step in the database (one winner per step).
    pub(super) async fn use_app_code(
        &self,
        conn: &mut Conn,
        app: &factors::TotpFactor,
        user_id: i64,
        code: &VerificationCode,
    ) -> ServiceResult<TotpCheck> {
        Ok(match self.app_check(app, user_id, code)? {
            TotpCheck::Accepted { step } => {
                let step_i64 = i64::try_from(step).unwrap_or(i64::MAX);
                if factors::use_step(conn, app.id, step_i64, self.now()).await? {
                    TotpCheck::Accepted { step }
                } else {
                    TotpCheck::Replayed
                }
            }
            other => other,
        })
    }

    /// The best outcome of `code` over the apps of `user_id` (or the one
    /// picked), using it up where right.
    async fn use_any_app(
        &self,
        conn: &mut Conn,
        (user_id, factor): (i64, Option<i64>),
        code: &VerificationCode,
    ) -> ServiceResult<TotpCheck> {
        let mut outcome = TotpCheck::Rejected;
        for app in factors::list_apps(conn, user_id).await? {
            if factor.is_none_or(|f| f == app.id) {
                outcome = better(outcome, self.use_app_code(conn, &app, user_id, code).await?);
                if matches!(outcome, TotpCheck::Accepted { .. }) {
                    break;
                }
            }
        }
        Ok(outcome)
    }

    /// "Verify Your Identity": a 6-digit code from any registered app (or
    /// the one picked), or the code texted to the phone picked.
    pub async fn verify_code(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        match state {
            SignIn::Challenge { user_id, factor, .. } => {
                let answer = self
                    .verify_app_code(session, state, (user_id, factor), input)
                    .await;
                metrics::counted(Method::Totp, answer)
            }
            SignIn::SmsChallenge {
                user_id, phone_id, ..
            } => {
                let answer = match VerificationCode::parse(input) {
                    Ok(code) => {
                        self.verify_sms_code(session, state, user_id, phone_id, &code)
                            .await
                    }
                    Err(refusal) => Err(refusal.into()),
                };
                metrics::counted(Method::Sms, answer)
            }
            _ => Err(Refusal::OutOfOrder.into()),
        }
    }

    /// A code from the app `factor` (or any) of `user_id`. It is first
    /// checked against the apps as read now, writing nothing; then the
    /// write transaction charges it, decides from the charges before it,
    /// and counts a failure, or, for a code that looked right, checks it
    /// again where it is used up. The answer is given once that committed.
    /// On PostgreSQL the first look, and a wrong code's writes, are made
    /// in a batch with the codes typed beside it (see `code_batches`).
    async fn verify_app_code(
        &self,
        session: &SessionCtx,
        state: SignIn,
        app: (i64, Option<i64>),
        input: &str,
    ) -> ServiceResult<()> {
        let code = VerificationCode::parse(input)?;
        let (user_id, factor) = app;
        let first_look = match self.db.backend {
            Backend::Postgres => {
                let session = session.clone();
                let (state, code) = (state.clone(), code.clone());
                let typed = AppCode {
                    session,
                    state,
                    user_id,
                    factor,
                    code,
                };
                self.check_in_batch(typed).await?
            }
            Backend::Sqlite => {
                let mut conn = self.db.pool.acquire().await?;
                let apps = factors::list_apps(&mut conn, user_id).await?;
                drop(conn);
                self.first_look(&apps, app, &code)?
            }
        };
        let (services, session) = (self.clone(), session.clone());
        let answer = self
            .db
            .write(move |conn: &mut Conn| {
                Box::pin(async move {
                    services
                        .settle_app_code(conn, &session, state, app, &code, first_look)
                        .await
                })
            })
            .await?;
        answer.map_err(Into::into)
    }

    /// [`Services::verify_app_code`]'s writes: the charge, then the sign-in
    /// or the failure. A refusal is kept (`Ok(Err(_))`).
    async fn settle_app_code(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        state: SignIn,
        app: (i64, Option<i64>),
        code: &VerificationCode,
        first_look: TotpCheck,
    ) -> ServiceResult<Result<(), Refusal>> {
        let user_id = app.0;
        // While limited nothing is checked: a wrong code's answer, a right
        // code's included (the charge is forgotten).
        let Ok(charge) = self
            .charge(conn, Kind::Code, &user_id.to_string(), limits::CODES)
            .await?
        else {
            return Ok(Err(Refusal::WrongCode));
        };
        let mut outcome = first_look;
        if matches!(first_look, TotpCheck::Accepted { .. }) {
            // The step used up and the session signed in commit together,
            // or neither does: a crash between them must not spend a right
            // code for nothing, and a refused sign-in (a double submit
            // signed in first) rolls back to here, not the whole batch.
            let mut used = sqlx::Connection::begin(&mut *conn).await?;
            outcome = self.use_any_app(&mut used, app, code).await?;
            if matches!(outcome, TotpCheck::Accepted { .. }) {
                self.forget(&mut used, &[charge]).await?;
                let signed_in = self
                    .pass_challenge(&mut used, session, state.clone(), user_id, "authenticator_app")
                    .await;
                return match signed_in {
                    Ok(()) => Ok(Ok(used.commit().await?)),
                    Err(ServiceError::Refused(refused)) => {
                        used.rollback().await?;
                        Ok(Err(refused))
                    }
                    Err(err) => Err(err),
                };
            }
            used.commit().await?;
        }
        let failure = (failure_event(outcome), "authenticator_app");
        self.failure_answer(conn, session, state, user_id, failure, refusal(outcome))
            .await
            .map(Err)
    }

    /// Charges a code attempt and commits the charge at once, so parallel
    /// guesses see each other before any is checked.
    pub(super) async fn charge_code_now(&self, user_id: i64) -> ServiceResult<super::rate_limit::Charge> {
        let mut tx = self.db.begin().await?;
        let charge = self
            .charge_code(&mut tx, Kind::Code, user_id, limits::CODES)
            .await;
        tx.commit().await?;
        charge
    }

    /// A code that did not sign in: the failure is counted in `tx` (the
    /// tenth ends the sign-in, saved all the same) and `answer` given.
    pub(super) async fn refuse(
        &self,
        mut tx: Tx,
        session: &SessionCtx,
        state: SignIn,
        user_id: i64,
        failure: (audit::Event, &str),
        answer: Refusal,
    ) -> ServiceResult<()> {
        let answer = self
            .failure_answer(&mut tx, session, state, user_id, failure, answer)
            .await?;
        tx.commit().await?;
        Err(answer.into())
    }

    /// Counts a code's failure in `conn`: the answer is `answer`, or the
    /// refusal the count itself met (the tenth ends the sign-in).
    async fn failure_answer(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        state: SignIn,
        user_id: i64,
        failure: (audit::Event, &str),
        answer: Refusal,
    ) -> ServiceResult<Refusal> {
        match self.count_failure(conn, session, state, user_id, failure).await {
            Ok(()) => Ok(answer),
            Err(ServiceError::Refused(refused)) => Ok(refused),
            Err(err) => Err(err),
        }
    }

    /// A right code from `method`: signed in.
    pub(super) async fn pass_challenge(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        state: SignIn,
        user_id: i64,
        method: &str,
    ) -> ServiceResult<()> {
        self.audit(conn, session, Some(user_id), audit::Event::MfaPassed, method)
            .await?;
        // Recent Activity says how: an app, a text or a passkey.
        self.audit(conn, session, Some(user_id), audit::Event::SignIn, method)
            .await?;
        let transition = state.step(Event::CodeAccepted)?;
        self.apply(conn, session, transition).await
    }

    /// "How Do You Want to Verify Your Identity?": one app, one phone (a
    /// code is texted to it first), or a recovery code.
    pub async fn pick_method(&self, session: &SessionCtx, pick: Pick) -> ServiceResult<()> {
        let state = session.state().await;
        let user_id = state.user_id().ok_or(Refusal::OutOfOrder)?;
        let mut conn = self.db.pool.acquire().await?;
        let event = match pick {
            Pick::Recovery => Event::PickRecovery,
            Pick::App(choice) => {
                let apps = factors::list_apps(&mut conn, user_id).await?;
                if choice.is_some_and(|id| !apps.iter().any(|a| a.id == id)) {
                    return Err(Refusal::OutOfOrder.into());
                }
                Event::PickFactor { factor: choice }
            }
            Pick::Passkey(choice) => {
                let keys = passkeys::list(&mut conn, user_id).await?;
                if keys.is_empty() || choice.is_some_and(|id| !keys.iter().any(|k| k.id == id)) {
                    return Err(Refusal::OutOfOrder.into());
                }
                Event::PickPasskey { passkey: choice }
            }
            Pick::Phone(phone_id) => {
                let phone = phones::find(&mut conn, user_id, phone_id)
                    .await?
                    .ok_or(Refusal::OutOfOrder)?;
                // Only a step that may move on sends a text.
                state.clone().step(Event::PickPhone { phone_id })?;
                drop(conn);
                self.text_code_at_sign_in(session, user_id, &phone.phone).await?;
                conn = self.db.pool.acquire().await?;
                Event::PickPhone { phone_id }
            }
        };
        let transition = state.step(event)?;
        self.apply(&mut conn, session, transition).await
    }

    /// Redeems the user's recovery code if `code` is it (charged first, as
    /// recovery-code attempts), and in the same transaction issues its
    /// successor and moves the session to `next(successor)`, recording
    /// `why`. False when the code is not theirs (or was redeemed first by
    /// another request); the charge then stays.
    pub(super) async fn redeem_recovery_code(
        &self,
        session: &SessionCtx,
        user_id: i64,
        code: &RecoveryCode,
        why: (audit::Event, &str),
        next: impl FnOnce(Sealed) -> Result<Transition, OutOfOrder>,
    ) -> ServiceResult<bool> {
        let mut conn = self.db.pool.acquire().await?;
        let charge = self
            .charge_code(&mut conn, Kind::RecoveryCode, user_id, limits::RECOVERY_CODES)
            .await?;
        let hash = factors::unused_recovery_hash(&mut conn, user_id).await?;
        drop(conn);
        let matches = match &hash {
            Some(hash) => self.hasher.verify(code.as_str(), hash).await,
            None => false,
        };
        let (true, Some(old_hash)) = (matches, hash) else {
            return Ok(false);
        };
        let (new_hash, sealed) = self.new_recovery_code(user_id).await?;
        let transition = next(sealed)?;
        let mut tx = self.db.begin().await?;
        if !factors::redeem_recovery_code(&mut tx, user_id, &old_hash, self.now()).await? {
            // Another request redeemed it first.
            tx.rollback().await?;
            return Ok(false);
        }
        self.forget(&mut tx, &[charge]).await?;
        let used = audit::Event::RecoveryCodeUsed;
        self.audit(&mut tx, session, Some(user_id), used, "").await?;
        self.audit(&mut tx, session, Some(user_id), why.0, why.1).await?;
        self.notify(&mut tx, user_id, Notice::RecoveryCodeUsed).await;
        self.issue_recovery_code(tx, session, user_id, &new_hash, transition)
            .await?;
        self.send_queued().await;
        Ok(true)
    }

    /// "Enter Recovery Code": single use, redeemed by one conditional update,
    /// and in the same transaction a new code is issued and put in the
    /// session, so a user who closes the tab next is never left without one.
    pub async fn verify_recovery_code(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        metrics::counted(Method::Recovery, self.recovery_step(session, state, input).await)
    }

    async fn recovery_step(&self, session: &SessionCtx, state: SignIn, input: &str) -> ServiceResult<()> {
        let SignIn::Recovery { user_id, .. } = state else {
            return Err(Refusal::OutOfOrder.into());
        };
        let code = RecoveryCode::parse(input)?;
        let signed_in = (audit::Event::SignIn, "recovery_code");
        let next = |sealed| {
            state.clone().step(Event::RecoveryAccepted {
                recovery_code: sealed,
            })
        };
        if self
            .redeem_recovery_code(session, user_id, &code, signed_in, next)
            .await?
        {
            return Ok(());
        }
        let mut conn = self.db.pool.acquire().await?;
        self.count_failure(
            &mut conn,
            session,
            state,
            user_id,
            (audit::Event::MfaFailed, "recovery_code"),
        )
        .await?;
        Err(ServiceError::Refused(Refusal::WrongCode))
    }
}
