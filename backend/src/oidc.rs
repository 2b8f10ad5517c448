//! The OpenID Connect relying party (the `openidconnect` crate): discovery
//! with its checks, the authorization request (code flow, PKCE S256,
//! `state`, `nonce`), and the code exchange with the ID token's checks.
//!
//! Every call to a provider is bounded: connect and total timeouts, no
//! redirects followed (an issuer cannot bounce the server elsewhere), and
//! answers of at most [`MAX_ANSWER_BYTES`]. Discovery documents and keys
//! are cached for [`DISCOVERY_LIFETIME`] by the injected clock.

use crate::ports::Clock;
use domain::sso::{CLOCK_SKEW, DISCOVERY_LIFETIME, Identity};
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient, CoreClientAuthMethod,
    CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
    CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
};
use openidconnect::{
    AdditionalProviderMetadata, AuthorizationCode, ClientId, ClientSecret, CsrfToken, HttpRequest,
    HttpResponse, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadata, RedirectUrl,
    ResponseTypes, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The largest discovery document, key set or token answer read.
pub const MAX_ANSWER_BYTES: usize = 256 * 1024;

/// Why talking to a provider failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OidcError {
    /// No answer in time, a network error, or an HTTP error status.
    #[error("provider unreachable")]
    Unreachable,
    /// The discovery document names another issuer, or lacks the code
    /// flow or PKCE with S256.
    #[error("provider unsuitable")]
    Unsuitable,
    /// Not an acceptable issuer URL (`https://` unless plain HTTP is allowed).
    #[error("issuer url invalid")]
    UrlInvalid,
    /// The token endpoint refused the code, or the ID token failed a check.
    #[error("token rejected")]
    Rejected,
}

/// `code_challenge_methods_supported`, which the core metadata lacks.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct PkceMetadata {
    #[serde(default)]
    code_challenge_methods_supported: Vec<String>,
}

impl AdditionalProviderMetadata for PkceMetadata {}

type Metadata = ProviderMetadata<
    PkceMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// A client made from discovery, with its secret (the token endpoint
/// and user info may or may not be set).
type ConfidentialClient = openidconnect::Client<
    openidconnect::EmptyAdditionalClaims,
    CoreAuthDisplay,
    openidconnect::core::CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    openidconnect::core::CoreAuthPrompt,
    openidconnect::StandardErrorResponse<openidconnect::core::CoreErrorResponseType>,
    openidconnect::core::CoreTokenResponse,
    openidconnect::core::CoreTokenIntrospectionResponse,
    openidconnect::core::CoreRevocableToken,
    openidconnect::core::CoreRevocationErrorResponse,
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// A company's provider, as its settings name it.
#[derive(Clone, Debug)]
pub struct Provider<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
}

/// What an authorization request carries, made from injected randomness.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct RequestSecrets {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

#[derive(Clone)]
pub struct Oidc {
    http: Bounded,
    allow_http: bool,
    clock: Arc<dyn Clock>,
    cache: Arc<Mutex<HashMap<String, Cached>>>,
    /// One discovery fetch at a time per issuer: requests that miss the
    /// cache wait for it instead of each calling the provider, and a slow
    /// provider holds up only its own company.
    fetching: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
}

/// Keys that fail to verify a token are fetched again (rotation) at most
/// this often per issuer (seconds), whatever tokens arrive.
const KEY_REFRESH_INTERVAL: i64 = 60;

/// A discovery document and keys, or a failure to get them, and when.
#[derive(Clone)]
struct Cached {
    found: Result<Arc<Metadata>, OidcError>,
    at: i64,
}

/// How long a provider that failed to answer is not asked again (seconds):
/// strangers typing emails cannot make the server wait on a provider
/// that is down more than once in this time.
const FAILURE_LIFETIME: i64 = 30;

impl Cached {
    fn fresh(&self, now: i64) -> bool {
        let lifetime = if self.found.is_ok() {
            DISCOVERY_LIFETIME
        } else {
            FAILURE_LIFETIME
        };
        now - self.at < lifetime
    }
}

