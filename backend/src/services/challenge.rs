//! "Verify Your Identity": codes from authenticator apps, the method picker
//! and recovery codes.

use super::{Services, TOTP_SECRET};
use crate::crypto::verify_secret_blocking;
use crate::error::{ServiceError, ServiceResult};
use crate::session::SessionCtx;
use crate::store::attempts::{self, Kind};
use crate::store::{Conn, audit, factors};
use domain::codes::{RecoveryCode, VerificationCode};
use domain::limits::{self, LockState, Window};
use domain::signin::{Event, SignIn};
use domain::totp::{TotpCheck, TotpSecret};

/// The best outcome over several apps: accepted beats drift beats replay beats wrong.
fn better(a: TotpCheck, b: TotpCheck) -> TotpCheck {
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
fn refusal(check: TotpCheck) -> ServiceError {
    match check {
        TotpCheck::Replayed => ServiceError::CodeReplayed,
        TotpCheck::Drift { seconds } => ServiceError::ClockDrift { seconds },
        TotpCheck::Accepted { .. } | TotpCheck::Rejected => ServiceError::WrongCode,
    }
}

impl Services {
    /// Charges an attempt and tells whether the user is over the limit.
    /// Returns the charge's id so that a success can be forgotten.
    pub(super) async fn charge_code(
        &self,
        conn: &mut Conn,
        kind: Kind,
        windows: &[Window],
        user_id: i64,
    ) -> ServiceResult<(i64, bool)> {
        let now = self.now();
        let subject = user_id.to_string();
        let charge = attempts::charge(conn, kind, &subject, now).await?;
        let counts = attempts::counts(conn, kind, &subject, now, windows).await?;
        Ok((charge, limits::evaluate(windows, &counts) == LockState::Limited))
    }

    /// Records a refused code; the tenth in one sign-in abandons it.
    async fn count_failure(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        state: SignIn,
        user_id: i64,
        factor: &str,
    ) -> ServiceResult<()> {
        self.audit(conn, session, Some(user_id), audit::Event::MfaFailed, factor)
            .await?;
        let transition = state.step(Event::CodeRejected)?;
        self.apply(conn, session, transition).await
    }

    /// Checks a code against one app without using it up.
    pub(super) fn check_app(
        &self,
        app: &factors::TotpFactor,
        user_id: i64,
        code: &VerificationCode,
    ) -> ServiceResult<TotpCheck> {
        let secret = TotpSecret::from_bytes(self.open(&app.secret_sealed, TOTP_SECRET, user_id)?);
        let last = u64::try_from(app.last_used_step).ok();
        Ok(self.check_totp(&secret, code, last))
    }

    /// A 6-digit code from any registered app (or the one picked).
    pub async fn verify_code(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::Challenge { user_id, factor, .. } = state else {
            return Err(ServiceError::OutOfOrder);
        };
        let code = VerificationCode::parse(input)?;
        let mut conn = self.db.pool.acquire().await?;
        let (charge, limited) = self
            .charge_code(&mut conn, Kind::Code, &limits::CODE_WINDOWS, user_id)
            .await?;

        let mut outcome = TotpCheck::Rejected;
        if !limited {
            let apps = factors::list_apps(&mut conn, user_id).await?;
            for app in apps.iter().filter(|a| factor.is_none_or(|f| f == a.id)) {
                let check = match self.check_app(app, user_id, &code)? {
                    // The database decides who wins a race for the same step.
                    TotpCheck::Accepted { step } => {
                        let step_i64 = i64::try_from(step).unwrap_or(i64::MAX);
                        if factors::use_step(&mut conn, app.id, step_i64, self.now()).await? {
                            TotpCheck::Accepted { step }
                        } else {
                            TotpCheck::Replayed
                        }
                    }
                    other => other,
                };
                outcome = better(outcome, check);
                if matches!(outcome, TotpCheck::Accepted { .. }) {
                    break;
                }
            }
        }

        if matches!(outcome, TotpCheck::Accepted { .. }) {
            attempts::forget(&mut conn, charge).await?;
            self.audit(
                &mut conn,
                session,
                Some(user_id),
                audit::Event::MfaPassed,
                "authenticator_app",
            )
            .await?;
            self.audit(&mut conn, session, Some(user_id), audit::Event::SignIn, "mfa")
                .await?;
            let transition = state.step(Event::CodeAccepted)?;
            return self.apply(&mut conn, session, transition).await;
        }
        self.count_failure(&mut conn, session, state, user_id, "authenticator_app")
            .await?;
        // While limited, a right code gets the same answer as a wrong one.
        Err(if limited {
            ServiceError::WrongCode
        } else {
            refusal(outcome)
        })
    }

    /// "How Do You Want to Verify Your Identity?": one app, or a recovery code.
    pub async fn pick_method(
        &self,
        session: &SessionCtx,
        choice: Option<i64>,
        recovery: bool,
    ) -> ServiceResult<()> {
        let state = session.state().await;
        let user_id = state.user_id().ok_or(ServiceError::OutOfOrder)?;
        let mut conn = self.db.pool.acquire().await?;
        let event = if recovery {
            Event::PickRecovery
        } else {
            let apps = factors::list_apps(&mut conn, user_id).await?;
            if choice.is_some_and(|id| !apps.iter().any(|a| a.id == id)) {
                return Err(ServiceError::OutOfOrder);
            }
            Event::PickFactor { factor: choice }
        };
        let transition = state.step(event)?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Enter Recovery Code": single use, redeemed by one conditional update.
    pub async fn verify_recovery_code(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::Recovery { user_id, .. } = state else {
            return Err(ServiceError::OutOfOrder);
        };
        let code = RecoveryCode::parse(input)?;
        let mut conn = self.db.pool.acquire().await?;
        let (charge, limited) = self
            .charge_code(&mut conn, Kind::RecoveryCode, &limits::RECOVERY_WINDOWS, user_id)
            .await?;
        let hash = factors::unused_recovery_hash(&mut conn, user_id).await?;
        let mut redeemed = false;
        if let (false, Some(hash)) = (limited, hash)
            && verify_secret_blocking(code.as_str().to_owned(), hash.clone()).await
        {
            redeemed = factors::redeem_recovery_code(&mut conn, user_id, &hash, self.now()).await?;
        }
        if redeemed {
            attempts::forget(&mut conn, charge).await?;
            self.audit(
                &mut conn,
                session,
                Some(user_id),
                audit::Event::RecoveryCodeUsed,
                "",
            )
            .await?;
            self.audit(
                &mut conn,
                session,
                Some(user_id),
                audit::Event::SignIn,
                "recovery_code",
            )
            .await?;
            let transition = state.step(Event::RecoveryAccepted)?;
            return self.apply(&mut conn, session, transition).await;
        }
        self.count_failure(&mut conn, session, state, user_id, "recovery_code")
            .await?;
        Err(ServiceError::WrongCode)
    }
}
