//! Passwords: **Change Password** on My Profile Settings, **Forgot your
//! password?** (a single-use link by email), and **This wasn't me** (the
//! link every security email carries). None of them touches two-factor
//! authentication: after a reset the next sign-in still asks for a code.

use super::Services;
use super::notify::{LinkTo, RESET_PATH, ReportedMethod};
use crate::crypto::token_hash;
use crate::delivery::messages::Notice;
use crate::error::ServiceResult;
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::factors::Named;
use crate::store::links::{self, Purpose};
use crate::store::{Conn, audit, factors, phones, users};
use domain::limits::{
    RESET_EMAILS, RESET_EMAILS_BROWSER, RESET_EMAILS_CLIENT, RESET_EMAILS_KNOWN_BROWSER, RESET_LINK_LIFETIME,
    STRENGTH_CHECKS, STRENGTH_MAX_CHARS,
};
use domain::password::check_new;
use domain::refusal::Refusal;
use domain::signin::SignIn;

/// How hard `password` is to guess, 0 (very easy) to 4 (very hard), by
/// zxcvbn, also against the account's email. Only its first
/// [`STRENGTH_MAX_CHARS`] characters are read: zxcvbn's cost grows much
/// faster than the length (110 characters of l33t took half a second).
fn strength(password: &str, email: &str) -> u8 {
    let password: String = password.chars().take(STRENGTH_MAX_CHARS).collect();
    if password.is_empty() {
        return 0;
    }
    let inputs = [email, email.split('@').next().unwrap_or_default()];
    u8::from(zxcvbn::zxcvbn(&password, &inputs).score())
}

