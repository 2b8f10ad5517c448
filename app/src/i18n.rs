//! Every word the UI shows, in one place per language. English titles and
//! labels follow SPEC.md exactly; French follows the French help pages.
//!
//! The language is chosen once per page: a saved choice (the switcher's
//! cookie), else the browser's `Accept-Language`, else English. The server
//! writes it into `<html lang>`, which is where hydration reads it back.

mod admin;
mod passkeys;
mod sso;

pub use admin::{AdminTexts, InvitationTexts};
use domain::phone::Country;
use leptos::prelude::*;
pub use passkeys::PasskeyTexts;
pub use sso::SsoTexts;

/// **My Profile Settings**, the account menu and their messages.
pub struct ProfileTexts {
    pub account_menu: &'static str,
    pub settings: &'static str,
    pub sections: &'static str,
    pub tab_security: &'static str,
    pub two_factor: &'static str,
    pub no_methods: &'static str,
    pub app: &'static str,
    pub phone: &'static str,
    pub passkey: &'static str,
    pub added: &'static str,
    pub last_used: &'static str,
    pub never_used: &'static str,
    pub rename: &'static str,
    pub new_name: &'static str,
    pub remove: &'static str,
    pub remove_named: &'static str,
    pub add_app: &'static str,
    pub add_phone: &'static str,
    pub new_recovery_code: &'static str,
    pub confirm_title: &'static str,
    pub confirm_intro: &'static str,
    pub confirm_intro_code: &'static str,
    pub current_password: &'static str,
    pub code: &'static str,
    pub text_me: &'static str,
    pub code_texted: &'static str,
    pub confirm: &'static str,
    pub confirmed: &'static str,
    pub must_use_mfa: &'static str,
    pub turn_off_note: &'static str,
    pub removed: &'static str,
    pub activity: &'static str,
    pub no_activity: &'static str,
    pub back_home: &'static str,
    pub cancel: &'static str,
    pub open_profile: &'static str,
    pub ev_sign_in: &'static str,
    pub ev_sign_in_failed: &'static str,
    pub ev_code_failed: &'static str,
    pub ev_factor_added: &'static str,
    pub ev_factor_removed: &'static str,
    pub ev_factor_renamed: &'static str,
    pub ev_recovery_issued: &'static str,
    pub ev_recovery_used: &'static str,
    pub ev_reauthenticated: &'static str,
    pub ev_sign_out: &'static str,
    pub by_password: &'static str,
    pub by_app: &'static str,
    pub by_sms: &'static str,
    pub by_recovery: &'static str,
    pub by_sso: &'static str,
    pub by_passkey: &'static str,
    pub months: [&'static str; 12],
    pub datetime: &'static str,
    pub err_reauth_required: &'static str,
    pub err_factor_not_found: &'static str,
    pub err_last_required_factor: &'static str,
    pub err_wrong_password: &'static str,
    pub password_section: &'static str,
    pub change_password: &'static str,
    pub new_password: &'static str,
    pub confirm_password: &'static str,
    pub password_rules: &'static str,
    pub password_changed: &'static str,
    pub strength: &'static str,
    pub forgot: &'static str,
    pub reset_sent: &'static str,
    pub reset_title: &'static str,
    pub reset_intro: &'static str,
    pub reset_submit: &'static str,
    pub not_me_title: &'static str,
    pub not_me_intro: &'static str,
    pub not_me_submit: &'static str,
    pub notice_password_reset: &'static str,
    pub notice_not_me: &'static str,
    pub err_link_invalid: &'static str,
    pub err_password_too_short: &'static str,
    pub err_password_is_email: &'static str,
    pub err_password_too_common: &'static str,
    pub err_passwords_differ: &'static str,
    pub ev_password_changed: &'static str,
    pub ev_password_reset: &'static str,
    pub ev_signed_out_everywhere: &'static str,
    pub ev_mfa_reset: &'static str,
    pub sign_out_everywhere: &'static str,
    pub sign_out_everywhere_hint: &'static str,
    pub notice_signed_out_everywhere: &'static str,
    pub strength_levels: [&'static str; 5],
    pub preferences: &'static str,
    pub use_recovery: &'static str,
    pub language_label: &'static str,
    pub time_zone_label: &'static str,
    pub save: &'static str,
    pub err_time_zone: &'static str,
}

impl ProfileTexts {
    /// A day as the pages show it: `12 December 2026`.
    pub fn date(&self, at: &domain::profile::LocalTime) -> String {
        let month = self.months[usize::from(at.month.clamp(1, 12)) - 1];
        format!("{} {month} {}", at.day, at.year)
    }

    /// A moment as the profile shows it: `2 December 2026, 09:05 UTC`.
    pub fn datetime(&self, at: &domain::profile::LocalTime) -> String {
        let month = self.months[usize::from(at.month.clamp(1, 12)) - 1];
        self.datetime
            .replace("{day}", &at.day.to_string())
            .replace("{month}", month)
            .replace("{year}", &at.year.to_string())
            .replace("{time}", &format!("{:02}:{:02}", at.hour, at.minute))
            .replace("{zone}", &at.zone)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
    Fr,
}

/// The cookie that keeps the switcher's choice.
pub const LOCALE_COOKIE: &str = "trestle_lang";

impl Locale {
    pub const ALL: [Self; 2] = [Self::En, Self::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    /// `fr`, `FR`, `fr-CA`... by the primary language subtag.
    pub fn from_code(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &EN,
            Self::Fr => &FR,
        }
    }

    /// The highest-weighted language of an `Accept-Language` header that we
    /// have (ties go to the one listed first).
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut best: Option<(f32, Self)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            if let Some(locale) = Self::from_code(tag)
                && weight > 0.0
                && best.is_none_or(|(w, _)| weight > w)
            {
                best = Some((weight, locale));
            }
        }
        best.map(|(_, locale)| locale)
    }

    /// A saved choice first, then the browser's preference, then English.
    pub fn negotiate(saved: Option<&str>, accept_language: Option<&str>) -> Self {
        saved
            .and_then(Self::from_code)
            .or_else(|| accept_language.and_then(Self::from_accept_language))
            .unwrap_or_default()
    }

    /// A request's language: the switcher's cookie (named with the
    /// `__Host-` prefix on https sites), else its `Accept-Language`.
    #[cfg(feature = "ssr")]
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let saved = crate::cookies::find(headers, &format!("__Host-{LOCALE_COOKIE}"))
            .or_else(|| crate::cookies::find(headers, LOCALE_COOKIE));
        let accept = headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Self::negotiate(saved.as_deref(), accept)
    }

