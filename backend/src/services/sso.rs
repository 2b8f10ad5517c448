//! Company Single Sign-On: the email step's routing to a company's
//! identity provider, the provider's answer (`/sso/callback`), and the
//! admin's **Test Sign-In**.
//!
//! The authorization request (state, nonce, PKCE verifier) waits in
//! `sso_requests`, sealed and bound to the session that made it; the
//! callback spends it once. Nothing from the provider is trusted before
//! the ID token passed every check, and the account and its membership
//! are read again in the transaction that signs the person in.

use super::Services;
use crate::crypto::{new_token, token_hash};
use crate::error::{ServiceError, ServiceResult};
use crate::oidc::{OidcError, Provider, RequestSecrets};
use crate::session::SessionCtx;
use crate::store::sso::{self, NewRequest, RequestPurpose};
use crate::store::{Conn, audit, users};
use domain::email::Email;
use domain::policy::{AfterPassword, PaymentRole};
use domain::refusal::Refusal;
use domain::signin::{Event, SignIn, Transition};
use domain::sso::{Identity, REQUEST_LIFETIME, SsoFailure, SsoRedirect, checked_email, domain_of};
use serde::{Deserialize, Serialize};

/// Where the provider sends the person back.
pub const CALLBACK_PATH: &str = "/sso/callback";

/// Sealing purpose of a waiting request.
const SSO_REQUEST: &str = "sso-request";
/// Sealing purpose of a company's client secret.
pub(super) const SSO_CLIENT_SECRET: &str = "sso-client-secret";

/// A request as sealed in `sso_requests`.
#[derive(Serialize, Deserialize)]
struct Sealed {
    issuer: String,
    client_id: String,
    secrets: RequestSecrets,
    url: String,
}

/// What the provider's redirect carries.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CallbackParams {
    pub state: Option<String>,
    pub code: Option<String>,
    pub error: Option<String>,
    /// The issuer that answers (RFC 9207), when the provider says: it
    /// must be the one the request went to (a mix-up defence).
    pub iss: Option<String>,
}

/// Where the callback leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Callback {
    /// Signed in, or on to this product's MFA (payment users).
    Continued,
    /// Nothing changed but the failure: **Enter Your Email** tells it.
    Failed(SsoFailure),
    /// An admin's Test Sign-In: the email the provider vouched for, or why not.
    Tested(Result<String, SsoFailure>),
}

fn failure_of(err: OidcError) -> SsoFailure {
    match err {
        OidcError::Rejected => SsoFailure::Rejected,
        OidcError::Unreachable | OidcError::Unsuitable | OidcError::UrlInvalid => SsoFailure::Unavailable,
    }
}

impl Services {
    fn callback_url(&self) -> String {
        format!("{}{CALLBACK_PATH}", self.public_url)
    }

    /// The company whose SSO signs in `email`, if its domain routes.
    pub(super) async fn sso_route(
        &self,
        conn: &mut Conn,
        email: &Email,
    ) -> ServiceResult<Option<sso::Route>> {
        Ok(sso::route(conn, domain_of(email)).await?)
    }

    /// The email step for a domain that uses its company's SSO: the
    /// request is made and kept for this session, which now waits for
    /// the provider (its page moves the browser there).
    pub(super) async fn start_sso_sign_in(
        &self,
        session: &SessionCtx,
        route: sso::Route,
    ) -> ServiceResult<()> {
        let transition = session.state().await.step(Event::SsoRouted {
            company_id: route.company_id,
            company: route.company.clone(),
        })?;
        self.begin_sso_request(
            session,
            route.company_id,
            RequestPurpose::SignIn,
            Some(transition),
        )
        .await
    }

    /// **Test Sign-In** on the SSO tab: the admin goes to the provider
    /// with the saved settings; the answer signs nobody in.
    pub async fn start_sso_test(&self, session: &SessionCtx) -> ServiceResult<()> {
        let (_, company) = self.sso_admin(session).await?;
        self.begin_sso_request(session, company.id, RequestPurpose::Test, None)
            .await
    }