impl Oidc {
    /// `timeout` bounds each call to a provider; `allow_http` admits
    /// `http://` issuers (a local test or demo provider only).
    pub fn new(clock: Arc<dyn Clock>, timeout: Duration, allow_http: bool) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout.min(Duration::from_secs(3)))
            .timeout(timeout)
            .build()
            .unwrap_or_default();
        Self {
            http: Bounded(http),
            allow_http,
            clock,
            cache: Arc::default(),
            fetching: Arc::default(),
        }
    }

    fn now(&self) -> i64 {
        self.clock.now().unix_timestamp()
    }

    /// The issuer URL as typed, if acceptable.
    pub fn issuer_url(&self, issuer: &str) -> Result<IssuerUrl, OidcError> {
        let url = IssuerUrl::new(issuer.trim().to_owned()).map_err(|_| OidcError::UrlInvalid)?;
        let scheme_ok = match url.url().scheme() {
            "https" => true,
            "http" => self.allow_http,
            _ => false,
        };
        let clean =
            url.url().query().is_none() && url.url().fragment().is_none() && url.url().username().is_empty();
        if scheme_ok && clean && url.url().host_str().is_some() {
            Ok(url)
        } else {
            Err(OidcError::UrlInvalid)
        }
    }

    /// The issuer's discovery document and keys, checked: issuer as
    /// configured, the code flow, PKCE with S256. From the cache while
    /// fresh, unless `fresh` asks for a new fetch.
    async fn metadata(&self, issuer: &str, fresh: bool) -> Result<Arc<Metadata>, OidcError> {
        if !fresh && let Some(found) = self.cached(issuer) {
            return found;
        }
        let lock = {
            let mut locks = self.fetching.lock().map_err(|_| OidcError::Unreachable)?;
            locks.entry(issuer.to_owned()).or_default().clone()
        };
        let _one_at_a_time = lock.lock().await;
        // Another request may have fetched it while this one waited.
        if !fresh && let Some(found) = self.cached(issuer) {
            return found;
        }
        let found = self.discover(issuer).await.map(Arc::new);
        if let Ok(mut cache) = self.cache.lock() {
            let now = self.now();
            // Bounded: one entry per configured issuer, stale ones dropped.
            cache.retain(|_, cached| cached.fresh(now));
            cache.insert(
                issuer.to_owned(),
                Cached {
                    found: found.clone(),
                    at: now,
                },
            );
        }
        found
    }

    /// When the issuer's cached discovery was fetched.
    fn fetched_at(&self, issuer: &str) -> Option<i64> {
        self.cache.lock().ok()?.get(issuer).map(|c| c.at)
    }

    fn cached(&self, issuer: &str) -> Option<Result<Arc<Metadata>, OidcError>> {
        let now = self.now();
        let cache = self.cache.lock().ok()?;
        cache
            .get(issuer)
            .filter(|c| c.fresh(now))
            .map(|c| c.found.clone())
    }

    /// Fetches the discovery document and keys, and checks them.
    async fn discover(&self, issuer: &str) -> Result<Metadata, OidcError> {
        let url = self.issuer_url(issuer)?;
        let meta = Metadata::discover_async(url, &self.http)
            .await
            .map_err(|err| match err {
                openidconnect::DiscoveryError::Validation(_) | openidconnect::DiscoveryError::Parse(_) => {
                    OidcError::Unsuitable
                }
                _ => OidcError::Unreachable,
            })?;
        let code_flow = meta
            .response_types_supported()
            .contains(&ResponseTypes::new(vec![CoreResponseType::Code]));
        let s256 = meta
            .additional_metadata()
            .code_challenge_methods_supported
            .iter()
            .any(|m| m == "S256");
        // Every endpoint the browser or the server is sent to: https (or
        // http where allowed), never another scheme.
        let endpoints = [
            Some(meta.authorization_endpoint().url()),
            meta.token_endpoint().map(|t| t.url()),
            Some(meta.jwks_uri().url()),
        ];
        let schemes_ok = endpoints.iter().all(|url| {
            url.is_some_and(|u| u.scheme() == "https" || (self.allow_http && u.scheme() == "http"))
        });
        if code_flow && s256 && schemes_ok {
            Ok(meta)
        } else {
            Err(OidcError::Unsuitable)
        }
    }

    /// Fetches and checks the discovery document now (saving settings).
    pub async fn check(&self, issuer: &str) -> Result<(), OidcError> {
        self.metadata(issuer, true).await.map(|_| ())
    }

    /// The URL that sends the person to the provider; `fresh_login` asks
    /// the provider to sign someone in again even if a session is open
    /// there (an admin's Test Sign-In, which may try another account).
    pub async fn authorization_url(
        &self,
        provider: &Provider<'_>,
        redirect: &str,
        secrets: &RequestSecrets,
        fresh_login: bool,
    ) -> Result<String, OidcError> {
        let meta = self.metadata(provider.issuer, false).await?;
        let redirect = RedirectUrl::new(redirect.to_owned()).map_err(|_| OidcError::UrlInvalid)?;
        let client = CoreClient::from_provider_metadata(
            (*meta).clone(),
            ClientId::new(provider.client_id.to_owned()),
            None,
        )
        .set_redirect_uri(redirect);
        let challenge = PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(
            secrets.pkce_verifier.clone(),
        ));
        let (state, nonce) = (secrets.state.clone(), secrets.nonce.clone());
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                move || CsrfToken::new(state),
                move || Nonce::new(nonce),
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge);
        if fresh_login {
            request = request.add_prompt(openidconnect::core::CoreAuthPrompt::Login);
        }
        let (url, _, _) = request.url();
        Ok(url.into())
    }

    /// Exchanges the code for tokens and checks the ID token: signature
    /// against the provider's keys, issuer, audience, expiry (with
    /// [`CLOCK_SKEW`]) and nonce. Keys that do not verify are fetched
    /// again once (the provider may have rotated them).
    pub async fn identity(
        &self,
        provider: &Provider<'_>,
        client_secret: &str,
        redirect: &str,
        code: &str,
        secrets: &RequestSecrets,
    ) -> Result<Identity, OidcError> {
        let meta = self.metadata(provider.issuer, false).await?;
        let redirect = RedirectUrl::new(redirect.to_owned()).map_err(|_| OidcError::UrlInvalid)?;
        let client = self
            .client(&meta, provider, client_secret)
            .set_redirect_uri(redirect);
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| OidcError::Unsuitable)?
            .set_pkce_verifier(PkceCodeVerifier::new(secrets.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|err| match err {
                openidconnect::RequestTokenError::Request(_) => OidcError::Unreachable,
                _ => OidcError::Rejected,
            })?;
        let id_token = tokens.id_token().ok_or(OidcError::Rejected)?;
        let nonce = Nonce::new(secrets.nonce.clone());
        let checked = |meta: &Metadata| {
            let client = self.client(meta, provider, client_secret);
            let now = self.now() - CLOCK_SKEW;
            let verifier = client
                .id_token_verifier()
                .set_time_fn(move || chrono::DateTime::from_timestamp(now, 0).unwrap_or_default());
            id_token.claims(&verifier, &nonce).map(|claims| Identity {
                subject: claims.subject().as_str().to_owned(),
                email: claims.email().map(|e| e.as_str().to_owned()),
                email_verified: claims
                    .email_verified()
                    .or_else(|| entra_email_verified(&id_token.to_string())),
                name: claims
                    .name()
                    .and_then(|n| n.get(None))
                    .map(|n| n.as_str().to_owned()),
            })
        };
        match checked(&meta) {
            Ok(identity) => Ok(identity),
            Err(openidconnect::ClaimsVerificationError::SignatureVerification(_))
                if self
                    .fetched_at(provider.issuer)
                    .is_none_or(|at| self.now() - at >= KEY_REFRESH_INTERVAL) =>
            {
                let fresh = self.metadata(provider.issuer, true).await?;
                checked(&fresh).map_err(|_| OidcError::Rejected)
            }
            Err(_) => Err(OidcError::Rejected),
        }
    }

    fn client(&self, meta: &Metadata, provider: &Provider<'_>, client_secret: &str) -> ConfidentialClient {
        CoreClient::from_provider_metadata(
            meta.clone(),
            ClientId::new(provider.client_id.to_owned()),
            Some(ClientSecret::new(client_secret.to_owned())),
        )
    }
}

