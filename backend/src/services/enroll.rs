//! The enrollment wizard: "Two-Factor Authentication Required" → "Select an
//! Authentication Method" → "Secure Your Account" → "Save Your Recovery Code".
//!
//! The sign-in wizard enrolls only a user with no factor, or (for that
//! session) right after a recovery-code sign-in. A session parked at an
//! earlier step could otherwise finish after the owner enrolled elsewhere and
//! replace their recovery code, so the rule is checked again inside the
//! transaction that saves the factor.

use super::challenge::refusal;
use super::notify::ReportedMethod;
use super::{PENDING_RECOVERY, PENDING_SECRET, Services, TOTP_SECRET};
use crate::db::Tx;
use crate::delivery::messages::Notice;
use crate::error::{ServiceError, ServiceResult};
use crate::ports::random_bytes;
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::{Conn, audit, factors, users};
use domain::codes::{RecoveryCode, VerificationCode};
use domain::limits::{self, APP_NAME_MAX_CHARS, MAX_APPS_PER_USER};
use domain::policy::{self, MfaRequirement, PolicyInput};
use domain::refusal::Refusal;
use domain::signin::{Event, Purpose, Sealed, SignIn, Transition, confirmed_recently};
use domain::totp::{TotpCheck, TotpSecret};

/// The event of an app or phone proven by its first code.
pub(super) fn factor_enrolled(recovery_code: Option<Sealed>) -> Event {
    Event::FactorEnrolled { recovery_code }
}

/// A trimmed app name of 1 to [`APP_NAME_MAX_CHARS`] printable characters.
pub fn clean_app_name(input: &str) -> Result<String, Refusal> {
    let name = input.trim();
    let count = name.chars().count();
    if count == 0 || count > APP_NAME_MAX_CHARS || name.chars().any(char::is_control) {
        return Err(Refusal::NameInvalid);
    }
    Ok(name.to_owned())
}

/// The first of "Authenticator App", "Authenticator App 2", ... not yet
/// used, in `language`.
pub fn suggested_app_name(language: catalogue::Language, taken: &[String]) -> String {
    domain::profile::first_free_name(&catalogue::text(language, "authenticator-app"), taken)
}

/// The user and the purpose of an enrollment step. A signed-in user adds a
/// factor from the profile once re-authenticated ([`Services::may_enroll`]
/// decides whether that was recent enough).
pub(super) fn enrolling(state: &SignIn) -> Result<(i64, Purpose), Refusal> {
    match state {
        SignIn::ChooseMethod { user_id, purpose }
        | SignIn::SetupApp { user_id, purpose, .. }
        | SignIn::SetupSms { user_id, purpose, .. } => Ok((*user_id, *purpose)),
        SignIn::SignedIn {
            user_id,
            confirmed_at,
        } => Ok((
            *user_id,
            Purpose::Profile {
                confirmed_at: confirmed_at.ok_or(Refusal::ReauthRequired)?,
            },
        )),
        _ => Err(Refusal::OutOfOrder),
    }
}

impl Services {
    /// Whether this session may still enroll `user_id`: the sign-in wizard
    /// only a user with no factor, unless this session just signed in with
    /// the recovery code; the profile only within the re-authentication's
    /// lifetime, and never for an SSO account (refused otherwise). When
    /// the wizard may not, the parked sign-in is ended (it must start again
    /// and will be asked for the factor that now exists).
    pub(super) async fn may_enroll(
        &self,
        conn: &mut Conn,
        user_id: i64,
        purpose: Purpose,
    ) -> ServiceResult<bool> {
        match purpose {
            Purpose::FirstFactor => Ok(!factors::has_any_factor(conn, user_id).await?),
            Purpose::AfterRecovery => Ok(true),
            // From the profile: the re-authentication must still be fresh,
            // and the factor this product's (not an SSO account's provider's).
            Purpose::Profile { confirmed_at } => {
                if !confirmed_recently(confirmed_at, self.now().unix_timestamp()) {
                    Err(Refusal::ReauthRequired.into())
                } else if self.sso_managed(conn, user_id).await?.is_some() {
                    Err(Refusal::SsoManaged.into())
                } else {
                    Ok(true)
                }
            }
        }
    }

    /// Ends a parked sign-in that may no longer enroll (outside any
    /// transaction that was rolled back) and says why. When this session
    /// itself moved on meanwhile (the same form posted twice), it is left
    /// alone: the other request enrolled it.
    pub(super) async fn end_parked(&self, session: &SessionCtx, user_id: i64) -> ServiceError {
        let ended = async {
            let mut conn = self.db.pool.acquire().await?;
            let ended = session.end_if_unchanged(&mut conn).await?;
            if ended {
                self.audit(
                    &mut conn,
                    session,
                    Some(user_id),
                    audit::Event::SignInAbandoned,
                    "already_enrolled",
                )
                .await?;
            }
            ServiceResult::Ok(ended)
        };
        match ended.await {
            Ok(true) => Refusal::AlreadyEnrolled.into(),
            Ok(false) => Refusal::OutOfOrder.into(),
            Err(err) => err,
        }
    }

