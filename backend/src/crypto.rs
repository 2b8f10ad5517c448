//! Password and code hashing (Argon2id), sealing secrets at rest
//! (AES-256-GCM) and session tokens. Nothing here logs or prints a secret.

use crate::ports::{Rng, random_bytes};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

fn salt(rng: &dyn Rng) -> Result<SaltString, String> {
    SaltString::encode_b64(&random_bytes::<16>(rng)).map_err(|e| e.to_string())
}

/// Argon2id cost parameters. The default is OWASP's minimum: 19 MiB, two
/// passes, one lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Argon2Params {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

impl Default for Argon2Params {
    fn default() -> Self {
        Self {
            m_kib: 19 * 1024,
            t: 2,
            p: 1,
        }
    }
}

impl Argon2Params {
    /// The Argon2id instance, or why these parameters are not usable.
    pub fn argon2(&self) -> Result<Argon2<'static>, String> {
        let params = argon2::Params::new(self.m_kib, self.t, self.p, None).map_err(|e| e.to_string())?;
        Ok(Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            params,
        ))
    }

    /// Whether a stored hash was made otherwise (another algorithm or other
    /// costs) and should be replaced at the next successful sign-in.
    pub fn outdated(&self, phc: &str) -> bool {
        let Ok(hash) = PasswordHash::new(phc) else {
            return true;
        };
        let param = |name: &str| hash.params.get_decimal(name);
        hash.algorithm.as_str() != "argon2id"
            || param("m") != Some(self.m_kib)
            || param("t") != Some(self.t)
            || param("p") != Some(self.p)
    }
}

/// An Argon2id PHC string of `secret`. CPU-heavy: run it on the [`crate::hasher::Hasher`].
pub fn hash_secret(secret: &str, rng: &dyn Rng, params: Argon2Params) -> Result<String, String> {
    params
        .argon2()?
        .hash_password(secret.as_bytes(), &salt(rng)?)
        .map(|hash| hash.to_string())
        .map_err(|e| e.to_string())
}

