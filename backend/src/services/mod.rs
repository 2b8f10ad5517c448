//! Use cases. Each public method checks the session's step itself, does its
//! I/O, feeds the outcome to the domain state machine and stores the result.

mod accounts;
mod challenge;
mod code_batches;
mod company;
mod enroll;
mod notify;
mod operations;
mod passkeys;
mod password;
mod profile;
mod rate_limit;
mod signin;
mod sms;
mod sso;
mod sso_admin;
mod view;

pub use crate::store::links::{Purpose as LinkPurpose, SETS_PASSWORD};
pub use accounts::{MembershipRole, NewAccount};
pub use challenge::Pick;
pub use company::{INVITATION_PATH, deadline_from_date};
pub use notify::{NOT_ME_PATH, RESET_PATH};
pub use operations::Readiness;
pub use passkeys::Ceremony;
pub use sms::SmsSettings;
pub use sso::{CALLBACK_PATH, Callback, CallbackParams};
pub use sso_admin::SsoView;

use crate::crypto::{Argon2Params, SecretBox, hash_secret};
use crate::db::Db;
use crate::delivery::{AfterCommit, Delivery, Queue, SmsSender};
use crate::dns::{DnsTxt, SystemDns};
use crate::error::{ServiceError, ServiceResult};
use crate::hasher::Hasher;
use crate::oidc::Oidc;
use crate::ports::{Clock, Rng};
use crate::session::SessionCtx;
use crate::store::{Conn, audit, browsers, sessions};
use domain::codes::VerificationCode;
use domain::limits::KNOWN_BROWSER_LIFETIME;
use domain::refusal::Refusal;
use domain::signin::{Effect, SignIn, Transition};
use domain::totp::{self, TotpCheck, TotpSecret};
use std::sync::Arc;
use time::OffsetDateTime;

#[derive(Clone)]
pub struct Services {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub rng: Arc<dyn Rng>,
    pub secrets: SecretBox,
    /// Argon2id, on a bounded pool.
    pub hasher: Hasher,
    /// Product name: shown in the UI and used as the TOTP issuer.
    pub issuer: Arc<str>,
    /// Emails: queued in the transaction that decides them, sent by its worker.
    pub queue: Queue,
    /// Texts: sent while the person waits (and recorded in the queue's table).
    pub sms: Arc<dyn SmsSender>,
    /// How long text-message codes last, and the WebOTP host.
    pub sms_settings: SmsSettings,
    /// The origin browsers use (`https://trestle.example`), for links in emails.
    pub public_url: Arc<str>,
    /// Companies' identity providers (OpenID Connect).
    pub oidc: Oidc,
    /// DNS TXT lookups that prove a company's email domain.
    pub dns: Arc<dyn DnsTxt>,
    /// The passkey relying party of `public_url`; `None` where WebAuthn
    /// cannot work (an IP address).
    passkeys: Option<Arc<webauthn_rs::prelude::Webauthn>>,
    /// PostgreSQL: codes from apps waiting to be checked together.
    code_batches: Arc<code_batches::Batches>,
    /// Whether `/dev/outbox` shows the queue (demo mode).
    show_outbox: bool,
    /// A real Argon2id hash that unknown emails are checked against, so a
    /// wrong email costs the same time as a wrong password.
    dummy_hash: Arc<str>,
}

