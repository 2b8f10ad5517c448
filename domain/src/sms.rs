//! Codes sent by text message: six random digits, valid for a configured
//! time, single use, and voided by the next one sent. The server stores
//! only a keyed hash; this module decides what a typed code means.

use crate::limits::VERIFICATION_DIGITS;
use std::fmt;

/// How long a text-message code is valid unless configured otherwise
/// (SPEC "Factors": OWASP ASVS and NIST cap it at 10 minutes).
pub const DEFAULT_CODE_MINUTES: u32 = 10;
/// The longest a deployment may configure (the seeds' 30 minutes).
pub const MAX_CODE_MINUTES: u32 = 30;

/// A code to send. Its `Debug` never shows the digits.
#[derive(Clone, PartialEq, Eq)]
pub struct SmsCode(String);

impl SmsCode {
    /// Six digits from 64 random bits (the modulo bias is below 10^-13).
    pub fn from_random(random: u64) -> Self {
        let modulus = 10u64.pow(VERIFICATION_DIGITS as u32);
        Self(format!(
            "{:0width$}",
            random % modulus,
            width = VERIFICATION_DIGITS
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SmsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SmsCode(******)")
    }
}

/// What a typed code means against the live code on record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmsCheck {
    Accepted,
    /// The right code, too late: the person should ask for a new one.
    Expired,
    /// Not the live code (a typo, a guess, or a code voided by a resend).
    Rejected,
}

/// `matches`: the typed code is the live one; `expires_at` and `now` in
/// Unix seconds. Only a right code is told it expired.
pub fn judge(matches: bool, expires_at: i64, now: i64) -> SmsCheck {
    match (matches, now < expires_at) {
        (false, _) => SmsCheck::Rejected,
        (true, true) => SmsCheck::Accepted,
        (true, false) => SmsCheck::Expired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_never_printed() {
        assert_eq!(SmsCode::from_random(7).as_str(), "000007");
        assert_eq!(SmsCode::from_random(u64::MAX).as_str().len(), 6);
        assert_eq!(SmsCode::from_random(123_456_789).as_str(), "456789");
        assert!(!format!("{:?}", SmsCode::from_random(123_456)).contains("123"));
    }

    #[test]
    fn a_right_code_expires_at_its_time_a_wrong_one_is_only_wrong() {
        let expires = 1_000_600;
        assert_eq!(judge(true, expires, expires - 1), SmsCheck::Accepted);
        assert_eq!(judge(true, expires, expires), SmsCheck::Expired);
        assert_eq!(judge(false, expires, expires - 1), SmsCheck::Rejected);
        assert_eq!(judge(false, expires, expires + 60), SmsCheck::Rejected);
    }
}
