//! Phone numbers as people type them, parsed and validated with
//! libphonenumber's metadata (the `phonenumber` crate) into E.164. Kept on
//! the server: the numbering tables never reach the browser.

use domain::limits::PHONE_FIELD_MAX_CHARS;
use domain::phone::{Country, check_region, sms_allowed};
use domain::policy::PaymentRole;
use domain::refusal::Refusal;
use phonenumber::{Mode, PhoneNumber, Type};

/// The number typed with `chosen` picked under **Select Your Country
/// Code**, in E.164, when `role` may receive codes on it. A number typed
/// with its own `+` prefix is read as such; either way it must belong to
/// the country chosen (decided by its region: the US and Canada share +1).
pub fn parse(role: PaymentRole, chosen: Country, typed: &str) -> Result<String, Refusal> {
    if !sms_allowed(role) {
        return Err(Refusal::SmsNotAllowed);
    }
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(Refusal::PhoneEmpty);
    }
    let shaped = typed.chars().count() <= PHONE_FIELD_MAX_CHARS
        && typed
            .chars()
            .all(|c| c.is_ascii_digit() || " -.()/".contains(c) || c == '+')
        && typed.chars().filter(|c| *c == '+').count() <= 1
        && typed.find('+').is_none_or(|i| i == 0);
    if !shaped {
        return Err(Refusal::PhoneInvalid);
    }
    let number = chosen
        .iso()
        .parse::<phonenumber::country::Id>()
        .ok()
        .and_then(|id| phonenumber::parse(Some(id), typed).ok())
        .ok_or(Refusal::PhoneInvalid)?;
    // The country first: a number typed with another country's prefix is
    // told so, even when its digits are also wrong.
    let Some(region) = number.country().id() else {
        return Err(Refusal::PhoneInvalid);
    };
    check_region(role, chosen, Country::from_iso(region.as_ref()))?;
    if !number.is_valid() || !can_receive_texts(&number) {
        return Err(Refusal::PhoneInvalid);
    }
    Ok(number.format().mode(Mode::E164).to_string())
}

/// Any line but those that never take a text: toll-free, premium-rate,
/// shared-cost, voicemail and company (UAN) numbers.
fn can_receive_texts(number: &PhoneNumber) -> bool {
    !matches!(
        number.number_type(&phonenumber::metadata::DATABASE),
        Type::TollFree | Type::PremiumRate | Type::SharedCost | Type::Voicemail | Type::Uan
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const USER: PaymentRole = PaymentRole::None;

    #[test]
    fn numbers_of_each_country_are_stored_in_e164() {
        assert_eq!(
            parse(USER, Country::Us, "(201) 555-0123").unwrap(),
            "+12015550123"
        );
        assert_eq!(
            parse(USER, Country::Us, "+1 201 555 0123").unwrap(),
            "+12015550123"
        );
        assert_eq!(parse(USER, Country::Ca, "506 234 5678").unwrap(), "+15062345678");
        assert_eq!(
            parse(USER, Country::Fr, "06 12 34 56 78").unwrap(),
            "+33612345678"
        );
        assert_eq!(parse(USER, Country::Gb, "07400 123456").unwrap(), "+447400123456");
        assert_eq!(
            parse(USER, Country::De, "01512 3456789").unwrap(),
            "+4915123456789"
        );
        assert_eq!(parse(USER, Country::Au, "0412 345 678").unwrap(), "+61412345678");
    }

    #[test]
    fn a_canadian_number_is_refused_for_a_payee_admin_and_for_the_us() {
        assert_eq!(
            parse(PaymentRole::PayeeAdmin, Country::Us, "506 234 5678"),
            Err(Refusal::PhoneUsOnly)
        );
        assert_eq!(
            parse(PaymentRole::PayeeAdmin, Country::Us, "(201) 555-0123").unwrap(),
            "+12015550123"
        );
        assert_eq!(
            parse(PaymentRole::PayeeAdmin, Country::Fr, "06 12 34 56 78"),
            Err(Refusal::PhoneUsOnly)
        );
        assert_eq!(
            parse(USER, Country::Us, "506 234 5678"),
            Err(Refusal::PhoneNotInCountry { country: Country::Us })
        );
    }

    #[test]
    fn payors_never_get_a_number() {
        assert_eq!(
            parse(PaymentRole::Payor, Country::Us, "(201) 555-0123"),
            Err(Refusal::SmsNotAllowed)
        );
    }

    #[test]
    fn bad_shapes_are_refused_clearly() {
        assert_eq!(parse(USER, Country::Us, "  "), Err(Refusal::PhoneEmpty));
        assert_eq!(parse(USER, Country::Us, "call me"), Err(Refusal::PhoneInvalid));
        assert_eq!(parse(USER, Country::Us, "201555abcd"), Err(Refusal::PhoneInvalid));
        assert_eq!(parse(USER, Country::Us, "12345"), Err(Refusal::PhoneInvalid));
        assert_eq!(
            parse(USER, Country::Us, "201 555 0123 4567 8901"),
            Err(Refusal::PhoneInvalid)
        );
        assert_eq!(
            parse(USER, Country::Us, &"1".repeat(200)),
            Err(Refusal::PhoneInvalid)
        );
        assert_eq!(
            parse(USER, Country::Us, "201+5550123"),
            Err(Refusal::PhoneInvalid)
        );
        // Toll-free lines cannot receive texts.
        assert_eq!(
            parse(USER, Country::Us, "800 555 0123"),
            Err(Refusal::PhoneInvalid)
        );
    }

    #[test]
    fn a_number_of_a_country_off_the_list_is_refused() {
        // Brazil, typed with its own prefix while the US is chosen.
        assert_eq!(
            parse(USER, Country::Us, "+55 11 91234 5678"),
            Err(Refusal::PhoneNotInCountry { country: Country::Us })
        );
        // A French number under Germany.
        assert_eq!(
            parse(USER, Country::De, "+33 6 12 34 56 78"),
            Err(Refusal::PhoneNotInCountry { country: Country::De })
        );
    }
}
