//! Company Single Sign-On (OpenID Connect) rules, without I/O: which
//! domains a company may claim, what an ID token's claims must say before
//! they sign anyone in, and every way an SSO sign-in can fail. A failure
//! travels to **Enter Your Email** as a fixed code (`?notice=sso_…`),
//! never as text from the provider.

use crate::email::Email;
use crate::refusal::Refusal;
use serde::{Deserialize, Serialize};

/// The longest domain name DNS allows.
const DOMAIN_MAX_BYTES: usize = 253;

/// How long a sign-in may wait at the provider (seconds): the request's
/// state, nonce and PKCE verifier are forgotten after this.
pub const REQUEST_LIFETIME: i64 = 10 * 60;

/// How far a provider's clock may be ahead of or behind this server's
/// when an ID token's expiry is checked (seconds).
pub const CLOCK_SKEW: i64 = 60;

/// How long a provider's discovery document and keys are trusted before
/// they are fetched again (seconds).
pub const DISCOVERY_LIFETIME: i64 = 10 * 60;

/// A domain as a company claims it: lower-case labels of letters, digits
/// and hyphens, at least two of them, no trailing dot.
pub fn parse_domain(input: &str) -> Result<String, Refusal> {
    let domain = input.trim().trim_end_matches('.').to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let labels: Vec<&str> = domain.split('.').collect();
    if domain.len() > DOMAIN_MAX_BYTES || labels.len() < 2 || !labels.iter().all(|l| label_ok(l)) {
        return Err(Refusal::DomainInvalid);
    }
    Ok(domain)
}

/// The domain of a (normalised) email address.
pub fn domain_of(email: &Email) -> &str {
    email.as_str().rsplit_once('@').map_or("", |(_, domain)| domain)
}

/// Why an SSO sign-in did not sign anyone in. Each is told on **Enter
/// Your Email**, and recorded in the audit log by its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SsoFailure {
    /// The person cancelled or was refused at the provider.
    Cancelled,
    /// No sign-in waits for this answer: the state is missing, forged,
    /// used already, from another browser, or too old.
    Expired,
    /// The provider did not answer in time, answered with an error, or
    /// its discovery document no longer matches the settings.
    Unavailable,
    /// The ID token failed a check: signature, issuer, audience, expiry
    /// or nonce. Nothing in it is trusted.
    Rejected,
    /// The provider has not verified the person's email.
    Unverified,
    /// The email is not on a domain this company has claimed.
    WrongDomain,
    /// Nobody has an account for this email, and the company does not
    /// create accounts at the first sign-in: ask the administrator.
    NoAccount,
    /// The account is not an active member of the company (deactivated).
    NoAccess,
}

impl SsoFailure {
    pub const ALL: [Self; 8] = [
        Self::Cancelled,
        Self::Expired,
        Self::Unavailable,
        Self::Rejected,
        Self::Unverified,
        Self::WrongDomain,
        Self::NoAccount,
        Self::NoAccess,
    ];

    /// The code in the URL and the audit log.
    pub fn code(self) -> &'static str {
        match self {
            Self::Cancelled => "sso_cancelled",
            Self::Expired => "sso_expired",
            Self::Unavailable => "sso_unavailable",
            Self::Rejected => "sso_rejected",
            Self::Unverified => "sso_unverified",
            Self::WrongDomain => "sso_wrong_domain",
            Self::NoAccount => "sso_no_account",
            Self::NoAccess => "sso_no_access",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The code of an admin's failed Test Sign-In (told in an admin's words).
    pub fn test_code(self) -> String {
        format!("test_{}", self.code())
    }

    pub fn from_test_code(code: &str) -> Option<Self> {
        code.strip_prefix("test_").and_then(Self::from_code)
    }
}

/// The page that moves the browser to the provider: the company's name
/// and the authorization request's URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoRedirect {
    pub company: String,
    pub url: String,
}