    /// "Set Up Now".
    pub async fn start_setup(&self, session: &SessionCtx) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::MfaRequired { user_id, .. } = state else {
            return Err(Refusal::OutOfOrder.into());
        };
        let mut conn = self.db.pool.acquire().await?;
        if !self.may_enroll(&mut conn, user_id, Purpose::FirstFactor).await? {
            drop(conn);
            return Err(self.end_parked(session, user_id).await);
        }
        let transition = state.step(Event::SetUpNow)?;
        self.apply(&mut conn, session, transition).await
    }

    /// **Remind Me Later**, before a company's deadline: signed in with the
    /// password. Decided again now: a deadline that came (or moved) while
    /// the page waited requires MFA at once, and a user who enrolled
    /// elsewhere meanwhile must start again and give a code.
    pub async fn remind_later(&self, session: &SessionCtx) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::MfaRequired {
            user_id,
            deadline: Some(_),
        } = state
        else {
            return Err(Refusal::OutOfOrder.into());
        };
        let mut conn = self.db.pool.acquire().await?;
        if !self.may_enroll(&mut conn, user_id, Purpose::FirstFactor).await? {
            drop(conn);
            return Err(self.end_parked(session, user_id).await);
        }
        let user = users::find(&mut conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        let input = PolicyInput {
            payment_role: user.payment_role,
            has_factor: false,
            companies: users::company_mfa(&mut conn, user_id).await?,
        };
        if policy::requirement(&input, self.now()) == MfaRequirement::Required {
            let transition = state.step(Event::DeadlinePassed)?;
            self.apply(&mut conn, session, transition).await?;
            return Err(Refusal::DeadlinePassed.into());
        }
        self.audit(
            &mut conn,
            session,
            Some(user_id),
            audit::Event::SignIn,
            "password_reminder",
        )
        .await?;
        let transition = state.step(Event::RemindLater)?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Authenticator App" → "Continue": a new secret waits, sealed, in the session.
    pub async fn choose_app(&self, session: &SessionCtx, name: Option<&str>) -> ServiceResult<()> {
        let state = session.state().await;
        let (user_id, purpose) = match state {
            SignIn::SetupSms { .. } | SignIn::SaveRecoveryCode { .. } => {
                return Err(Refusal::OutOfOrder.into());
            }
            _ => enrolling(&state)?,
        };
        let mut conn = self.db.pool.acquire().await?;
        if !self.may_enroll(&mut conn, user_id, purpose).await? {
            drop(conn);
            return Err(self.end_parked(session, user_id).await);
        }
        let taken: Vec<String> = factors::list_apps(&mut conn, user_id)
            .await?
            .into_iter()
            .map(|a| a.name)
            .collect();
        if taken.len() >= MAX_APPS_PER_USER {
            return Err(Refusal::TooManyApps.into());
        }
        let name = match name.filter(|n| !n.trim().is_empty()) {
            Some(n) => clean_app_name(n)?,
            None => suggested_app_name(session.language(), &taken),
        };
        if taken.contains(&name) {
            return Err(Refusal::NameTaken.into());
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

    /// "Secure Your Account" → "Continue": the app is saved only when its
    /// code is right, and only if this sign-in may still enroll, decided in
    /// the transaction that saves it.
    pub async fn confirm_app(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::SetupApp {
            user_id,
            secret,
            name,
            purpose,
        } = &state
        else {
            return Err(Refusal::OutOfOrder.into());
        };
        let (user_id, name, purpose) = (*user_id, name.clone(), *purpose);
        let code = VerificationCode::parse(input)?;
        let secret_bytes = self.open(&secret.0, PENDING_SECRET, user_id)?;
        let mut conn = self.db.pool.acquire().await?;
        let charge = self
            .charge_code(&mut conn, Kind::Code, user_id, limits::CODES)
            .await?;
        let step = match self.check_totp(&TotpSecret::from_bytes(secret_bytes.clone()), &code, None) {
            TotpCheck::Accepted { step } => i64::try_from(step).unwrap_or(i64::MAX),
            other => {
                self.audit(
                    &mut conn,
                    session,
                    Some(user_id),
                    audit::Event::EnrollCodeFailed,
                    "authenticator_app",
                )
                .await?;
                return Err(refusal(other).into());
            }
        };
        self.forget(&mut conn, &[charge]).await?;
        drop(conn);

        // The app, the recovery code and the session move together or not at all.
        let stored_secret = self.seal(&secret_bytes, TOTP_SECRET, user_id)?;
        let (mut tx, transition, code_hash) = self
            .begin_enrollment(session, &state, user_id, purpose, factor_enrolled)
            .await?;
        if factors::count_apps(&mut tx, user_id).await? >= MAX_APPS_PER_USER as i64 {
            return Err(Refusal::TooManyApps.into());
        }
        let Some(app_id) =
            factors::insert_app(&mut tx, user_id, &name, &stored_secret, step, self.now()).await?
        else {
            return Err(Refusal::NameTaken.into());
        };
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::FactorAdded,
            "authenticator_app",
        )
        .await?;
        let added = Some(ReportedMethod::App(app_id));
        self.notify_about(&mut tx, user_id, Notice::AppAdded { app_name: &name }, added)
            .await;
        self.finish_enrollment(tx, session, user_id, code_hash, transition)
            .await?;
        self.send_queued().await;
        Ok(())
    }

    /// After a recovery sign-in: skip setting up a new device (the new
    /// recovery code was already issued and saved).
    pub async fn skip_setup(&self, session: &SessionCtx) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::ChooseMethod {
            user_id,
            purpose: Purpose::AfterRecovery,
        } = state
        else {
            return Err(Refusal::OutOfOrder.into());
        };
        let transition = state.step(Event::SkipSetup)?;
        let mut conn = self.db.pool.acquire().await?;
        self.audit(
            &mut conn,
            session,
            Some(user_id),
            audit::Event::SignIn,
            "recovery_code",
        )
        .await?;
        self.apply(&mut conn, session, transition).await
    }

    /// "I Have Securely Saved This Code" → "Continue".
    pub async fn confirm_recovery_saved(&self, session: &SessionCtx, ticked: bool) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::SaveRecoveryCode { user_id, purpose, .. } = state else {
            return Err(Refusal::OutOfOrder.into());
        };
        if !ticked {
            return Err(Refusal::NotConfirmed.into());
        }
        let mut conn = self.db.pool.acquire().await?;
        if purpose == Purpose::FirstFactor {
            self.audit(
                &mut conn,
                session,
                Some(user_id),
                audit::Event::SignIn,
                "mfa_enrollment",
            )
            .await?;
        }
        let transition = state.step(Event::RecoveryCodeSaved)?;
        self.apply(&mut conn, session, transition).await
    }

    /// The start of the transaction that saves a proven factor: the
    /// recovery code it will issue (none right after a recovery sign-in,
    /// which issued one), the step that follows, and the enrollment rule
    /// checked again inside the transaction.
    pub(super) async fn begin_enrollment(
        &self,
        session: &SessionCtx,
        state: &SignIn,
        user_id: i64,
        purpose: Purpose,
        event: impl FnOnce(Option<Sealed>) -> Event,
    ) -> ServiceResult<(Tx, Transition, Option<String>)> {
        let (code_hash, recovery_code) = if purpose == Purpose::AfterRecovery {
            (None, None)
        } else {
            let (hash, sealed) = self.new_recovery_code(user_id).await?;
            (Some(hash), Some(sealed))
        };
        let transition = state.clone().step(event(recovery_code))?;
        let mut tx = self.db.begin().await?;
        users::lock(&mut tx, user_id).await?;
        if !self.may_enroll(&mut tx, user_id, purpose).await? {
            tx.rollback().await?;
            return Err(self.end_parked(session, user_id).await);
        }
        Ok((tx, transition, code_hash))
    }

    /// The end of an enrollment whose factor `tx` saved: a first factor
    /// issues the recovery code (`code_hash`) and shows it; right after a
    /// recovery sign-in (no new code) the user is signed in.
    pub(super) async fn finish_enrollment(
        &self,
        mut tx: Tx,
        session: &SessionCtx,
        user_id: i64,
        code_hash: Option<String>,
        transition: Transition,
    ) -> ServiceResult<()> {
        match code_hash {
            Some(hash) => {
                self.issue_recovery_code(tx, session, user_id, &hash, transition)
                    .await
            }
            None => {
                self.audit(
                    &mut tx,
                    session,
                    Some(user_id),
                    audit::Event::SignIn,
                    "mfa_enrollment",
                )
                .await?;
                self.apply(&mut tx, session, transition).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    }

    /// A fresh 32-digit code: its Argon2id hash for the database, and the
    /// code sealed for the session until the user has saved it.
    pub(super) async fn new_recovery_code(&self, user_id: i64) -> ServiceResult<(String, Sealed)> {
        let code = RecoveryCode::from_random(u128::from_le_bytes(random_bytes(self.rng.as_ref())));
        let sealed = Sealed(self.seal(code.as_str().as_bytes(), PENDING_RECOVERY, user_id)?);
        Ok((self.hash(code.as_str()).await?, sealed))
    }

    /// Replaces the user's recovery code and moves on to the step that shows
    /// the new one, all in `tx`.
    pub(super) async fn issue_recovery_code(
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
        use catalogue::Language;
        assert_eq!(suggested_app_name(Language::En, &[]), "Authenticator App");
        assert_eq!(
            suggested_app_name(Language::En, &["Authenticator App".into()]),
            "Authenticator App 2"
        );
        assert_eq!(
            suggested_app_name(Language::Fr, &["Application d’authentification".into()]),
            "Application d’authentification 2"
        );
        assert_eq!(clean_app_name("  Work phone ").unwrap(), "Work phone");
        assert_eq!(clean_app_name("   "), Err(Refusal::NameInvalid));
        assert_eq!(
            clean_app_name(&"x".repeat(APP_NAME_MAX_CHARS + 1)),
            Err(Refusal::NameInvalid)
        );
    }
}