impl Services {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        rng: Arc<dyn Rng>,
        secrets: SecretBox,
        issuer: String,
    ) -> ServiceResult<Self> {
        let delivery = Delivery::disabled();
        let dummy_hash = dummy_hash(rng.as_ref(), Argon2Params::default())?;
        let queue = Queue::new(
            db.clone(),
            clock.clone(),
            rng.clone(),
            secrets.clone(),
            delivery.mailer,
        );
        Ok(Self {
            db,
            clock: clock.clone(),
            rng,
            secrets,
            hasher: Hasher::per_core(),
            issuer: issuer.clone().into(),
            queue,
            sms: delivery.sms,
            sms_settings: SmsSettings::default(),
            public_url: DEFAULT_PUBLIC_URL.into(),
            oidc: Oidc::new(clock.clone(), SSO_TIMEOUT, false),
            dns: Arc::new(SystemDns::default()),
            passkeys: None,
            code_batches: Arc::default(),
            show_outbox: delivery.show_outbox,
            dummy_hash: dummy_hash.into(),
        }
        .with_public_url(DEFAULT_PUBLIC_URL))
    }

    /// New password and code hashes with these costs; hashes made with
    /// other costs are replaced at the next successful sign-in.
    pub fn with_argon2(mut self, params: Argon2Params) -> ServiceResult<Self> {
        params.argon2().map_err(ServiceError::Internal)?;
        self.dummy_hash = dummy_hash(self.rng.as_ref(), params)?.into();
        self.hasher.params = params;
        Ok(self)
    }

    /// Sends through these senders (by default every send is refused, as
    /// in production with no provider configured).
    pub fn with_delivery(mut self, delivery: Delivery) -> Self {
        self.queue = self.queue.with_mailer(delivery.mailer);
        self.sms = delivery.sms;
        self.show_outbox = delivery.show_outbox;
        self
    }

    /// What follows a commit that queued emails: by default the worker
    /// is woken; tests send them at once ([`AfterCommit::SendNow`]).
    pub fn with_after_commit(mut self, after_commit: AfterCommit) -> Self {
        self.queue = self.queue.with_after_commit(after_commit);
        self
    }

    /// Text-message codes valid this long, with this host in their WebOTP line.
    pub fn with_sms_settings(mut self, settings: SmsSettings) -> Self {
        self.sms_settings = settings;
        self
    }

    /// Calls to identity providers time out after `timeout`; `allow_http`
    /// admits `http://` issuers (a local demo or test provider only).
    pub fn with_sso(mut self, timeout: std::time::Duration, allow_http: bool) -> Self {
        self.oidc = Oidc::new(self.clock.clone(), timeout, allow_http);
        self
    }

    /// Looks up domain proofs with this resolver.
    pub fn with_dns(mut self, dns: Arc<dyn DnsTxt>) -> Self {
        self.dns = dns;
        self
    }

    /// Links in emails start with this origin, which is also the passkey
    /// relying party (none on an IP address).
    pub fn with_public_url(mut self, url: &str) -> Self {
        self.public_url = url.trim_end_matches('/').into();
        self.passkeys = crate::passkeys::relying_party(url, &self.issuer)
            .ok()
            .map(Arc::new);
        self
    }

    fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// Stores a transition's state, rotating the session id when it asks to.
    /// A finished sign-in makes this browser known to the account.
    async fn apply(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        transition: Transition,
    ) -> ServiceResult<()> {
        let rotate = transition.effects.contains(&Effect::RotateSession);
        let begin = transition.effects.contains(&Effect::Begin);
        let abandoned = transition.effects.contains(&Effect::Abandoned);
        let user_id = transition.state.user_id();
        let proven = transition.effects.contains(&Effect::FactorProven);
        // A finished sign-in, or a factor proven on the way to one.
        let remember = match transition.state {
            SignIn::SignedIn { user_id, .. } => Some(user_id),
            _ => user_id.filter(|_| proven),
        };
        if let Some(user_id) = remember {
            let browser = session.browser_hash_or_new(self.rng.as_ref()).await;
            let now = self.now();
            browsers::remember(conn, &browser, user_id, now, now + KNOWN_BROWSER_LIFETIME).await?;
            if proven {
                browsers::passed_mfa(conn, &browser, user_id, now).await?;
            }
        }
        session
            .save(
                conn,
                transition.state,
                (rotate, begin),
                self.rng.as_ref(),
                self.now(),
            )
            .await?;
        if abandoned {
            self.audit(conn, session, user_id, audit::Event::SignInAbandoned, "")
                .await?;
            return Err(Refusal::Abandoned.into());
        }
        Ok(())
    }

    /// Ends every session of the user but `keep`, and no browser of theirs
    /// skips MFA any more; how many sessions ended.
    async fn end_sessions(&self, conn: &mut Conn, user_id: i64, keep: Option<&str>) -> ServiceResult<u64> {
        browsers::distrust_all(conn, user_id).await?;
        Ok(sessions::delete_for_user(conn, user_id, keep).await?)
    }

    /// A remedy made from `session` (a password change, "Sign out of all
    /// browsers"): every other session of the user ends, and this one gets
    /// a new id, so a copy of its cookie taken before ends too.
    async fn end_other_sessions(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
    ) -> ServiceResult<u64> {
        let keep = session.id_hash().await;
        let ended = self.end_sessions(conn, user_id, keep.as_deref()).await?;
        session.rotate(conn, self.rng.as_ref(), self.now()).await?;
        Ok(ended)
    }

    /// **Sign out of all browsers** (on My Profile Settings): every other
    /// session ends, and every browser is asked for MFA again.
    pub async fn sign_out_everywhere(&self, session: &SessionCtx) -> ServiceResult<()> {
        let user_id = session
            .state()
            .await
            .signed_in_user()
            .ok_or(Refusal::OutOfOrder)?;
        let mut tx = self.db.begin().await?;
        let ended = self.end_other_sessions(&mut tx, session, user_id).await?;
        let event = audit::Event::SignedOutEverywhere;
        self.audit(&mut tx, session, Some(user_id), event, &ended.to_string())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: Option<i64>,
        event: audit::Event,
        detail: &str,
    ) -> ServiceResult<()> {
        self.audit_as(conn, session, user_id, None, event, detail).await
    }

    /// Records a company setting its admin changed (the company's log).
    async fn audit_setting(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        (admin_id, company_id): (i64, i64),
        event: audit::Event,
        detail: &str,
    ) -> ServiceResult<()> {
        let by = audit::ByAdmin { admin_id, company_id };
        self.audit_as(conn, session, None, Some(by), event, detail).await
    }

    /// Records an event from this session's request (its address and
    /// browser); `by` names the admin who acted, for the company's log.
    async fn audit_as(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: Option<i64>,
        by: Option<audit::ByAdmin>,
        event: audit::Event,
        detail: &str,
    ) -> ServiceResult<()> {
        let row = audit_row(session, user_id, by, event, detail);
        audit::insert(conn, &row, self.now()).await?;
        Ok(())
    }

    /// Seals a secret bound to its purpose and user.
    fn seal(&self, plaintext: &[u8], purpose: &str, user_id: i64) -> ServiceResult<String> {
        self.secrets
            .seal(plaintext, &format!("{purpose}:{user_id}"), self.rng.as_ref())
            .map_err(ServiceError::Internal)
    }

    /// Argon2id-hashes a password or code on the bounded pool.
    async fn hash(&self, secret: &str) -> ServiceResult<String> {
        self.hasher
            .hash(secret, self.rng.clone())
            .await
            .map_err(ServiceError::Internal)
    }

    /// Checks a code against a secret at the current time; `last_step` is
    /// the step the factor last accepted, never accepted again.
    fn check_totp(&self, secret: &TotpSecret, code: &VerificationCode, last_step: Option<u64>) -> TotpCheck {
        let now = u64::try_from(self.now().unix_timestamp()).unwrap_or(0);
        totp::verify(secret, code, now, last_step)
    }

    fn open(&self, sealed: &str, purpose: &str, user_id: i64) -> ServiceResult<Vec<u8>> {
        self.secrets
            .open(sealed, &format!("{purpose}:{user_id}"))
            .ok_or_else(|| ServiceError::Internal(format!("cannot open sealed {purpose}")))
    }
}

