//! Settings from the environment and `Leptos.toml`.
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `DATABASE_URL` | `sqlite://data/trestle.db` | SQLite file or `postgres://…` |
//! | `TRESTLE_SECRET_KEY` | key file | 32-byte key (hex or base64) sealing TOTP secrets |
//! | `TRESTLE_SECRET_KEY_FILE` | `data/secret.key` | created with mode 0600 (folder 0700) on first run |
//! | `TRESTLE_PRODUCT_NAME` | `Trestle` | shown in the UI and as TOTP issuer |
//! | `TRESTLE_PUBLIC_URL` | `http://<site-addr>` (`http://localhost:<port>` on loopback, where passkeys work) | the origin browsers use; cookies are `Secure` (and `__Host-`) unless it is loopback |
//! | `TRESTLE_TRUSTED_PROXIES` | none | addresses or CIDR ranges whose `X-Forwarded-For` is believed |
//! | `TRESTLE_ARGON2_M_KIB`, `_T`, `_P` | `19456`, `2`, `1` | Argon2id memory (KiB), passes, lanes for new hashes; older hashes are replaced at the next sign-in |
//! | `TRESTLE_DEMO` | `0` | `1`: seed demo data and print demo logins (`make run` sets it) |
//! | `TRESTLE_LOG_FORMAT` | `text` | `json` for structured logs |
//! | `TRESTLE_SMTP_URL` | none | email over SMTP: `smtp://host:port` (plain; `?tls=required` for STARTTLS) or `smtps://user:pass@host` |
//! | `TRESTLE_MAIL_FROM` | none (required with `TRESTLE_SMTP_URL`) | the sender, `Trestle <no-reply@example.com>` |
//! | `TRESTLE_SMS_URL` | none | text messages through a Twilio-shaped gateway: `https://api.twilio.com` |
//! | `TRESTLE_SMS_ACCOUNT_SID` | none (required with `TRESTLE_SMS_URL`) | account sid (basic-auth user, part of the path) |
//! | `TRESTLE_SMS_AUTH_TOKEN` | none (required with `TRESTLE_SMS_URL`) | auth token (basic-auth password) |
//! | `TRESTLE_SMS_FROM` | none (required with `TRESTLE_SMS_URL`) | the sending number (E.164) or sender id |
//! | `TRESTLE_SSO_ALLOW_HTTP` | `0` (`1` in demo mode) | `1`: admit `http://` identity providers (a local test provider only) |
//! | `TRESTLE_SSO_TIMEOUT_MS` | `5000` | how long one call to a company's identity provider may take |
//! | `TRESTLE_DEMO_SSO_ISSUER`, `_CLIENT_ID`, `_CLIENT_SECRET` | none | demo mode: Keystone Steel's identity provider (`make run` starts one) |
//! | `TRESTLE_SMS_CODE_MINUTES` | `10` | how long a texted code is valid (1 to 30; the seeds say 30, OWASP and NIST cap it at 10) |
//! | `TRESTLE_SMS_RESEND_SECONDS` | `30` | how long **Resend New Code** waits after the last text (1 to 300; the tests use a shorter gap) |
//! | `TRESTLE_METRICS_ADDR` | none | `127.0.0.1:9464`: serve `GET /metrics` (Prometheus' text format) on this address only, never on the site's |
//!
//! Each channel (email, text) goes to its provider when its URL is set;
//! otherwise, with `TRESTLE_DEMO=1`, to the outbox shown at `/dev/outbox`;
//! otherwise nowhere: the send is logged and refused, so a production
//! server never quietly keeps codes in a table.

use crate::client_ip::{IpNet, parse_ranges};
use backend::crypto::{Argon2Params, SecretKey};
use backend::delivery::{
    Delivery, Disabled, Mailer, Outbox, SmsGateway, SmsGatewaySettings, SmsSender, SmtpMailer, SmtpSettings,
};
use backend::ports::{OsRandom, random_bytes};
use backend::services::SmsSettings;
use leptos::config::LeptosOptions;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct Config {
    pub leptos: LeptosOptions,
    pub database_url: String,
    pub secret_key: SecretKey,
    pub product_name: String,
    pub public_url: String,
    pub trusted_proxies: Vec<IpNet>,
    pub argon2: Argon2Params,
    pub demo: bool,
    /// `TRESTLE_SMTP_URL` and `TRESTLE_MAIL_FROM` (`Debug` hides the URL).
    pub smtp: Option<SmtpSettings>,
    /// `TRESTLE_SMS_*` (`Debug` hides the token).
    pub sms: Option<SmsGatewaySettings>,
    /// `TRESTLE_SMS_CODE_MINUTES`, and the public URL's host for WebOTP.
    pub sms_codes: SmsSettings,
    /// `TRESTLE_SSO_ALLOW_HTTP`.
    pub sso_allow_http: bool,
    /// `TRESTLE_SSO_TIMEOUT_MS`.
    pub sso_timeout: std::time::Duration,
    /// `TRESTLE_DEMO_SSO_*`: the demo company's provider.
    pub demo_sso: Option<DemoSso>,
    /// `TRESTLE_METRICS_ADDR`: where `/metrics` is served (nowhere when unset).
    pub metrics_addr: Option<SocketAddr>,
}

