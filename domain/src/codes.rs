//! The formats of the codes people type: 6-digit verification codes and
//! 32-digit recovery codes. Spaces and dashes (as apps and the recovery
//! code display them) are ignored.

pub use crate::limits::{RECOVERY_DIGITS, VERIFICATION_DIGITS};
use crate::refusal::Refusal;
use std::fmt;

/// The digits of `input` without separators; `wrong_length` when there are
/// not exactly `len` of them.
fn digits_only(input: &str, len: usize, wrong_length: Refusal) -> Result<String, Refusal> {
    let kept: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if kept.is_empty() {
        Err(Refusal::CodeEmpty)
    } else if !kept.chars().all(|c| c.is_ascii_digit()) {
        Err(Refusal::CodeDigits)
    } else if kept.len() != len {
        Err(wrong_length)
    } else {
        Ok(kept)
    }
}

/// A 6-digit code from an authenticator app or a text message.
#[derive(Clone, PartialEq, Eq)]
pub struct VerificationCode(String);

impl VerificationCode {
    pub fn parse(input: &str) -> Result<Self, Refusal> {
        digits_only(input, VERIFICATION_DIGITS, Refusal::CodeLength).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for VerificationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VerificationCode(******)")
    }
}

/// A 32-digit single-use recovery code.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(String);

impl RecoveryCode {
    /// Builds a code from 128 random bits. 10^32 is ~2^106, so the modulo
    /// bias is below one part in ten million.
    pub fn from_random(random: u128) -> Self {
        Self(format!("{:032}", random % 10u128.pow(RECOVERY_DIGITS as u32)))
    }

    pub fn parse(input: &str) -> Result<Self, Refusal> {
        digits_only(input, RECOVERY_DIGITS, Refusal::RecoveryLength).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code in groups of four, for reading aloud or copying by hand.
    pub fn grouped(&self) -> String {
        group(&self.0, 4, " ")
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(********)")
    }
}

/// Splits `text` into groups of `size` characters joined by `sep`.
pub fn group(text: &str, size: usize, sep: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(size.max(1))
        .map(|chunk| chunk.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verification_code_ignores_spaces_and_dashes() {
        assert_eq!(VerificationCode::parse(" 123 456 ").unwrap().as_str(), "123456");
        assert_eq!(VerificationCode::parse("123-456").unwrap().as_str(), "123456");
    }

    #[test]
    fn verification_code_refuses_bad_shapes() {
        assert_eq!(VerificationCode::parse(""), Err(Refusal::CodeEmpty));
        assert_eq!(VerificationCode::parse("12345"), Err(Refusal::CodeLength));
        assert_eq!(VerificationCode::parse("1234567"), Err(Refusal::CodeLength));
        assert_eq!(VerificationCode::parse("12a456"), Err(Refusal::CodeDigits));
        assert_eq!(VerificationCode::parse("１２３４５６"), Err(Refusal::CodeDigits));
    }

    #[test]
    fn recovery_code_is_32_digits_and_ignores_dashes() {
        let code = RecoveryCode::from_random(u128::MAX);
        assert_eq!(code.as_str().len(), 32);
        let typed = format!(
            "{}-{} {}",
            &code.as_str()[..8],
            &code.as_str()[8..16],
            &code.as_str()[16..]
        );
        assert_eq!(RecoveryCode::parse(&typed).unwrap(), code);
        assert_eq!(
            RecoveryCode::from_random(7).as_str(),
            "00000000000000000000000000000007"
        );
    }

    #[test]
    fn grouping_and_redacted_debug() {
        let code = RecoveryCode::from_random(12345678901234567890123456789012);
        assert_eq!(code.grouped(), "1234 5678 9012 3456 7890 1234 5678 9012");
        assert!(!format!("{code:?}").contains("1234"));
        assert_eq!(group("ABCDEFGHIJ", 4, " "), "ABCD EFGH IJ");
    }
}
