//! Passwords: **Change Password** on My Profile Settings, **Forgot your
//! password?** (a single-use link by email), and **This wasn't me** (the
//! link every security email carries). None of them touches two-factor
//! authentication: after a reset the next sign-in still asks for a code.

use super::Services;
use super::notify::RESET_PATH;
use crate::crypto::{new_token, token_hash};
use crate::delivery::messages::Notice;
use crate::error::ServiceResult;
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::links::{self, Purpose};
use crate::store::{Conn, audit, users};
use domain::limits::{RESET_EMAILS, RESET_LINK_LIFETIME, Verdict};
use domain::password::check_new;
use domain::refusal::Refusal;
use domain::signin::SignIn;

/// zxcvbn is given at most this many characters (its cost grows with length).
const STRENGTH_CHARS: usize = 128;

impl Services {
    /// How hard `password` is to guess, 0 (very easy) to 4 (very hard),
    /// by zxcvbn, also against the account's email when known.
    pub fn password_strength(&self, password: &str, email: Option<&str>) -> u8 {
        let password: String = password.chars().take(STRENGTH_CHARS).collect();
        if password.is_empty() {
            return 0;
        }
        let inputs: Vec<&str> = email
            .into_iter()
            .flat_map(|e| [e, e.split('@').next().unwrap_or_default()])
            .collect();
        u8::from(zxcvbn::zxcvbn(&password, &inputs).score())
    }

    /// The meter's reading: `password` against the signed-in user's email,
    /// or the email of the reset link's account.
    pub async fn new_password_strength(
        &self,
        session: &SessionCtx,
        password: &str,
        token: Option<&str>,
    ) -> ServiceResult<u8> {
        let email = match (token, session.state().await.signed_in_user()) {
            (Some(token), _) => self.link_account(token, Purpose::PasswordReset).await?,
            (None, Some(user_id)) => Some(self.user(user_id).await?.email),
            (None, None) => None,
        };
        Ok(self.password_strength(password, email.as_deref()))
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
        links::void_resets(&mut tx, user_id, self.now()).await?;
        let keep = session.id_hash().await;
        self.end_sessions(&mut tx, user_id, keep.as_deref()).await?;
        self.audit(&mut tx, session, Some(user_id), audit::Event::PasswordChanged, "")
            .await?;
        tx.commit().await?;
        self.notify(user_id, Notice::PasswordChanged).await;
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

    async fn send_reset_link(&self, session: &SessionCtx, email: &str) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        let Some(user) = users::credentials_by_email(&mut conn, email)
            .await?
            .map(|c| c.user)
        else {
            return Ok(());
        };
        let (_, verdict) = self
            .charge_send(&mut conn, Kind::ResetEmail, &user.id.to_string(), RESET_EMAILS)
            .await?;
        if let Verdict::Limited { .. } = verdict {
            tracing::info!(user_id = user.id, "password reset link not sent: budget spent");
            return Ok(());
        }
        let url = self
            .password_link(&mut conn, user.id, RESET_LINK_LIFETIME)
            .await?;
        self.audit(
            &mut conn,
            session,
            Some(user.id),
            audit::Event::PasswordResetAsked,
            "",
        )
        .await?;
        drop(conn);
        let minutes = RESET_LINK_LIFETIME.whole_minutes();
        self.notify(user.id, Notice::ResetLink { url: &url, minutes })
            .await;
        Ok(())
    }

    /// A new single-use link that sets `user_id`'s password, valid for
    /// `lifetime` (earlier ones stop working).
    pub(super) async fn password_link(
        &self,
        conn: &mut Conn,
        user_id: i64,
        lifetime: time::Duration,
    ) -> ServiceResult<String> {
        let token = new_token(self.rng.as_ref());
        let now = self.now();
        links::void_resets(conn, user_id, now).await?;
        links::insert(
            conn,
            &token_hash(&token),
            user_id,
            Purpose::PasswordReset,
            now,
            now + lifetime,
        )
        .await?;
        Ok(format!("{}{RESET_PATH}?token={token}", self.public_url))
    }

    /// Whether an emailed link still works, and the email of its account
    /// (for the strength meter), before its page asks for anything.
    pub async fn link_account(&self, token: &str, purpose: Purpose) -> ServiceResult<Option<String>> {
        let mut conn = self.db.pool.acquire().await?;
        let Some(user_id) = links::live(&mut conn, &token_hash(token), purpose, self.now()).await? else {
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
            .link_account(token, Purpose::PasswordReset)
            .await?
            .ok_or(Refusal::LinkInvalid)?;
        check_new(new, confirm, &email)?;
        let hash = self.hash(new).await?;
        let mut tx = self.db.begin().await?;
        let user_id = links::spend(&mut tx, &hash_of_token, Purpose::PasswordReset, self.now())
            .await?
            .ok_or(Refusal::LinkInvalid)?;
        users::set_password_hash(&mut tx, user_id, &hash).await?;
        self.end_sessions(&mut tx, user_id, None).await?;
        self.audit(&mut tx, session, Some(user_id), audit::Event::PasswordReset, "")
            .await?;
        tx.commit().await?;
        self.notify(user_id, Notice::PasswordReset).await;
        Ok(())
    }

    /// **This wasn't me**: single use; every session of the account ends
    /// (this browser's too, if it was signed in to it).
    pub async fn disown(&self, session: &SessionCtx, token: &str) -> ServiceResult<()> {
        let mut tx = self.db.begin().await?;
        let user_id = links::spend(&mut tx, &token_hash(token), Purpose::NotMe, self.now())
            .await?
            .ok_or(Refusal::LinkInvalid)?;
        let ended = self.end_sessions(&mut tx, user_id, None).await?;
        self.audit(
            &mut tx,
            session,
            Some(user_id),
            audit::Event::NotMe,
            &ended.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
