//! The request's session: loaded once by the server's middleware, changed by
//! the services, and turned into `Set-Cookie` headers by the middleware
//! afterwards. It also carries the browser's known-browser token, which
//! outlives sessions.

use crate::crypto::{new_token, token_hash};
use crate::db::Db;
use crate::error::{ServiceError, ServiceResult};
use crate::ports::Rng;
use crate::store::sessions::Lifetime;
use crate::store::{Conn, sessions};
use domain::limits::{SIGN_IN_LIFETIME, SIGNED_IN_LIFETIME};
use domain::refusal::Refusal;
use domain::signin::SignIn;
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::Mutex;

/// What the response must do with a cookie.
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
    started_at: OffsetDateTime,
    cookie: CookieChange,
    browser: Option<String>,
    browser_cookie: CookieChange,
}

/// What the middleware knows about the request before the services run.
#[derive(Clone, Debug, Default)]
pub struct RequestInfo {
    /// The session cookie's token.
    pub token: Option<String>,
    /// The known-browser cookie's token.
    pub browser: Option<String>,
    /// The client's address (behind a trusted proxy, from `X-Forwarded-For`).
    pub client_ip: Option<String>,
    /// The request's `User-Agent`.
    pub user_agent: Option<String>,
    /// The page's language (the switcher's cookie, else `Accept-Language`):
    /// the one of names the server makes up, such as "Authenticator App 2".
    pub language: catalogue::Language,
}

/// One request's view of its session. Cheap to clone; clones share state.
#[derive(Clone, Debug)]
pub struct SessionCtx {
    inner: Arc<Mutex<Inner>>,
    client_ip: Option<String>,
    user_agent: Option<String>,
    language: catalogue::Language,
}

impl SessionCtx {
    /// Loads the session named by the cookie's token; unknown or expired
    /// tokens give a fresh sign-in (and the stale cookie is cleared).
    pub async fn load(db: &Db, request: RequestInfo, now: OffsetDateTime) -> ServiceResult<Self> {
        // A request without a session cookie (most page loads) needs no query.
        let stored = match &request.token {
            Some(t) => {
                let mut conn = db.pool.acquire().await?;
                sessions::load(&mut conn, &token_hash(t), now).await?
            }
            None => None,
        };
        let (token, version, state, started_at, cookie) = match stored {
            Some(s) => (
                request.token,
                s.version,
                s.state,
                s.started_at,
                CookieChange::Keep,
            ),
            None => {
                let cookie = if request.token.is_some() {
                    CookieChange::Clear
                } else {
                    CookieChange::Keep
                };
                (None, 0, SignIn::Email, now, cookie)
            }
        };
        Ok(Self {
            inner: Arc::new(Mutex::new(Inner {
                token,
                version,
                state,
                started_at,
                cookie,
                browser: request.browser,
                browser_cookie: CookieChange::Keep,
            })),
            client_ip: request.client_ip,
            user_agent: request.user_agent,
            language: request.language,
        })
    }

    pub async fn state(&self) -> SignIn {
        self.inner.lock().await.state.clone()
    }

    pub async fn cookie_change(&self) -> CookieChange {
        self.inner.lock().await.cookie.clone()
    }

    pub async fn browser_cookie_change(&self) -> CookieChange {
        self.inner.lock().await.browser_cookie.clone()
    }

    /// The hash of this session's id, once it has one.
    pub(crate) async fn id_hash(&self) -> Option<String> {
        self.inner.lock().await.token.as_deref().map(token_hash)
    }

    /// "Chrome, Android", when the `User-Agent` tells (read only when an
    /// event is recorded, not for every request).
    pub fn browser_name(&self) -> Option<String> {
        self.user_agent.as_deref().and_then(domain::profile::browser_of)
    }

    pub fn client_ip(&self) -> Option<&str> {
        self.client_ip.as_deref()
    }

    /// The language of the page this request is for.
    pub fn language(&self) -> catalogue::Language {
        self.language
    }

    /// The hash of this browser's known-browser token, if it has one.
    pub async fn browser_hash(&self) -> Option<String> {
        self.inner.lock().await.browser.as_deref().map(token_hash)
    }

    /// This browser's token hash, giving the browser a token first if it has none.
    pub(crate) async fn browser_hash_or_new(&self, rng: &dyn Rng) -> String {
        let mut inner = self.inner.lock().await;
        let token = match &inner.browser {
            Some(token) => token.clone(),
            None => {
                let token = new_token(rng);
                inner.browser = Some(token.clone());
                inner.browser_cookie = CookieChange::Set(token.clone());
                token
            }
        };
        token_hash(&token)
    }

