//! What a new password must be (a change or a reset): at least
//! [`MIN_CHARS`] characters, not the account's email, not one of the
//! commonest passwords, typed the same twice. How strong it is beyond that
//! is measured on the server (zxcvbn) and shown as a meter.

use crate::limits::PASSWORD_MAX_BYTES;
use crate::refusal::Refusal;

pub const MIN_CHARS: usize = 12;

/// A short list of the commonest passwords of 12 characters or more
/// (shorter ones are refused by length already), compared without case.
const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "123456789abc",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "aaaaaaaaaaaa",
    "abc123456789",
    "abcdefghijkl",
    "administrator",
    "changeme1234",
    "iloveyou1234",
    "letmein12345",
    "passw0rd1234",
    "password1234",
    "password12345",
    "password123!",
    "passwordpassword",
    "q1w2e3r4t5y6",
    "qazwsxedcrfv",
    "qwerty123456",
    "qwertyuiop12",
    "qwertyuiopasdf",
    "trustno1trustno1",
    "welcome12345",
    "welcome123456",
    "construction1",
    "construction123",
];

/// Checks a new password for the account `email`; `confirm` is the second typing.
pub fn check_new(password: &str, confirm: &str, email: &str) -> Result<(), Refusal> {
    if password.len() > PASSWORD_MAX_BYTES {
        return Err(Refusal::PasswordTooLong);
    }
    if password.chars().count() < MIN_CHARS {
        return Err(Refusal::PasswordTooShort);
    }
    let lower = password.trim().to_lowercase();
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    if lower == email || (!local.is_empty() && lower == local) {
        return Err(Refusal::PasswordIsEmail);
    }
    if COMMON.contains(&lower.as_str()) {
        return Err(Refusal::PasswordTooCommon);
    }
    if password != confirm {
        return Err(Refusal::PasswordsDiffer);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "Uma.User@summit.example";

    #[test]
    fn the_rules() {
        let ok = "tall cranes at dawn";
        assert_eq!(check_new(ok, ok, EMAIL), Ok(()));
        assert_eq!(check_new("short", "short", EMAIL), Err(Refusal::PasswordTooShort));
        // Twelve characters, counted as characters, not bytes.
        assert_eq!(
            check_new("ééééééééééé", "ééééééééééé", EMAIL),
            Err(Refusal::PasswordTooShort)
        );
        let email = "uma.user@summit.example";
        assert_eq!(check_new(email, email, EMAIL), Err(Refusal::PasswordIsEmail));
        assert_eq!(
            check_new("Password1234", "Password1234", EMAIL),
            Err(Refusal::PasswordTooCommon)
        );
        assert_eq!(
            check_new(ok, "tall cranes at dusk", EMAIL),
            Err(Refusal::PasswordsDiffer)
        );
        let long = "x".repeat(PASSWORD_MAX_BYTES + 1);
        assert_eq!(check_new(&long, &long, EMAIL), Err(Refusal::PasswordTooLong));
    }

    #[test]
    fn the_common_list_holds_only_passwords_the_length_rule_lets_through() {
        assert!(
            COMMON
                .iter()
                .all(|p| p.chars().count() >= MIN_CHARS && *p == p.to_lowercase())
        );
    }
}
