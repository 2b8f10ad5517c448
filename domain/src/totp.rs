//! RFC 6238 time-based codes: SHA-1, 6 digits, 30-second steps.
//!
//! A code is accepted for the current step or one step either side, and only
//! when its step is later than the last step accepted for that factor, so a
//! code can never be used twice. A code that matches 2 to 10 steps away is
//! refused with the measured drift, so the user can fix their phone's clock.

use crate::codes::{VerificationCode, group};
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, Secret, TOTP};

pub const STEP_SECONDS: u64 = 30;
pub const SECRET_BYTES: usize = 20;
/// Steps accepted either side of the server's current step.
pub const SKEW_STEPS: u64 = 1;
/// Furthest step searched to diagnose a drifting clock.
pub const DRIFT_STEPS: u64 = 10;

/// A shared TOTP secret (160 bits). Its `Debug` never prints the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(<redacted>)")
    }
}

impl TotpSecret {
    pub fn from_random(bytes: [u8; SECRET_BYTES]) -> Self {
        Self(bytes.to_vec())
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The key as authenticator apps expect it: unpadded base32.
    pub fn base32(&self) -> String {
        Secret::Raw(self.0.clone()).to_encoded().to_string()
    }

    /// The key in groups of four, for typing into a phone by hand.
    pub fn setup_key(&self) -> String {
        group(&self.base32(), 4, " ")
    }

    fn totp(&self, issuer: &str, account: &str) -> TOTP {
        TOTP::new_unchecked(
            Algorithm::SHA1,
            crate::codes::VERIFICATION_DIGITS,
            SKEW_STEPS as u8,
            STEP_SECONDS,
            self.0.clone(),
            Some(issuer.to_owned()),
            account.to_owned(),
        )
    }

    /// The `otpauth://totp/...` URI that the QR code carries.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        self.totp(issuer, account).get_url()
    }

    /// The code for a time step.
    pub fn code_at_step(&self, step: u64) -> String {
        self.totp("", "").generate(step * STEP_SECONDS)
    }
}

pub fn step_of(unix_seconds: u64) -> u64 {
    unix_seconds / STEP_SECONDS
}

/// The result of checking one code against one factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotpCheck {
    /// Right code; remember `step` as the factor's last used step.
    Accepted {
        step: u64,
    },
    /// Right code, but its step was already used: a replay.
    Replayed,
    /// The code belongs to a time `seconds` away (positive: the phone is fast).
    Drift {
        seconds: i64,
    },
    Rejected,
}

/// Checks `code` at `now_unix` against `secret`, given the last step accepted.
pub fn verify(
    secret: &TotpSecret,
    code: &VerificationCode,
    now_unix: u64,
    last_used_step: Option<u64>,
) -> TotpCheck {
    let current = step_of(now_unix);
    let matches = |step: u64| -> bool {
        bool::from(
            secret
                .code_at_step(step)
                .as_bytes()
                .ct_eq(code.as_str().as_bytes()),
        )
    };
    // Check every step in the window without stopping early, then decide.
    let window: Vec<(u64, bool)> = (current.saturating_sub(SKEW_STEPS)..=current + SKEW_STEPS)
        .map(|step| (step, matches(step)))
        .collect();
    let fresh = window
        .iter()
        .filter(|(step, hit)| *hit && last_used_step.is_none_or(|last| *step > last))
        .map(|(step, _)| *step)
        .max();
    if let Some(step) = fresh {
        return TotpCheck::Accepted { step };
    }
    if window.iter().any(|(_, hit)| *hit) {
        return TotpCheck::Replayed;
    }
    for distance in SKEW_STEPS + 1..=DRIFT_STEPS {
        let ahead = current + distance;
        if matches(ahead) {
            return TotpCheck::Drift {
                seconds: (distance * STEP_SECONDS) as i64,
            };
        }
        if let Some(behind) = current.checked_sub(distance)
            && matches(behind)
        {
            return TotpCheck::Drift {
                seconds: -((distance * STEP_SECONDS) as i64),
            };
        }
    }
    TotpCheck::Rejected
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(b"12345678901234567890".to_vec())
    }

    fn code(s: &str) -> VerificationCode {
        VerificationCode::parse(s).unwrap()
    }

    #[test]
    fn rfc6238_sha1_vectors_truncated_to_six_digits() {
        let secret = rfc_secret();
        for (time, expected) in [
            (59, "287082"),
            (1111111109, "081804"),
            (1111111111, "050471"),
            (1234567890, "005924"),
            (2000000000, "279037"),
        ] {
            assert_eq!(secret.code_at_step(step_of(time)), expected, "t={time}");
        }
    }

    #[test]
    fn accepts_current_and_one_step_either_side() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        for offset in [-1i64, 0, 1] {
            let step = (step_of(now) as i64 + offset) as u64;
            let c = code(&secret.code_at_step(step));
            assert_eq!(verify(&secret, &c, now, None), TotpCheck::Accepted { step });
        }
    }

    #[test]
    fn refuses_a_replayed_step_and_older_steps() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let step = step_of(now);
        let c = code(&secret.code_at_step(step));
        assert_eq!(verify(&secret, &c, now, Some(step)), TotpCheck::Replayed);
        let older = code(&secret.code_at_step(step - 1));
        assert_eq!(verify(&secret, &older, now, Some(step)), TotpCheck::Replayed);
        // The next step is still fine after the current one was used.
        let next = code(&secret.code_at_step(step + 1));
        assert_eq!(
            verify(&secret, &next, now, Some(step)),
            TotpCheck::Accepted { step: step + 1 }
        );
    }

    #[test]
    fn reports_drift_between_two_and_ten_steps() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let fast = code(&secret.code_at_step(step_of(now) + 4));
        assert_eq!(
            verify(&secret, &fast, now, None),
            TotpCheck::Drift { seconds: 120 }
        );
        let slow = code(&secret.code_at_step(step_of(now) - 10));
        assert_eq!(
            verify(&secret, &slow, now, None),
            TotpCheck::Drift { seconds: -300 }
        );
        let too_far = code(&secret.code_at_step(step_of(now) + 11));
        assert_eq!(verify(&secret, &too_far, now, None), TotpCheck::Rejected);
    }

    #[test]
    fn expired_code_two_steps_old_is_not_accepted() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let old = code(&secret.code_at_step(step_of(now) - 2));
        assert_eq!(
            verify(&secret, &old, now, None),
            TotpCheck::Drift { seconds: -60 }
        );
    }

    #[test]
    fn setup_key_and_uri() {
        let secret = rfc_secret();
        assert_eq!(secret.base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(secret.setup_key(), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        let uri = secret.otpauth_uri("Trestle", "ada@example.com");
        assert!(
            uri.starts_with("otpauth://totp/Trestle:ada%40example.com?"),
            "{uri}"
        );
        assert!(uri.contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        assert!(uri.contains("issuer=Trestle"));
        assert!(!format!("{secret:?}").contains("GEZD"));
    }
}
