//! Passkeys (WebAuthn): registered while enrolling or from the profile,
//! asked for on "Verify Your Identity", or used alone on Enter Your Email.
//!
//! Each ceremony's state (its challenge) is stored server-side for the
//! session that started it and taken by the first answer, so an answer is
//! checked once, only in that session, and only before it expires. The
//! relying party is the public URL's host ([`crate::passkeys`]), never the
//! request's. A use commits only if it moves the stored signature counter
//! forward, re-checked in the transaction that signs in; a passkey removed
//! meanwhile is found gone there.

use super::Services;
use super::enroll::enrolling;
use super::notify::ReportedMethod;
use crate::delivery::messages::Notice;
use crate::error::{ServiceError, ServiceResult};
use crate::metrics::{self, Method};
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::passkeys::{self, NewPasskey, Purpose as CeremonyPurpose, StoredPasskey};
use crate::store::{Conn, audit, companies, factors, users};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use domain::limits::{self, MAX_PASSKEYS_PER_USER, PASSKEY_CEREMONY_SECONDS};
use domain::policy::PaymentRole;
use domain::refusal::Refusal;
use domain::signin::{Event, Purpose, SignIn};
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{
    AuthenticationResult, DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, Uuid, Webauthn, WebauthnError,
};

/// What a ceremony is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ceremony {
    /// A new passkey: while enrolling, or **Add Passkey** on the profile.
    Register,
    /// "Verify Your Identity" with one of the user's passkeys.
    Verify,
    /// **Sign in with a passkey**: a discoverable one, alone.
    SignIn,
    /// "Confirm It's You" on the profile: the password and a passkey (the
    /// answer comes with the password, to [`Services::reauthenticate`]).
    Confirm,
}

impl Ceremony {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "register" => Some(Self::Register),
            "verify" => Some(Self::Verify),
            "sign_in" => Some(Self::SignIn),
            "confirm" => Some(Self::Confirm),
            _ => None,
        }
    }

    fn stored(self) -> CeremonyPurpose {
        match self {
            Self::Register => CeremonyPurpose::Register,
            Self::Verify => CeremonyPurpose::Verify,
            Self::SignIn => CeremonyPurpose::SignIn,
            Self::Confirm => CeremonyPurpose::Confirm,
        }
    }
}

/// Why an answer did not verify, for the audit log (the person is told
/// [`Refusal::PasskeyFailed`] whatever it was).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Failure {
    /// No live ceremony of this session (replayed, expired, another session's).
    NoCeremony,
    /// Not WebAuthn's JSON.
    Malformed,
    /// The signature counter did not move forward: a cloned authenticator.
    Cloned,
    /// Another use of the passkey, with a later counter, committed first
    /// (two sign-ins at once): refused, and nobody is warned.
    Overtaken,
    /// Not a passkey of this account any more (removed), or unknown.
    Unknown,
    /// Origin, relying party, challenge, signature or user verification.
    Refused,
}

impl Failure {
    fn detail(self) -> &'static str {
        match self {
            Self::NoCeremony => "passkey_no_ceremony",
            Self::Malformed => "passkey_malformed",
            Self::Cloned => "passkey_cloned",
            Self::Overtaken => "passkey_overtaken",
            Self::Unknown => "passkey_unknown",
            Self::Refused => "passkey",
        }
    }

    fn of(err: &WebauthnError) -> Self {
        match err {
            WebauthnError::CredentialPossibleCompromise => Self::Cloned,
            _ => Self::Refused,
        }
    }
}

/// A value from or for the ceremony's JSON.
fn to_json<T: serde::Serialize>(value: &T) -> ServiceResult<String> {
    serde_json::to_string(value).map_err(|e| ServiceError::Internal(format!("passkey json: {e}")))
}

fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> ServiceResult<T> {
    serde_json::from_str(json).map_err(|e| ServiceError::Internal(format!("passkey json: {e}")))
}