/// The demo's identity provider (`make run` starts one on this machine).
#[derive(Clone)]
pub struct DemoSso {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

impl std::fmt::Debug for DemoSso {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoSso")
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

/// The host of a URL (`https://trestle.example:8443/` → `trestle.example`),
/// as the WebOTP line of a text names it.
pub fn url_host(url: &str) -> String {
    url.trim_end_matches('/')
        .parse::<axum::http::Uri>()
        .ok()
        .and_then(|u| u.host().map(str::to_owned))
        .unwrap_or_else(|| "localhost".into())
}

/// Where one channel's messages go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Provider,
    Outbox,
    Disabled,
}

impl Route {
    /// The provider when configured; else the outbox in demo mode; else nothing.
    pub fn pick(configured: bool, demo: bool) -> Self {
        match (configured, demo) {
            (true, _) => Self::Provider,
            (false, true) => Self::Outbox,
            (false, false) => Self::Disabled,
        }
    }

    fn name(self, provider: &'static str) -> &'static str {
        match self {
            Self::Provider => provider,
            Self::Outbox => "outbox",
            Self::Disabled => "disabled",
        }
    }
}

/// The delivery settings from `var` (the environment, or a test's table).
pub fn delivery_settings(
    var: impl Fn(&str) -> Option<String>,
) -> Result<(Option<SmtpSettings>, Option<SmsGatewaySettings>), String> {
    let var = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let smtp = match var("TRESTLE_SMTP_URL") {
        Some(url) => Some(SmtpSettings {
            url,
            from: var("TRESTLE_MAIL_FROM").ok_or("TRESTLE_MAIL_FROM is required with TRESTLE_SMTP_URL")?,
        }),
        None => None,
    };
    let sms = match var("TRESTLE_SMS_URL") {
        Some(base_url) => {
            let required = |name: &str| var(name).ok_or(format!("{name} is required with TRESTLE_SMS_URL"));
            Some(SmsGatewaySettings {
                base_url,
                account_sid: required("TRESTLE_SMS_ACCOUNT_SID")?,
                auth_token: required("TRESTLE_SMS_AUTH_TOKEN")?,
                from: required("TRESTLE_SMS_FROM")?,
            })
        }
        None => None,
    };
    Ok((smtp, sms))
}

/// `TRESTLE_METRICS_ADDR`: an `ip:port` of its own, or none (blank is none).
pub fn metrics_addr(value: Option<&str>, site_addr: SocketAddr) -> Result<Option<SocketAddr>, String> {
    let Some(text) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let addr: SocketAddr = text.parse().map_err(|_| {
        format!("TRESTLE_METRICS_ADDR must be an address and port such as 127.0.0.1:9464, not {text:?}")
    })?;
    let overlaps =
        addr.ip() == site_addr.ip() || addr.ip().is_unspecified() || site_addr.ip().is_unspecified();
    if addr.port() == site_addr.port() && overlaps {
        return Err(format!(
            "TRESTLE_METRICS_ADDR ({addr}) must differ from the site's address ({site_addr}): metrics are never public"
        ));
    }
    Ok(Some(addr))
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_owned())
}

/// A whole number from the environment, or `default` when unset.
fn env_number(name: &str, default: u32) -> Result<u32, String> {
    let text = env_or(name, &default.to_string());
    text.trim()
        .parse()
        .map_err(|_| format!("{name} must be a whole number, not {text:?}"))
}

fn argon2_from_env() -> Result<Argon2Params, String> {
    let default = Argon2Params::default();
    let params = Argon2Params {
        m_kib: env_number("TRESTLE_ARGON2_M_KIB", default.m_kib)?,
        t: env_number("TRESTLE_ARGON2_T", default.t)?,
        p: env_number("TRESTLE_ARGON2_P", default.p)?,
    };
    params.argon2().map_err(|e| format!("TRESTLE_ARGON2_*: {e}"))?;
    Ok(params)
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let leptos = if Path::new("Leptos.toml").exists() {
            leptos::config::get_configuration(Some("Leptos.toml"))
        } else {
            leptos::config::get_configuration(None)
        }
        .map_err(|e| format!("Leptos.toml: {e}"))?
        .leptos_options;
        let secret_key = match std::env::var("TRESTLE_SECRET_KEY") {
            Ok(text) => {
                SecretKey::parse(&text).ok_or("TRESTLE_SECRET_KEY must be 32 bytes as hex or base64")?
            }
            Err(_) => key_from_file(&PathBuf::from(env_or(
                "TRESTLE_SECRET_KEY_FILE",
                "data/secret.key",
            )))?,
        };
        let (smtp, sms) = delivery_settings(|name| std::env::var(name).ok())?;
        let trusted_proxies = parse_ranges(&env_or("TRESTLE_TRUSTED_PROXIES", ""))
            .map_err(|e| format!("TRESTLE_TRUSTED_PROXIES: {e}"))?;
        let public_url = env_or("TRESTLE_PUBLIC_URL", &default_public_url(leptos.site_addr));
        let sms_codes = SmsSettings::new(
            env_number("TRESTLE_SMS_CODE_MINUTES", domain::sms::DEFAULT_CODE_MINUTES)?,
            &url_host(&public_url),
        )?
        .with_resend_seconds(i64::from(env_number("TRESTLE_SMS_RESEND_SECONDS", 30)?))?;
        let demo = env_or("TRESTLE_DEMO", "0") == "1";
        let demo_sso = match (
            std::env::var("TRESTLE_DEMO_SSO_ISSUER"),
            std::env::var("TRESTLE_DEMO_SSO_CLIENT_ID"),
            std::env::var("TRESTLE_DEMO_SSO_CLIENT_SECRET"),
        ) {
            (Ok(issuer), Ok(client_id), Ok(client_secret)) if demo => Some(DemoSso {
                issuer,
                client_id,
                client_secret,
            }),
            _ => None,
        };
        let metrics_addr = metrics_addr(
            std::env::var("TRESTLE_METRICS_ADDR").ok().as_deref(),
            leptos.site_addr,
        )?;
        Ok(Self {
            metrics_addr,
            sso_allow_http: env_or("TRESTLE_SSO_ALLOW_HTTP", if demo { "1" } else { "0" }) == "1",
            sso_timeout: std::time::Duration::from_millis(u64::from(env_number(
                "TRESTLE_SSO_TIMEOUT_MS",
                5000,
            )?)),
            demo_sso,
            public_url,
            leptos,
            database_url: env_or("DATABASE_URL", "sqlite://data/trestle.db"),
            secret_key,
            product_name: env_or("TRESTLE_PRODUCT_NAME", app::DEFAULT_PRODUCT_NAME),
            trusted_proxies,
            argon2: argon2_from_env()?,
            demo,
            smtp,
            sms,
            sms_codes,
        })
    }

