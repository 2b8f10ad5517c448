//! Steps 1 and 2 (email, password), and signing out.

use super::Services;
use super::rate_limit::Charge;
use crate::error::ServiceResult;
use crate::metrics::{self, Method};
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::{Conn, audit, browsers, factors, passkeys, phones, users};
use domain::email::Email;
use domain::limits::{self, PASSWORD_MAX_BYTES};
use domain::policy::{self, AfterPassword, PolicyInput};
use domain::refusal::Refusal;
use domain::signin::{Event, SignIn};

/// The factor a user set up first, if any.
/// What follows the first step, and why.
pub(super) struct FirstStep {
    pub next: AfterPassword,
    pub first: FirstFactor,
    /// MFA skipped: this browser passed it within the re-prompt period.
    pub trusted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum FirstFactor {
    None,
    App,
    Phone(phones::PhoneFactor),
    Passkey,
}

impl Services {
    /// "Enter Your Email": every well-formed address moves on to the password
    /// step, whether or not an account exists.
    ///
    /// An email on a domain whose company signs its people in with SSO
    /// goes to that company's provider instead: that much (the domain
    /// uses SSO) is all the step reveals.
    pub async fn submit_email(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let email = Email::parse(input)?;
        let route = {
            let mut conn = self.db.pool.acquire().await?;
            self.sso_route(&mut conn, &email).await?
        };
        if let Some(route) = route {
            return self.start_sso_sign_in(session, route).await;
        }
        let transition = session.state().await.step(Event::EmailEntered {
            email: email.into_string(),
        })?;
        let mut conn = self.db.pool.acquire().await?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Enter Your Password". The limits are decided first, and a limited
    /// try costs no hash; no database connection is held while hashing.
    /// Unknown emails are verified against a dummy hash and answered
    /// exactly like wrong passwords.
    ///
    /// A browser in which this account signed in before is counted on its
    /// own, so strangers' failures (on the account or the address) never
    /// hold it.
    pub async fn submit_password(&self, session: &SessionCtx, password: &str) -> ServiceResult<()> {
        metrics::counted(Method::Password, self.password_step(session, password).await)
    }

    async fn password_step(&self, session: &SessionCtx, password: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::Password { email } = &state else {
            return Err(Refusal::OutOfOrder.into());
        };
        if password.len() > PASSWORD_MAX_BYTES {
            return Err(Refusal::PasswordTooLong.into());
        }
        // The charge commits before the hash is checked, so parallel tries
        // see each other.
        let mut tx = self.db.begin().await?;
        let credentials = users::credentials_by_email(&mut tx, email).await?;
        let user_id = credentials.as_ref().map(|c| c.user.id);
        let charges = match self.charge_password(&mut tx, session, email, user_id).await? {
            Ok(charges) => charges,
            Err(retry_after) => {
                self.audit(&mut tx, session, user_id, audit::Event::SignInLimited, "password")
                    .await?;
                tx.commit().await?;
                return Err(Refusal::TooManyAttempts { retry_after }.into());
            }
        };
        tx.commit().await?;

        let hash = credentials
            .as_ref()
            .map_or(&*self.dummy_hash, |c| c.password_hash.as_str());
        let matches = self.hasher.verify(password, hash).await;
        // A right password under outdated costs gets a new hash, made now,
        // while no connection is held.
        let rehashed = match &credentials {
            Some(c) if matches && self.hasher.params.outdated(&c.password_hash) => {
                Some(self.hash(password).await?)
            }
            _ => None,
        };

        let mut conn = self.db.begin().await?;
        let Some(credentials) = credentials.filter(|_| matches) else {
            self.audit(&mut conn, session, None, audit::Event::SignInFailed, "password")
                .await?;
            conn.commit().await?;
            return Err(Refusal::InvalidCredentials.into());
        };
        // The password may have changed while it was being checked (a
        // reset, a change): this sign-in commits only against the password
        // it checked, its version read again under the row's lock.
        let now_stored = users::lock_password(&mut conn, credentials.user.id).await?;
        let Some(stored) = now_stored.filter(|p| p.version == credentials.password_version) else {
            self.audit(
                &mut conn,
                session,
                None,
                audit::Event::SignInFailed,
                "password_changed",
            )
            .await?;
            conn.commit().await?;
            return Err(Refusal::InvalidCredentials.into());
        };
        let user = credentials.user;
        self.forget(&mut conn, &charges).await?;
        if stored.reset_required {
            self.audit(
                &mut conn,
                session,
                Some(user.id),
                audit::Event::SignInFailed,
                "reset_required",
            )
            .await?;
            conn.commit().await?;
            return Err(Refusal::PasswordResetRequired.into());
        }
        if let Some(hash) = rehashed {
            users::rehash_password(&mut conn, user.id, &hash).await?;
        }

        if self.sso_required(&mut conn, user.id).await? {
            self.audit(
                &mut conn,
                session,
                Some(user.id),
                audit::Event::SignInFailed,
                "sso_required",
            )
            .await?;
            conn.commit().await?;
            return Err(Refusal::SsoRequired.into());
        }
        let FirstStep { next, first, trusted } =
            self.after_first_step(&mut conn, session, &user, None).await?;
        if next == AfterPassword::SignIn {
            let how = if trusted { "trusted_browser" } else { "password" };
            self.audit(&mut conn, session, Some(user.id), audit::Event::SignIn, how)
                .await?;
        }
        let transition = state.step(Event::PasswordAccepted {
            user_id: user.id,
            next,
        })?;
        self.apply(&mut conn, session, transition).await?;
        conn.commit().await?;
        self.text_first_code(session, user.id, next, &first).await
    }

    /// What follows the first step (a password, or a company's SSO): MFA
    /// by the first factor set up, enrollment, or signed in; a browser
    /// that passed MFA within the companies' re-prompt period skips
    /// **Verify Your Identity**. `delegated`: the company whose identity
    /// provider did MFA just now, so its own requirement is met (its
    /// members' other companies, and a factor set up here, still count).
    pub(super) async fn after_first_step(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user: &users::User,
        delegated: Option<i64>,
    ) -> ServiceResult<FirstStep> {
        let first = self.first_factor(conn, user.id).await?;
        let has_factor = first != FirstFactor::None;
        let mut companies = users::company_mfa(conn, user.id).await?;
        companies.retain(|c| delegated.is_none_or(|id| c.company_id != id));
        let input = PolicyInput {
            payment_role: user.payment_role,
            has_factor,
            companies,
        };
        let next = match (
            policy::after_password(policy::requirement(&input, self.now()), has_factor),
            &first,
        ) {
            (AfterPassword::Challenge, FirstFactor::Phone(phone)) => {
                AfterPassword::TextCode { phone_id: phone.id }
            }
            // Where this server cannot ask for passkeys (its address is an
            // IP), the method picker offers the user's other ways.
            (AfterPassword::Challenge, FirstFactor::Passkey) if self.passkeys_available() => {
                AfterPassword::Passkey
            }
            (other, _) => other,
        };
        let trusted = matches!(
            next,
            AfterPassword::Challenge | AfterPassword::TextCode { .. } | AfterPassword::Passkey
        ) && self.trusted_browser(conn, session, user.id, &input).await?;
        let next = if trusted { AfterPassword::SignIn } else { next };
        Ok(FirstStep { next, first, trusted })
    }

    /// A user whose first factor is a phone gets its code at once; when
    /// the gateway fails, "Verify Your Identity" offers Resend New Code.
    pub(super) async fn text_first_code(
        &self,
        session: &SessionCtx,
        user_id: i64,
        next: AfterPassword,
        first: &FirstFactor,
    ) -> ServiceResult<()> {
        if let (AfterPassword::TextCode { .. }, FirstFactor::Phone(phone)) = (next, first) {
            match self.text_code_at_sign_in(session, user_id, &phone.phone).await {
                Err(crate::ServiceError::Refused(Refusal::SmsUnavailable)) | Ok(()) => {}
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }

    /// Charges a password try against `email`'s account and the client's
    /// address; or, in a browser where the account `user_id` signed in
    /// before, against that browser alone, so strangers' failures never
    /// hold it. `Err(retry_after)` when limited (nothing stays charged).
    pub(super) async fn charge_password(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        email: &str,
        user_id: Option<i64>,
    ) -> ServiceResult<Result<Vec<Charge>, i64>> {
        let known_browser = match user_id {
            Some(user_id) => self.known_browser(conn, session, user_id).await?,
            None => None,
        };
        let client = session.client_ip().unwrap_or("unknown");
        let charges = match &known_browser {
            Some(subject) => vec![(
                Kind::PasswordKnownBrowser,
                subject.as_str(),
                limits::PASSWORD_KNOWN_BROWSER,
            )],
            None => vec![
                (Kind::PasswordAccount, email, limits::PASSWORD_ACCOUNT),
                (Kind::PasswordClient, client, limits::PASSWORD_CLIENT),
            ],
        };
        self.charge_all(conn, &charges).await
    }

    /// `browser:user`, the subject of the budgets of a browser where the
    /// user signed in before, when this session's browser is one.
    pub(super) async fn known_browser(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
    ) -> ServiceResult<Option<String>> {
        let Some(browser) = session.browser_hash().await else {
            return Ok(None);
        };
        Ok(browsers::is_known(conn, &browser, user_id, self.now())
            .await?
            .then(|| format!("{browser}:{user_id}")))
    }

    /// Whether this browser passed MFA for the user within the strictest
    /// re-prompt period of their companies, as it is now.
    async fn trusted_browser(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
        input: &PolicyInput,
    ) -> ServiceResult<bool> {
        let (Some(trust_for), Some(browser)) =
            (policy::reprompt(input).trust_for(), session.browser_hash().await)
        else {
            return Ok(false);
        };
        Ok(browsers::is_trusted(conn, &browser, user_id, self.now(), trust_for).await?)
    }

    /// The factor the user set up first: it decides whether MFA is asked
    /// and how (a text to that phone, a passkey, or a code from any app).
    async fn first_factor(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<FirstFactor> {
        let first_app = factors::list_apps(conn, user_id)
            .await?
            .iter()
            .map(|a| (a.created_at, FirstFactor::App))
            .min_by_key(|(at, _)| *at);
        let first_phone = phones::list(conn, user_id)
            .await?
            .into_iter()
            .next()
            .map(|p| (p.created_at, FirstFactor::Phone(p)));
        let first_passkey = passkeys::list(conn, user_id)
            .await?
            .first()
            .map(|p| (p.created_at, FirstFactor::Passkey));
        // The earliest; at the same second, an app before a phone before a passkey.
        Ok([first_app, first_phone, first_passkey]
            .into_iter()
            .flatten()
            .min_by_key(|(at, _)| *at)
            .map_or(FirstFactor::None, |(_, first)| first))
    }

    /// Ends the session everywhere it is stored.
    pub async fn sign_out(&self, session: &SessionCtx) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        let user_id = session.state().await.user_id();
        if user_id.is_some() {
            self.audit(&mut conn, session, user_id, audit::Event::SignOut, "")
                .await?;
        }
        session.destroy(&mut conn).await
    }
}