/// Registration options asking for a discoverable credential where the
/// authenticator can keep one (`residentKey: preferred`), so the passkey
/// can later sign in alone.
fn discoverable(options: &webauthn_rs::prelude::CreationChallengeResponse) -> ServiceResult<String> {
    let mut json = serde_json::to_value(options).map_err(|e| ServiceError::Internal(e.to_string()))?;
    if let Some(selection) = json
        .pointer_mut("/publicKey/authenticatorSelection")
        .and_then(serde_json::Value::as_object_mut)
    {
        selection.insert("residentKey".into(), "preferred".into());
    }
    to_json(&json)
}

fn credential_id(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The first of "Passkey", "Passkey 2", … not yet used, in `language`.
fn suggested_name(language: catalogue::Language, taken: &[String]) -> String {
    domain::profile::first_free_name(&catalogue::text(language, "profile-passkey"), taken)
}

impl Services {
    /// Whether this server can ask for passkeys at all.
    pub(super) fn passkeys_available(&self) -> bool {
        self.passkeys.is_some()
    }

    fn relying_party(&self) -> ServiceResult<&Webauthn> {
        self.passkeys
            .as_deref()
            .ok_or_else(|| Refusal::PasskeysUnavailable.into())
    }

    /// The WebAuthn user handle of `user_id`: stable, and meaningless
    /// without the server's key (it is stored on the authenticator).
    fn user_handle(&self, user_id: i64) -> Uuid {
        let mac = self.secrets.mac("passkey-user-handle", &user_id.to_string());
        let digest = Sha256::digest(mac.as_bytes());
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        Uuid::from_bytes(bytes)
    }

    /// The options of a new ceremony for the browser (WebAuthn's JSON);
    /// the ceremony waits for this session's answer.
    pub async fn passkey_options(&self, session: &SessionCtx, ceremony: Ceremony) -> ServiceResult<String> {
        let rp = self.relying_party()?;
        let state = session.state().await;
        let (user_id, options, stored) = match ceremony {
            Ceremony::Register => {
                let (user_id, purpose) = enrolling(&state)?;
                let mut conn = self.db.pool.acquire().await?;
                self.may_register(&mut conn, session, user_id, purpose).await?;
                let user = users::find(&mut conn, user_id)
                    .await?
                    .ok_or(Refusal::OutOfOrder)?;
                let exclude = passkeys::list(&mut conn, user_id)
                    .await?
                    .iter()
                    .map(|p| from_json::<Passkey>(&p.credential).map(|k| k.cred_id().clone()))
                    .collect::<ServiceResult<Vec<_>>>()?;
                let (options, registration) = rp
                    .start_passkey_registration(
                        self.user_handle(user_id),
                        &user.email,
                        &user.display_name,
                        Some(exclude),
                    )
                    .map_err(|e| ServiceError::Internal(format!("passkey registration: {e}")))?;
                (Some(user_id), discoverable(&options)?, to_json(&registration)?)
            }
            Ceremony::Verify | Ceremony::Confirm => {
                let (user_id, passkey) = match (ceremony, &state) {
                    (Ceremony::Verify, SignIn::PasskeyChallenge { user_id, passkey, .. }) => {
                        (*user_id, *passkey)
                    }
                    (Ceremony::Confirm, _) => (state.signed_in_user().ok_or(Refusal::OutOfOrder)?, None),
                    _ => return Err(Refusal::OutOfOrder.into()),
                };
                let mut conn = self.db.pool.acquire().await?;
                let keys = passkeys::list(&mut conn, user_id)
                    .await?
                    .into_iter()
                    .filter(|p| passkey.is_none_or(|id| id == p.id))
                    .map(|p| from_json::<Passkey>(&p.credential))
                    .collect::<ServiceResult<Vec<_>>>()?;
                if keys.is_empty() {
                    return Err(Refusal::PasskeyFailed.into());
                }
                let (options, authentication) = rp
                    .start_passkey_authentication(&keys)
                    .map_err(|e| ServiceError::Internal(format!("passkey authentication: {e}")))?;
                (Some(user_id), to_json(&options)?, to_json(&authentication)?)
            }
            Ceremony::SignIn => {
                if state.signed_in_user().is_some() {
                    return Err(Refusal::OutOfOrder.into());
                }
                self.charge_passkey_client(session).await?;
                let (mut options, authentication) = rp
                    .start_discoverable_authentication()
                    .map_err(|e| ServiceError::Internal(format!("passkey sign-in: {e}")))?;
                // A button's modal request, not the email field's autofill.
                options.mediation = None;
                let mut conn = self.db.pool.acquire().await?;
                let transition = state.step(Event::PasskeySignInStarted)?;
                self.apply(&mut conn, session, transition).await?;
                (None, to_json(&options)?, to_json(&authentication)?)
            }
        };
        let session_hash = session.id_hash().await.ok_or(Refusal::OutOfOrder)?;
        let mut conn = self.db.pool.acquire().await?;
        let expires_at = self.now() + time::Duration::seconds(PASSKEY_CEREMONY_SECONDS);
        passkeys::begin_ceremony(
            &mut conn,
            &session_hash,
            (ceremony.stored(), user_id),
            &stored,
            expires_at,
        )
        .await?;
        Ok(options)
    }

    /// The browser's answer to this session's ceremony.
    pub async fn passkey_finish(
        &self,
        session: &SessionCtx,
        ceremony: Ceremony,
        credential: &str,
    ) -> ServiceResult<()> {
        match ceremony {
            Ceremony::Register => self.finish_registration(session, credential).await,
            Ceremony::Verify => metrics::counted(
                Method::Passkey,
                self.finish_verification(session, credential).await,
            ),
            Ceremony::SignIn => metrics::counted(
                Method::PasskeySignIn,
                self.finish_sign_in(session, credential).await,
            ),
            // Answered with the password, on "Confirm It's You".
            Ceremony::Confirm => Err(Refusal::OutOfOrder.into()),
        }
    }

    /// Whether `user_id` may register a passkey now (refused otherwise):
    /// the enrollment rule of any factor, then the passkey's own rules.
    async fn may_register(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
        purpose: Purpose,
    ) -> ServiceResult<()> {
        if !self.may_enroll(conn, user_id, purpose).await? {
            return Err(self.end_parked(session, user_id).await);
        }
        self.passkey_rules(conn, user_id).await
    }

    /// A passkey's own rules: never for an SSO account, at most
    /// [`MAX_PASSKEYS_PER_USER`], and a payor's only beside an app (their
    /// required method).
    async fn passkey_rules(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<()> {
        // An SSO account's provider is its way in: a passkey would be
        // another, left working when SSO stops governing it.
        if self.sso_managed(conn, user_id).await?.is_some() {
            return Err(Refusal::SsoManaged.into());
        }
        if passkeys::count(conn, user_id).await? >= MAX_PASSKEYS_PER_USER as i64 {
            return Err(Refusal::TooManyPasskeys.into());
        }
        let role = users::find(conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?
            .payment_role;
        if role == PaymentRole::Payor && factors::count_apps(conn, user_id).await? == 0 {
            return Err(Refusal::SmsNotAllowed.into());
        }
        Ok(())
    }

    /// Takes this session's ceremony for `ceremony` (and `user_id`).
    async fn take_ceremony(
        &self,
        session: &SessionCtx,
        ceremony: Ceremony,
        user_id: Option<i64>,
    ) -> ServiceResult<Option<String>> {
        let Some(session_hash) = session.id_hash().await else {
            return Ok(None);
        };
        let mut conn = self.db.pool.acquire().await?;
        Ok(
            passkeys::take_ceremony(&mut conn, &session_hash, (ceremony.stored(), user_id), self.now())
                .await?,
        )
    }

    async fn finish_registration(&self, session: &SessionCtx, credential: &str) -> ServiceResult<()> {
        let rp = self.relying_party()?;
        let state = session.state().await;
        let (user_id, purpose) = enrolling(&state)?;
        let verified = match self
            .take_ceremony(session, Ceremony::Register, Some(user_id))
            .await?
        {
            None => Err(Failure::NoCeremony),
            Some(stored) => {
                let registration: PasskeyRegistration = from_json(&stored)?;
                match serde_json::from_str::<RegisterPublicKeyCredential>(credential) {
                    Err(_) => Err(Failure::Malformed),
                    Ok(answer) => rp
                        .finish_passkey_registration(&answer, &registration)
                        .map_err(|e| Failure::of(&e)),
                }
            }
        };
        let passkey = match verified {
            Ok(passkey) => passkey,
            Err(failure) => {
                let mut conn = self.db.pool.acquire().await?;
                let event = audit::Event::EnrollCodeFailed;
                self.audit(&mut conn, session, Some(user_id), event, failure.detail())
                    .await?;
                return Err(Refusal::PasskeyFailed.into());
            }
        };
        let credential_id = credential_id(passkey.cred_id().as_ref());
        let stored = to_json(&passkey)?;

        // The passkey, the recovery code and the session move together,
        // with every rule decided again under the account's lock.
        let event = |recovery_code| Event::PasskeyRegistered { recovery_code };
        let (mut tx, transition, code_hash) = self
            .begin_enrollment(session, &state, user_id, purpose, event)
            .await?;
        // `begin_enrollment` decided the enrollment rule under the lock.
        self.passkey_rules(&mut tx, user_id).await?;
        let taken: Vec<String> = passkeys::list(&mut tx, user_id)
            .await?
            .into_iter()
            .map(|p| p.name)
            .collect();
        let name = suggested_name(session.language(), &taken);
        let new = NewPasskey {
            user_id,
            name: &name,
            credential_id: &credential_id,
            credential: &stored,
            counter: 0,
        };
        let Some(passkey_id) = passkeys::insert(&mut tx, new, self.now()).await? else {
            // Registered already (to this account or another).
            return Err(Refusal::PasskeyFailed.into());
        };
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::FactorAdded,
            "passkey",
        )
        .await?;
        let added = Some(ReportedMethod::Passkey(passkey_id));
        self.notify_about(&mut tx, user_id, Notice::PasskeyAdded { name: &name }, added)
            .await;
        self.finish_enrollment(tx, session, user_id, code_hash, transition)
            .await?;
        self.send_queued().await;
        Ok(())
    }

    async fn finish_verification(&self, session: &SessionCtx, credential: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::PasskeyChallenge { user_id, passkey, .. } = state else {
            return Err(Refusal::OutOfOrder.into());
        };
        let charge = self.charge_code_now(user_id).await?;
        let checked = self
            .check_answer(session, (Ceremony::Verify, user_id), credential)
            .await?;
        let mut tx = self.db.begin().await?;
        let allowed = |p: &StoredPasskey| p.user_id == user_id && passkey.is_none_or(|id| id == p.id);
        let used = match checked {
            Ok(result) => self.record_use(&mut tx, &result, allowed).await?,
            Err(failure) => Err(failure),
        };
        match used {
            Ok(_) => {
                self.forget(&mut tx, &[charge]).await?;
                self.pass_challenge(&mut tx, session, state, user_id, "passkey")
                    .await?;
                tx.commit().await?;
                Ok(())
            }
            Err(failure) => {
                let failed = (audit::Event::MfaFailed, failure.detail());
                let warned = self.warn_if_cloned(&mut tx, failure, user_id).await;
                let refused = self
                    .refuse(tx, session, state, user_id, failed, Refusal::PasskeyFailed)
                    .await;
                if warned {
                    self.send_queued().await;
                }
                refused
            }
        }
    }

    /// A passkey of `user_id` for "Confirm It's You" (the password was
    /// checked): charged like a code, used up in its own transaction.
    /// `Err` is the answer.
    pub(super) async fn confirm_passkey(
        &self,
        session: &SessionCtx,
        user_id: i64,
        credential: &str,
    ) -> ServiceResult<Result<&'static str, Refusal>> {
        let charge = self.charge_code_now(user_id).await?;
        let checked = self
            .check_answer(session, (Ceremony::Confirm, user_id), credential)
            .await?;
        let mut tx = self.db.begin().await?;
        let used = match checked {
            Ok(result) => {
                self.record_use(&mut tx, &result, |p| p.user_id == user_id)
                    .await?
            }
            Err(failure) => Err(failure),
        };
        match used {
            Ok(_) => {
                self.forget(&mut tx, &[charge]).await?;
                tx.commit().await?;
                Ok(Ok("passkey"))
            }
            Err(failure) => {
                let event = audit::Event::ReauthFailed;
                self.audit(&mut tx, session, Some(user_id), event, failure.detail())
                    .await?;
                let warned = self.warn_if_cloned(&mut tx, failure, user_id).await;
                tx.commit().await?;
                if warned {
                    self.send_queued().await;
                }
                Ok(Err(Refusal::PasskeyFailed))
            }
        }
    }

    /// The answer to this session's `ceremony` for `user_id`, checked; the
    /// ceremony is spent, outside any transaction (the caller records the
    /// use in its own).
    async fn check_answer(
        &self,
        session: &SessionCtx,
        (ceremony, user_id): (Ceremony, i64),
        credential: &str,
    ) -> ServiceResult<Result<AuthenticationResult, Failure>> {
        let rp = self.relying_party()?;
        let Some(stored) = self.take_ceremony(session, ceremony, Some(user_id)).await? else {
            return Ok(Err(Failure::NoCeremony));
        };
        let authentication: PasskeyAuthentication = from_json(&stored)?;
        let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(credential) else {
            return Ok(Err(Failure::Malformed));
        };
        Ok(rp
            .finish_passkey_authentication(&answer, &authentication)
            .map_err(|e| Failure::of(&e)))
    }

    /// **Sign in with a passkey**: a discoverable passkey with user
    /// verification is both factors. Refused for an account that must use
    /// its company's SSO, for payment users unless every company they are
    /// active in allows it, and for an account that must set a new
    /// password: all decided under the account's lock.
    async fn finish_sign_in(&self, session: &SessionCtx, credential: &str) -> ServiceResult<()> {
        let rp = self.relying_party()?;
        let state = session.state().await;
        if state.signed_in_user().is_some() {
            return Err(Refusal::OutOfOrder.into());
        }
        // Not charged: each answer spends a ceremony, which was.
        let answer = serde_json::from_str::<PublicKeyCredential>(credential);
        let stored = self.take_ceremony(session, Ceremony::SignIn, None).await?;
        let (answer, stored) = match (answer, stored) {
            (Ok(answer), Some(stored)) => (answer, stored),
            (_, None) => return self.sign_in_failed(session, None, Failure::NoCeremony).await,
            (Err(_), _) => return self.sign_in_failed(session, None, Failure::Malformed).await,
        };
        let Ok((handle, id)) = rp.identify_discoverable_authentication(&answer) else {
            return self.sign_in_failed(session, None, Failure::Malformed).await;
        };
        let found = {
            let mut conn = self.db.pool.acquire().await?;
            passkeys::by_credential_id(&mut conn, &credential_id(id)).await?
        };
        let Some(found) = found.filter(|p| self.user_handle(p.user_id) == handle) else {
            return self.sign_in_failed(session, None, Failure::Unknown).await;
        };
        let user_id = found.user_id;
        let key: Passkey = from_json(&found.credential)?;
        let authentication: DiscoverableAuthentication = from_json(&stored)?;
        let result = match rp.finish_discoverable_authentication_v2(&answer, authentication, &key) {
            Ok(result) if result.user_verified() => result,
            Ok(_) => {
                return self
                    .sign_in_failed(session, Some(user_id), Failure::Refused)
                    .await;
            }
            Err(err) => {
                return self
                    .sign_in_failed(session, Some(user_id), Failure::of(&err))
                    .await;
            }
        };

        let mut tx = self.db.begin().await?;
        let password = users::lock_password(&mut tx, user_id)
            .await?
            .ok_or(Refusal::PasskeyFailed)?;
        let user = users::find(&mut tx, user_id)
            .await?
            .ok_or(Refusal::PasskeyFailed)?;
        let refusal = if password.reset_required {
            Some((Refusal::PasswordResetRequired, "reset_required"))
        } else if self.sso_required(&mut tx, user_id).await? {
            Some((Refusal::SsoRequired, "sso_required"))
        } else if user.payment_role != PaymentRole::None
            && !companies::payment_passkey_sign_in(&mut tx, user_id).await?
        {
            Some((Refusal::PasskeySignInNotAllowed, "passkey_not_allowed"))
        } else {
            None
        };
        if let Some((refusal, detail)) = refusal {
            self.audit(
                &mut tx,
                session,
                Some(user_id),
                audit::Event::SignInFailed,
                detail,
            )
            .await?;
            tx.commit().await?;
            return Err(refusal.into());
        }
        if let Err(failure) = self
            .record_use(&mut tx, &result, |p| p.user_id == user_id)
            .await?
        {
            tx.rollback().await?;
            return self.sign_in_failed(session, Some(user_id), failure).await;
        }
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::SignIn,
            "passkey_sign_in",
        )
        .await?;
        let transition = state.step(Event::PasskeySignedIn { user_id })?;
        self.apply(&mut tx, session, transition).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A passwordless answer that did not sign in: recorded (on the
    /// account, when the passkey named one) and refused.
    async fn sign_in_failed(
        &self,
        session: &SessionCtx,
        user_id: Option<i64>,
        failure: Failure,
    ) -> ServiceResult<()> {
        let mut tx = self.db.begin().await?;
        self.audit(
            &mut tx,
            session,
            user_id,
            audit::Event::SignInFailed,
            failure.detail(),
        )
        .await?;
        let warned = match user_id {
            Some(user_id) => self.warn_if_cloned(&mut tx, failure, user_id).await,
            None => false,
        };
        tx.commit().await?;
        if warned {
            self.send_queued().await;
        }
        Err(Refusal::PasskeyFailed.into())
    }

    /// Saves a verified use of the passkey `result` names, if `allowed`
    /// (the account's, or the one picked) and still registered, moving its
    /// counter forward in `conn`'s transaction.
    async fn record_use(
        &self,
        conn: &mut Conn,
        result: &AuthenticationResult,
        allowed: impl Fn(&StoredPasskey) -> bool,
    ) -> ServiceResult<Result<i64, Failure>> {
        let id = credential_id(result.cred_id().as_ref());
        let Some(found) = passkeys::by_credential_id(conn, &id)
            .await?
            .filter(|p| allowed(p))
        else {
            return Ok(Err(Failure::Unknown));
        };
        let mut key: Passkey = from_json(&found.credential)?;
        key.update_credential(result);
        let counter = i64::from(result.counter());
        if passkeys::record_use(conn, &found, &to_json(&key)?, counter, self.now()).await? {
            Ok(Ok(found.id))
        } else if passkeys::by_credential_id(conn, &id).await?.is_none() {
            Ok(Err(Failure::Unknown))
        } else {
            Ok(Err(Failure::Overtaken))
        }
    }

    /// A cloned authenticator was refused: the owner is told by email,
    /// queued in `conn`'s transaction (the one recording the refusal).
    /// Whether an email was queued.
    async fn warn_if_cloned(&self, conn: &mut Conn, failure: Failure, user_id: i64) -> bool {
        let cloned = failure == Failure::Cloned;
        if cloned {
            self.notify(conn, user_id, Notice::PasskeyCloned).await;
        }
        cloned
    }

    /// **Sign in with a passkey** from this client address: each ceremony
    /// started costs one (its answer spends it).
    async fn charge_passkey_client(&self, session: &SessionCtx) -> ServiceResult<()> {
        let client = session.client_ip().unwrap_or("unknown");
        let mut conn = self.db.pool.acquire().await?;
        match self
            .charge(&mut conn, Kind::PasskeyClient, client, limits::PASSKEY_CLIENT)
            .await?
        {
            Ok(_) => Ok(()),
            Err(retry_after) => Err(Refusal::TooManyAttempts { retry_after }.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passkeys_get_the_first_free_name() {
        let en = catalogue::Language::En;
        assert_eq!(suggested_name(en, &[]), "Passkey");
        assert_eq!(suggested_name(en, &["Passkey".into()]), "Passkey 2");
        assert_eq!(suggested_name(en, &["Passkey 2".into()]), "Passkey");
    }

    #[test]
    fn ceremonies_are_named_in_forms() {
        for (name, ceremony) in [
            ("register", Ceremony::Register),
            ("verify", Ceremony::Verify),
            ("sign_in", Ceremony::SignIn),
        ] {
            assert_eq!(Ceremony::parse(name), Some(ceremony));
        }
        assert_eq!(Ceremony::parse("other"), None);
    }
}
