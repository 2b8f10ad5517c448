//! **My Profile Settings** → **Password & Security**: the user's factors,
//! the re-authentication every change needs, and a new recovery code.
//!
//! Each change checks, from the session's own state, that the user
//! re-authenticated within [`domain::limits::REAUTH_LIFETIME`], also when
//! its server function is called directly; adding a factor checks it again
//! in the transaction that saves the factor. Removing a factor signs the
//! user out everywhere else.

use super::Services;
use super::challenge::{better, failure_event, refusal};
use super::enroll::clean_app_name;
use super::rate_limit::Charge;
use super::sms::Send;
use crate::delivery::messages::Notice;
use crate::error::ServiceResult;
use crate::session::SessionCtx;
use crate::store::factors::Named;
use crate::store::{Conn, audit, factors, passkeys, phones, sso, users};
use domain::codes::{RecoveryCode, VerificationCode};
use domain::limits::{MAX_APPS_PER_USER, MAX_PASSKEYS_PER_USER, MAX_PHONES_PER_USER, PASSWORD_MAX_BYTES};
use domain::phone::{last_four, mask, sms_allowed};
use domain::policy::{self, MfaRequirement, PaymentRole, PolicyInput};
use domain::profile::{Activity, ActivityKind, FactorKind, FactorRow, Method, ProfileView, TIME_ZONES};
use domain::refusal::Refusal;
use domain::signin::{Event, SignIn};
use domain::sms::SmsCheck;
use domain::totp::TotpCheck;

/// What proves it is the user, besides their password.
enum Proof {
    /// They have no factor yet.
    Password,
    Code(VerificationCode),
    /// Their device is lost: the recovery code (used up, and replaced).
    Recovery(RecoveryCode),
    /// A passkey's answer to this session's ceremony (WebAuthn's JSON).
    Passkey(String),
}

/// How many events **Recent activity** lists.
const ACTIVITY_SHOWN: i64 = 20;

pub(super) use crate::local_time::local_time;

impl Services {
    /// The signed-in user's state and id (on the home or profile pages, or
    /// in one of the profile's flows).
    pub(super) async fn signed_in(&self, session: &SessionCtx) -> ServiceResult<(SignIn, i64)> {
        let state = session.state().await;
        let user_id = state.signed_in_user().ok_or(Refusal::OutOfOrder)?;
        Ok((state, user_id))
    }

    /// The signed-in user, when they re-authenticated recently enough to
    /// change their factors.
    pub(super) async fn confirmed(&self, session: &SessionCtx) -> ServiceResult<(SignIn, i64)> {
        let (state, user_id) = self.signed_in(session).await?;
        if !state.recently_confirmed(self.now().unix_timestamp()) {
            return Err(Refusal::ReauthRequired.into());
        }
        Ok((state, user_id))
    }

