//! Email addresses as people type them, normalised for lookup.

use crate::limits::EMAIL_MAX_BYTES;
use crate::refusal::Refusal;
use serde::{Deserialize, Serialize};

/// An email address, trimmed and lower-cased so that lookups are case-insensitive.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, Refusal> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Refusal::EmailEmpty);
        }
        if trimmed.len() > EMAIL_MAX_BYTES || trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Refusal::EmailMalformed);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(Refusal::EmailMalformed)?;
        let domain_ok = !domain.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || local.contains('@') || !domain_ok {
            return Err(Refusal::EmailMalformed);
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_spaces() {
        let email = Email::parse("  Ada.Lovelace@Example.COM ").unwrap();
        assert_eq!(email.as_str(), "ada.lovelace@example.com");
    }

    #[test]
    fn accepts_unicode() {
        assert_eq!(
            Email::parse("José@Exämple.fr").unwrap().as_str(),
            "josé@exämple.fr"
        );
    }

    #[test]
    fn refuses_empty_and_malformed() {
        assert_eq!(Email::parse("   "), Err(Refusal::EmailEmpty));
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a b@example.com",
            "ada@@x.com",
            "ada@x..com",
            "ada@.x.com",
        ] {
            assert_eq!(Email::parse(bad), Err(Refusal::EmailMalformed), "{bad}");
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(Refusal::EmailMalformed));
    }
}
