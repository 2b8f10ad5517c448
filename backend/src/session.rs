//! The request's session: loaded once by the server's middleware, changed by
//! the services, and turned into a `Set-Cookie` by the middleware afterwards.

use crate::crypto::{new_token, token_hash};
use crate::db::Db;
use crate::error::{ServiceError, ServiceResult};
use crate::ports::Rng;
use crate::store::{Conn, sessions};
use domain::signin::SignIn;
use std::sync::Arc;
use time::{Duration, OffsetDateTime};
use tokio::sync::Mutex;

/// How long an unfinished sign-in waits between steps.
pub const SIGN_IN_TTL: Duration = Duration::minutes(30);
/// How long a signed-in session lasts.
pub const SIGNED_IN_TTL: Duration = Duration::hours(12);

/// What the response must do with the session cookie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CookieChange {
    Keep,
    Set(String),
    Clear,
}

#[derive(Debug)]
struct Inner {
    token: Option<String>,
    version: i64,
    state: SignIn,
    cookie: CookieChange,
}

/// One request's view of its session. Cheap to clone; clones share state.
#[derive(Clone, Debug)]
pub struct SessionCtx {
    inner: Arc<Mutex<Inner>>,
    client_ip: Option<String>,
}

impl SessionCtx {
    /// Loads the session named by the cookie's token; unknown or expired
    /// tokens give a fresh sign-in (and the stale cookie is cleared).
    pub async fn load(
        db: &Db,
        token: Option<String>,
        client_ip: Option<String>,
        now: OffsetDateTime,
    ) -> ServiceResult<Self> {
        let mut conn = db.pool.acquire().await?;
        let stored = match &token {
            Some(t) => sessions::load(&mut conn, &token_hash(t), now).await?,
            None => None,
        };
        let inner = match stored {
            Some(s) => Inner {
                token,
                version: s.version,
                state: s.state,
                cookie: CookieChange::Keep,
            },
            None => Inner {
                cookie: if token.is_some() {
                    CookieChange::Clear
                } else {
                    CookieChange::Keep
                },
                token: None,
                version: 0,
                state: SignIn::Email,
            },
        };
        Ok(Self {
            inner: Arc::new(Mutex::new(inner)),
            client_ip,
        })
    }

    pub async fn state(&self) -> SignIn {
        self.inner.lock().await.state.clone()
    }

    pub async fn cookie_change(&self) -> CookieChange {
        self.inner.lock().await.cookie.clone()
    }

    pub fn client_ip(&self) -> Option<&str> {
        self.client_ip.as_deref()
    }

    /// Stores `state`. With `rotate`, the session gets a new id and the old
    /// one stops working. Back at the email step the session is dropped.
    pub(crate) async fn save(
        &self,
        conn: &mut Conn,
        state: SignIn,
        rotate: bool,
        rng: &dyn Rng,
        now: OffsetDateTime,
    ) -> ServiceResult<()> {
        let mut inner = self.inner.lock().await;
        if state == SignIn::Email {
            drop(inner);
            return self.destroy(conn).await;
        }
        let expires = now
            + if state.signed_in_user().is_some() {
                SIGNED_IN_TTL
            } else {
                SIGN_IN_TTL
            };
        match inner.token.clone() {
            Some(token) if !rotate => {
                if !sessions::update(conn, &token_hash(&token), inner.version, &state, expires).await? {
                    return Err(ServiceError::Conflict);
                }
                inner.version += 1;
            }
            old => {
                if let Some(old) = old
                    && !sessions::delete(conn, &token_hash(&old), inner.version).await?
                {
                    return Err(ServiceError::Conflict);
                }
                let token = new_token(rng);
                sessions::insert(conn, &token_hash(&token), &state, now, expires).await?;
                inner.cookie = CookieChange::Set(token.clone());
                inner.token = Some(token);
                inner.version = 0;
            }
        }
        inner.state = state;
        Ok(())
    }

    /// Ends the session on the server and clears the cookie.
    pub(crate) async fn destroy(&self, conn: &mut Conn) -> ServiceResult<()> {
        let mut inner = self.inner.lock().await;
        if let Some(token) = inner.token.take() {
            sessions::remove(conn, &token_hash(&token)).await?;
            inner.cookie = CookieChange::Clear;
        }
        inner.state = SignIn::Email;
        inner.version = 0;
        Ok(())
    }
}
