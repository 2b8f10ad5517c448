//! Phone numbers for SMS verification: the countries a number may belong
//! to, who may use SMS at all, and how a number is shown once registered.
//!
//! Parsing and validation (with the `phonenumber` crate and its metadata)
//! happen on the server only; this module holds the rules, so the browser
//! never carries the numbering tables.

use crate::policy::PaymentRole;
use crate::refusal::Refusal;
use serde::{Deserialize, Serialize};

/// The countries whose numbers can receive verification codes (SPEC "Factors").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    Us,
    Ca,
    Mx,
    Gb,
    Ie,
    Fr,
    De,
    Es,
    It,
    Au,
    Nz,
    Sg,
    Hk,
}

impl Country {
    /// In the order the country list shows them.
    pub const ALL: [Self; 13] = [
        Self::Us,
        Self::Ca,
        Self::Mx,
        Self::Gb,
        Self::Ie,
        Self::Fr,
        Self::De,
        Self::Es,
        Self::It,
        Self::Au,
        Self::Nz,
        Self::Sg,
        Self::Hk,
    ];

    /// ISO 3166-1 alpha-2, as forms post it and `phonenumber` names regions.
    pub fn iso(self) -> &'static str {
        match self {
            Self::Us => "US",
            Self::Ca => "CA",
            Self::Mx => "MX",
            Self::Gb => "GB",
            Self::Ie => "IE",
            Self::Fr => "FR",
            Self::De => "DE",
            Self::Es => "ES",
            Self::It => "IT",
            Self::Au => "AU",
            Self::Nz => "NZ",
            Self::Sg => "SG",
            Self::Hk => "HK",
        }
    }

    /// The international dialling code. The US and Canada share +1, so a
    /// number's country is decided by its region, never by this prefix.
    pub fn dialling_code(self) -> u16 {
        match self {
            Self::Us | Self::Ca => 1,
            Self::Mx => 52,
            Self::Gb => 44,
            Self::Ie => 353,
            Self::Fr => 33,
            Self::De => 49,
            Self::Es => 34,
            Self::It => 39,
            Self::Au => 61,
            Self::Nz => 64,
            Self::Sg => 65,
            Self::Hk => 852,
        }
    }

    pub fn from_iso(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.iso().eq_ignore_ascii_case(code.trim()))
    }
}

/// Who may receive codes by SMS, and on which countries' numbers.
pub fn sms_countries(role: PaymentRole) -> &'static [Country] {
    match role {
        // Payors must use an authenticator app.
        PaymentRole::Payor => &[],
        // Payee admins: US numbers only.
        PaymentRole::PayeeAdmin => &[Country::Us],
        PaymentRole::None => &Country::ALL,
    }
}

pub fn sms_allowed(role: PaymentRole) -> bool {
    !sms_countries(role).is_empty()
}

/// Decides whether a number may be registered: the person chose `chosen`
/// in the list, and the number parsed as belonging to `region` (`None`
/// when it belongs to no country on the list).
pub fn check_region(role: PaymentRole, chosen: Country, region: Option<Country>) -> Result<(), Refusal> {
    let allowed = sms_countries(role);
    if allowed.is_empty() {
        return Err(Refusal::SmsNotAllowed);
    }
    if !allowed.contains(&chosen) {
        return Err(Refusal::PhoneUsOnly);
    }
    match region {
        Some(region) if region == chosen => Ok(()),
        _ if allowed == [Country::Us] => Err(Refusal::PhoneUsOnly),
        _ => Err(Refusal::PhoneNotInCountry { country: chosen }),
    }
}

/// A registered number as screens show it: only its last four digits.
pub fn mask(e164: &str) -> String {
    let digits: Vec<char> = e164.chars().filter(char::is_ascii_digit).collect();
    let last: String = digits[digits.len().saturating_sub(4)..].iter().collect();
    format!("•••• {last}")
}

/// The last four digits, for texts read aloud ("ending in 1234").
pub fn last_four(e164: &str) -> String {
    mask(e164).trim_start_matches("•••• ").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_countries_each_found_by_its_code() {
        assert_eq!(Country::ALL.len(), 13);
        for c in Country::ALL {
            assert_eq!(Country::from_iso(c.iso()), Some(c));
            assert_eq!(Country::from_iso(&c.iso().to_lowercase()), Some(c));
        }
        assert_eq!(Country::from_iso("BR"), None);
        assert_eq!(Country::Ca.dialling_code(), Country::Us.dialling_code());
    }

    #[test]
    fn payors_never_get_sms_and_payee_admins_only_us_numbers() {
        assert!(!sms_allowed(PaymentRole::Payor));
        assert_eq!(
            check_region(PaymentRole::Payor, Country::Us, Some(Country::Us)),
            Err(Refusal::SmsNotAllowed)
        );
        assert_eq!(
            check_region(PaymentRole::PayeeAdmin, Country::Us, Some(Country::Us)),
            Ok(())
        );
        // A Canadian +1 number, typed with the US chosen: refused on its region.
        assert_eq!(
            check_region(PaymentRole::PayeeAdmin, Country::Us, Some(Country::Ca)),
            Err(Refusal::PhoneUsOnly)
        );
        assert_eq!(
            check_region(PaymentRole::PayeeAdmin, Country::Ca, Some(Country::Ca)),
            Err(Refusal::PhoneUsOnly)
        );
    }

    #[test]
    fn a_number_must_belong_to_the_country_chosen() {
        let user = PaymentRole::None;
        assert_eq!(check_region(user, Country::Ca, Some(Country::Ca)), Ok(()));
        assert_eq!(
            check_region(user, Country::Us, Some(Country::Ca)),
            Err(Refusal::PhoneNotInCountry { country: Country::Us })
        );
        // A number of a country not on the list.
        assert_eq!(
            check_region(user, Country::Fr, None),
            Err(Refusal::PhoneNotInCountry { country: Country::Fr })
        );
    }

    #[test]
    fn masks_all_but_the_last_four_digits() {
        assert_eq!(mask("+14155550123"), "•••• 0123");
        assert_eq!(last_four("+33639980001"), "0001");
        assert_eq!(mask("+1"), "•••• 1");
    }
}