    /// Makes an authorization request for the company's provider and
    /// stores it for this session, with the sign-in's `transition` (in
    /// the same transaction). The provider's discovery is fetched first,
    /// with no connection held.
    async fn begin_sso_request(
        &self,
        session: &SessionCtx,
        company_id: i64,
        purpose: RequestPurpose,
        transition: Option<Transition>,
    ) -> ServiceResult<()> {
        let settings = {
            let mut conn = self.db.pool.acquire().await?;
            sso::settings(&mut conn, company_id).await?
        }
        .ok_or(Refusal::SsoNotReady)?;
        let secrets = RequestSecrets {
            state: new_token(self.rng.as_ref()),
            nonce: new_token(self.rng.as_ref()),
            pkce_verifier: new_token(self.rng.as_ref()),
        };
        let provider = Provider {
            issuer: &settings.issuer,
            client_id: &settings.client_id,
        };
        let url = self
            .oidc
            .authorization_url(
                &provider,
                &self.callback_url(),
                &secrets,
                purpose == RequestPurpose::Test,
            )
            .await
            .map_err(|_| Refusal::SsoFailed {
                failure: SsoFailure::Unavailable,
            })?;
        let state_hash = token_hash(&secrets.state);
        let sealed = Sealed {
            issuer: settings.issuer,
            client_id: settings.client_id,
            secrets,
            url,
        };
        let json = serde_json::to_vec(&sealed).map_err(|e| ServiceError::Internal(e.to_string()))?;
        let sealed = self.seal(&json, SSO_REQUEST, company_id)?;
        let mut tx = self.db.begin().await?;
        if let Some(transition) = transition {
            self.apply(&mut tx, session, transition).await?;
        }
        let session_hash = session.id_hash().await.ok_or(Refusal::OutOfOrder)?;
        let now = self.now();
        let request = NewRequest {
            state_hash: &state_hash,
            session_hash: &session_hash,
            company_id,
            purpose,
            sealed: &sealed,
        };
        sso::insert_request(
            &mut tx,
            request,
            now,
            now + time::Duration::seconds(REQUEST_LIFETIME),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    fn open_request(&self, request: &sso::Request) -> ServiceResult<Sealed> {
        let json = self.open(&request.sealed, SSO_REQUEST, request.company_id)?;
        serde_json::from_slice(&json).map_err(|e| ServiceError::Internal(e.to_string()))
    }

    /// The provider URL this session's newest request waits at.
    pub async fn pending_sso(&self, session: &SessionCtx) -> ServiceResult<Option<SsoRedirect>> {
        let Some(session_hash) = session.id_hash().await else {
            return Ok(None);
        };
        let mut conn = self.db.pool.acquire().await?;
        let Some(request) = sso::pending_request(&mut conn, &session_hash, self.now()).await? else {
            return Ok(None);
        };
        let company = users::company_name(&mut conn, request.company_id)
            .await?
            .unwrap_or_default();
        let sealed = self.open_request(&request)?;
        Ok(Some(SsoRedirect {
            company,
            url: sealed.url,
        }))
    }

    /// The provider's answer. Every failure is recorded and leaves the
    /// session where a new sign-in starts.
    pub async fn sso_callback(
        &self,
        session: &SessionCtx,
        params: &CallbackParams,
    ) -> ServiceResult<Callback> {
        let answer = self.sso_answer(session, params).await;
        crate::metrics::sso_callback(&answer);
        answer
    }

    async fn sso_answer(&self, session: &SessionCtx, params: &CallbackParams) -> ServiceResult<Callback> {
        let request = match (params.state.as_deref(), session.id_hash().await) {
            (Some(state), Some(session_hash)) => {
                let mut conn = self.db.pool.acquire().await?;
                sso::take_request(&mut conn, &token_hash(state), &session_hash, self.now()).await?
            }
            _ => None,
        };
        let Some(request) = request else {
            // No request of this session's: a stale or forged answer (a
            // link from another site, say). Recorded, but the session's
            // own sign-in, if one waits at the provider, goes on.
            let mut conn = self.db.pool.acquire().await?;
            let failure = SsoFailure::Expired;
            self.audit(
                &mut conn,
                session,
                None,
                audit::Event::SignInFailed,
                failure.code(),
            )
            .await?;
            return Ok(Callback::Failed(failure));
        };
        let test = request.purpose == RequestPurpose::Test;
        let outcome = self.sso_identity(&request, params).await;
        if test {
            return self.sso_tested(session, &request, outcome).await;
        }
        let (sealed, identity, email) = match outcome {
            Ok(found) => found,
            Err(failure) => return self.sso_failed(session, None, failure).await,
        };
        match self
            .sso_sign_in(session, &request, &sealed, &identity, &email)
            .await?
        {
            Ok(()) => Ok(Callback::Continued),
            Err((user_id, failure)) => self.sso_failed(session, user_id, failure).await,
        }
    }

    /// The person the provider vouches for: the code exchanged, the ID
    /// token checked, the email verified and on a claimed domain, with
    /// the company's settings unchanged since the request.
    async fn sso_identity(
        &self,
        request: &sso::Request,
        params: &CallbackParams,
    ) -> Result<(Sealed, Identity, Email), SsoFailure> {
        let sealed = self.open_request(request).map_err(|_| SsoFailure::Expired)?;
        if params.iss.as_deref().is_some_and(|iss| iss != sealed.issuer) {
            return Err(SsoFailure::Rejected);
        }
        if params.error.is_some() {
            return Err(SsoFailure::Cancelled);
        }
        let code = params
            .code
            .as_deref()
            .filter(|c| !c.is_empty())
            .ok_or(SsoFailure::Cancelled)?;
        let (settings, claimed) = async {
            let mut conn = self.db.pool.acquire().await?;
            let settings = sso::settings(&mut conn, request.company_id).await?;
            let claimed = sso::proven_domains(&mut conn, request.company_id).await?;
            Ok::<_, ServiceError>((settings, claimed))
        }
        .await
        .map_err(|_| SsoFailure::Unavailable)?;
        let settings = settings
            .filter(|s| s.issuer == sealed.issuer && s.client_id == sealed.client_id)
            .filter(|s| s.enabled || request.purpose == RequestPurpose::Test)
            .ok_or(SsoFailure::Unavailable)?;
        let secret = self
            .open(&settings.client_secret, SSO_CLIENT_SECRET, request.company_id)
            .map_err(|_| SsoFailure::Unavailable)?;
        let secret = String::from_utf8(secret).map_err(|_| SsoFailure::Unavailable)?;
        let provider = Provider {
            issuer: &sealed.issuer,
            client_id: &sealed.client_id,
        };
        let identity = self
            .oidc
            .identity(&provider, &secret, &self.callback_url(), code, &sealed.secrets)
            .await
            .map_err(failure_of)?;
        let email = checked_email(&identity, &claimed)?;
        Ok((sealed, identity, email))
    }

    /// Signs the person in (or on to MFA, for payment users), in one
    /// transaction that finds the account by its linked identity, links
    /// it at the first SSO sign-in, or creates it when the company says
    /// so, and checks the membership is active as it commits.
    async fn sso_sign_in(
        &self,
        session: &SessionCtx,
        request: &sso::Request,
        sealed: &Sealed,
        identity: &Identity,
        email: &Email,
    ) -> ServiceResult<Result<(), (Option<i64>, SsoFailure)>> {
        let state = session.state().await;
        if !matches!(state, SignIn::Sso { company_id, .. } if company_id == request.company_id) {
            return Ok(Err((None, SsoFailure::Expired)));
        }
        // A new account gets an unusable password, hashed before the
        // transaction (and only when there may be no account).
        let known = {
            let mut conn = self.db.pool.acquire().await?;
            sso::identity_user(&mut conn, &sealed.issuer, &identity.subject)
                .await?
                .is_some()
                || users::credentials_by_email(&mut conn, email.as_str())
                    .await?
                    .is_some()
        };
        let placeholder = match known {
            true => String::new(),
            false => self.hash(&new_token(self.rng.as_ref())).await?,
        };
        let mut tx = self.db.begin().await?;
        let company_id = request.company_id;
        let now = self.now();
        // The company's settings and domains, read again as this commits:
        // SSO turned off, the provider changed or the domain removed
        // while the code was being exchanged stop this sign-in.
        let settings = sso::lock_settings(&mut tx, company_id)
            .await?
            .filter(|s| s.enabled && s.issuer == sealed.issuer && s.client_id == sealed.client_id);
        let domain_proven = sso::proven_domains(&mut tx, company_id)
            .await?
            .iter()
            .any(|d| d == domain_of(email));
        let Some(settings) = settings.filter(|_| domain_proven) else {
            tx.commit().await?;
            return Ok(Err((None, SsoFailure::Unavailable)));
        };
        let linked = sso::identity_user(&mut tx, &sealed.issuer, &identity.subject).await?;
        let user_id = match linked {
            Some(user_id) => user_id,
            None => match users::credentials_by_email(&mut tx, email.as_str()).await? {
                // An account this provider already knows under another
                // subject is not linked again by its email: a provider
                // that gave the address to someone else moves nothing.
                Some(existing) if sso::has_identity(&mut tx, &sealed.issuer, existing.user.id).await? => {
                    tx.commit().await?;
                    return Ok(Err((None, SsoFailure::NoAccount)));
                }
                Some(existing) => existing.user.id,
                None => {
                    // (An account removed since it was read: start again.)
                    if placeholder.is_empty() {
                        return Err(Refusal::Conflict.into());
                    }
                    if !settings.create_accounts {
                        tx.commit().await?;
                        return Ok(Err((None, SsoFailure::NoAccount)));
                    }
                    let name = identity
                        .name
                        .as_deref()
                        .and_then(|n| domain::company::member_name(n).ok())
                        .unwrap_or(email.as_str())
                        .to_owned();
                    let new = users::NewUser {
                        email: email.as_str(),
                        password_hash: &placeholder,
                        display_name: &name,
                        payment_role: PaymentRole::None,
                        time_zone: "UTC",
                        locale: "en",
                    };
                    let Some(user_id) = users::insert_new(&mut tx, &new, now).await? else {
                        return Err(Refusal::Conflict.into());
                    };
                    users::add_membership(&mut tx, user_id, company_id, "user", true, now).await?;
                    user_id
                }
            },
        };
        users::lock(&mut tx, user_id).await?;
        // Someone the company's admin added (still pending) joins at their
        // first SSO sign-in: the provider vouched for that address, on a
        // domain the company proved. A deactivated member stays out.
        self.join_company(&mut tx, session, user_id, company_id).await?;
        if !users::is_active_member(&mut tx, user_id, company_id).await? {
            tx.commit().await?;
            return Ok(Err((Some(user_id), SsoFailure::NoAccess)));
        }
        if linked.is_none() {
            sso::link(
                &mut tx,
                &sealed.issuer,
                &identity.subject,
                user_id,
                company_id,
                now,
            )
            .await?;
        }
        let user = users::find(&mut tx, user_id).await?.ok_or(Refusal::OutOfOrder)?;
        // The provider did MFA for its company. Payment users still prove
        // a factor here, as does anyone who set one up here or whose other
        // companies require MFA: one company's provider never waives
        // another's rule, nor the account's own factor.
        let delegated = (user.payment_role == PaymentRole::None).then_some(company_id);
        let step = self.after_first_step(&mut tx, session, &user, delegated).await?;
        let next = step.next;
        if next == AfterPassword::SignIn {
            self.audit(&mut tx, session, Some(user_id), audit::Event::SignIn, "sso")
                .await?;
        }
        let transition = state.step(Event::SsoAccepted { user_id, next })?;
        self.apply(&mut tx, session, transition).await?;
        tx.commit().await?;
        self.text_first_code(session, user_id, next, &step.first).await?;
        Ok(Ok(()))
    }

    /// A failed SSO sign-in: recorded, and the session starts over.
    async fn sso_failed(
        &self,
        session: &SessionCtx,
        user_id: Option<i64>,
        failure: SsoFailure,
    ) -> ServiceResult<Callback> {
        let mut conn = self.db.pool.acquire().await?;
        self.audit(
            &mut conn,
            session,
            user_id,
            audit::Event::SignInFailed,
            failure.code(),
        )
        .await?;
        if matches!(session.state().await, SignIn::Sso { .. }) {
            session.destroy(&mut conn).await?;
        }
        Ok(Callback::Failed(failure))
    }

    /// A Test Sign-In's answer: the settings are marked tested when the
    /// provider vouched for someone on a claimed domain.
    async fn sso_tested(
        &self,
        session: &SessionCtx,
        request: &sso::Request,
        outcome: Result<(Sealed, Identity, Email), SsoFailure>,
    ) -> ServiceResult<Callback> {
        let Some(admin_id) = session.state().await.signed_in_user() else {
            return Ok(Callback::Tested(Err(SsoFailure::Expired)));
        };
        let mut tx = self.db.begin().await?;
        // An admin no longer (deactivated meanwhile) marks nothing tested.
        if self
            .still_admin(&mut tx, admin_id, request.company_id)
            .await
            .is_err()
        {
            return Ok(Callback::Tested(Err(SsoFailure::Expired)));
        }
        let result = match outcome {
            Ok((sealed, _, email)) => {
                let now = self.now();
                if sso::mark_tested(
                    &mut tx,
                    request.company_id,
                    &sealed.issuer,
                    &sealed.client_id,
                    now,
                )
                .await?
                {
                    Ok(email.into_string())
                } else {
                    Err(SsoFailure::Unavailable)
                }
            }
            Err(failure) => Err(failure),
        };
        let detail = match &result {
            Ok(email) => email.as_str(),
            Err(failure) => failure.code(),
        };
        self.audit_setting(
            &mut tx,
            session,
            (admin_id, request.company_id),
            audit::Event::SsoTested,
            detail,
        )
        .await?;
        tx.commit().await?;
        Ok(Callback::Tested(result))
    }

    /// The password step for an account that must use its company's
    /// SSO: refused (after the password was checked, so nothing leaks).
    pub(super) async fn sso_required(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<bool> {
        Ok(sso::required_for(conn, user_id).await?.is_some())
    }
}