/// A company's SSO settings as its admins see them (**Security Settings**
/// → **SSO**): never the client secret, only whether one is saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoView {
    pub issuer: String,
    pub client_id: String,
    /// A client secret is saved (it is never shown again).
    pub has_secret: bool,
    pub enabled: bool,
    pub create_accounts: bool,
    /// A Test Sign-In passed with the saved settings.
    pub tested: bool,
    pub domains: Vec<DomainView>,
    /// Where the provider sends people back (for the provider's settings).
    pub callback_url: String,
}

/// A domain the company claimed, and whether it is proven.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainView {
    pub domain: String,
    pub proven: bool,
    /// Until proven: the DNS TXT record that proves it, and its value.
    pub txt_name: String,
    pub txt_value: String,
}

/// Where the admin publishes a domain's proof: a TXT record at this name...
pub fn txt_record_name(domain: &str) -> String {
    format!("_trestle-verification.{domain}")
}

/// ...holding this value.
pub fn txt_record_value(challenge: &str) -> String {
    format!("trestle-verification={challenge}")
}

/// What an ID token says about the person, once its signature, issuer,
/// audience, expiry and nonce were checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub name: Option<String>,
}

/// The email an identity signs in with: verified by the provider, and on
/// one of the company's claimed domains (compared case-insensitively).
pub fn checked_email(identity: &Identity, claimed: &[String]) -> Result<Email, SsoFailure> {
    if identity.email_verified != Some(true) {
        return Err(SsoFailure::Unverified);
    }
    let email = identity
        .email
        .as_deref()
        .and_then(|e| Email::parse(e).ok())
        .ok_or(SsoFailure::WrongDomain)?;
    let domain = domain_of(&email);
    if claimed.iter().any(|c| c == domain) {
        Ok(email)
    } else {
        Err(SsoFailure::WrongDomain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(email: &str, verified: Option<bool>) -> Identity {
        Identity {
            subject: "s".into(),
            email: Some(email.into()),
            email_verified: verified,
            name: None,
        }
    }

    #[test]
    fn domains_are_normalised_and_checked() {
        assert_eq!(parse_domain(" Keystone.Example. ").unwrap(), "keystone.example");
        for bad in [
            "",
            "example",
            "a..b",
            "-a.b",
            "a-.b",
            "a b.c",
            "ké.example",
            "a@b.c",
        ] {
            assert_eq!(parse_domain(bad), Err(Refusal::DomainInvalid), "{bad}");
        }
        let long = format!("{}.example", "a".repeat(64));
        assert_eq!(parse_domain(&long), Err(Refusal::DomainInvalid));
    }

    #[test]
    fn the_email_must_be_verified_and_on_a_claimed_domain() {
        let claimed = vec!["keystone.example".to_owned()];
        let ok = checked_email(&identity("Sam.SSO@Keystone.EXAMPLE", Some(true)), &claimed).unwrap();
        assert_eq!(ok.as_str(), "sam.sso@keystone.example");
        let unverified = identity("sam@keystone.example", Some(false));
        assert_eq!(checked_email(&unverified, &claimed), Err(SsoFailure::Unverified));
        let silent = identity("sam@keystone.example", None);
        assert_eq!(checked_email(&silent, &claimed), Err(SsoFailure::Unverified));
        let elsewhere = identity("sam@keystone.example.evil", Some(true));
        assert_eq!(checked_email(&elsewhere, &claimed), Err(SsoFailure::WrongDomain));
        let sub = identity("sam@eu.keystone.example", Some(true));
        assert_eq!(checked_email(&sub, &claimed), Err(SsoFailure::WrongDomain));
        let none = Identity {
            email: None,
            ..identity("", Some(true))
        };
        assert_eq!(checked_email(&none, &claimed), Err(SsoFailure::WrongDomain));
    }

    #[test]
    fn failures_round_trip_through_their_codes() {
        for failure in SsoFailure::ALL {
            assert_eq!(SsoFailure::from_code(failure.code()), Some(failure));
            assert_eq!(SsoFailure::from_test_code(&failure.test_code()), Some(failure));
            assert_eq!(SsoFailure::from_test_code(failure.code()), None);
        }
        assert_eq!(SsoFailure::from_code("start"), None);
    }
}