/// Microsoft Entra ID sends no `email_verified`; its optional claim
/// `xms_edov` ("email domain owner verified") says the same. Read from
/// the payload of an ID token whose signature was checked already.
fn entra_email_verified(jwt: &str) -> Option<bool> {
    use base64::Engine;
    let payload = jwt.split('.').nth(1)?;
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&json).ok()?;
    match claims.get("xms_edov")? {
        serde_json::Value::Bool(verified) => Some(*verified),
        serde_json::Value::String(text) => Some(text == "true" || text == "1"),
        serde_json::Value::Number(n) => Some(n.as_i64() == Some(1)),
        _ => None,
    }
}

/// Why one HTTP call to a provider failed.
#[derive(Debug, thiserror::Error)]
pub enum HttpFailure {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("answer larger than {MAX_ANSWER_BYTES} bytes")]
    TooLarge,
    #[error("bad answer")]
    Bad,
}

/// The HTTP client for providers: [`send`] for every call.
#[derive(Clone)]
struct Bounded(reqwest::Client);

impl<'c> openidconnect::AsyncHttpClient<'c> for Bounded {
    type Error = HttpFailure;
    type Future =
        std::pin::Pin<Box<dyn std::future::Future<Output = Result<HttpResponse, HttpFailure>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(send(&self.0, request))
    }
}