    /// This page's language: negotiated from the request while rendering on
    /// the server, read back from `<html lang>` in the browser.
    pub fn for_page() -> Self {
        #[cfg(feature = "ssr")]
        {
            use_context::<http::request::Parts>()
                .map_or_else(Self::default, |parts| Self::from_headers(&parts.headers))
        }
        #[cfg(not(feature = "ssr"))]
        {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|lang| Self::from_code(&lang))
                .unwrap_or_default()
        }
    }
}

impl Locale {
    /// A country's name in this language, as the country list shows it.
    pub fn country_name(self, country: Country) -> &'static str {
        use Country as C;
        match (self, country) {
            (Self::En, C::Us) => "United States",
            (Self::En, C::Ca) => "Canada",
            (Self::En, C::Mx) => "Mexico",
            (Self::En, C::Gb) => "United Kingdom",
            (Self::En, C::Ie) => "Ireland",
            (Self::En, C::Fr) => "France",
            (Self::En, C::De) => "Germany",
            (Self::En, C::Es) => "Spain",
            (Self::En, C::It) => "Italy",
            (Self::En, C::Au) => "Australia",
            (Self::En, C::Nz) => "New Zealand",
            (Self::En, C::Sg) => "Singapore",
            (Self::En, C::Hk) => "Hong Kong",
            (Self::Fr, C::Us) => "États-Unis",
            (Self::Fr, C::Ca) => "Canada",
            (Self::Fr, C::Mx) => "Mexique",
            (Self::Fr, C::Gb) => "Royaume-Uni",
            (Self::Fr, C::Ie) => "Irlande",
            (Self::Fr, C::Fr) => "France",
            (Self::Fr, C::De) => "Allemagne",
            (Self::Fr, C::Es) => "Espagne",
            (Self::Fr, C::It) => "Italie",
            (Self::Fr, C::Au) => "Australie",
            (Self::Fr, C::Nz) => "Nouvelle-Zélande",
            (Self::Fr, C::Sg) => "Singapour",
            (Self::Fr, C::Hk) => "Hong Kong",
        }
    }
}

/// The language provided by the app's root.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The words of the page's language.
pub fn texts() -> &'static Texts {
    use_locale().texts()
}

pub struct Texts {
    pub locale: Locale,
    pub product_tagline: &'static str,
    // Step 1
    pub enter_email: &'static str,
    pub email: &'static str,
    pub continue_: &'static str,
    // Step 2
    pub enter_password: &'static str,
    pub password: &'static str,
    pub signing_in_as: &'static str,
    pub change_email: &'static str,
    // Step 3
    pub mfa_required: &'static str,
    pub mfa_required_body: &'static str,
    /// Before a company's deadline: `{n}` days, on `{date}`.
    pub mfa_soon: &'static str,
    pub mfa_soon_one: &'static str,
    pub remind_later: &'static str,
    pub err_deadline_passed: &'static str,
    pub set_up_now: &'static str,
    // Enrollment
    pub select_method: &'static str,
    pub authenticator_app: &'static str,
    pub authenticator_app_hint: &'static str,
    pub app_name: &'static str,
    pub after_recovery_notice: &'static str,
    pub skip_for_now: &'static str,
    pub secure_account: &'static str,
    pub scan_qr: &'static str,
    pub qr_tip_phone: &'static str,
    pub qr_label: &'static str,
    pub trouble_scanning: &'static str,
    pub setup_key_hint: &'static str,
    pub setup_key_label: &'static str,
    pub account_label: &'static str,
    pub enter_app_code: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub save_recovery: &'static str,
    pub save_recovery_body: &'static str,
    pub save_recovery_warning: &'static str,
    pub warning: &'static str,
    pub recovery_after_use: &'static str,
    pub download: &'static str,
    pub saved_checkbox: &'static str,
    // Challenge
    pub verify_identity: &'static str,
    pub enter_code_label: &'static str,
    pub code_hint: &'static str,
    pub using_app: &'static str,
    pub try_another: &'static str,
    pub how_verify: &'static str,
    pub enter_recovery: &'static str,
    pub enter_recovery_hint: &'static str,
    pub recovery_choice_hint: &'static str,
    pub recovery_code: &'static str,
    // Home
    pub welcome: &'static str,
    pub signed_in_as: &'static str,
    pub sign_out: &'static str,
    /// My Profile Settings and the account menu.
    pub profile: ProfileTexts,
    pub admin: AdminTexts,
    pub invitation: InvitationTexts,
    pub sso: SsoTexts,
    pub passkey: PasskeyTexts,
    /// The method picker's last line: no device and no recovery code.
    pub ask_admin: &'static str,
    // Notices
    pub notice_start: &'static str,
    pub notice_abandoned: &'static str,
    pub notice_signed_out: &'static str,
    // Errors
    pub err_email_empty: &'static str,
    pub err_email_malformed: &'static str,
    pub err_invalid_credentials: &'static str,
    pub err_password_reset_required: &'static str,
    pub err_password_too_long: &'static str,
    pub err_too_many_attempts: &'static str,
    pub err_out_of_order: &'static str,
    pub err_conflict: &'static str,
    pub err_already_enrolled: &'static str,
    pub err_foreign_origin: &'static str,
    pub err_bad_request: &'static str,
    pub err_moved_on: &'static str,
    pub go_to_current_step: &'static str,
    pub err_code_empty: &'static str,
    pub err_code_length: &'static str,
    pub err_code_digits: &'static str,
    pub err_recovery_length: &'static str,
    pub err_wrong_code: &'static str,
    pub err_code_replayed: &'static str,
    pub err_clock_fast: &'static str,
    pub err_clock_slow: &'static str,
    pub err_not_confirmed: &'static str,
    pub err_name_invalid: &'static str,
    pub err_name_taken: &'static str,
    pub err_too_many_apps: &'static str,
    pub sms_verification: &'static str,
    pub sms_hint: &'static str,
    pub highly_recommended: &'static str,
    pub setup_sms: &'static str,
    pub country_code: &'static str,
    pub phone_number: &'static str,
    pub phone_hint: &'static str,
    pub send_text: &'static str,
    pub sms_code_label: &'static str,
    pub resend: &'static str,
    pub resend_in_seconds: &'static str,
    pub resend_in_minutes: &'static str,
    pub sms_sent: &'static str,
    pub sms_not_live: &'static str,
    pub important: &'static str,
    pub sms_privacy: &'static str,
    pub use_different_number: &'static str,
    pub use_phone: &'static str,
    pub phone_ending: &'static str,
    pub err_sms_not_allowed: &'static str,
    pub err_country_not_offered: &'static str,
    pub err_phone_empty: &'static str,
    pub err_phone_invalid: &'static str,
    pub err_phone_not_in_country: &'static str,
    pub err_phone_us_only: &'static str,
    pub err_phone_taken: &'static str,
    pub err_too_many_phones: &'static str,
    pub err_code_expired: &'static str,
    pub err_sms_unavailable: &'static str,
    pub err_internal: &'static str,
    pub err_transport: &'static str,
    pub start_again: &'static str,
    pub recovery_file_title: &'static str,
    pub not_found: &'static str,
    pub go_to_sign_in: &'static str,
    /// The page for a form post bigger than the server accepts.
    pub too_large: &'static str,
    pub too_large_body: &'static str,
    pub go_back: &'static str,
    pub language: &'static str,
}

