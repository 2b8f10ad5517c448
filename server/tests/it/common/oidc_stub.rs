//! An OpenID provider inside the test process, on `127.0.0.1:0`: discovery,
//! keys, an authorization endpoint that answers at once for the person the
//! test names, and a token endpoint that checks what a real provider
//! checks (the client's secret, the PKCE verifier, a code spent once).
//!
//! Each authorization says what the provider does with it ([`Token`]): the
//! claims of the ID token, a nonce, audience or issuer that is not the
//! right one, an expiry relative to the app's clock, a signature by a key
//! the provider never published, a slow or failing token endpoint, or the
//! person refusing at the provider.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use backend::{Clock, ManualClock};
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey,
};
use openidconnect::{JsonWebKeyId, PkceCodeChallenge, PkceCodeVerifier, PrivateSigningKey};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The client this provider knows (the company's settings name it).
pub const CLIENT_ID: &str = "trestle-test-client";
pub const CLIENT_SECRET: &str = "stub-client-secret-0123";

/// Where the app's services say the provider sends people back
/// (`Services::public_url` by default).
pub const APP_URL: &str = "http://localhost:3000";

/// The provider's signing key (test only; 2048-bit RSA, PKCS#1).
const SIGNING_KEY: &str = r"-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA1HxdI/WLQ8w03WiBhC+epjP4W2Mi8pF3RxU4+ICDdSfLHiHg
DW++R1NzPzi1n1koMMGEvcm+b01EVBs3nYQms3iDfj4BGN1lEiJardZuzfYev5PM
VN0WiNhqcKZdxEeV83GYZL8I/C3lZdx2cLAaqeLJjA4M6dMvvrEzuUiLp1YrzfdR
IiTbBNCeT9qBXbJcKNUiJsHsQDDpOoGeXA9jX2GR6CBZQPpLDL+B/Q0XdL07uArL
qYLi02Mqkdwc3tq6RDgjK1uBVJZJ01luSFmZ3sIpZeHCTrGY3wIdRXYelEFmSjj6
gEHlBqfQHptIdr+AWIUzz98cvLpeMBOMQLxs9QIDAQABAoIBACGqaJlrbHq77n5L
8gVPBCxiHI3iKaXUDVlqT+HzfqB/wwtNo7GNTFEBtEdGhWQvXJJI/u6Q+capr9NB
krC2wOj7hZ3pVgQqA7r5TXOwf1LLlXiWArBJbSoWW9roSP/xtZziGRqRN+u4m9ll
MjDNfhP/lh5GFZ6wcqacbc0D5PiIgPEFnpFtXgawnRxkP/ysogFZBnsLKvrw6FN7
VSrs6bz8vGqEYi5dQ5Pw5Xq16tNCVlevkp1BSBqlAgPtkl0x1Vklyc2eh4+AgAcS
/EtXO1g0jJJt42S9Wf6pFuORg7EwYLpAChHnL2Fzb+88Rphf+01kq254RFsEqsgI
T21Mn1sCgYEA/ekApiZqrbZ6mnFpNCU0UydWS/MnjyA1kKdPQlb3fv0zt8lkvImM
ihmxadsphsUogBqy34QK3LWIUvePU34APA4GlKHO79sgbJk15J61FZwkY13l5Hg3
Vu5b+oRmOTQVycQWeT0uhiaG7oGHbJUzFofOjWEh3dZnatwn5tN464cCgYEA1jwU
JwgBvOFMSzgKXBn945Sum+qosyRMk3Phr623PhEUKhfPVLT6GdLn/iGukcdU4zWM
0te/g1nZTB8ZaWqcnxnsgDDPMU8NnKSPRNG673J8Uqk2gvuZ6H5DKLd2KAx6m0Nw
EopCXg79IpYVNO3sU8ohpIS2vcCdSev8uG7HWqMCgYAEb6K0RG2OtWZ09lBJOfEt
Fr3aO9hQFtb4vQOUfCJ81H2n01vwM1MCQqqn181k7mLjwhOn9g2eh4lnMa4OXmAw
rGoPBLix1hk97HtVkDRHuV+lYMmYcUU+PpHa0Z9bln5e9Q8TdS8v5tJqrlaoXf7z
gNHqBG1sC8foxQnpbX5qVwKBgCoplMXBu6XSqVM8aj2KF/+MKXkiC6WGBVQXwFj0
1VVvwwotuW4wV/BxI5tOQa8LDdfRmC9+qoBNVIi4riWjB8QANB1efch0iHdFo7Sl
mia532HdT48juTyabNk8khJ7sj2QXiQn9bvRM1x1MSNDl/k9lLVuMRDTMaF0wj4B
/1YFAoGBAIrx8zs8MHxy0UPhvKSl2ZGQOQqTjiZO5kBF0nuBai1xNlTJc+BFAzTO
+Ke6KYqlzo5xMhR7qmRBtNB+9ePKNQpzRv1+ruEBdEYsZu9TATlmrMKBrGJFhHRx
N3AU9qGXJR3lUARFf9OKXMsiP5pqN0l457tVnxXGbCOgQ4qYOf/1
-----END RSA PRIVATE KEY-----
";

/// A key the provider never publishes: tokens signed with it are forged.
const FORGER_KEY: &str = r"-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA6QxkLzUgWTh0zRXXQzc7AARY9MIwTgX04DtG5kSTfR2DU22g
7PIudTUPbPca+CF76LkUIaBZJi6YjTlfeGX6P0hlriWUqBCHV1sv/4i2+lZekY+z
S1nqTn1KZv4axRWmlaWYaxDHE2EclnOk8Hykq4HZljBFQ+T7swKcOoDgR3hjxAzX
ww7th6vyvDUbFFKjOndSpxKQ418rj3kyCo2OtV3nrOBv5c3TVjXTUHn4h+sOqjv/
lH3R1mz5zMepBQJxECdM+LAk0QiREQP7LUtxEWrGOwXNWtNpUTUJ1FuYglxXp5rG
Y56bfmpbBv2zr4yXwQZpz2CYuOWfb6KHUBXBmQIDAQABAoIBABlfNv0IvKfaBKVb
Tl9MAQlkb8bd6WJlNZ6/9V0WdDQ35VdM5StGxpYOG8rSMEZ5ZsMUe0OZ8Hq+se8W
IvW5rH/9Qsyt3LxbaFCzZctdOAaTJqKUUYHPnTnEXDhQS9vPGp7KM4jcf7/1X6Zl
mrxv5YGilmzKfpAAuwJnM1kPNNuy430WuT8fpteSjd0+zPGahO6qvJhPW4HlUfNd
g4DpZ8k7Kd6zzMpvreEu8LV0hTfh3IGNWPfyk+7/fZ+SFcH1fS1VEP8xsuspQp97
XXIW/Ywe9qKErcI4XSHTXyzG8529iYyccEh4UuXgOPe9Ijt6pz+2QaAi+CcM+Qva
Mk0ML00CgYEA+ywmTERZjJfhMtOijgu3R5CXmruI8pdw1byw1Ka9Fw+LV7szvjoI
ZNYYjC0muYHw9O7JrrvsAMJbTMUu75p+UFeDDz6MMm0did15wJBt+A5DrZcXpCEq
IQKtrUidveezqR9PB9tjKuYT3meY8w2bADO8+1G4tmvfQjwQEZjUPB8CgYEA7YcQ
w1Qx6uKcKZSplCi8/mf5pl+Sz17hrODUrRlLwpO9tnKQwxmU1uolCB6Us7mNA1Qe
cmH35edZFvGTuapomnd5yK3PDU4PogfNpim/hsAKL6hePRH5Y38gmkoBgiwb2C7i
ekrto9LjiNvh+QyLtD4L/mzXxc/WPwh430zkS0cCgYBfjnNfjp1W/K1Dbfqo+dIX
mu3igzhdurnFxwyrSmgj7tj/XowX8fIhksYyBjd2WfY26OW34Wyu+UJM2bO6mlc1
76U/1nb19EdJnQXl+cysk5ix4QqweaGSf3ddtoO0rQLP88ZYYeG/f1rNwTISPfnb
QNPD9VpFpJKCm2EtoKwV1wKBgQDcDgGttNb6MS9UJnJk3MkbOODFDk5I6DJTo4fl
RkY14gIkgUc0OQL3iLz+JLbHOuQ1bT034yNzTz3uT6j4nbODR6UAEmZ8gRFin7Aa
fRr/j/Lf7DBCi+BsGV7vEhkLrCmvwt/3RGudFsfOB0f3H3RebA1YjSXqEX7/rq2s
0uO+CQKBgQCuryZI98qadtBIWHtlID7HEs9j8NBf2y0UXjC3bjYyUbNWlUchABp+
WJxi+YgiD6v/qe68HTT1tWcdmcdgHnSCLEMyLKoHkA1b8t8DlRqN8ypTLYNeDA+A
pqYhrzUeM36BadZNN2vfXvFUXzPXknslMkuPOMBj/zqHm0BPfO4V/A==
-----END RSA PRIVATE KEY-----
";

const KEY_ID: &str = "stub-key-1";

/// What the provider says about the next person it authorizes, and how
/// its token endpoint behaves for that code.
#[derive(Clone, Debug)]
pub struct Token {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub name: Option<String>,
    /// A nonce other than the request's.
    pub nonce: Option<String>,
    /// An audience other than the client.
    pub audience: Option<String>,
    /// An issuer other than the provider's own.
    pub issuer: Option<String>,
    /// Seconds from the app's clock to the token's `exp` (negative: expired).
    pub expires_in: i64,
    /// Signed with a key the provider does not publish.
    pub forged: bool,
    /// The token endpoint waits this long before answering.
    pub delay: Option<Duration>,
    /// The token endpoint answers with this status (an error) instead.
    pub status: Option<u16>,
    /// The person cancels at the provider (`error=access_denied`).
    pub deny: bool,
}

impl Token {
    /// A verified email, the right nonce, audience and issuer, valid five minutes.
    pub fn new(subject: &str, email: &str) -> Self {
        Self {
            subject: subject.to_owned(),
            email: Some(email.to_owned()),
            email_verified: Some(true),
            name: None,
            nonce: None,
            audience: None,
            issuer: None,
            expires_in: 300,
            forged: false,
            delay: None,
            status: None,
            deny: false,
        }
    }
}

/// What discovery publishes (changed by the admin tests).
#[derive(Clone, Debug)]
pub struct Discovery {
    /// An issuer other than the provider's own URL.
    pub issuer: Option<String>,
    pub code_challenge_methods: Vec<String>,
    pub response_types: Vec<String>,
    /// Discovery waits this long before answering.
    pub delay: Option<Duration>,
}

impl Default for Discovery {
    fn default() -> Self {
        Self {
            issuer: None,
            code_challenge_methods: vec!["S256".into()],
            response_types: vec!["code".into()],
            delay: None,
        }
    }
}

/// An authorization code and what it was issued for.
struct Grant {
    token: Token,
    nonce: String,
    challenge: String,
    redirect_uri: String,
    used: bool,
}

#[derive(Default)]
struct Inner {
    discovery: Discovery,
    next: Option<Token>,
    grants: HashMap<String, Grant>,
    issued: u64,
    /// Why the token endpoint refused, in order.
    refusals: Vec<String>,
    token_calls: usize,
    token_answers: usize,
    jwks_calls: usize,
    discovery_calls: usize,
}

struct Shared {
    issuer: String,
    clock: ManualClock,
    key: CoreRsaPrivateSigningKey,
    forger: CoreRsaPrivateSigningKey,
    inner: Mutex<Inner>,
}

/// The running provider; stopped when dropped.
pub struct OidcStub {
    /// `http://127.0.0.1:PORT`, as discovery names it.
    pub issuer: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for OidcStub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl OidcStub {
    /// Starts a provider whose tokens are dated by `clock` (the app's).
    pub async fn start(clock: ManualClock) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let kid = Some(JsonWebKeyId::new(KEY_ID.into()));
        let shared = Arc::new(Shared {
            issuer: issuer.clone(),
            clock,
            key: CoreRsaPrivateSigningKey::from_pem(SIGNING_KEY, kid.clone()).unwrap(),
            forger: CoreRsaPrivateSigningKey::from_pem(FORGER_KEY, kid).unwrap(),
            inner: Mutex::default(),
        });
        let router = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/authorize", get(authorize))
            .route("/token", post(token))
            .with_state(shared.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, router).await.unwrap();
        });
        Self { issuer, shared, task }
    }

    pub fn set_discovery(&self, discovery: Discovery) {
        self.shared.inner.lock().unwrap().discovery = discovery;
    }

    /// The browser at the provider's authorization `url` (as the app's
    /// page links to it): the provider checks the request, then sends the
    /// browser back. Returns the app path it sends the browser to
    /// (`/sso/callback?code=…&state=…`, or `?error=access_denied&state=…`).
    pub async fn authorize(&self, url: &str, token: Token) -> String {
        assert!(url.starts_with(&format!("{}/authorize?", self.issuer)), "{url}");
        self.shared.inner.lock().unwrap().next = Some(token);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let reply = client.get(url).send().await.unwrap();
        let status = reply.status();
        let location = reply
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = reply.text().await.unwrap_or_default();
        assert!(
            status.is_redirection(),
            "the provider refused the request: {status} {body}"
        );
        location
            .strip_prefix(APP_URL)
            .unwrap_or_else(|| panic!("sent back elsewhere: {location}"))
            .to_owned()
    }

    /// Why the token endpoint refused codes, in order.
    pub fn refusals(&self) -> Vec<String> {
        self.shared.inner.lock().unwrap().refusals.clone()
    }

    /// Requests to the token endpoint.
    pub fn token_calls(&self) -> usize {
        self.shared.inner.lock().unwrap().token_calls
    }

    /// Tokens the token endpoint handed out.
    pub fn tokens_issued(&self) -> usize {
        self.shared.inner.lock().unwrap().token_answers
    }

    pub fn jwks_calls(&self) -> usize {
        self.shared.inner.lock().unwrap().jwks_calls
    }

    pub fn discovery_calls(&self) -> usize {
        self.shared.inner.lock().unwrap().discovery_calls
    }
}

