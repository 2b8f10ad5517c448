//! The UI's words: typed views of the Fluent catalogue (`catalogue/locales`),
//! one struct per area, loaded once per language. English titles and labels
//! follow SPEC.md exactly.
//!
//! The language is chosen once per page: a saved choice (the switcher's
//! cookie), else the browser's `Accept-Language`, else English. The server
//! writes it into `<html lang>`, which is where hydration reads it back.

mod admin;
mod passkeys;
mod sso;

pub use admin::{AdminTexts, InvitationTexts};
pub use catalogue::{Language, Message};
use domain::phone::Country;
use leptos::prelude::*;
pub use passkeys::PasskeyTexts;
pub use sso::SsoTexts;
use std::sync::LazyLock;

catalogue::words! {
    /// **My Profile Settings**, the account menu and their messages.
    pub struct ProfileTexts in "profile-" {
        words {
            account_menu,
            settings,
            sections,
            tab_security,
            two_factor,
            no_methods,
            app,
            phone,
            passkey,
            never_used,
            rename,
            remove,
            add_app,
            add_phone,
            new_recovery_code,
            confirm_title,
            confirm_intro,
            confirm_intro_code,
            current_password,
            code,
            code_texted,
            confirm,
            confirmed,
            must_use_mfa,
            turn_off_note,
            removed,
            activity,
            no_activity,
            back_home,
            cancel,
            open_profile,
            ev_sign_in,
            ev_sign_in_failed,
            ev_code_failed,
            ev_factor_added,
            ev_factor_removed,
            ev_factor_renamed,
            ev_recovery_issued,
            ev_recovery_used,
            ev_reauthenticated,
            ev_sign_out,
            by_password,
            by_app,
            by_sms,
            by_recovery,
            by_sso,
            by_passkey,
            err_reauth_required,
            err_factor_not_found,
            err_last_required_factor,
            err_wrong_password,
            password_section,
            change_password,
            new_password,
            confirm_password,
            password_rules,
            password_changed,
            forgot,
            reset_sent,
            reset_title,
            reset_intro,
            reset_submit,
            not_me_title,
            not_me_intro,
            not_me_submit,
            notice_password_reset,
            notice_not_me,
            err_link_invalid,
            err_password_is_email,
            err_password_too_common,
            err_passwords_differ,
            ev_password_changed,
            ev_password_reset,
            ev_signed_out_everywhere,
            ev_mfa_reset,
            sign_out_everywhere,
            sign_out_everywhere_hint,
            notice_signed_out_everywhere,
            preferences,
            use_recovery,
            language_label,
            time_zone_label,
            save,
            err_time_zone,
        }
        messages {
            added,
            last_used,
            new_name,
            remove_named,
            text_me,
            strength,
            err_password_too_short,
        }
        lists {
            strength_levels: 5,
        }
        parts {}
    }
}

impl ProfileTexts {
    /// A day as the pages show it, in this language (ICU): `December 12, 2026`.
    pub fn date(&self, at: &domain::profile::LocalTime) -> String {
        catalogue::date(self.language, at)
    }

    /// A moment and its zone: `December 2, 2026 at 9:05 AM (CET)`.
    pub fn datetime(&self, at: &domain::profile::LocalTime) -> String {
        catalogue::date_time(self.language, at)
    }

    /// A time of day: `9:05 AM`, `09:05`.
    pub fn time(&self, at: &domain::profile::LocalTime) -> String {
        catalogue::time(self.language, at)
    }
}

/// The cookie that keeps the switcher's choice.
pub const LOCALE_COOKIE: &str = "trestle_lang";

/// A request's language: the switcher's cookie (named with the `__Host-`
/// prefix on https sites), else its `Accept-Language`, else English.
#[cfg(feature = "ssr")]
pub fn language_from_headers(headers: &http::HeaderMap) -> Language {
    let saved = crate::cookies::find(headers, &format!("__Host-{LOCALE_COOKIE}"))
        .or_else(|| crate::cookies::find(headers, LOCALE_COOKIE));
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Language::negotiate(saved.as_deref(), accept)
}

/// This page's language: negotiated from the request while rendering on
/// the server, read back from `<html lang>` in the browser.
pub fn page_language() -> Language {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map_or_else(Language::default, |parts| language_from_headers(&parts.headers))
    }
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|lang| Language::from_code(&lang))
            .unwrap_or_default()
    }
}

/// The SMS countries' names in one language (`country-us`…).
pub struct Countries([&'static str; Country::ALL.len()]);

impl Countries {
    fn id(country: Country) -> String {
        format!("country-{}", country.iso().to_ascii_lowercase())
    }

    pub fn load(language: Language) -> Self {
        Self(Country::ALL.map(|c| catalogue::leak(language, &Self::id(c))))
    }

    pub fn ids() -> Vec<String> {
        Country::ALL.into_iter().map(Self::id).collect()
    }

    /// A country's name, as the country list shows it.
    pub fn name(&self, country: Country) -> &'static str {
        let at = Country::ALL.iter().position(|c| *c == country).unwrap_or(0);
        self.0[at]
    }
}

/// The language provided by the app's root.
pub fn use_locale() -> Language {
    use_context::<Language>().unwrap_or_default()
}

/// The words of one language, loaded from the catalogue on first use.
pub fn texts_in(language: Language) -> &'static Texts {
    static ALL: LazyLock<Vec<Texts>> = LazyLock::new(|| Language::ALL.map(Texts::load).into());
    &ALL[language.index()]
}