/// Verifies `secret` against a PHC string; a malformed hash counts as a mismatch.
pub fn verify_secret(secret: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|hash| {
            Argon2::default()
                .verify_password(secret.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A 32-byte key for sealing secrets, with a redacting `Debug`.
#[derive(Clone)]
pub struct SecretKey([u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

impl SecretKey {
    pub fn new(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// Reads a key written as 64 hex digits or as base64.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let bytes = hex::decode(text)
            .ok()
            .or_else(|| base64::engine::general_purpose::STANDARD.decode(text).ok())?;
        Some(Self(bytes.try_into().ok()?))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

/// Seals small secrets with AES-256-GCM. `purpose` is bound in as associated
/// data, so a value sealed for one use cannot be opened for another.
///
/// It also keys the hashes of short-lived codes ([`SecretBox::mac`]), with
/// a key derived from the same secret for that use alone.
#[derive(Clone)]
pub struct SecretBox {
    cipher: Aes256Gcm,
    mac_key: [u8; 32],
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretBox(..)")
    }
}

impl SecretBox {
    pub fn new(key: &SecretKey) -> Self {
        let mut derive = Sha256::new();
        derive.update(b"trestle code mac key\0");
        derive.update(key.0);
        Self {
            cipher: Aes256Gcm::new(&key.0.into()),
            mac_key: derive.finalize().into(),
        }
    }

    /// HMAC-SHA-256 of `message` for `purpose`, in hex: how a short code
    /// (six digits) is stored, so a copy of the database alone cannot be
    /// searched for it.
    pub fn mac(&self, purpose: &str, message: &str) -> String {
        #[allow(clippy::expect_used)] // HMAC takes keys of any length
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.mac_key).expect("any key length");
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(message.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Whether `message` has the MAC `expected`, compared in constant time.
    pub fn mac_matches(&self, purpose: &str, message: &str, expected: &str) -> bool {
        self.mac(purpose, message)
            .as_bytes()
            .ct_eq(expected.as_bytes())
            .into()
    }

    pub fn seal(&self, plaintext: &[u8], purpose: &str, rng: &dyn Rng) -> Result<String, String> {
        let nonce = random_bytes::<12>(rng);
        let sealed = self
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: purpose.as_bytes(),
                },
            )
            .map_err(|_| "seal failed".to_string())?;
        let mut out = nonce.to_vec();
        out.extend(sealed);
        Ok(STANDARD_NO_PAD.encode(out))
    }

    pub fn open(&self, sealed: &str, purpose: &str) -> Option<Vec<u8>> {
        let bytes = STANDARD_NO_PAD.decode(sealed).ok()?;
        if bytes.len() < 12 {
            return None;
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        self.cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: purpose.as_bytes(),
                },
            )
            .ok()
    }
}

/// A new session token for the cookie (256 random bits, URL-safe).
pub fn new_token(rng: &dyn Rng) -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>(rng))
}

/// What the database stores for a token: its SHA-256, so a leaked table
/// cannot be replayed as cookies.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ports::OsRandom;

    #[test]
    fn hashes_verify_and_differ_by_salt() {
        let params = Argon2Params::default();
        let a = hash_secret("correct horse", &OsRandom, params).unwrap();
        let b = hash_secret("correct horse", &OsRandom, params).unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with("$argon2id$"));
        assert!(verify_secret("correct horse", &a));
        assert!(!verify_secret("wrong horse", &a));
        assert!(!verify_secret("x", "not a hash"));
        assert!(a.contains("m=19456,t=2,p=1"), "{a}");
        assert!(!params.outdated(&a));
        let light = Argon2Params {
            m_kib: 64,
            t: 1,
            p: 1,
        };
        assert!(light.outdated(&a));
        let weak = hash_secret("correct horse", &OsRandom, light).unwrap();
        assert!(
            verify_secret("correct horse", &weak),
            "old parameters still verify"
        );
        assert!(params.outdated(&weak) && params.outdated("garbage"));
        assert!(Argon2Params { m_kib: 1, t: 0, p: 1 }.argon2().is_err());
    }

    #[test]
    fn sealed_values_open_only_for_their_purpose_and_key() {
        let key = SecretKey::new([7; 32]);
        let sealer = SecretBox::new(&key);
        let sealed = sealer.seal(b"JBSWY3DP", "totp", &OsRandom).unwrap();
        assert!(!sealed.contains("JBSWY3DP"));
        assert_eq!(sealer.open(&sealed, "totp").unwrap(), b"JBSWY3DP");
        assert_eq!(sealer.open(&sealed, "recovery"), None);
        let other = SecretBox::new(&SecretKey::new([8; 32]));
        assert_eq!(other.open(&sealed, "totp"), None);
        assert_eq!(sealer.open("garbage", "totp"), None);
    }

    #[test]
    fn code_macs_depend_on_key_purpose_and_message() {
        let a = SecretBox::new(&SecretKey::new([7; 32]));
        let b = SecretBox::new(&SecretKey::new([8; 32]));
        let mac = a.mac("sms", "1:+14155550123:123456");
        assert_eq!(mac.len(), 64);
        assert!(a.mac_matches("sms", "1:+14155550123:123456", &mac));
        assert!(!a.mac_matches("sms", "1:+14155550123:123457", &mac));
        assert!(!a.mac_matches("other", "1:+14155550123:123456", &mac));
        assert!(!b.mac_matches("sms", "1:+14155550123:123456", &mac));
        assert!(!a.mac_matches("sms", "1:+14155550123:123456", ""));
    }

    #[test]
    fn key_parsing_and_redaction() {
        let key = SecretKey::parse(&"ab".repeat(32)).unwrap();
        assert_eq!(key.to_hex(), "ab".repeat(32));
        assert!(SecretKey::parse("abcd").is_none());
        assert!(!format!("{key:?}").contains("ab"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let t1 = new_token(&OsRandom);
        assert_ne!(t1, new_token(&OsRandom));
        assert_eq!(token_hash(&t1).len(), 64);
        assert_ne!(token_hash(&t1), t1);
    }
}