/// The query of `url` (or path), decoded.
pub fn query_of(url: &str) -> HashMap<String, String> {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

async fn discovery(State(shared): State<Arc<Shared>>) -> Json<Value> {
    let discovery = {
        let mut inner = shared.inner.lock().unwrap();
        inner.discovery_calls += 1;
        inner.discovery.clone()
    };
    if let Some(delay) = discovery.delay {
        tokio::time::sleep(delay).await;
    }
    let base = &shared.issuer;
    Json(json!({
        "issuer": discovery.issuer.as_deref().unwrap_or(base),
        "authorization_endpoint": format!("{base}/authorize"),
        "token_endpoint": format!("{base}/token"),
        "jwks_uri": format!("{base}/jwks"),
        "response_types_supported": discovery.response_types,
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": discovery.code_challenge_methods,
        "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        "scopes_supported": ["openid", "email", "profile"],
    }))
}

async fn jwks(State(shared): State<Arc<Shared>>) -> Json<Value> {
    shared.inner.lock().unwrap().jwks_calls += 1;
    let keys = CoreJsonWebKeySet::new(vec![shared.key.as_verification_key()]);
    Json(serde_json::to_value(keys).unwrap())
}

fn bad_request(error: &str, description: &str) -> Response {
    let body = json!({ "error": error, "error_description": description });
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

/// The authorization endpoint: checks the request as a provider would
/// (the code flow, this client, PKCE with S256, the `openid` scope, a
/// state and a nonce), then sends the browser back at once.
async fn authorize(State(shared): State<Arc<Shared>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let param = |name: &str| q.get(name).map(String::as_str).unwrap_or_default();
    let checks = [
        (param("response_type") == "code", "response_type is not code"),
        (param("client_id") == CLIENT_ID, "unknown client"),
        (param("code_challenge_method") == "S256", "PKCE is not S256"),
        (!param("code_challenge").is_empty(), "no code_challenge"),
        (
            param("scope").split(' ').any(|s| s == "openid"),
            "no openid scope",
        ),
        (!param("state").is_empty(), "no state"),
        (!param("nonce").is_empty(), "no nonce"),
        (param("redirect_uri").starts_with("http"), "no redirect_uri"),
    ];
    if let Some((_, why)) = checks.iter().find(|(ok, _)| !ok) {
        return bad_request("invalid_request", why);
    }
    let mut inner = shared.inner.lock().unwrap();
    let Some(token) = inner.next.take() else {
        return bad_request("invalid_request", "the test named nobody to authorize");
    };
    let redirect_uri = param("redirect_uri").to_owned();
    let mut back = form_urlencoded::Serializer::new(String::new());
    if token.deny {
        back.append_pair("error", "access_denied");
    } else {
        inner.issued += 1;
        let code = format!("code-{}-{}", inner.issued, unique());
        back.append_pair("code", &code);
        inner.grants.insert(
            code,
            Grant {
                token,
                nonce: param("nonce").to_owned(),
                challenge: param("code_challenge").to_owned(),
                redirect_uri: redirect_uri.clone(),
                used: false,
            },
        );
    }
    back.append_pair("state", param("state"));
    Redirect::to(&format!("{redirect_uri}?{}", back.finish())).into_response()
}

fn unique() -> String {
    format!("{:x}", super::rand_suffix())
}

/// `client_id:secret` from HTTP Basic authentication.
fn basic_auth(headers: &HeaderMap) -> Option<(String, String)> {
    use base64::Engine;
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded).ok()?;
    let decoded = String::from_utf8(decoded).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    let unescape = |s: &str| {
        form_urlencoded::parse(format!("v={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
    };
    Some((unescape(id)?, unescape(secret)?))
}

/// The token endpoint: the client's secret, the code (once), its
/// redirect URI and the PKCE verifier are checked before the token the
/// test asked for is signed and handed out.
async fn token(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let checked = {
        let mut inner = shared.inner.lock().unwrap();
        inner.token_calls += 1;
        let refusal = check_token_request(&mut inner, &headers, &form);
        match refusal {
            Err((error, why)) => {
                inner.refusals.push(why.to_owned());
                Err((error, why))
            }
            Ok(()) => {
                let grant = inner.grants.get_mut(field("code")).unwrap();
                grant.used = true;
                Ok((grant.token.clone(), grant.nonce.clone()))
            }
        }
    };
    let (token, nonce) = match checked {
        Ok(found) => found,
        Err(("invalid_client", why)) => {
            let body = json!({ "error": "invalid_client", "error_description": why });
            return (StatusCode::UNAUTHORIZED, Json(body)).into_response();
        }
        Err((error, why)) => return bad_request(error, why),
    };
    if let Some(delay) = token.delay {
        tokio::time::sleep(delay).await;
    }
    if let Some(status) = token.status {
        let status = StatusCode::from_u16(status).unwrap();
        let body = json!({ "error": "server_error" });
        return (status, Json(body)).into_response();
    }
    let id_token = sign(&shared, &token, &nonce);
    shared.inner.lock().unwrap().token_answers += 1;
    Json(json!({
        "access_token": format!("access-{}", unique()),
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": id_token,
    }))
    .into_response()
}

fn check_token_request(
    inner: &mut Inner,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(), (&'static str, &'static str)> {
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    match basic_auth(headers) {
        Some((id, secret)) if id == CLIENT_ID && secret == CLIENT_SECRET => {}
        _ => return Err(("invalid_client", "client authentication failed")),
    }
    if field("grant_type") != "authorization_code" {
        return Err(("unsupported_grant_type", "not authorization_code"));
    }
    let Some(grant) = inner.grants.get(field("code")) else {
        return Err(("invalid_grant", "unknown code"));
    };
    if grant.used {
        return Err(("invalid_grant", "code used twice"));
    }
    if grant.redirect_uri != field("redirect_uri") {
        return Err(("invalid_grant", "redirect_uri differs"));
    }
    // RFC 7636: 43 to 128 characters (the challenge's maker panics otherwise).
    let verifier = field("code_verifier");
    if !(43..=128).contains(&verifier.len()) {
        return Err(("invalid_grant", "PKCE verifier missing or malformed"));
    }
    let challenge = PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(verifier.to_owned()));
    if challenge.as_str() != grant.challenge {
        return Err(("invalid_grant", "PKCE verifier does not match"));
    }
    Ok(())
}

/// The ID token the test asked for, dated by the app's clock.
fn sign(shared: &Shared, token: &Token, nonce: &str) -> Value {
    let now = shared.clock.now().unix_timestamp();
    let mut claims = json!({
        "iss": token.issuer.as_deref().unwrap_or(&shared.issuer),
        "aud": [token.audience.as_deref().unwrap_or(CLIENT_ID)],
        "exp": now + token.expires_in,
        "iat": now,
        "sub": token.subject,
        "nonce": token.nonce.as_deref().unwrap_or(nonce),
    });
    let object = claims.as_object_mut().unwrap();
    if let Some(email) = &token.email {
        object.insert("email".into(), json!(email));
    }
    if let Some(verified) = token.email_verified {
        object.insert("email_verified".into(), json!(verified));
    }
    if let Some(name) = &token.name {
        object.insert("name".into(), json!(name));
    }
    let claims: CoreIdTokenClaims = serde_json::from_value(claims).unwrap();
    let key = if token.forged { &shared.forger } else { &shared.key };
    let id_token = CoreIdToken::new(
        claims,
        key,
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap();
    serde_json::to_value(id_token).unwrap()
}