/// The words of the page's language.
pub fn texts() -> &'static Texts {
    texts_in(use_locale())
}

catalogue::words! {
    pub struct Texts in "" {
        words {
            product_tagline,
            /// Links to the help centre.
            need_help,
            clock_help,
            trouble_scanning_help,
            lost_device_help,
            enter_email,
            email,
            continue_,
            enter_password,
            password,
            signing_in_as,
            change_email,
            mfa_required,
            mfa_required_body,
            remind_later,
            err_deadline_passed,
            set_up_now,
            select_method,
            authenticator_app,
            authenticator_app_hint,
            app_name,
            after_recovery_notice,
            skip_for_now,
            secure_account,
            scan_qr,
            qr_tip_phone,
            qr_label,
            trouble_scanning,
            setup_key_hint,
            setup_key_label,
            account_label,
            enter_app_code,
            copy,
            copied,
            save_recovery,
            save_recovery_body,
            save_recovery_warning,
            warning,
            recovery_after_use,
            download,
            saved_checkbox,
            verify_identity,
            enter_code_label,
            code_hint,
            using_app,
            try_another,
            how_verify,
            enter_recovery,
            enter_recovery_hint,
            recovery_choice_hint,
            recovery_code,
            welcome,
            signed_in_as,
            sign_out,
            /// The method picker's last line: no device and no recovery code.
            ask_admin,
            notice_start,
            notice_abandoned,
            notice_signed_out,
            err_email_empty,
            err_email_malformed,
            err_invalid_credentials,
            err_password_reset_required,
            err_too_many_attempts_later,
            err_out_of_order,
            err_conflict,
            err_already_enrolled,
            err_foreign_origin,
            err_bad_request,
            err_moved_on,
            go_to_current_step,
            err_code_empty,
            err_code_length,
            err_code_digits,
            err_recovery_length,
            err_wrong_code,
            err_code_replayed,
            err_not_confirmed,
            err_name_taken,
            sms_verification,
            sms_hint,
            highly_recommended,
            setup_sms,
            country_code,
            phone_number,
            phone_hint,
            send_text,
            sms_code_label,
            resend,
            important,
            use_different_number,
            use_phone,
            err_sms_not_allowed,
            err_country_not_offered,
            err_phone_empty,
            err_phone_invalid,
            err_phone_us_only,
            err_phone_taken,
            err_code_expired,
            err_sms_unavailable,
            err_internal,
            err_transport,
            start_again,
            not_found,
            go_to_sign_in,
            /// The page for a form post bigger than the server accepts.
            too_large,
            too_large_body,
            go_back,
            switch_language,
        }
        messages {
            /// The downloaded recovery-code file: `{product}`, `{code}`.
            recovery_file,
            /// Before a company's deadline: `{n}` days, on `{date}`.
            mfa_soon,
            /// The page when the database does not answer: `{product}`.
            unavailable,
            err_password_too_long,
            err_too_many_attempts,
            err_clock_fast,
            err_clock_slow,
            err_name_invalid,
            err_too_many_apps,
            resend_in_seconds,
            resend_in_minutes,
            sms_sent,
            sms_not_live,
            sms_privacy,
            phone_ending,
            err_phone_not_in_country,
            err_too_many_phones,
        }
        lists {}
        parts {
            /// My Profile Settings and the account menu.
            profile: ProfileTexts,
            admin: AdminTexts,
            invitation: InvitationTexts,
            sso: SsoTexts,
            passkey: PasskeyTexts,
            countries: Countries,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_the_screens_read_is_in_every_language() {
        let ids = Texts::ids();
        assert!(ids.len() > 400, "{} ids", ids.len());
        // Every variable a screen passes (a message resolves only with its own).
        let args: Vec<(&'static str, catalogue::Value)> = [
            "n", "m", "total", "date", "time", "zone", "name", "company", "product", "detail", "reason",
            "level", "country", "code",
        ]
        .into_iter()
        .map(|name| (name, "x".into()))
        .collect();
        for language in Language::ALL {
            let missing: Vec<_> = ids
                .iter()
                .filter(|id| catalogue::message(language, id, &args) == **id)
                .collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        }
    }

    #[test]
    fn each_language_is_its_own() {
        let [en, fr, de, es] = Language::ALL.map(texts_in);
        assert_eq!(en.verify_identity, "Verify Your Identity");
        for other in [fr, de, es] {
            assert_ne!(other.verify_identity, en.verify_identity);
            assert_ne!(other.countries.name(Country::De), en.countries.name(Country::De));
        }
        assert_eq!(de.language, Language::De);
        let file = en
            .recovery_file
            .with(&[("product", "Trestle".into()), ("code", "1234-5678".into())]);
        assert!(
            file.starts_with("Trestle recovery code\n\n1234-5678\n\nBe sure"),
            "{file:?}"
        );
    }
}
