//! The formats of the codes people type: 6-digit verification codes and
//! 32-digit recovery codes. Spaces (and for recovery codes, dashes) are ignored.

use serde::{Deserialize, Serialize};
use std::fmt;

pub const VERIFICATION_DIGITS: usize = 6;
pub const RECOVERY_DIGITS: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CodeFormatError {
    #[error("empty")]
    Empty,
    #[error("wrong length")]
    WrongLength,
    #[error("not only digits")]
    NotDigits,
}

fn digits_only(input: &str, len: usize, ignore: &[char]) -> Result<String, CodeFormatError> {
    let kept: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !ignore.contains(c))
        .collect();
    if kept.is_empty() {
        Err(CodeFormatError::Empty)
    } else if !kept.chars().all(|c| c.is_ascii_digit()) {
        Err(CodeFormatError::NotDigits)
    } else if kept.len() != len {
        Err(CodeFormatError::WrongLength)
    } else {
        Ok(kept)
    }
}

/// A 6-digit code from an authenticator app or a text message.
#[derive(Clone, PartialEq, Eq)]
pub struct VerificationCode(String);

impl VerificationCode {
    pub fn parse(input: &str) -> Result<Self, CodeFormatError> {
        digits_only(input, VERIFICATION_DIGITS, &[]).map(Self)
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

    pub fn parse(input: &str) -> Result<Self, CodeFormatError> {
        digits_only(input, RECOVERY_DIGITS, &['-']).map(Self)
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
    fn verification_code_ignores_spaces() {
        assert_eq!(VerificationCode::parse(" 123 456 ").unwrap().as_str(), "123456");
    }

    #[test]
    fn verification_code_refuses_bad_shapes() {
        assert_eq!(VerificationCode::parse(""), Err(CodeFormatError::Empty));
        assert_eq!(
            VerificationCode::parse("12345"),
            Err(CodeFormatError::WrongLength)
        );
        assert_eq!(
            VerificationCode::parse("1234567"),
            Err(CodeFormatError::WrongLength)
        );
        assert_eq!(VerificationCode::parse("12a456"), Err(CodeFormatError::NotDigits));
        assert_eq!(
            VerificationCode::parse("１２３４５６"),
            Err(CodeFormatError::NotDigits)
        );
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