/// An event from this session's request (its address and browser), as the
/// audit log records it; logged as it is made.
fn audit_row<'a>(
    session: &'a SessionCtx,
    user_id: Option<i64>,
    by: Option<audit::ByAdmin>,
    event: audit::Event,
    detail: &'a str,
) -> audit::NewEvent<'a> {
    let admin_id = by.map(|b| b.admin_id);
    tracing::info!(event = event.as_str(), user_id, admin_id, detail, "audit");
    audit::NewEvent {
        user_id,
        by,
        event,
        detail,
        ip: session.client_ip(),
        browser: session.browser_name(),
    }
}

/// What unknown emails are verified against: a real hash with the
/// configured costs, so they take exactly as long as wrong passwords.
fn dummy_hash(rng: &dyn Rng, params: Argon2Params) -> ServiceResult<String> {
    hash_secret("not a real password", rng, params).map_err(ServiceError::Internal)
}

/// Where browsers reach the server unless configured otherwise.
const DEFAULT_PUBLIC_URL: &str = "http://localhost:3000";

/// How long a call to an identity provider may take.
const SSO_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Sealing purposes.
const TOTP_SECRET: &str = "totp-secret";
const PENDING_SECRET: &str = "pending-totp-secret";
const PENDING_RECOVERY: &str = "pending-recovery-code";
