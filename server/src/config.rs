//! Settings from the environment and `Leptos.toml`.
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `DATABASE_URL` | `sqlite://data/trestle.db` | SQLite file or `postgres://…` |
//! | `TRESTLE_SECRET_KEY` | key file | 32-byte key (hex or base64) sealing TOTP secrets |
//! | `TRESTLE_SECRET_KEY_FILE` | `data/secret.key` | created with mode 0600 (folder 0700) on first run |
//! | `TRESTLE_PRODUCT_NAME` | `Trestle` | shown in the UI and as TOTP issuer |
//! | `TRESTLE_PUBLIC_URL` | `http://<site-addr>` | the origin browsers use; cookies are `Secure` (and `__Host-`) unless it is loopback |
//! | `TRESTLE_TRUSTED_PROXIES` | none | addresses or CIDR ranges whose `X-Forwarded-For` is believed |
//! | `TRESTLE_ARGON2_M_KIB`, `_T`, `_P` | `19456`, `2`, `1` | Argon2id memory (KiB), passes, lanes for new hashes; older hashes are replaced at the next sign-in |
//! | `TRESTLE_DEMO` | `0` | `1`: seed demo data and print demo logins (`make run` sets it) |
//! | `TRESTLE_LOG_FORMAT` | `text` | `json` for structured logs |

use crate::client_ip::{IpRange, parse_ranges};
use backend::crypto::{Argon2Params, SecretKey};
use backend::ports::{OsRandom, random_bytes};
use leptos::config::LeptosOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    pub leptos: LeptosOptions,
    pub database_url: String,
    pub secret_key: SecretKey,
    pub product_name: String,
    pub public_url: String,
    pub trusted_proxies: Vec<IpRange>,
    pub argon2: Argon2Params,
    pub demo: bool,
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
        let trusted_proxies = parse_ranges(&env_or("TRESTLE_TRUSTED_PROXIES", ""))
            .map_err(|e| format!("TRESTLE_TRUSTED_PROXIES: {e}"))?;
        Ok(Self {
            public_url: env_or("TRESTLE_PUBLIC_URL", &format!("http://{}", leptos.site_addr)),
            leptos,
            database_url: env_or("DATABASE_URL", "sqlite://data/trestle.db"),
            secret_key,
            product_name: env_or("TRESTLE_PRODUCT_NAME", app::DEFAULT_PRODUCT_NAME),
            trusted_proxies,
            argon2: argon2_from_env()?,
            demo: env_or("TRESTLE_DEMO", "0") == "1",
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

    fn hex_suffix() -> String {
        random_bytes::<4>(&OsRandom)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}