    /// The email and text senders, per [`Route::pick`]; in demo mode the
    /// outbox is shown at `/dev/outbox` whichever senders are used.
    pub fn delivery(&self) -> Result<Delivery, String> {
        let outbox = self.demo.then_some(Outbox);
        let email_route = Route::pick(self.smtp.is_some(), self.demo);
        let sms_route = Route::pick(self.sms.is_some(), self.demo);
        let mailer: Arc<dyn Mailer> = match (&self.smtp, &outbox) {
            (Some(smtp), _) => Arc::new(SmtpMailer::new(smtp)?),
            (None, Some(outbox)) => Arc::new(*outbox),
            (None, None) => Arc::new(Disabled),
        };
        let sms: Arc<dyn SmsSender> = match (&self.sms, &outbox) {
            (Some(gateway), _) => Arc::new(SmsGateway::new(gateway)?),
            (None, Some(outbox)) => Arc::new(*outbox),
            (None, None) => Arc::new(Disabled),
        };
        tracing::info!(
            email = email_route.name("smtp"),
            sms = sms_route.name("sms gateway"),
            "message delivery"
        );
        if email_route == Route::Disabled || sms_route == Route::Disabled {
            tracing::warn!(
                "no provider for some messages: set TRESTLE_SMTP_URL / TRESTLE_SMS_URL (see server/src/config.rs)"
            );
        }
        Ok(Delivery {
            mailer,
            sms,
            show_outbox: self.demo,
        })
    }
}

