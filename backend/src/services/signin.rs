//! Steps 1 and 2 (email, password), and signing out.

use super::Services;
use crate::crypto::{MAX_PASSWORD_BYTES, verify_secret_blocking};
use crate::error::{ServiceError, ServiceResult};
use crate::session::SessionCtx;
use crate::store::attempts::{self, Kind};
use crate::store::{audit, factors, users};
use domain::email::{Email, EmailError};
use domain::limits::{self, LockState};
use domain::policy::{self, AfterPassword, PolicyInput};
use domain::signin::{Event, SignIn};

impl Services {
    /// "Enter Your Email": every well-formed address moves on to the password
    /// step, whether or not an account exists.
    pub async fn submit_email(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let email = Email::parse(input).map_err(|e| match e {
            EmailError::Empty => ServiceError::EmailEmpty,
            EmailError::Malformed => ServiceError::EmailMalformed,
        })?;
        let transition = session.state().await.step(Event::EmailEntered {
            email: email.into_string(),
        })?;
        let mut conn = self.db.pool.acquire().await?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Enter Your Password". Unknown emails are verified against a dummy
    /// hash and answered exactly like wrong passwords.
    pub async fn submit_password(&self, session: &SessionCtx, password: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::Password { email } = &state else {
            return Err(ServiceError::OutOfOrder);
        };
        if password.len() > MAX_PASSWORD_BYTES {
            return Err(ServiceError::PasswordTooLong);
        }
        let now = self.now();
        let mut conn = self.db.pool.acquire().await?;
        // Charge first, so parallel guesses cannot slip past the limit.
        let ip = session.client_ip().unwrap_or("unknown").to_owned();
        let account_charge = attempts::charge(&mut conn, Kind::PasswordAccount, email, now).await?;
        let ip_charge = attempts::charge(&mut conn, Kind::PasswordIp, &ip, now).await?;
        let account = attempts::counts(
            &mut conn,
            Kind::PasswordAccount,
            email,
            now,
            &limits::PASSWORD_ACCOUNT_WINDOWS,
        )
        .await?;
        let by_ip = attempts::counts(
            &mut conn,
            Kind::PasswordIp,
            &ip,
            now,
            &limits::PASSWORD_IP_WINDOWS,
        )
        .await?;
        let limited = limits::evaluate(&limits::PASSWORD_ACCOUNT_WINDOWS, &account) == LockState::Limited
            || limits::evaluate(&limits::PASSWORD_IP_WINDOWS, &by_ip) == LockState::Limited;

        let credentials = users::credentials_by_email(&mut conn, email).await?;
        let hash = credentials
            .as_ref()
            .map_or_else(|| self.dummy_hash.clone(), |c| c.password_hash.clone());
        let matches = verify_secret_blocking(password.to_owned(), hash).await;
        let user = credentials.filter(|_| matches).map(|c| c.user);
        let user_id = user.as_ref().map(|u| u.id);

        if limited {
            self.audit(
                &mut conn,
                session,
                user_id,
                audit::Event::SignInLimited,
                "password",
            )
            .await?;
            return Err(ServiceError::TooManyAttempts);
        }
        let Some(user) = user else {
            self.audit(&mut conn, session, None, audit::Event::SignInFailed, "password")
                .await?;
            let transition = state.step(Event::PasswordRejected)?;
            self.apply(&mut conn, session, transition).await?;
            return Err(ServiceError::InvalidCredentials);
        };
        attempts::forget(&mut conn, account_charge).await?;
        attempts::forget(&mut conn, ip_charge).await?;

        let has_factor = factors::has_any_factor(&mut conn, user.id).await?;
        let companies = users::company_mfa(&mut conn, user.id).await?;
        let input = PolicyInput {
            payment_role: user.payment_role,
            has_factor,
            companies,
        };
        let next = policy::after_password(policy::requirement(&input, now), has_factor);
        if next == AfterPassword::SignIn {
            self.audit(
                &mut conn,
                session,
                Some(user.id),
                audit::Event::SignIn,
                "password",
            )
            .await?;
        }
        let transition = state.step(Event::PasswordAccepted {
            user_id: user.id,
            next,
        })?;
        self.apply(&mut conn, session, transition).await
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