    /// Stores `state`. With `rotate`, the session gets a new id and the old
    /// one stops working; with `begin`, a new sign-in's lifetime starts now.
    /// Back at the email step the session is dropped.
    pub(crate) async fn save(
        &self,
        conn: &mut Conn,
        state: SignIn,
        (rotate, begin): (bool, bool),
        rng: &dyn Rng,
        now: OffsetDateTime,
    ) -> ServiceResult<()> {
        let mut inner = self.inner.lock().await;
        if state == SignIn::Email {
            drop(inner);
            return self.destroy(conn).await;
        }
        let started_at = if begin { now } else { inner.started_at };
        if !rotate && let Some(token) = &inner.token {
            let next = inner.next_row(token_hash(token), state, started_at, now);
            if !sessions::update(conn, &next).await? {
                return Err(ServiceError::Refused(Refusal::Conflict));
            }
            inner.moved(next);
            return Ok(());
        }
        if let Some(old) = &inner.token
            && !sessions::delete(conn, &token_hash(old), inner.version).await?
        {
            return Err(ServiceError::Refused(Refusal::Conflict));
        }
        let token = new_token(rng);
        let life = lifetime(&state, started_at, now);
        sessions::insert(conn, &token_hash(&token), &state, now, life).await?;
        inner.cookie = CookieChange::Set(token.clone());
        inner.token = Some(token);
        inner.version = 0;
        inner.state = state;
        inner.started_at = started_at;
        Ok(())
    }

    /// Gives the session a new id, keeping its state: a copy of the old
    /// cookie stops working (after a password change, "Sign out of all
    /// browsers", an admin's reset).
    pub(crate) async fn rotate(
        &self,
        conn: &mut Conn,
        rng: &dyn Rng,
        now: OffsetDateTime,
    ) -> ServiceResult<()> {
        let state = self.state().await;
        self.save(conn, state, (true, false), rng, now).await
    }

    /// Ends the session if it is still as this request read it; false when
    /// another request of the same session changed it first (a double
    /// submit), which must not sign that newer state out.
    pub(crate) async fn end_if_unchanged(&self, conn: &mut Conn) -> ServiceResult<bool> {
        let mut inner = self.inner.lock().await;
        let Some(token) = inner.token.clone() else {
            return Ok(false);
        };
        if !sessions::delete(conn, &token_hash(&token), inner.version).await? {
            return Ok(false);
        }
        inner.end();
        Ok(true)
    }

    /// Ends the session on the server and clears the cookie.
    pub(crate) async fn destroy(&self, conn: &mut Conn) -> ServiceResult<()> {
        let mut inner = self.inner.lock().await;
        if let Some(token) = &inner.token {
            sessions::remove(conn, &token_hash(token)).await?;
        }
        inner.end();
        Ok(())
    }

    /// The row [`SessionCtx::save`] would update to store `state` (the
    /// same id, the same sign-in), for a write batched with other
    /// sessions'; `None` when the session has no row yet.
    pub(crate) async fn move_to(&self, state: SignIn, now: OffsetDateTime) -> Option<sessions::Move> {
        let inner = self.inner.lock().await;
        let id_hash = token_hash(inner.token.as_deref()?);
        Some(inner.next_row(id_hash, state, inner.started_at, now))
    }

    /// That batched write committed `moved`: the session is at its state.
    pub(crate) async fn moved(&self, moved: sessions::Move) {
        self.inner.lock().await.moved(moved);
    }

    /// A batched write ended the session (its row is gone).
    pub(crate) async fn ended(&self) {
        self.inner.lock().await.end();
    }
}

impl Inner {
    /// The update of this session's row `id_hash` to `state`, for a
    /// sign-in that started at `started_at`, if still at this version.
    fn next_row(
        &self,
        id_hash: String,
        state: SignIn,
        started_at: OffsetDateTime,
        now: OffsetDateTime,
    ) -> sessions::Move {
        sessions::Move {
            id_hash,
            version: self.version,
            life: lifetime(&state, started_at, now),
            state,
        }
    }

    /// The row moved to `moved`: the session is at its state.
    fn moved(&mut self, moved: sessions::Move) {
        self.version += 1;
        self.state = moved.state;
        self.started_at = moved.life.started_at;
    }

    /// No session any more: back at the email step, the cookie cleared if
    /// there was one.
    fn end(&mut self) {
        if self.token.take().is_some() {
            self.cookie = CookieChange::Clear;
        }
        self.state = SignIn::Email;
        self.version = 0;
    }
}

/// The lifetime of the row that stores `state` for a sign-in that started
/// at `started_at`: an unfinished sign-in is not extended by being touched.
fn lifetime(state: &SignIn, started_at: OffsetDateTime, now: OffsetDateTime) -> Lifetime {
    Lifetime {
        started_at,
        expires_at: if state.signed_in_user().is_some() {
            now + SIGNED_IN_LIFETIME
        } else {
            started_at + SIGN_IN_LIFETIME
        },
    }
}