pub const EN: Texts = Texts {
    locale: Locale::En,
    product_tagline: "Secure sign-in for construction teams",
    enter_email: "Enter Your Email",
    email: "Email",
    continue_: "Continue",
    enter_password: "Enter Your Password",
    password: "Password",
    signing_in_as: "Signing in as",
    change_email: "Use a different email",
    mfa_required: "Two-Factor Authentication Required",
    mfa_soon: "Your company will require two-factor authentication in {n} days, on {date}. Set it up now, or be reminded at your next sign-in.",
    mfa_soon_one: "Your company will require two-factor authentication tomorrow, {date}. Set it up now, or be reminded at your next sign-in.",
    remind_later: "Remind Me Later",
    err_deadline_passed: "Your company now requires two-factor authentication: set it up to continue.",
    mfa_required_body: "To keep your account and your company's information safe, you need to set up two-factor authentication before you can sign in. It takes about two minutes and needs your phone.",
    set_up_now: "Set Up Now",
    select_method: "Select an Authentication Method",
    authenticator_app: "Authenticator App",
    authenticator_app_hint: "Use an app such as Google or Microsoft Authenticator to get a 6-digit code.",
    app_name: "Name this authenticator app",
    after_recovery_notice: "You signed in with your recovery code and saved a new one. Now set up MFA on your new device, or skip this for now.",
    skip_for_now: "Skip for Now",
    secure_account: "Secure Your Account",
    scan_qr: "The QR code must be scanned from within the Authenticator app, not with your phone's camera. Open the Authenticator app and use its built-in scanner to capture the code.",
    qr_tip_phone: "Setting up MFA on your phone without a computer? Since you can't scan a QR code on the same screen, you must enter the code manually. Tap Trouble Scanning and enter the provided code into your authenticator app.",
    qr_label: "QR code for your authenticator app",
    trouble_scanning: "Trouble Scanning?",
    setup_key_hint: "In your authenticator app, choose to enter a setup key and type this key. Choose \"time based\" if asked.",
    setup_key_label: "Setup key",
    account_label: "Account",
    enter_app_code: "Enter the 6-digit code from your authenticator app",
    copy: "Copy",
    copied: "Copied",
    save_recovery: "Save Your Recovery Code",
    save_recovery_body: "If you lose your phone, this code lets you sign in and set up MFA on a new device. We don't keep a copy of it.",
    save_recovery_warning: "Be sure to save your recovery code in a location that is securely accessible from another device. If your MFA device is lost or damaged, you will need your recovery code to set up MFA on a new device. Each recovery code can be used only once. After a recovery code is used, you will have the option to save a new recovery code.",
    warning: "Warning",
    recovery_after_use: "Your old recovery code has been used up. This new code replaces it.",
    download: "Download",
    saved_checkbox: "I Have Securely Saved This Code",
    verify_identity: "Verify Your Identity",
    enter_code_label: "Enter Your 6-digit Verification Code",
    code_hint: "Open your authenticator app to see your code.",
    using_app: "Use the code from",
    try_another: "Try Another Method",
    how_verify: "How Do You Want to Verify Your Identity?",
    enter_recovery: "Enter Recovery Code",
    enter_recovery_hint: "The 32-digit code you saved when you set up MFA. Spaces and dashes don't matter.",
    recovery_choice_hint: "The 32-digit code you saved when you set up MFA",
    recovery_code: "Enter Recovery Code",
    welcome: "Welcome",
    signed_in_as: "You're signed in as",
    sign_out: "Sign Out",
    admin: admin::EN,
    invitation: admin::INVITATION_EN,
    sso: sso::EN,
    passkey: passkeys::EN,
    ask_admin: "No device and no recovery code? Ask your company administrator to reset your MFA.",
    profile: ProfileTexts {
        account_menu: "Account menu",
        settings: "My Profile Settings",
        sections: "Profile sections",
        tab_security: "Password & Security",
        two_factor: "Two-Factor Authentication (2FA)",
        no_methods: "No two-factor method is set up yet.",
        app: "Authenticator app",
        phone: "Phone number",
        passkey: "Passkey",
        added: "Added {date}",
        last_used: "Last used {date}",
        never_used: "Not used yet",
        rename: "Rename",
        new_name: "New name for {name}",
        remove: "Remove",
        remove_named: "Remove {name}",
        add_app: "Add Authenticator App",
        add_phone: "Add Phone Number",
        new_recovery_code: "Get New Recovery Code",
        confirm_title: "Confirm It’s You",
        confirm_intro: "To add, rename or remove a method, enter your current password. You can then make changes for 5 minutes.",
        confirm_intro_code: "To add, rename or remove a method, enter your current password and a 6-digit code from your authenticator app or a text message. You can then make changes for 5 minutes.",
        current_password: "Current Password",
        code: "6-digit Verification Code",
        text_me: "Text Me a Code (ending in {n})",
        code_texted: "We sent a code by text message.",
        confirm: "Confirm",
        confirmed: "You can make changes for 5 minutes.",
        must_use_mfa: "Your account must use two-factor authentication. To replace a lost or new device, add the new one first, then remove the old one.",
        turn_off_note: "Removing every method turns two-factor authentication off, and your recovery code with it.",
        removed: "The method was removed. Every other browser signed in to your account was signed out.",
        activity: "Recent Activity",
        no_activity: "No activity yet.",
        back_home: "Back to Home",
        cancel: "Cancel",
        open_profile: "Manage your sign-in methods in My Profile Settings.",
        ev_sign_in: "Signed in",
        ev_sign_in_failed: "Failed sign-in attempt",
        ev_code_failed: "Wrong verification code",
        ev_factor_added: "Method added",
        ev_factor_removed: "Method removed",
        ev_factor_renamed: "Method renamed",
        ev_recovery_issued: "New recovery code",
        ev_recovery_used: "Recovery code used",
        ev_reauthenticated: "Identity confirmed",
        ev_sign_out: "Signed out",
        by_password: "password",
        by_app: "authenticator app",
        by_sms: "text message",
        by_recovery: "recovery code",
        by_sso: "company sign-in (SSO)",
        by_passkey: "passkey",
        months: domain::profile::MONTHS_EN,
        datetime: "{day} {month} {year}, {time} {zone}",
        err_reauth_required: "For your security, confirm it’s you first: enter your password again.",
        err_factor_not_found: "That method is not on your account (it may have been removed already).",
        err_last_required_factor: "You can’t remove your last method: your account must use two-factor authentication. Add the new device first, then remove this one.",
        err_wrong_password: "That password is not right.",
        password_section: "Password",
        change_password: "Change Password",
        new_password: "New Password",
        confirm_password: "Confirm New Password",
        password_rules: "At least 12 characters. Not your email, and not a common password.",
        password_changed: "Your password was changed. Every other browser signed in to your account was signed out.",
        strength: "Strength: {level}",
        forgot: "Forgot your password?",
        reset_sent: "If an account uses this email, we sent it a link to reset the password. It works once, for 30 minutes.",
        reset_title: "Reset Your Password",
        reset_intro: "Choose a new password. Two-factor authentication stays as it is: signing in will still ask for a code.",
        reset_submit: "Reset Password",
        not_me_title: "This Wasn’t Me",
        not_me_intro: "Sign out every browser signed in to your account and remove the sign-in method this email reported, if it reported one. Your password must then be changed before anyone can sign in: we will email you a link to choose a new one.",
        not_me_submit: "Sign Out Everywhere",
        notice_password_reset: "Your password was reset. Sign in with the new one.",
        notice_not_me: "Every browser signed in to your account was signed out, and any sign-in method that email reported was removed. Choose a new password with the link we just emailed you (or enter your email, then choose Forgot your password?) before you sign in again.",
        err_link_invalid: "This link has expired or was already used. For a new one, enter your email on the sign-in page and choose Forgot your password?",
        err_password_too_short: "Use at least {n} characters.",
        err_password_is_email: "Your password can’t be your email address.",
        err_password_too_common: "That password is one of the most common. Choose another.",
        err_passwords_differ: "The two new passwords are not the same.",
        ev_password_changed: "Password changed",
        ev_password_reset: "Password reset",
        ev_signed_out_everywhere: "Signed out everywhere",
        ev_mfa_reset: "Two-factor authentication reset by your company administrator",
        sign_out_everywhere: "Sign out of all browsers",
        sign_out_everywhere_hint: "Signs out every other browser signed in to your account; each asks for your second factor again at its next sign-in.",
        notice_signed_out_everywhere: "Every other browser was signed out.",
        strength_levels: ["very weak", "weak", "fair", "good", "strong"],
        preferences: "Language and Time Zone",
        use_recovery: "Lost your device? Use your recovery code instead",
        language_label: "Language",
        time_zone_label: "Time Zone",
        save: "Save",
        err_time_zone: "Choose a time zone from the list.",
    },
    notice_start: "Please start by entering your email.",
    notice_abandoned: "Too many incorrect codes. For your security, please sign in again.",
    notice_signed_out: "You have been signed out.",
    err_email_empty: "Enter your email address.",
    err_email_malformed: "Enter a valid email address, like name@company.com.",
    err_invalid_credentials: "The email or password is incorrect.",
    err_password_reset_required: "For your security, this account needs a new password before it can sign in. We emailed you a link to choose one; you can also choose Forgot your password? below.",
    err_password_too_long: "Passwords can be at most {n} bytes long.",
    err_too_many_attempts: "Too many attempts. Try again in {n} min.",
    err_out_of_order: "This sign-in has expired or moved on. Please start again.",
    err_conflict: "This sign-in changed in another tab or window. Reload the page to continue.",
    err_already_enrolled: "Two-factor authentication was just set up for this account in another browser. Sign in again to use it.",
    err_foreign_origin: "This request came from another site, so it was refused.",
    err_bad_request: "This form was incomplete. Reload the page and try again.",
    err_moved_on: "This sign-in has already moved on in another tab or window.",
    go_to_current_step: "Go to the current step",
    err_code_empty: "Enter the 6-digit code.",
    err_code_length: "The code must have exactly 6 digits.",
    err_code_digits: "The code can only contain digits.",
    err_recovery_length: "The recovery code must have exactly 32 digits.",
    err_wrong_code: "That code didn't work. Check it and try again. After several wrong codes, wait a few minutes.",
    err_code_replayed: "That code was already used. Wait for your app to show a new code.",
    err_clock_fast: "That code is for a different time: your phone's clock looks about {n} seconds fast. Set its time to automatic, then try a new code.",
    err_clock_slow: "That code has expired. If you typed it as soon as it appeared, your phone's clock looks about {n} seconds slow: set its time to automatic, then try a new code.",
    err_not_confirmed: "Tick \"I Have Securely Saved This Code\" to continue.",
    err_name_invalid: "Choose a name of 1 to {n} characters.",
    err_name_taken: "You already have a method of this kind with this name.",
    err_too_many_apps: "You can register at most {n} authenticator apps.",
    sms_verification: "SMS Verification",
    sms_hint: "Get a 6-digit code by text message on your mobile phone.",
    highly_recommended: "Highly recommended",
    setup_sms: "Set Up SMS Verification",
    country_code: "Select Your Country Code",
    phone_number: "Enter Your Phone Number",
    phone_hint: "The mobile number that will receive your codes, without the country code.",
    send_text: "Send Text Message",
    sms_code_label: "Enter the 6-Digit Verification Code",
    resend: "Resend New Code",
    resend_in_seconds: "You can ask for a new code in {n} seconds.",
    resend_in_minutes: "You can ask for a new code in {n} min.",
    sms_sent: "We sent a 6-digit code by text message to the number ending in {n}. It expires in {m} minutes.",
    sms_not_live: "There is no valid code for the number ending in {n}: it expired or could not be sent. Choose Resend New Code to get a new one.",
    important: "Important",
    sms_privacy: "Keep your verification code private. {product} generates a unique code just for you. Never share it with anyone. {product} employees will never ask for it.",
    use_different_number: "Use a different number",
    use_phone: "Use a Phone Number",
    phone_ending: "Ending in {n}",
    err_sms_not_allowed: "SMS verification is not available for your account: payment users must use an authenticator app.",
    err_country_not_offered: "Text messages can only be sent to numbers in the countries listed.",
    err_phone_empty: "Enter your phone number.",
    err_phone_invalid: "That doesn't look like a mobile phone number. Check the digits and try again.",
    err_phone_not_in_country: "That number does not match the country code you selected ({country}). Check the country or the number.",
    err_phone_us_only: "Payee admins can only use a United States (+1) mobile number for SMS verification.",
    err_phone_taken: "This number is already registered on your account.",
    err_too_many_phones: "You can register at most {n} phone numbers.",
    err_code_expired: "That code has expired. Choose Resend New Code to get a new one.",
    err_sms_unavailable: "We couldn't send the text message. Try again in a moment.",
    err_internal: "Something went wrong on our side. Please try again.",
    err_transport: "We couldn't reach the server. Check your connection and try again.",
    start_again: "Start again",
    recovery_file_title: "recovery code",
    not_found: "Page Not Found",
    go_to_sign_in: "Go to sign in",
    too_large: "This Form Was Too Large",
    too_large_body: "It held more than we accept, so nothing was saved. Go back and try again with less text.",
    go_back: "Go back",
    language: "Language",
};