/// Reads the key file, creating it (mode 0600, in a 0700 folder) with a new
/// random key on first run.
fn key_from_file(path: &Path) -> Result<SecretKey, String> {
    if let Ok(text) = std::fs::read_to_string(path) {
        return SecretKey::parse(&text)
            .ok_or_else(|| format!("{} does not hold a 32-byte key", path.display()));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        backend::fs::create_private_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let key = SecretKey::new(random_bytes(&OsRandom));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    writeln!(file, "{}", key.to_hex()).map_err(|e| format!("{}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "generated a new secret key");
    Ok(key)
}

/// The origin browsers use when none is configured: the site address,
/// named `localhost` when it is a loopback one (WebAuthn refuses IP
/// addresses, so passkeys work in a local demo).
fn default_public_url(site_addr: std::net::SocketAddr) -> String {
    if site_addr.ip().is_loopback() {
        format!("http://localhost:{}", site_addr.port())
    } else {
        format!("http://{site_addr}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = std::env::temp_dir().join(format!("trestle-key-{}", hex_suffix()));
        let path = dir.join("data").join("secret.key");
        let first = key_from_file(&path).unwrap();
        let second = key_from_file(&path).unwrap();
        assert_eq!(first.to_hex(), second.to_hex());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(&dir.join("data")), 0o700);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_provider_wins_then_the_outbox_in_demo_mode_then_nothing() {
        assert_eq!(Route::pick(true, false), Route::Provider);
        assert_eq!(Route::pick(true, true), Route::Provider);
        assert_eq!(Route::pick(false, true), Route::Outbox);
        assert_eq!(Route::pick(false, false), Route::Disabled);
    }

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_webotp_host_is_the_public_urls_host() {
        assert_eq!(url_host("https://trestle.example:8443/"), "trestle.example");
        assert_eq!(url_host("http://127.0.0.1:3000"), "127.0.0.1");
        assert_eq!(url_host("not a url"), "localhost");
    }

    #[test]
    fn a_loopback_site_is_reached_as_localhost_where_passkeys_work() {
        let addr = |a: &str| a.parse::<std::net::SocketAddr>().unwrap();
        assert_eq!(
            default_public_url(addr("127.0.0.1:3000")),
            "http://localhost:3000"
        );
        assert_eq!(default_public_url(addr("[::1]:3000")), "http://localhost:3000");
        assert_eq!(default_public_url(addr("10.0.0.5:8080")), "http://10.0.0.5:8080");
    }

    #[test]
    fn delivery_settings_are_complete_or_refused() {
        assert!(matches!(delivery_settings(vars(&[])), Ok((None, None))));
        let (smtp, sms) = delivery_settings(vars(&[
            ("TRESTLE_SMTP_URL", "smtps://user:hunter2@mail.example.com"),
            ("TRESTLE_MAIL_FROM", "Trestle <no-reply@example.com>"),
            ("TRESTLE_SMS_URL", "https://api.twilio.com"),
            ("TRESTLE_SMS_ACCOUNT_SID", "AC1"),
            ("TRESTLE_SMS_AUTH_TOKEN", "tok3n"),
            ("TRESTLE_SMS_FROM", "+15005550006"),
        ]))
        .unwrap();
        let shown = format!("{smtp:?} {sms:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("tok3n"), "{shown}");
        assert_eq!(sms.unwrap().account_sid, "AC1");
        assert_eq!(smtp.unwrap().from, "Trestle <no-reply@example.com>");
        assert!(delivery_settings(vars(&[("TRESTLE_SMTP_URL", "smtp://127.0.0.1:25")])).is_err());
        assert!(
            delivery_settings(vars(&[
                ("TRESTLE_SMS_URL", "https://api.twilio.com"),
                ("TRESTLE_SMS_ACCOUNT_SID", "AC1"),
            ]))
            .is_err()
        );
    }

    #[test]
    fn the_metrics_address_is_optional_valid_and_not_the_sites() {
        let addr = |a: &str| a.parse::<SocketAddr>().unwrap();
        let site = addr("127.0.0.1:3000");
        assert_eq!(metrics_addr(None, site), Ok(None));
        assert_eq!(metrics_addr(Some("  "), site), Ok(None));
        assert_eq!(
            metrics_addr(Some("127.0.0.1:9464"), site),
            Ok(Some(addr("127.0.0.1:9464")))
        );
        assert_eq!(
            metrics_addr(Some("[::1]:9464"), site),
            Ok(Some(addr("[::1]:9464")))
        );
        // Another interface on the same port is another address.
        assert_eq!(
            metrics_addr(Some("10.0.0.5:3000"), site),
            Ok(Some(addr("10.0.0.5:3000")))
        );
        for bad in ["9464", "localhost:9464", "127.0.0.1", "127.0.0.1:99999"] {
            let err = metrics_addr(Some(bad), site).unwrap_err();
            assert!(
                err.starts_with("TRESTLE_METRICS_ADDR must be an address"),
                "{err}"
            );
        }
        for public in ["127.0.0.1:3000", "0.0.0.0:3000"] {
            let err = metrics_addr(Some(public), site).unwrap_err();
            assert!(err.contains("must differ from the site's address"), "{err}");
        }
        let everywhere = addr("0.0.0.0:3000");
        assert!(metrics_addr(Some("127.0.0.1:3000"), everywhere).is_err());
    }

    fn hex_suffix() -> String {
        random_bytes::<4>(&OsRandom)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}
