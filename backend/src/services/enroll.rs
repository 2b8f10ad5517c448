//! The enrollment wizard: "Two-Factor Authentication Required" → "Select an
//! Authentication Method" → "Secure Your Account" → "Save Your Recovery Code".

use super::{PENDING_RECOVERY, PENDING_SECRET, Services, TOTP_SECRET};
use crate::db::Tx;
use crate::error::{ServiceError, ServiceResult};
use crate::ports::random_bytes;
use crate::session::SessionCtx;
use crate::store::attempts::{self, Kind};
use crate::store::{audit, factors};
use domain::codes::{RecoveryCode, VerificationCode};
use domain::limits;
use domain::signin::{Event, Sealed, SignIn, Transition};
use domain::totp::{TotpCheck, TotpSecret};

pub const DEFAULT_APP_NAME: &str = "Authenticator App";
pub const MAX_NAME_CHARS: usize = 40;

/// A trimmed app name of 1 to 40 printable characters.
pub fn clean_app_name(input: &str) -> ServiceResult<String> {
    let name = input.trim();
    let count = name.chars().count();
    if count == 0 || count > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(ServiceError::NameInvalid);
    }
    Ok(name.to_owned())
}

/// The first of "Authenticator App", "Authenticator App 2", ... not yet used.
pub fn suggested_app_name(taken: &[String]) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                DEFAULT_APP_NAME.to_owned()
            } else {
                format!("{DEFAULT_APP_NAME} {n}")
            }
        })
        .find(|name| !taken.contains(name))
        .unwrap_or_else(|| DEFAULT_APP_NAME.to_owned())
}

impl Services {
    /// "Set Up Now".
    pub async fn start_setup(&self, session: &SessionCtx) -> ServiceResult<()> {
        let transition = session.state().await.step(Event::SetUpNow)?;
        let mut conn = self.db.pool.acquire().await?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Authenticator App" → "Continue": a new secret waits, sealed, in the session.
    pub async fn choose_app(&self, session: &SessionCtx, name: Option<&str>) -> ServiceResult<()> {
        let state = session.state().await;
        let user_id = match state {
            SignIn::ChooseMethod { user_id, .. } | SignIn::SetupApp { user_id, .. } => user_id,
            _ => return Err(ServiceError::OutOfOrder),
        };
        let mut conn = self.db.pool.acquire().await?;
        let taken: Vec<String> = factors::list_apps(&mut conn, user_id)
            .await?
            .into_iter()
            .map(|a| a.name)
            .collect();
        if taken.len() >= factors::MAX_APPS as usize {
            return Err(ServiceError::TooManyApps);
        }
        let name = match name.filter(|n| !n.trim().is_empty()) {
            Some(n) => clean_app_name(n)?,
            None => suggested_app_name(&taken),
        };
        if taken.contains(&name) {
            return Err(ServiceError::NameTaken);
        }
        // A second submit (double click, second tab) keeps the secret already shown.
        if let SignIn::SetupApp { name: pending, .. } = &state
            && *pending == name
        {
            return Ok(());
        }
        let secret = TotpSecret::from_random(random_bytes(self.rng.as_ref()));
        let sealed = Sealed(self.seal(secret.as_bytes(), PENDING_SECRET, user_id)?);
        let transition = state.step(Event::AppChosen { secret: sealed, name })?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Secure Your Account" → "Continue": the app is saved only when its code is right.
    pub async fn confirm_app(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::SetupApp {
            user_id,
            secret,
            name,
            ..
        } = &state
        else {
            return Err(ServiceError::OutOfOrder);
        };
        let (user_id, name) = (*user_id, name.clone());
        let code = VerificationCode::parse(input)?;
        let secret_bytes = self.open(&secret.0, PENDING_SECRET, user_id)?;
        let mut conn = self.db.pool.acquire().await?;
        let (charge, limited) = self
            .charge_code(&mut conn, Kind::Code, &limits::CODE_WINDOWS, user_id)
            .await?;
        let check = if limited {
            TotpCheck::Rejected
        } else {
            self.check_totp(&TotpSecret::from_bytes(secret_bytes.clone()), &code, None)
        };
        let step = match check {
            TotpCheck::Accepted { step } => i64::try_from(step).unwrap_or(i64::MAX),
            TotpCheck::Drift { seconds } => return Err(ServiceError::ClockDrift { seconds }),
            _ => return Err(ServiceError::WrongCode),
        };
        attempts::forget(&mut conn, charge).await?;
        drop(conn);

        // The app, the recovery code and the session move together or not at all.
        let stored_secret = self.seal(&secret_bytes, TOTP_SECRET, user_id)?;
        let (code_hash, sealed_code) = self.new_recovery_code(user_id).await?;
        let transition = state.step(Event::AppEnrolled {
            recovery_code: sealed_code,
        })?;
        let mut tx = self.db.begin().await?;
        if factors::count_apps(&mut tx, user_id).await? >= factors::MAX_APPS {
            return Err(ServiceError::TooManyApps);
        }
        if factors::insert_app(&mut tx, user_id, &name, &stored_secret, step, self.now())
            .await?
            .is_none()
        {
            return Err(ServiceError::NameTaken);
        }
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::FactorAdded,
            "authenticator_app",
        )
        .await?;
        self.issue_recovery_code(tx, session, user_id, &code_hash, transition)
            .await
    }

    /// After a recovery sign-in: skip setting up a new device, but still get a new code.
    pub async fn skip_setup(&self, session: &SessionCtx) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::ChooseMethod {
            user_id,
            after_recovery: true,
        } = state
        else {
            return Err(ServiceError::OutOfOrder);
        };
        let (code_hash, sealed_code) = self.new_recovery_code(user_id).await?;
        let transition = state.step(Event::SkipSetup {
            recovery_code: sealed_code,
        })?;
        let tx = self.db.begin().await?;
        self.issue_recovery_code(tx, session, user_id, &code_hash, transition)
            .await
    }