/// One call, with the client's timeouts and no redirects; the answer is
/// read up to [`MAX_ANSWER_BYTES`].
async fn send(client: &reqwest::Client, request: HttpRequest) -> Result<HttpResponse, HttpFailure> {
    let (parts, body) = request.into_parts();
    let mut builder = client.request(parts.method, parts.uri.to_string()).body(body);
    for (name, value) in &parts.headers {
        builder = builder.header(name, value);
    }
    let mut response = builder.send().await?;
    // A provider failing (5xx) is unreachable, not a refusal of the code or token.
    if response.status().is_server_error() {
        return Err(HttpFailure::Bad);
    }
    let mut answer = openidconnect::http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        answer = answer.header(name, value);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(HttpFailure::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    answer.body(body).map_err(|_| HttpFailure::Bad)
}

#[cfg(test)]
mod tests {
    use super::entra_email_verified;
    use base64::Engine;

    fn jwt(payload: &str) -> String {
        let encode = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.signature", encode(r#"{"alg":"RS256"}"#), encode(payload))
    }

    #[test]
    fn entra_says_the_email_is_verified_with_xms_edov() {
        assert_eq!(entra_email_verified(&jwt(r#"{"xms_edov":true}"#)), Some(true));
        assert_eq!(entra_email_verified(&jwt(r#"{"xms_edov":"1"}"#)), Some(true));
        assert_eq!(entra_email_verified(&jwt(r#"{"xms_edov":1}"#)), Some(true));
        assert_eq!(entra_email_verified(&jwt(r#"{"xms_edov":false}"#)), Some(false));
        assert_eq!(entra_email_verified(&jwt(r#"{"xms_edov":"0"}"#)), Some(false));
        // Silent, or not a token: not verified by this claim.
        assert_eq!(entra_email_verified(&jwt(r#"{"email":"a@b.c"}"#)), None);
        assert_eq!(entra_email_verified("not a token"), None);
    }
}