impl Services {
    /// The meter's reading of a new password, for a signed-in user or the
    /// holder of a live reset or welcome link, and nobody else. Each
    /// reading is charged to that account's budget and scored on the
    /// bounded pool, never on the async workers.
    pub async fn new_password_strength(
        &self,
        session: &SessionCtx,
        password: &str,
        token: Option<&str>,
    ) -> ServiceResult<u8> {
        let mut conn = self.db.pool.acquire().await?;
        let user_id = match (token, session.state().await.signed_in_user()) {
            (Some(token), _) => links::live(&mut conn, &token_hash(token), links::SETS_PASSWORD, self.now())
                .await?
                .ok_or(Refusal::LinkInvalid)?,
            (None, Some(user_id)) => user_id,
            (None, None) => return Err(Refusal::OutOfOrder.into()),
        };
        let email = users::find(&mut conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?
            .email;
        if let Err(retry_after) = self
            .charge(
                &mut conn,
                Kind::StrengthCheck,
                &user_id.to_string(),
                STRENGTH_CHECKS,
            )
            .await?
        {
            return Err(Refusal::TooManyAttempts { retry_after }.into());
        }
        drop(conn);
        let password = password.to_owned();
        self.hasher
            .run(move || strength(&password, &email))
            .await
            .map_err(crate::ServiceError::Internal)
    }

    /// **Change Password**: the current one, then the new one twice. Wrong
    /// current passwords count toward the sign-in limits. Every other
    /// session of the user ends.
    pub async fn change_password(
        &self,
        session: &SessionCtx,
        current: &str,
        new: &str,
        confirm: &str,
    ) -> ServiceResult<()> {
        let state = session.state().await;
        let user_id = state.signed_in_user().ok_or(Refusal::OutOfOrder)?;
        let mut conn = self.db.pool.acquire().await?;
        let user = users::find(&mut conn, user_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        check_new(new, confirm, &user.email)?;
        drop(conn);
        let charges = self.check_current_password(session, user_id, current).await?;
        let hash = self.hash(new).await?;
        let mut tx = self.db.begin().await?;
        self.forget(&mut tx, &charges).await?;
        users::set_password_hash(&mut tx, user_id, &hash).await?;
        users::require_password_reset(&mut tx, user_id, false).await?;
        links::void(&mut tx, user_id, links::SETS_PASSWORD, self.now()).await?;
        self.end_other_sessions(&mut tx, session, user_id).await?;
        self.audit(&mut tx, session, Some(user_id), audit::Event::PasswordChanged, "")
            .await?;
        self.notify(&mut tx, user_id, Notice::PasswordChanged).await;
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }

    /// **Forgot your password?** on **Enter Your Password**: a reset link
    /// goes to the address when an account has it (at most a few per
    /// hour). The answer is the same whether or not it does, and it comes
    /// before anything is looked up, so its time tells nothing either.
    pub async fn request_password_reset(&self, session: &SessionCtx) -> ServiceResult<()> {
        let SignIn::Password { email } = session.state().await else {
            return Err(Refusal::OutOfOrder.into());
        };
        let (services, session) = (self.clone(), session.clone());
        tokio::spawn(async move {
            if let Err(err) = services.send_reset_link(&session, &email).await {
                tracing::warn!(error = %err, "password reset link not sent");
            }
        });
        Ok(())
    }

    /// Sends the reset link for `email`, if an account has it and its
    /// budgets allow; the page's answer never waits for this (public so
    /// tests can await it).
    pub async fn send_reset_link(&self, session: &SessionCtx, email: &str) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        let Some(user) = users::credentials_by_email(&mut conn, email)
            .await?
            .map(|c| c.user)
        else {
            return Ok(());
        };
        // An account that signs in through its company's SSO has no
        // password here to reset (the page answers the same).
        if self.sso_required(&mut conn, user.id).await? {
            tracing::info!(
                user_id = user.id,
                "password reset link not sent: the account uses SSO"
            );
            return Ok(());
        }
        if let Err(retry_after) = self.charge_reset_email(&mut conn, session, user.id).await? {
            tracing::info!(
                user_id = user.id,
                retry_after,
                "password reset link not sent: budget spent"
            );
            return Ok(());
        }
        drop(conn);
        // The link, its record and its email are written together.
        let mut tx = self.db.begin().await?;
        let url = self
            .password_link(&mut tx, user.id, Purpose::PasswordReset, RESET_LINK_LIFETIME)
            .await?;
        self.audit(
            &mut tx,
            session,
            Some(user.id),
            audit::Event::PasswordResetAsked,
            "",
        )
        .await?;
        let minutes = RESET_LINK_LIFETIME.whole_minutes();
        self.notify(&mut tx, user.id, Notice::ResetLink { url: &url, minutes })
            .await;
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }

    /// Charges a reset email for `user_id` asked from this session: in a
    /// browser where the account signed in before, to that browser's own
    /// budget; otherwise to the account's, the asking browser's and the
    /// client address's. A refused request is charged nothing.
    async fn charge_reset_email(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
    ) -> ServiceResult<Result<(), i64>> {
        if let Some(subject) = self.known_browser(conn, session, user_id).await? {
            let charges = [(
                Kind::ResetEmailKnownBrowser,
                subject.as_str(),
                RESET_EMAILS_KNOWN_BROWSER,
            )];
            return self.charge_sends(conn, &charges).await;
        }
        let asker = match session.browser_hash().await {
            Some(browser) => browser,
            None => session.id_hash().await.unwrap_or_default(),
        };
        let account = user_id.to_string();
        let client = session.client_ip().unwrap_or("unknown");
        let charges = [
            (Kind::ResetEmail, account.as_str(), RESET_EMAILS),
            (Kind::ResetEmailBrowser, asker.as_str(), RESET_EMAILS_BROWSER),
            (Kind::ResetEmailClient, client, RESET_EMAILS_CLIENT),
        ];
        self.charge_sends(conn, &charges).await
    }

    /// A new single-use link that sets `user_id`'s password (a reset or
    /// a welcome), valid for `lifetime`; earlier ones of that purpose stop
    /// working.
    pub(super) async fn password_link(
        &self,
        conn: &mut Conn,
        user_id: i64,
        purpose: Purpose,
        lifetime: time::Duration,
    ) -> ServiceResult<String> {
        links::void(conn, user_id, &[purpose], self.now()).await?;
        let to = LinkTo {
            user_id,
            purpose,
            subject: "",
        };
        self.emailed_link(conn, to, lifetime, RESET_PATH).await
    }

    /// Whether an emailed link still works, and the email of its account
    /// (for the strength meter), before its page asks for anything.
    pub async fn link_account(&self, token: &str, purposes: &[Purpose]) -> ServiceResult<Option<String>> {
        let mut conn = self.db.pool.acquire().await?;
        let Some(user_id) = links::live(&mut conn, &token_hash(token), purposes, self.now()).await? else {
            return Ok(None);
        };
        Ok(users::find(&mut conn, user_id).await?.map(|u| u.email))
    }

    /// **Reset Password** with the emailed link: single use; every session
    /// of the account ends; two-factor authentication stays as it was.
    pub async fn reset_password(
        &self,
        session: &SessionCtx,
        token: &str,
        new: &str,
        confirm: &str,
    ) -> ServiceResult<()> {
        let hash_of_token = token_hash(token);
        let email = self
            .link_account(token, links::SETS_PASSWORD)
            .await?
            .ok_or(Refusal::LinkInvalid)?;
        check_new(new, confirm, &email)?;
        let hash = self.hash(new).await?;
        let mut tx = self.db.begin().await?;
        let (user_id, subject) =
            links::spend_with_subject(&mut tx, &hash_of_token, links::SETS_PASSWORD, self.now())
                .await?
                .ok_or(Refusal::LinkInvalid)?;
        users::set_password_hash(&mut tx, user_id, &hash).await?;
        // A welcome link (its subject: the company) also accepts the
        // membership; so does a reset link while welcome links are live:
        // either proves the address, and the welcome links die here.
        let mut welcoming = links::live_subjects(&mut tx, user_id, Purpose::Welcome, self.now()).await?;
        welcoming.push(subject);
        for company in &welcoming {
            self.join_welcoming_company(&mut tx, session, user_id, company)
                .await?;
        }
        users::require_password_reset(&mut tx, user_id, false).await?;
        links::void(&mut tx, user_id, links::SETS_PASSWORD, self.now()).await?;
        self.end_sessions(&mut tx, user_id, None).await?;
        self.audit(&mut tx, session, Some(user_id), audit::Event::PasswordReset, "")
            .await?;
        self.notify(&mut tx, user_id, Notice::PasswordReset).await;
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }

    /// **This wasn't me**: single use. Every session of the account ends
    /// (this browser's too, if it was signed in to it), the method the
    /// email reported is removed (its other methods and the recovery code
    /// stay), every passkey too (one signs in without the password, which
    /// is what this remedy takes away), and the next sign-in needs a new
    /// password: a reset link is emailed at once.
    pub async fn disown(&self, session: &SessionCtx, token: &str) -> ServiceResult<()> {
        let mut tx = self.db.begin().await?;
        let (user_id, subject) =
            links::spend_with_subject(&mut tx, &token_hash(token), &[Purpose::NotMe], self.now())
                .await?
                .ok_or(Refusal::LinkInvalid)?;
        // First, as a sign-in does: a sign-in committing meanwhile is
        // either seen (its session ended) or waits for this remedy.
        users::lock(&mut tx, user_id).await?;
        let removed = match ReportedMethod::from_subject(&subject) {
            Some(ReportedMethod::App(id)) => factors::delete(&mut tx, Named::Apps, user_id, id)
                .await?
                .then_some("authenticator_app"),
            Some(ReportedMethod::Phone(id)) => phones::delete(&mut tx, user_id, id).await?.then_some("sms"),
            Some(ReportedMethod::Passkey(id)) => factors::delete(&mut tx, Named::Passkeys, user_id, id)
                .await?
                .then_some("passkey"),
            None => None,
        };
        let passkeys = crate::store::passkeys::delete_all(&mut tx, user_id).await?;
        let ended = self.end_sessions(&mut tx, user_id, None).await?;
        users::require_password_reset(&mut tx, user_id, true).await?;
        let url = self
            .password_link(&mut tx, user_id, Purpose::PasswordReset, RESET_LINK_LIFETIME)
            .await?;
        let detail = format!(
            "sessions={ended} removed={} passkeys={passkeys}",
            removed.unwrap_or("none")
        );
        self.audit(&mut tx, session, Some(user_id), audit::Event::NotMe, &detail)
            .await?;
        let minutes = RESET_LINK_LIFETIME.whole_minutes();
        self.notify(&mut tx, user_id, Notice::ResetLink { url: &url, minutes })
            .await;
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }
}