    /// "I Have Securely Saved This Code" → "Continue".
    pub async fn confirm_recovery_saved(&self, session: &SessionCtx, ticked: bool) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::SaveRecoveryCode { user_id, .. } = state else {
            return Err(ServiceError::OutOfOrder);
        };
        if !ticked {
            return Err(ServiceError::NotConfirmed);
        }
        let mut conn = self.db.pool.acquire().await?;
        self.audit(
            &mut conn,
            session,
            Some(user_id),
            audit::Event::SignIn,
            "mfa_enrollment",
        )
        .await?;
        let transition = state.step(Event::RecoveryCodeSaved)?;
        self.apply(&mut conn, session, transition).await
    }

    /// A fresh 32-digit code: its Argon2id hash for the database, and the
    /// code sealed for the session until the user has saved it.
    async fn new_recovery_code(&self, user_id: i64) -> ServiceResult<(String, Sealed)> {
        let code = RecoveryCode::from_random(u128::from_le_bytes(random_bytes(self.rng.as_ref())));
        let sealed = Sealed(self.seal(code.as_str().as_bytes(), PENDING_RECOVERY, user_id)?);
        Ok((self.hash(code.as_str()).await?, sealed))
    }

    /// Replaces the user's recovery code and moves on to the step that shows
    /// the new one, all in `tx`.
    async fn issue_recovery_code(
        &self,
        mut tx: Tx,
        session: &SessionCtx,
        user_id: i64,
        hash: &str,
        transition: Transition,
    ) -> ServiceResult<()> {
        factors::replace_recovery_code(&mut tx, user_id, hash, self.now()).await?;
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::RecoveryCodeIssued,
            "",
        )
        .await?;
        self.apply(&mut tx, session, transition).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(suggested_app_name(&[]), "Authenticator App");
        assert_eq!(
            suggested_app_name(&["Authenticator App".into()]),
            "Authenticator App 2"
        );
        assert_eq!(clean_app_name("  Work phone ").unwrap(), "Work phone");
        assert!(matches!(clean_app_name("   "), Err(ServiceError::NameInvalid)));
        assert!(matches!(
            clean_app_name(&"x".repeat(41)),
            Err(ServiceError::NameInvalid)
        ));
    }
}