    /// The company whose identity provider does this account's two-factor
    /// authentication, when it signs in with SSO and is not a payment user
    /// (payment users prove a factor here too, and manage theirs).
    pub(super) async fn sso_managed(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<Option<String>> {
        let Some(route) = sso::required_for(conn, user_id).await? else {
            return Ok(None);
        };
        let user = users::find(conn, user_id).await?.ok_or(Refusal::OutOfOrder)?;
        Ok((user.payment_role == PaymentRole::None).then_some(route.company))
    }

    /// What **My Profile Settings** shows.
    pub async fn profile(&self, session: &SessionCtx) -> ServiceResult<ProfileView> {
        let (state, user_id) = self.signed_in(session).await?;
        let mut conn = self.db.pool.acquire().await?;
        let user = users::find(&mut conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        let zone = user.time_zone.as_str();
        let apps = factors::list_apps(&mut conn, user_id).await?;
        let phones = phones::list(&mut conn, user_id).await?;
        let mut factors: Vec<FactorRow> = apps
            .iter()
            .map(|a| FactorRow {
                kind: FactorKind::App,
                id: a.id,
                label: a.name.clone(),
                added: local_time(a.created_at, zone),
                last_used: a.last_used_at.map(|t| local_time(t, zone)),
            })
            .collect();
        factors.extend(phones.iter().map(|p| FactorRow {
            kind: FactorKind::Phone,
            id: p.id,
            label: mask(&p.phone),
            added: local_time(p.created_at, zone),
            last_used: p.last_used_at.map(|t| local_time(t, zone)),
        }));
        let keys = passkeys::list(&mut conn, user_id).await?;
        factors.extend(keys.iter().map(|k| FactorRow {
            kind: FactorKind::Passkey,
            id: k.id,
            label: k.name.clone(),
            added: local_time(k.created_at, zone),
            last_used: k.last_used_at.map(|t| local_time(t, zone)),
        }));
        let activity = audit::recent(&mut conn, user_id, ACTIVITY_SHOWN)
            .await?
            .into_iter()
            .filter_map(|e| {
                Some(Activity {
                    kind: ActivityKind::from_event(&e.event)?,
                    method: Method::from_detail(&e.detail),
                    at: local_time(e.at, zone),
                    browser: e.browser,
                })
            })
            .collect();
        let must_use_mfa = self.must_use_mfa(&mut conn, &user).await?;
        let sso_company = self.sso_managed(&mut conn, user_id).await?;
        Ok(ProfileView {
            display_name: user.display_name.clone(),
            email: user.email.clone(),
            time_zone: user.time_zone.clone(),
            confirmed: state.recently_confirmed(self.now().unix_timestamp()),
            needs_code: !factors.is_empty(),
            text_to: phones.first().map(|p| last_four(&p.phone)),
            must_use_mfa,
            can_add_app: apps.len() < MAX_APPS_PER_USER,
            can_add_phone: sms_allowed(user.payment_role) && phones.len() < MAX_PHONES_PER_USER,
            // A payor's required method is an app: a passkey goes beside one.
            confirm_with_passkey: self.passkeys.is_some() && !keys.is_empty(),
            can_add_passkey: self.passkeys.is_some()
                && keys.len() < MAX_PASSKEYS_PER_USER
                && (user.payment_role != PaymentRole::Payor || !apps.is_empty()),
            factors,
            activity,
            admin: crate::store::companies::administered_by(&mut conn, user_id)
                .await?
                .is_some(),
            sso_company,
        })
    }

    /// The language switcher (and the profile's **Language and Time
    /// Zone**): a signed-in user's choice is kept on their account, for
    /// their emails and texts too. Others keep it in a cookie only.
    pub async fn save_preferences(
        &self,
        session: &SessionCtx,
        locale: &str,
        time_zone: Option<&str>,
    ) -> ServiceResult<()> {
        let Some(user_id) = session.state().await.signed_in_user() else {
            return Ok(());
        };
        let zone = match time_zone {
            Some(zone) if TIME_ZONES.contains(&zone) => Some(zone),
            Some(_) => return Err(Refusal::TimeZoneUnknown.into()),
            None => None,
        };
        let mut conn = self.db.pool.acquire().await?;
        users::set_locale(&mut conn, user_id, locale).await?;
        if let Some(zone) = zone {
            users::set_time_zone(&mut conn, user_id, zone).await?;
        }
        Ok(())
    }

    /// Whether `user` would have to use MFA with no factor at all (payment
    /// roles; a company's deadline that has passed).
    async fn must_use_mfa(&self, conn: &mut Conn, user: &users::User) -> ServiceResult<bool> {
        let input = PolicyInput {
            payment_role: user.payment_role,
            has_factor: false,
            companies: users::company_mfa(conn, user.id).await?,
        };
        Ok(policy::requirement(&input, self.now()) == MfaRequirement::Required)
    }

    /// "Confirm it's you": the current password and, for a user with a
    /// factor, a code from an app or the one just texted. Both count
    /// toward the sign-in limits; the user may change their factors for
    /// the next few minutes.
    pub async fn reauthenticate(
        &self,
        session: &SessionCtx,
        password: &str,
        code: Option<&str>,
        recovery: Option<&str>,
        passkey: Option<&str>,
    ) -> ServiceResult<()> {
        let (state, user_id) = self.signed_in(session).await?;
        // A code is required from a user with a factor: checked for its
        // form before the password costs a hash.
        let has_factor = {
            let mut conn = self.db.pool.acquire().await?;
            factors::has_any_factor(&mut conn, user_id).await?
        };
        let given =
            |field: Option<&'_ str>| field.map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned);
        let proof = match (has_factor, given(code), given(recovery), given(passkey)) {
            (false, ..) => Proof::Password,
            (true, _, _, Some(answer)) => Proof::Passkey(answer),
            (true, _, Some(recovery), None) => Proof::Recovery(RecoveryCode::parse(&recovery)?),
            (true, Some(code), None, None) => Proof::Code(VerificationCode::parse(&code)?),
            (true, None, None, None) => return Err(Refusal::CodeEmpty.into()),
        };
        let charges = self.check_current_password(session, user_id, password).await?;
        let mut conn = self.db.pool.acquire().await?;
        self.forget(&mut conn, &charges).await?;
        drop(conn);
        let at = self.now().unix_timestamp();
        let method = match proof {
            Proof::Password => "password",
            Proof::Code(code) => match self.confirm_code(session, user_id, &code).await? {
                Ok(method) => method,
                Err(answer) => return Err(answer.into()),
            },
            Proof::Passkey(answer) => match self.confirm_passkey(session, user_id, &answer).await? {
                Ok(method) => method,
                Err(refused) => return Err(refused.into()),
            },
            // The recovery code is used up: its successor is shown at once
            // (**Save Your Recovery Code**), then the profile.
            Proof::Recovery(code) => {
                let why = (audit::Event::Reauthenticated, "recovery_code");
                // Step-up's new session id, then the successor's page.
                let next = |sealed| {
                    let step_up = state.clone().step(Event::Reauthenticated { at })?;
                    let mut renewed = step_up.state.step(Event::RecoveryCodeRenewed {
                        recovery_code: sealed,
                    })?;
                    renewed.effects.extend(step_up.effects);
                    Ok(renewed)
                };
                if self
                    .redeem_recovery_code(session, user_id, &code, why, next)
                    .await?
                {
                    return Ok(());
                }
                let mut conn = self.db.pool.acquire().await?;
                let failed = audit::Event::ReauthFailed;
                self.audit(&mut conn, session, Some(user_id), failed, "recovery_code")
                    .await?;
                return Err(Refusal::WrongCode.into());
            }
        };
        let transition = state.step(Event::Reauthenticated { at })?;
        let mut conn = self.db.pool.acquire().await?;
        self.audit(
            &mut conn,
            session,
            Some(user_id),
            audit::Event::Reauthenticated,
            method,
        )
        .await?;
        self.apply(&mut conn, session, transition).await
    }

    /// The signed-in user's current password, checked as at sign-in:
    /// charged first (a limited try costs no hash), a wrong one audited.
    /// The charges are the caller's to forget once its change commits.
    pub(super) async fn check_current_password(
        &self,
        session: &SessionCtx,
        user_id: i64,
        password: &str,
    ) -> ServiceResult<Vec<Charge>> {
        if password.len() > PASSWORD_MAX_BYTES {
            return Err(Refusal::PasswordTooLong.into());
        }
        let mut conn = self.db.pool.acquire().await?;
        let user = users::find(&mut conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        let credentials = users::credentials_by_email(&mut conn, &user.email)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        let charges = match self
            .charge_password(&mut conn, session, &user.email, Some(user_id))
            .await?
        {
            Ok(charges) => charges,
            Err(retry_after) => return Err(Refusal::TooManyAttempts { retry_after }.into()),
        };
        drop(conn);
        if !self.hasher.verify(password, &credentials.password_hash).await {
            let mut conn = self.db.pool.acquire().await?;
            let failure = audit::Event::ReauthFailed;
            self.audit(&mut conn, session, Some(user_id), failure, "password")
                .await?;
            return Err(Refusal::WrongPassword.into());
        }
        Ok(charges)
    }

    /// A code from one of the user's apps, or the one texted to them, used
    /// up if right. Charged like a sign-in's codes; `Err` is the answer.
    async fn confirm_code(
        &self,
        session: &SessionCtx,
        user_id: i64,
        code: &VerificationCode,
    ) -> ServiceResult<Result<&'static str, Refusal>> {
        let charge = self.charge_code_now(user_id).await?;
        let mut tx = self.db.begin().await?;
        let mut outcome = TotpCheck::Rejected;
        for app in factors::list_apps(&mut tx, user_id).await? {
            outcome = better(outcome, self.use_app_code(&mut tx, &app, user_id, code).await?);
            if matches!(outcome, TotpCheck::Accepted { .. }) {
                self.forget(&mut tx, &[charge]).await?;
                tx.commit().await?;
                return Ok(Ok("authenticator_app"));
            }
        }
        if let Some(live) = phones::live_code(&mut tx, user_id).await? {
            let (check, code_id) = self.check_sms(&mut tx, user_id, &live.phone, code).await?;
            if let (SmsCheck::Accepted, Some(code_id)) = (check, code_id)
                && phones::redeem_code(&mut tx, code_id, self.now()).await?
            {
                self.forget(&mut tx, &[charge]).await?;
                tx.commit().await?;
                return Ok(Ok("sms"));
            }
            if check == SmsCheck::Expired {
                self.audit(&mut tx, session, Some(user_id), audit::Event::ReauthFailed, "sms")
                    .await?;
                tx.commit().await?;
                return Ok(Err(Refusal::CodeExpired));
            }
        }
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            failure_event(outcome),
            "reauthentication",
        )
        .await?;
        tx.commit().await?;
        Ok(Err(refusal(outcome)))
    }

    /// **Text Me a Code**, to re-authenticate with the user's first number.
    pub async fn text_reauth_code(&self, session: &SessionCtx) -> ServiceResult<()> {
        let (_, user_id) = self.signed_in(session).await?;
        let user = self.user(user_id).await?;
        let phone = {
            let mut conn = self.db.pool.acquire().await?;
            phones::list(&mut conn, user_id)
                .await?
                .into_iter()
                .next()
                .ok_or(Refusal::OutOfOrder)?
        };
        self.text_code(session, &user, &phone.phone, Send::Resend).await
    }

    /// **Add Authenticator App** / **Add Phone Number**: the enrollment
    /// wizard's own steps, for a re-authenticated user (a flow left
    /// half-way is dropped); never for an SSO account, whose identity
    /// provider does its two-factor authentication.
    pub async fn add_factor(&self, session: &SessionCtx, kind: FactorKind) -> ServiceResult<()> {
        let (state, user_id) = self.confirmed(session).await?;
        let mut conn = self.db.pool.acquire().await?;
        // Checked again by each step (`may_enroll`), up to the one that saves.
        if self.sso_managed(&mut conn, user_id).await?.is_some() {
            return Err(Refusal::SsoManaged.into());
        }
        if !matches!(state, SignIn::SignedIn { .. }) {
            let transition = state.step(Event::Cancel)?;
            self.apply(&mut conn, session, transition).await?;
        }
        drop(conn);
        match kind {
            FactorKind::App => self.choose_app(session, None).await,
            FactorKind::Phone => self.choose_sms(session).await,
            // A passkey is added by the browser's ceremony (JavaScript).
            FactorKind::Passkey => Err(Refusal::OutOfOrder.into()),
        }
    }

    /// Leaves adding a factor: back to the profile.
    pub async fn cancel_adding(&self, session: &SessionCtx) -> ServiceResult<()> {
        let (state, _) = self.signed_in(session).await?;
        let transition = state.step(Event::Cancel)?;
        let mut conn = self.db.pool.acquire().await?;
        self.apply(&mut conn, session, transition).await
    }

    /// **Rename** one of the user's apps or passkeys.
    pub async fn rename_factor(
        &self,
        session: &SessionCtx,
        kind: FactorKind,
        id: i64,
        name: &str,
    ) -> ServiceResult<()> {
        let (_, user_id) = self.confirmed(session).await?;
        let name = clean_app_name(name)?;
        let mut tx = self.db.begin().await?;
        // Two renames (or a rename and an add) to one name at once: the
        // second sees the first, instead of tripping the unique index.
        users::lock(&mut tx, user_id).await?;
        let renamed = match kind {
            FactorKind::App => factors::rename(&mut tx, Named::Apps, (user_id, id), &name).await?,
            FactorKind::Passkey => factors::rename(&mut tx, Named::Passkeys, (user_id, id), &name).await?,
            FactorKind::Phone => None,
        };
        match renamed {
            None => return Err(Refusal::FactorNotFound.into()),
            Some(false) => return Err(Refusal::NameTaken.into()),
            Some(true) => {}
        }
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::FactorRenamed,
            method_detail(kind),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// **Remove**: refused for the last factor of a user who must use MFA
    /// (they add the new device first). Removing the last one of a user
    /// who may go without turns MFA off, recovery code included. Every
    /// other session of the user ends.
    pub async fn remove_factor(&self, session: &SessionCtx, kind: FactorKind, id: i64) -> ServiceResult<()> {
        let (_, user_id) = self.confirmed(session).await?;
        let mut tx = self.db.begin().await?;
        // Two sessions removing the user's last two methods at once must
        // not both see the other one still there.
        users::lock(&mut tx, user_id).await?;
        let what = match kind {
            FactorKind::App => factors::list_apps(&mut tx, user_id)
                .await?
                .into_iter()
                .find(|a| a.id == id)
                .map(|a| a.name),
            FactorKind::Phone => phones::find(&mut tx, user_id, id).await?.map(|p| mask(&p.phone)),
            FactorKind::Passkey => passkeys::list(&mut tx, user_id)
                .await?
                .into_iter()
                .find(|k| k.id == id)
                .map(|k| k.name),
        }
        .ok_or(Refusal::FactorNotFound)?;
        let removed = match kind {
            FactorKind::App => factors::delete(&mut tx, Named::Apps, user_id, id).await?,
            FactorKind::Phone => phones::delete(&mut tx, user_id, id).await?,
            FactorKind::Passkey => factors::delete(&mut tx, Named::Passkeys, user_id, id).await?,
        };
        if !removed {
            return Err(Refusal::FactorNotFound.into());
        }
        let user = users::find(&mut tx, user_id).await?.ok_or(Refusal::OutOfOrder)?;
        if !factors::has_any_factor(&mut tx, user_id).await? {
            if self.must_use_mfa(&mut tx, &user).await? {
                return Err(Refusal::LastRequiredFactor.into());
            }
            factors::delete_recovery_code(&mut tx, user_id).await?;
        }
        // A payor's required method is an app: a passkey never stands in.
        if kind == FactorKind::App
            && user.payment_role == PaymentRole::Payor
            && factors::count_apps(&mut tx, user_id).await? == 0
        {
            return Err(Refusal::LastRequiredFactor.into());
        }
        self.end_other_sessions(&mut tx, session, user_id).await?;
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::FactorRemoved,
            method_detail(kind),
        )
        .await?;
        self.notify(&mut tx, user_id, Notice::FactorRemoved { what: &what })
            .await;
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }

    /// **Get New Recovery Code**: issued at once, voiding the old one, and
    /// shown on **Save Your Recovery Code**.
    pub async fn renew_recovery_code(&self, session: &SessionCtx) -> ServiceResult<()> {
        let (state, user_id) = self.confirmed(session).await?;
        let (hash, sealed) = self.new_recovery_code(user_id).await?;
        let transition = state.step(Event::RecoveryCodeRenewed {
            recovery_code: sealed,
        })?;
        let mut tx = self.db.begin().await?;
        if !factors::has_any_factor(&mut tx, user_id).await? {
            return Err(Refusal::OutOfOrder.into());
        }
        self.notify(&mut tx, user_id, Notice::RecoveryCodeRenewed).await;
        self.issue_recovery_code(tx, session, user_id, &hash, transition)
            .await?;
        self.send_queued().await;
        Ok(())
    }
}

/// How the audit log names a kind of method.
fn method_detail(kind: FactorKind) -> &'static str {
    match kind {
        FactorKind::App => "authenticator_app",
        FactorKind::Phone => "sms",
        FactorKind::Passkey => "passkey",
    }
}