pub const FR: Texts = Texts {
    locale: Locale::Fr,
    product_tagline: "Connexion sécurisée pour les équipes de chantier",
    enter_email: "Saisissez votre adresse e-mail",
    email: "Adresse e-mail",
    continue_: "Continuer",
    enter_password: "Entrez votre mot de passe",
    password: "Mot de passe",
    signing_in_as: "Connexion en tant que",
    change_email: "Utiliser une autre adresse e-mail",
    mfa_required: "Authentification multifacteur requise",
    mfa_soon: "Votre entreprise exigera l’authentification à deux facteurs dans {n} jours, le {date}. Configurez-la maintenant, ou recevez un rappel à votre prochaine connexion.",
    mfa_soon_one: "Votre entreprise exigera l’authentification à deux facteurs demain, le {date}. Configurez-la maintenant, ou recevez un rappel à votre prochaine connexion.",
    remind_later: "Me le rappeler plus tard",
    err_deadline_passed: "Votre entreprise exige désormais l’authentification à deux facteurs : configurez-la pour continuer.",
    mfa_required_body: "Pour protéger votre compte et les informations de votre entreprise, vous devez configurer l’authentification multifacteur avant de vous connecter. Cela prend environ deux minutes et nécessite votre téléphone.",
    set_up_now: "Configurer maintenant",
    select_method: "Sélectionnez une méthode d’authentification",
    authenticator_app: "Application d’authentification",
    authenticator_app_hint: "Utilisez une application comme Google ou Microsoft Authenticator pour obtenir un code à 6 chiffres.",
    app_name: "Nommez cette application d’authentification",
    after_recovery_notice: "Vous vous êtes connecté avec votre code de récupération et en avez enregistré un nouveau. Configurez maintenant l’authentification multifacteur sur votre nouvel appareil, ou ignorez cette étape pour l’instant.",
    skip_for_now: "Ignorer pour l’instant",
    secure_account: "Sécurisez votre compte",
    scan_qr: "Le code QR doit être scanné depuis l’application d’authentification, et non avec l’appareil photo de votre téléphone. Ouvrez l’application d’authentification et utilisez son lecteur intégré pour capturer le code.",
    qr_tip_phone: "Vous configurez l’authentification multifacteur sur votre téléphone sans ordinateur ? Comme vous ne pouvez pas scanner un code QR affiché sur le même écran, vous devez saisir le code manuellement. Touchez Problème de lecture ? et saisissez le code fourni dans votre application d’authentification.",
    qr_label: "Code QR pour votre application d’authentification",
    trouble_scanning: "Problème de lecture ?",
    setup_key_hint: "Dans votre application d’authentification, choisissez de saisir une clé de configuration et tapez cette clé. Choisissez « basée sur l’heure » si on vous le demande.",
    setup_key_label: "Clé de configuration",
    account_label: "Compte",
    enter_app_code: "Saisissez le code à 6 chiffres de votre application d’authentification",
    copy: "Copier",
    copied: "Copié",
    save_recovery: "Enregistrez votre code de récupération",
    save_recovery_body: "Si vous perdez votre téléphone, ce code vous permet de vous connecter et de configurer l’authentification multifacteur sur un nouvel appareil. Nous n’en gardons aucune copie.",
    save_recovery_warning: "Assurez-vous d’enregistrer votre code de récupération dans un emplacement accessible en toute sécurité à partir d’un autre appareil. En cas de perte ou d’endommagement de votre appareil MFA, vous aurez besoin de votre code de récupération pour configurer l’authentification multifacteur sur un nouvel appareil. Chaque code de récupération ne peut être utilisé qu’une seule fois. Après l’utilisation d’un code de récupération, vous aurez la possibilité d’enregistrer un nouveau code de récupération.",
    warning: "Avertissement",
    recovery_after_use: "Votre ancien code de récupération a été utilisé. Ce nouveau code le remplace.",
    download: "Télécharger",
    saved_checkbox: "J’ai enregistré ce code en lieu sûr",
    verify_identity: "Vérifier votre identité",
    enter_code_label: "Saisissez votre code de vérification à 6 chiffres",
    code_hint: "Ouvrez votre application d’authentification pour voir votre code.",
    using_app: "Utilisez le code de",
    try_another: "Essayer une autre méthode",
    how_verify: "Comment voulez-vous vérifier votre identité ?",
    enter_recovery: "Saisir le code de récupération",
    enter_recovery_hint: "Le code à 32 chiffres enregistré lors de la configuration de l’authentification multifacteur. Les espaces et les tirets sont ignorés.",
    recovery_choice_hint: "Le code à 32 chiffres enregistré lors de la configuration de l’authentification multifacteur",
    recovery_code: "Saisir le code de récupération",
    welcome: "Bienvenue",
    signed_in_as: "Vous êtes connecté en tant que",
    sign_out: "Se déconnecter",
    admin: admin::FR,
    invitation: admin::INVITATION_FR,
    sso: sso::FR,
    passkey: passkeys::FR,
    ask_admin: "Ni appareil ni code de récupération ? Demandez à l’administrateur de votre entreprise de réinitialiser votre MFA.",
    profile: ProfileTexts {
        account_menu: "Menu du compte",
        settings: "Mes paramètres de profil",
        sections: "Sections du profil",
        tab_security: "Mot de passe et sécurité",
        two_factor: "Authentification à deux facteurs (2FA)",
        no_methods: "Aucune méthode à deux facteurs n’est encore configurée.",
        app: "Application d’authentification",
        phone: "Numéro de téléphone",
        passkey: "Clé d’accès",
        added: "Ajouté le {date}",
        last_used: "Dernière utilisation le {date}",
        never_used: "Pas encore utilisé",
        rename: "Renommer",
        new_name: "Nouveau nom pour {name}",
        remove: "Supprimer",
        remove_named: "Supprimer {name}",
        add_app: "Ajouter une application d’authentification",
        add_phone: "Ajouter un numéro de téléphone",
        new_recovery_code: "Obtenir un nouveau code de récupération",
        confirm_title: "Confirmez votre identité",
        confirm_intro: "Pour ajouter, renommer ou supprimer une méthode, saisissez votre mot de passe actuel. Vous pourrez ensuite faire des modifications pendant 5 minutes.",
        confirm_intro_code: "Pour ajouter, renommer ou supprimer une méthode, saisissez votre mot de passe actuel et un code à 6 chiffres de votre application d’authentification ou reçu par SMS. Vous pourrez ensuite faire des modifications pendant 5 minutes.",
        current_password: "Mot de passe actuel",
        code: "Code de vérification à 6 chiffres",
        text_me: "M’envoyer un code par SMS (numéro se terminant par {n})",
        code_texted: "Nous vous avons envoyé un code par SMS.",
        confirm: "Confirmer",
        confirmed: "Vous pouvez faire des modifications pendant 5 minutes.",
        must_use_mfa: "Votre compte doit utiliser l’authentification à deux facteurs. Pour remplacer un appareil perdu ou nouveau, ajoutez d’abord le nouveau, puis supprimez l’ancien.",
        turn_off_note: "Supprimer toutes les méthodes désactive l’authentification à deux facteurs, ainsi que votre code de récupération.",
        removed: "La méthode a été supprimée. Tous les autres navigateurs connectés à votre compte ont été déconnectés.",
        activity: "Activité récente",
        no_activity: "Aucune activité pour l’instant.",
        back_home: "Retour à l’accueil",
        cancel: "Annuler",
        open_profile: "Gérez vos méthodes de connexion dans Mes paramètres de profil.",
        ev_sign_in: "Connexion",
        ev_sign_in_failed: "Tentative de connexion échouée",
        ev_code_failed: "Code de vérification erroné",
        ev_factor_added: "Méthode ajoutée",
        ev_factor_removed: "Méthode supprimée",
        ev_factor_renamed: "Méthode renommée",
        ev_recovery_issued: "Nouveau code de récupération",
        ev_recovery_used: "Code de récupération utilisé",
        ev_reauthenticated: "Identité confirmée",
        ev_sign_out: "Déconnexion",
        by_password: "mot de passe",
        by_app: "application d’authentification",
        by_sms: "SMS",
        by_recovery: "code de récupération",
        by_sso: "connexion d’entreprise (SSO)",
        by_passkey: "clé d’accès",
        months: domain::profile::MONTHS_FR,
        datetime: "{day} {month} {year} à {time} {zone}",
        err_reauth_required: "Pour votre sécurité, confirmez d’abord votre identité : saisissez à nouveau votre mot de passe.",
        err_factor_not_found: "Cette méthode n’est pas sur votre compte (elle a peut-être déjà été supprimée).",
        err_last_required_factor: "Vous ne pouvez pas supprimer votre dernière méthode : votre compte doit utiliser l’authentification à deux facteurs. Ajoutez d’abord le nouvel appareil, puis supprimez celui-ci.",
        err_wrong_password: "Ce mot de passe n’est pas le bon.",
        password_section: "Mot de passe",
        change_password: "Changer le mot de passe",
        new_password: "Nouveau mot de passe",
        confirm_password: "Confirmez le nouveau mot de passe",
        password_rules: "Au moins 12 caractères. Ni votre adresse e-mail, ni un mot de passe courant.",
        password_changed: "Votre mot de passe a été modifié. Tous les autres navigateurs connectés à votre compte ont été déconnectés.",
        strength: "Robustesse : {level}",
        forgot: "Mot de passe oublié ?",
        reset_sent: "Si un compte utilise cette adresse, nous lui avons envoyé un lien pour réinitialiser le mot de passe. Il fonctionne une fois, pendant 30 minutes.",
        reset_title: "Réinitialisez votre mot de passe",
        reset_intro: "Choisissez un nouveau mot de passe. L’authentification à deux facteurs reste inchangée : la connexion vous demandera toujours un code.",
        reset_submit: "Réinitialiser le mot de passe",
        not_me_title: "Ce n’était pas moi",
        not_me_intro: "Déconnectez tous les navigateurs connectés à votre compte et retirez la méthode de connexion signalée par cet e-mail, s’il en signalait une. Il faudra ensuite changer votre mot de passe avant toute connexion : nous vous enverrons par e-mail un lien pour en choisir un nouveau.",
        not_me_submit: "Déconnecter partout",
        notice_password_reset: "Votre mot de passe a été réinitialisé. Connectez-vous avec le nouveau.",
        notice_not_me: "Tous les navigateurs connectés à votre compte ont été déconnectés, et toute méthode de connexion signalée par cet e-mail a été retirée. Choisissez un nouveau mot de passe avec le lien que nous venons de vous envoyer par e-mail (ou saisissez votre adresse e-mail, puis choisissez Mot de passe oublié ?) avant de vous reconnecter.",
        err_link_invalid: "Ce lien a expiré ou a déjà été utilisé. Pour en obtenir un nouveau, saisissez votre adresse e-mail sur la page de connexion et choisissez Mot de passe oublié ?",
        err_password_too_short: "Utilisez au moins {n} caractères.",
        err_password_is_email: "Votre mot de passe ne peut pas être votre adresse e-mail.",
        err_password_too_common: "Ce mot de passe fait partie des plus courants. Choisissez-en un autre.",
        err_passwords_differ: "Les deux nouveaux mots de passe ne sont pas identiques.",
        ev_password_changed: "Mot de passe modifié",
        ev_password_reset: "Mot de passe réinitialisé",
        ev_signed_out_everywhere: "Déconnecté partout",
        ev_mfa_reset: "Authentification à deux facteurs réinitialisée par l’administrateur de votre entreprise",
        sign_out_everywhere: "Se déconnecter de tous les navigateurs",
        sign_out_everywhere_hint: "Déconnecte tous les autres navigateurs connectés à votre compte ; chacun redemandera votre second facteur à sa prochaine connexion.",
        notice_signed_out_everywhere: "Tous les autres navigateurs ont été déconnectés.",
        strength_levels: ["très faible", "faible", "moyenne", "bonne", "forte"],
        preferences: "Langue et fuseau horaire",
        use_recovery: "Appareil perdu ? Utilisez plutôt votre code de récupération",
        language_label: "Langue",
        time_zone_label: "Fuseau horaire",
        save: "Enregistrer",
        err_time_zone: "Choisissez un fuseau horaire dans la liste.",
    },
    notice_start: "Commencez par saisir votre adresse e-mail.",
    notice_abandoned: "Trop de codes incorrects. Pour votre sécurité, veuillez vous reconnecter.",
    notice_signed_out: "Vous avez été déconnecté.",
    err_email_empty: "Saisissez votre adresse e-mail.",
    err_email_malformed: "Saisissez une adresse e-mail valide, par exemple nom@entreprise.com.",
    err_invalid_credentials: "L’adresse e-mail ou le mot de passe est incorrect.",
    err_password_reset_required: "Pour votre sécurité, ce compte doit choisir un nouveau mot de passe avant de se connecter. Nous vous avons envoyé par e-mail un lien pour le choisir ; vous pouvez aussi choisir Mot de passe oublié ? ci-dessous.",
    err_password_too_long: "Le mot de passe ne peut pas dépasser {n} octets.",
    err_too_many_attempts: "Trop de tentatives. Réessayez dans {n} min.",
    err_out_of_order: "Cette connexion a expiré ou a déjà avancé. Veuillez recommencer.",
    err_conflict: "Cette connexion a changé dans un autre onglet ou une autre fenêtre. Rechargez la page pour continuer.",
    err_already_enrolled: "L’authentification multifacteur vient d’être configurée pour ce compte dans un autre navigateur. Reconnectez-vous pour l’utiliser.",
    err_foreign_origin: "Cette requête provient d’un autre site ; elle a donc été refusée.",
    err_bad_request: "Ce formulaire était incomplet. Rechargez la page et réessayez.",
    err_moved_on: "Cette connexion a déjà avancé dans un autre onglet ou une autre fenêtre.",
    go_to_current_step: "Aller à l’étape en cours",
    err_code_empty: "Saisissez le code à 6 chiffres.",
    err_code_length: "Le code doit comporter exactement 6 chiffres.",
    err_code_digits: "Le code ne peut contenir que des chiffres.",
    err_recovery_length: "Le code de récupération doit comporter exactement 32 chiffres.",
    err_wrong_code: "Ce code n’a pas fonctionné. Vérifiez-le et réessayez. Après plusieurs codes erronés, patientez quelques minutes.",
    err_code_replayed: "Ce code a déjà été utilisé. Attendez que votre application affiche un nouveau code.",
    err_clock_fast: "Ce code correspond à une autre heure : l’horloge de votre téléphone semble avancer d’environ {n} secondes. Réglez l’heure sur automatique, puis essayez un nouveau code.",
    err_clock_slow: "Ce code a expiré. Si vous l’avez saisi dès son affichage, l’horloge de votre téléphone semble retarder d’environ {n} secondes : réglez l’heure sur automatique, puis essayez un nouveau code.",
    err_not_confirmed: "Cochez « J’ai enregistré ce code en lieu sûr » pour continuer.",
    err_name_invalid: "Choisissez un nom de 1 à {n} caractères.",
    err_name_taken: "Vous avez déjà une méthode de ce type portant ce nom.",
    err_too_many_apps: "Vous pouvez enregistrer au maximum {n} applications d’authentification.",
    sms_verification: "Vérification par SMS",
    sms_hint: "Recevez un code à 6 chiffres par SMS sur votre téléphone mobile.",
    highly_recommended: "Fortement recommandé",
    setup_sms: "Configurer la vérification par SMS",
    country_code: "Sélectionnez votre indicatif pays",
    phone_number: "Saisissez votre numéro de téléphone",
    phone_hint: "Le numéro de mobile qui recevra vos codes, sans l’indicatif pays.",
    send_text: "Envoyer le SMS",
    sms_code_label: "Saisissez le code de vérification à 6 chiffres",
    resend: "Renvoyer un nouveau code",
    resend_in_seconds: "Vous pourrez demander un nouveau code dans {n} secondes.",
    resend_in_minutes: "Vous pourrez demander un nouveau code dans {n} min.",
    sms_sent: "Nous avons envoyé un code à 6 chiffres par SMS au numéro se terminant par {n}. Il expire dans {m} minutes.",
    sms_not_live: "Aucun code valide pour le numéro se terminant par {n} : il a expiré ou n’a pas pu être envoyé. Choisissez « Renvoyer un nouveau code » pour en recevoir un nouveau.",
    important: "Important",
    sms_privacy: "Gardez votre code de vérification confidentiel. {product} génère un code unique rien que pour vous. Ne le communiquez jamais à personne. Les employés de {product} ne vous le demanderont jamais.",
    use_different_number: "Utiliser un autre numéro",
    use_phone: "Utiliser un numéro de téléphone",
    phone_ending: "Se terminant par {n}",
    err_sms_not_allowed: "La vérification par SMS n’est pas disponible pour votre compte : les utilisateurs des paiements doivent utiliser une application d’authentification.",
    err_country_not_offered: "Les SMS ne peuvent être envoyés qu’aux numéros des pays de la liste.",
    err_phone_empty: "Saisissez votre numéro de téléphone.",
    err_phone_invalid: "Ce numéro ne semble pas être un numéro de mobile. Vérifiez les chiffres et réessayez.",
    err_phone_not_in_country: "Ce numéro ne correspond pas à l’indicatif pays sélectionné ({country}). Vérifiez le pays ou le numéro.",
    err_phone_us_only: "Les administrateurs bénéficiaires ne peuvent utiliser qu’un numéro de mobile des États-Unis (+1) pour la vérification par SMS.",
    err_phone_taken: "Ce numéro est déjà enregistré sur votre compte.",
    err_too_many_phones: "Vous pouvez enregistrer au maximum {n} numéros de téléphone.",
    err_code_expired: "Ce code a expiré. Choisissez « Renvoyer un nouveau code » pour en recevoir un nouveau.",
    err_sms_unavailable: "Nous n’avons pas pu envoyer le SMS. Réessayez dans un instant.",
    err_internal: "Une erreur s’est produite de notre côté. Veuillez réessayer.",
    err_transport: "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
    start_again: "Recommencer",
    recovery_file_title: "code de récupération",
    not_found: "Page introuvable",
    go_to_sign_in: "Aller à la connexion",
    too_large: "Ce formulaire était trop volumineux",
    too_large_body: "Il contenait plus que ce que nous acceptons ; rien n’a été enregistré. Revenez en arrière et réessayez avec moins de texte.",
    go_back: "Revenir en arrière",
    language: "Langue",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_we_have() {
        let pick = Locale::from_accept_language;
        assert_eq!(pick("fr-CA,fr;q=0.9,en;q=0.8"), Some(Locale::Fr));
        assert_eq!(pick("de-DE,de;q=0.9,en;q=0.5,fr;q=0.7"), Some(Locale::Fr));
        assert_eq!(pick("en-US,en;q=0.9"), Some(Locale::En));
        assert_eq!(pick("fr;q=0, en"), Some(Locale::En));
        assert_eq!(pick("fr;q=nonsense, en;q=0.1"), Some(Locale::En));
        assert_eq!(pick("de, *;q=0.1"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn a_saved_choice_beats_the_browser() {
        assert_eq!(Locale::negotiate(Some("en"), Some("fr")), Locale::En);
        assert_eq!(Locale::negotiate(Some("xx"), Some("fr-FR")), Locale::Fr);
        assert_eq!(Locale::negotiate(None, None), Locale::En);
    }

    #[test]
    fn every_language_has_every_message() {
        for locale in Locale::ALL {
            let t = locale.texts();
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
            assert!(t.err_clock_fast.contains("{n}") && t.err_clock_slow.contains("{n}"));
            assert!(!t.continue_.is_empty() && !t.language.is_empty());
        }
        assert_ne!(EN.verify_identity, FR.verify_identity);
    }
}
