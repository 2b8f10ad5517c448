//! The emails Trestle sends, in the reader's language (the user's
//! `locale`) and time zone, and the text message carrying a code. Every
//! word comes from the catalogue (`catalogue/locales/*/emails.ftl`): a
//! value is a Fluent variable, never read as a template. The HTML part is
//! an askama template (`templates/email.html`), which escapes every value;
//! the plain-text part is the same paragraphs.

use super::Email;
use crate::local_time::{local_time, time_zone};
use askama::Template;
use catalogue::{Language, Value};
use time::OffsetDateTime;

/// What happened, that the user is told about by email.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice<'a> {
    /// An authenticator app was enrolled, under this name.
    AppAdded {
        app_name: &'a str,
    },
    /// A phone number was enrolled for SMS verification (shown masked).
    PhoneAdded {
        masked: &'a str,
    },
    /// A passkey was registered, under this name.
    PasskeyAdded {
        name: &'a str,
    },
    /// A passkey's signature counter went backwards: a copy of it may
    /// exist, and the sign-in was refused.
    PasskeyCloned,
    /// The recovery code signed the user in (and a new one was issued).
    RecoveryCodeUsed,
    /// An app (by name) or a number (masked) was removed.
    FactorRemoved {
        what: &'a str,
    },
    /// **Get New Recovery Code**: the old one no longer works.
    RecoveryCodeRenewed,
    PasswordChanged,
    PasswordReset,
    /// The link that resets the password (asked for on **Enter Your Password**).
    ResetLink {
        url: &'a str,
        minutes: i64,
    },
    /// The company requires MFA from `deadline` (Unix seconds; saved or
    /// moved by an admin); `url` is where to set it up. The email names
    /// the deadline in the reader's time zone.
    MfaRequired {
        company: &'a str,
        deadline: i64,
        url: &'a str,
    },
    /// A week or a day before the deadline, to a member not enrolled yet.
    MfaReminder {
        company: &'a str,
        deadline: i64,
        days_left: i64,
        url: &'a str,
    },
    /// An admin of `company` removed every factor and the recovery code.
    MfaReset {
        company: &'a str,
    },
    /// An admin of `company` made an account for this address; `url`
    /// sets its first password, for `days`.
    AccountCreated {
        company: &'a str,
        url: &'a str,
        days: i64,
    },
    /// An admin of `company` invited this existing account to join it;
    /// `url` opens the invitation, for `days`.
    Invitation {
        company: &'a str,
        url: &'a str,
        days: i64,
    },
}

/// A notice's messages in the catalogue: its subject, its paragraphs and
/// the words of its link, if it has one of its own.
struct Wording {
    subject: &'static str,
    paragraphs: &'static [&'static str],
    button: Option<&'static str>,
}

/// Ends the emails about a change the reader may have made themselves.
const NOTHING_ELSE: &str = "email-nothing-else";

impl Notice<'_> {
    /// A change to the account's security: its email offers **This wasn't me**.
    pub fn is_security_change(&self) -> bool {
        !matches!(
            self,
            Self::ResetLink { .. }
                | Self::MfaRequired { .. }
                | Self::MfaReminder { .. }
                | Self::AccountCreated { .. }
                | Self::Invitation { .. }
        )
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Self::AppAdded { .. } => "app_added",
            Self::PhoneAdded { .. } => "phone_added",
            Self::PasskeyAdded { .. } => "passkey_added",
            Self::PasskeyCloned => "passkey_cloned",
            Self::RecoveryCodeUsed => "recovery_code_used",
            Self::FactorRemoved { .. } => "factor_removed",
            Self::RecoveryCodeRenewed => "recovery_code_renewed",
            Self::PasswordChanged => "password_changed",
            Self::PasswordReset => "password_reset",
            Self::ResetLink { .. } => "reset_link",
            Self::MfaRequired { .. } => "mfa_required",
            Self::MfaReminder { .. } => "mfa_reminder",
            Self::MfaReset { .. } => "mfa_reset",
            Self::AccountCreated { .. } => "account_created",
            Self::Invitation { .. } => "invitation",
        }
    }

    fn wording(&self) -> Wording {
        let (subject, paragraphs, button): (_, &'static [&'static str], _) = match self {
            Self::AppAdded { .. } => (
                "email-app-added-subject",
                &["email-app-added-1", NOTHING_ELSE],
                None,
            ),
            Self::PhoneAdded { .. } => (
                "email-phone-added-subject",
                &["email-phone-added-1", NOTHING_ELSE],
                None,
            ),
            Self::PasskeyAdded { .. } => (
                "email-passkey-added-subject",
                &["email-passkey-added-1", NOTHING_ELSE],
                None,
            ),
            Self::PasskeyCloned => (
                "email-passkey-cloned-subject",
                &["email-passkey-cloned-1", "email-passkey-cloned-2"],
                None,
            ),
            Self::RecoveryCodeUsed => (
                "email-recovery-used-subject",
                &["email-recovery-used-1", "email-recovery-used-2"],
                None,
            ),
            Self::FactorRemoved { .. } => (
                "email-factor-removed-subject",
                &["email-factor-removed-1", NOTHING_ELSE],
                None,
            ),
            Self::RecoveryCodeRenewed => (
                "email-recovery-renewed-subject",
                &["email-recovery-renewed-1", "email-recovery-renewed-2"],
                None,
            ),
            Self::PasswordChanged => (
                "email-password-changed-subject",
                &["email-password-changed-1", NOTHING_ELSE],
                None,
            ),
            Self::PasswordReset => (
                "email-password-reset-subject",
                &["email-password-reset-1", NOTHING_ELSE],
                None,
            ),
            Self::ResetLink { .. } => (
                "email-reset-link-subject",
                &["email-reset-link-1", "email-reset-link-2"],
                Some("email-reset-link-button"),
            ),
            Self::MfaRequired { .. } => (
                "email-mfa-required-subject",
                &["email-mfa-required-1", "email-mfa-required-2"],
                Some("email-mfa-setup-button"),
            ),
            Self::MfaReminder { .. } => (
                "email-mfa-reminder-subject",
                &["email-mfa-reminder-1", "email-mfa-reminder-2"],
                Some("email-mfa-setup-button"),
            ),
            Self::MfaReset { .. } => (
                "email-mfa-reset-subject",
                &["email-mfa-reset-1", "email-mfa-reset-2"],
                None,
            ),
            Self::AccountCreated { .. } => (
                "email-account-created-subject",
                &["email-account-created-1", "email-account-created-2"],
                Some("email-account-created-button"),
            ),
            Self::Invitation { .. } => (
                "email-invitation-subject",
                &["email-invitation-1", "email-invitation-2"],
                Some("email-invitation-button"),
            ),
        };
        Wording {
            subject,
            paragraphs,
            button,
        }
    }

    /// The link the notice itself carries (a reset, a setup, an invitation).
    fn url(&self) -> Option<&str> {
        match self {
            Self::ResetLink { url, .. }
            | Self::MfaRequired { url, .. }
            | Self::MfaReminder { url, .. }
            | Self::AccountCreated { url, .. }
            | Self::Invitation { url, .. } => Some(url),
            _ => None,
        }
    }
}

/// Who the email is for: their address, name, language and time zone
/// (an IANA name, as the users table keeps it; UTC when unknown).
#[derive(Clone, Copy, Debug)]
pub struct Recipient<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub language: Language,
    pub time_zone: &'a str,
}

/// A deadline's words in `language` and `zone`: its day ("December 12,
/// 2026"), with its time when it is not midnight there; and the zone's name.
fn deadline_words(language: Language, deadline: i64, zone: &str) -> (String, String) {
    let (_, name) = time_zone(zone);
    let at = local_time(deadline, zone);
    let day = catalogue::date(language, &at);
    let date = if (at.hour, at.minute) == (0, 0) {
        day
    } else {
        catalogue::message(
            language,
            "email-date-at-time",
            &[
                ("date", Value::from(day)),
                ("time", Value::from(catalogue::time(language, &at))),
            ],
        )
    };
    (date, name.to_owned())
}

/// The variables of `notice`'s messages (Fluent ignores those a message
/// does not use).
fn variables<'a>(
    notice: &Notice<'a>,
    to: &Recipient<'a>,
    product: &'a str,
    when: String,
) -> Vec<(&'static str, Value<'a>)> {
    let mut args = vec![
        ("product", Value::from(product)),
        ("name", Value::from(to.display_name)),
        ("when", Value::from(when)),
    ];
    match *notice {
        Notice::AppAdded { app_name: app }
        | Notice::PhoneAdded { masked: app }
        | Notice::PasskeyAdded { name: app }
        | Notice::FactorRemoved { what: app } => args.push(("app", Value::from(app))),
        Notice::ResetLink { minutes, .. } => args.push(("minutes", Value::from(minutes))),
        Notice::MfaRequired {
            company, deadline, ..
        } => {
            let (date, zone) = deadline_words(to.language, deadline, to.time_zone);
            args.extend([
                ("company", Value::from(company)),
                ("date", Value::from(date)),
                ("zone", Value::from(zone)),
            ]);
        }
        Notice::MfaReminder {
            company,
            deadline,
            days_left,
            ..
        } => {
            let (date, zone) = deadline_words(to.language, deadline, to.time_zone);
            args.extend([
                ("company", Value::from(company)),
                ("date", Value::from(date)),
                ("zone", Value::from(zone)),
                ("days", Value::from(days_left)),
            ]);
        }
        Notice::MfaReset { company } => args.push(("company", Value::from(company))),
        Notice::AccountCreated { company, days, .. } | Notice::Invitation { company, days, .. } => {
            args.extend([("company", Value::from(company)), ("days", Value::from(days))]);
        }
        Notice::PasskeyCloned
        | Notice::RecoveryCodeUsed
        | Notice::RecoveryCodeRenewed
        | Notice::PasswordChanged
        | Notice::PasswordReset => {}
    }
    args
}

/// An email's link: its words and where it leads.
struct Link<'a> {
    label: String,
    url: &'a str,
}

#[derive(Template)]
#[template(path = "email.html")]
struct EmailHtml<'a> {
    lang: &'a str,
    subject: &'a str,
    paragraphs: &'a [String],
    link: Option<&'a Link<'a>>,
    signature: &'a str,
}

/// The email telling `to` about `notice`, which happened `at` (written in
/// their language and time zone). A security change ends with `not_me`,
/// the link that signs out every session.
pub fn compose(
    notice: Notice<'_>,
    to: Recipient<'_>,
    product: &str,
    at: OffsetDateTime,
    not_me: Option<&str>,
) -> Email {
    let language = to.language;
    let when = catalogue::date_time(language, &local_time(at.unix_timestamp(), to.time_zone));
    let args = variables(&notice, &to, product, when);
    let say = |id: &str| catalogue::message(language, id, &args);
    let wording = notice.wording();
    let link = match (wording.button, notice.url()) {
        (Some(button), Some(url)) => Some((button, url)),
        _ => not_me
            .filter(|_| notice.is_security_change())
            .map(|url| ("email-not-me-button", url)),
    }
    .map(|(label, url)| Link {
        label: say(label),
        url,
    });
    let closing: &[&str] = match notice.is_security_change() {
        true => &["email-not-you"],
        false => &[],
    };
    let paragraphs: Vec<String> = std::iter::once("email-greeting")
        .chain(wording.paragraphs.iter().copied())
        .chain(closing.iter().copied())
        .map(say)
        .collect();
    let subject = say(wording.subject);
    let signature = say("email-signature");
    let link_line = link.as_ref().map(|link| {
        catalogue::message(
            language,
            "email-link-line",
            &[
                ("label", Value::from(link.label.as_str())),
                ("url", Value::from(link.url)),
            ],
        )
    });
    let text = paragraphs
        .iter()
        .chain(link_line.iter())
        .chain(std::iter::once(&signature))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n";
    let html = EmailHtml {
        lang: language.code(),
        subject: &subject,
        paragraphs: &paragraphs,
        link: link.as_ref(),
        signature: &signature,
    }
    .render()
    .unwrap_or_else(|err| {
        tracing::error!(%err, kind = notice.kind(), "the email's HTML did not render");
        String::new()
    });
    Email {
        to: to.email.to_owned(),
        subject,
        text,
        html,
    }
}

/// The text message carrying `code`, in `language`. Its last line is the
/// WebOTP line (`@host #code`) that lets a phone's browser fill the code
/// in; `host` comes from the configured public URL, never from a request.
pub fn sms_code_text(language: Language, product: &str, code: &str, minutes: u32, host: &str) -> String {
    let text = catalogue::message(
        language,
        "sms-code-text",
        &[
            ("product", Value::from(product)),
            ("code", Value::from(code)),
            ("minutes", Value::from(minutes)),
        ],
    );
    format!("{text}\n\n@{host} #{code}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// 2026-12-12 00:00 in Paris (23:00 UTC the day before).
    const PARIS_MIDNIGHT: i64 = 1_797_030_000;
    /// 2026-12-12 00:00 UTC.
    const UTC_MIDNIGHT: i64 = 1_797_033_600;

    fn to(language: Language) -> Recipient<'static> {
        in_zone(language, "UTC")
    }

    fn in_zone(language: Language, time_zone: &'static str) -> Recipient<'static> {
        Recipient {
            email: "ada@example.com",
            display_name: "Ada <Admin>",
            language,
            time_zone,
        }
    }

    /// Every kind of email, with plain values.
    fn every_notice() -> Vec<Notice<'static>> {
        let url = "https://trestle.example/x";
        vec![
            Notice::AppAdded { app_name: "Work" },
            Notice::PhoneAdded {
                masked: "•••• 0123"
            },
            Notice::PasskeyAdded { name: "Laptop" },
            Notice::PasskeyCloned,
            Notice::RecoveryCodeUsed,
            Notice::FactorRemoved { what: "Work" },
            Notice::RecoveryCodeRenewed,
            Notice::PasswordChanged,
            Notice::PasswordReset,
            Notice::ResetLink { url, minutes: 30 },
            Notice::MfaRequired {
                company: "Summit",
                deadline: UTC_MIDNIGHT,
                url,
            },
            Notice::MfaReminder {
                company: "Summit",
                deadline: UTC_MIDNIGHT,
                days_left: 7,
                url,
            },
            Notice::MfaReset { company: "Summit" },
            Notice::AccountCreated {
                company: "Summit",
                url,
                days: 7,
            },
            Notice::Invitation {
                company: "Summit",
                url,
                days: 7,
            },
        ]
    }

    /// No placeable left unresolved, no message missing (its id would show).
    fn assert_whole(what: &str, text: &str) {
        for leftover in ['{', '}', '$'] {
            assert!(!text.contains(leftover), "{leftover} in {what}: {text}");
        }
        for id in ["email-", "sms-", "outbox-", "date-time-in-zone"] {
            assert!(!text.contains(id), "{id} in {what}: {text}");
        }
    }

    #[test]
    fn every_email_is_whole_in_every_language() {
        let at = datetime!(2026-12-05 09:05:00 UTC);
        let not_me = Some("https://trestle.example/account/not-me?token=t");
        for language in Language::ALL {
            for notice in every_notice() {
                let email = compose(notice, in_zone(language, "Europe/Paris"), "Trestle", at, not_me);
                let what = format!("{} in {}", notice.kind(), language.code());
                assert_whole(&what, &email.subject);
                assert_whole(&what, &email.text);
                assert_whole(&what, &email.html);
                assert!(
                    email
                        .html
                        .contains(&format!("<html lang=\"{}\">", language.code())),
                    "{what}"
                );
                assert!(email.text.contains("https://trestle.example/"), "{what}: a link");
                assert!(email.text.ends_with("— Trestle\n"), "{what}");
                assert!(
                    !email.subject.is_empty() && !email.subject.contains('\n'),
                    "{what}"
                );
                // Everything but the button is paragraphs: greeting, body, signature.
                assert!(email.text.split("\n\n").count() >= 4, "{what}: {}", email.text);
            }
        }
    }

    #[test]
    fn app_added_in_english() {
        let at = datetime!(2026-11-25 12:00:10 UTC);
        let email = compose(
            Notice::AppAdded {
                app_name: "Work {name} { $product }",
            },
            to(Language::En),
            "Acme & Co",
            at,
            None,
        );
        assert_eq!(email.subject, "An authenticator app was added to your account");
        assert!(email.text.starts_with("Hello Ada <Admin>,\n\n"));
        assert!(
            email.text.contains(
                "named “Work {name} { $product }” was added to your Acme & Co account on November 25, 2026"
            ),
            "{}",
            email.text
        );
        assert!(email.text.contains("(UTC)"), "{}", email.text);
        assert!(email.text.contains("change your password"));
        assert!(email.text.contains("contact your company administrator"));
        assert!(email.text.ends_with("— Acme & Co\n"));
        assert!(email.html.contains("<html lang=\"en\">"));
        assert!(email.html.contains("Hello Ada &#60;Admin&#62;,"));
        assert!(email.html.contains("Acme &#38; Co"));
        assert!(!email.html.contains("<Admin>"));
    }

    /// The moment of a change is written in the reader's time zone.
    #[test]
    fn the_moment_is_in_the_readers_zone_and_language() {
        let at = datetime!(2026-08-03 07:05:00 UTC);
        let cases = [
            (Language::En, "Europe/Paris", "August 3, 2026 at 9:05"),
            (Language::Fr, "Europe/Paris", "3 août 2026 à 09:05 (CEST)"),
            (Language::De, "Europe/Berlin", "3. August 2026 um 09:05 (CEST)"),
            (Language::Es, "Europe/Madrid", "3 de agosto de 2026"),
            (Language::En, "America/New_York", "August 3, 2026 at 3:05"),
        ];
        for (language, zone, expected) in cases {
            let email = compose(
                Notice::PasswordChanged,
                in_zone(language, zone),
                "Trestle",
                at,
                None,
            );
            assert!(email.text.contains(expected), "{zone}: {}", email.text);
        }
    }

    /// The seed's email: the company, the day, and how to set it up; no
    /// "This wasn't me" (nothing changed on the account).
    #[test]
    fn the_deadline_and_its_reminders_name_the_company_and_the_day() {
        let at = datetime!(2026-12-05 09:05:00 UTC);
        let url = "https://trestle.example/login";
        let required = Notice::MfaRequired {
            company: "Summit <Builders>",
            deadline: UTC_MIDNIGHT,
            url,
        };
        let en = compose(
            required,
            to(Language::En),
            "Trestle",
            at,
            Some("https://x/not-me"),
        );
        assert_eq!(
            en.subject,
            "Summit <Builders> requires two-factor authentication from December 12, 2026"
        );
        assert!(
            en.text
                .contains("to sign in to Trestle from December 12, 2026 (UTC time),"),
            "{}",
            en.text
        );
        assert!(
            en.text
                .contains("Set up two-factor authentication: https://trestle.example/login")
        );
        assert!(!en.text.contains("not-me"));
        assert!(en.html.contains("Summit &#60;Builders&#62;") && !en.html.contains("<Builders>"));
        let fr = compose(required, to(Language::Fr), "Trestle", at, None);
        assert!(
            fr.subject.ends_with("à partir du 12 décembre 2026"),
            "{}",
            fr.subject
        );
        assert!(
            fr.text
                .contains("Configurer l’authentification à deux facteurs : https://")
        );
        let reminder = Notice::MfaReminder {
            company: "Summit",
            deadline: UTC_MIDNIGHT,
            days_left: 7,
            url,
        };
        let email = compose(reminder, to(Language::Fr), "Trestle", at, None);
        assert_eq!(
            email.subject,
            "Configurez l’authentification à deux facteurs : obligatoire dans 7 jours"
        );
        let reset = compose(
            Notice::MfaReset { company: "Summit" },
            to(Language::En),
            "Trestle",
            at,
            Some("https://x/not-me"),
        );
        assert!(
            reset
                .text
                .contains("An administrator of Summit reset two-factor authentication")
        );
        assert!(
            reset.text.contains("https://x/not-me"),
            "a security change offers the link"
        );
    }

    /// Midnight in Paris is the evening before in New York: a reader there
    /// is told that day, at that time, and in which zone.
    #[test]
    fn a_deadline_is_named_in_the_readers_time_zone() {
        let at = datetime!(2026-12-05 09:05:00 UTC);
        let url = "https://trestle.example/login";
        let required = Notice::MfaRequired {
            company: "Summit",
            deadline: PARIS_MIDNIGHT,
            url,
        };
        let paris = compose(
            required,
            in_zone(Language::En, "Europe/Paris"),
            "Trestle",
            at,
            None,
        );
        assert!(
            paris.subject.ends_with("from December 12, 2026"),
            "{}",
            paris.subject
        );
        assert!(paris.text.contains("from December 12, 2026 (Europe/Paris time)"));
        let new_york = compose(
            required,
            in_zone(Language::En, "America/New_York"),
            "Trestle",
            at,
            None,
        );
        assert!(
            new_york.subject.contains("from December 11, 2026 at 6:00"),
            "{}",
            new_york.subject
        );
        assert!(
            new_york.text.contains("PM (America/New_York time)"),
            "{}",
            new_york.text
        );
        let fr = compose(
            required,
            in_zone(Language::Fr, "America/New_York"),
            "Trestle",
            at,
            None,
        );
        assert!(
            fr.text
                .contains("à partir du 11 décembre 2026 à 18:00 (fuseau horaire America/New_York)"),
            "{}",
            fr.text
        );
        let de = compose(
            required,
            in_zone(Language::De, "America/New_York"),
            "Trestle",
            at,
            None,
        );
        assert!(
            de.text
                .contains("ab dem 11. Dezember 2026 um 18:00 (Zeitzone America/New_York)"),
            "{}",
            de.text
        );
        // An unknown zone is UTC, and said so.
        let nowhere = compose(
            required,
            in_zone(Language::En, "Mars/Olympus"),
            "Trestle",
            at,
            None,
        );
        assert!(
            nowhere.text.contains("from December 11, 2026 at 11:00"),
            "{}",
            nowhere.text
        );
        assert!(nowhere.text.contains("(UTC time)"), "{}", nowhere.text);
    }

    /// 0, 1 and 2 days, as each language writes them (in French, 0 is
    /// singular too).
    #[test]
    fn days_are_counted_in_each_languages_plurals() {
        let at = datetime!(2026-12-05 09:05:00 UTC);
        let url = "https://trestle.example/login";
        let reminder = |days_left| Notice::MfaReminder {
            company: "Summit",
            deadline: UTC_MIDNIGHT,
            days_left,
            url,
        };
        let welcome = |days| Notice::AccountCreated {
            company: "Summit",
            url,
            days,
        };
        let cases = [
            (
                Language::En,
                ["required in 0 days", "required in 1 day", "required in 2 days"],
                ["for 0 days.", "for 1 day.", "for 2 days."],
            ),
            (
                Language::Fr,
                [
                    "obligatoire dans 0 jour",
                    "obligatoire dans 1 jour",
                    "obligatoire dans 2 jours",
                ],
                ["pendant 0 jour.", "pendant 1 jour.", "pendant 2 jours."],
            ),
            (
                Language::De,
                [
                    "erforderlich in 0 Tagen",
                    "erforderlich in 1 Tag",
                    "erforderlich in 2 Tagen",
                ],
                ["0 Tage lang.", "1 Tag lang.", "2 Tage lang."],
            ),
            (
                Language::Es,
                [
                    "obligatoria en 0 días",
                    "obligatoria en 1 día",
                    "obligatoria en 2 días",
                ],
                ["durante 0 días.", "durante 1 día.", "durante 2 días."],
            ),
        ];
        for (language, subjects, lifetimes) in cases {
            for (days, (subject, lifetime)) in (0..).zip(subjects.into_iter().zip(lifetimes)) {
                let email = compose(reminder(days), to(language), "Trestle", at, None);
                assert!(email.subject.ends_with(subject), "{days}: {}", email.subject);
                let email = compose(welcome(days), to(language), "Trestle", at, None);
                assert!(email.text.contains(lifetime), "{days}: {}", email.text);
            }
        }
        let en = compose(reminder(1), to(Language::En), "Trestle", at, None);
        assert!(
            en.text
                .contains("from December 12, 2026 (UTC time), in 1 day, and"),
            "{}",
            en.text
        );
    }

    #[test]
    fn recovery_used_in_french() {
        let at = datetime!(2026-08-03 09:05:00 UTC);
        let email = compose(Notice::RecoveryCodeUsed, to(Language::Fr), "Trestle", at, None);
        assert_eq!(
            email.subject,
            "Votre code de récupération a été utilisé pour vous connecter"
        );
        assert!(email.text.starts_with("Bonjour Ada <Admin>,"));
        assert!(
            email.text.contains("compte Trestle le 3 août 2026 à 09:05 (UTC)"),
            "{}",
            email.text
        );
        assert!(email.text.contains("changez votre mot de passe"));
        assert!(
            email
                .text
                .contains("contactez l’administrateur de votre entreprise")
        );
        assert!(email.html.contains("<html lang=\"fr\">"));
    }

    #[test]
    fn the_code_text_ends_with_its_webotp_line() {
        let text = sms_code_text(Language::En, "Trestle", "123456", 10, "trestle.example");
        assert_eq!(
            text,
            "Your Trestle verification code is 123456. It expires in 10 minutes. \
             Never share it: Trestle will never ask you for it.\n\n@trestle.example #123456"
        );
        let one = sms_code_text(Language::En, "Trestle", "123456", 1, "trestle.example");
        assert!(one.contains("It expires in 1 minute. Never"), "{one}");
        let fr = sms_code_text(Language::Fr, "Trestle", "000042", 30, "127.0.0.1");
        assert!(fr.starts_with("Votre code de vérification Trestle est 000042. Il expire dans 30 minutes."));
        for language in Language::ALL {
            let text = sms_code_text(language, "Trestle", "000042", 5, "trestle.example");
            assert!(text.ends_with("\n\n@trestle.example #000042"), "{text}");
            // The end-to-end tests read the code followed by a period.
            assert!(text.contains("000042."), "{text}");
            assert_whole(language.code(), &text);
        }
    }

    #[test]
    fn phone_added_names_only_the_last_digits() {
        let at = datetime!(2026-11-25 12:00:10 UTC);
        let email = compose(
            Notice::PhoneAdded {
                masked: "•••• 0123"
            },
            to(Language::En),
            "Trestle",
            at,
            None,
        );
        assert_eq!(email.subject, "A phone number was added to your account");
        assert!(email.text.contains("The phone number •••• 0123 was added"));
        assert!(email.text.contains("change your password"));
        let fr = compose(
            Notice::PhoneAdded {
                masked: "•••• 0123"
            },
            to(Language::Fr),
            "Trestle",
            at,
            None,
        );
        assert!(fr.text.contains("Le numéro de téléphone •••• 0123 a été ajouté"));
    }

    #[test]
    fn security_emails_end_with_the_not_me_link_and_the_reset_email_with_its_own() {
        let at = datetime!(2026-12-02 13:00:00 UTC);
        let url = "https://trestle.example/account/not-me?token=abc&x=<y>";
        for language in Language::ALL {
            for notice in [
                Notice::FactorRemoved { what: "Work phone" },
                Notice::RecoveryCodeRenewed,
                Notice::PasswordChanged,
                Notice::PasswordReset,
                Notice::AppAdded { app_name: "A" },
            ] {
                let email = compose(notice, to(language), "Trestle", at, Some(url));
                assert!(email.text.contains(url), "{}", email.subject);
                assert!(
                    email.html.contains(
                        "href=\"https://trestle.example/account/not-me?token=abc&#38;x=&#60;y&#62;\""
                    ),
                    "{}",
                    email.html
                );
                assert!(email.text.ends_with("— Trestle\n"));
            }
            let reset = compose(
                Notice::ResetLink {
                    url: "https://t.example/account/reset?token=r",
                    minutes: 30,
                },
                to(language),
                "Trestle",
                at,
                Some(url),
            );
            assert!(reset.text.contains("https://t.example/account/reset?token=r"));
            assert!(!reset.text.contains(url), "no sign-out link in a reset email");
            assert!(reset.text.to_lowercase().contains("30 min"), "{}", reset.text);
        }
    }

    /// An invitation names the company and says the link opens a page to
    /// answer; no "This wasn't me" (nothing changed on the account).
    #[test]
    fn an_invitation_names_the_company_in_each_language() {
        let at = datetime!(2026-12-02 13:00:00 UTC);
        let notice = Notice::Invitation {
            company: "Summit <Builders>",
            url: "https://t.example/account/invitation?token=i",
            days: 7,
        };
        let en = compose(notice, to(Language::En), "Trestle", at, Some("https://x/not-me"));
        assert_eq!(en.subject, "Summit <Builders> invited you to join it on Trestle");
        assert!(
            en.text
                .contains("See the invitation: https://t.example/account/invitation?token=i")
        );
        assert!(en.text.contains("for 7 days") && !en.text.contains("not-me"));
        assert!(!en.html.contains("<Builders>"));
        let fr = compose(notice, to(Language::Fr), "Trestle", at, None);
        assert_eq!(
            fr.subject,
            "Summit <Builders> vous invite à la rejoindre sur Trestle"
        );
        assert!(fr.text.contains("Voir l’invitation : https://t.example"));
        let de = compose(notice, to(Language::De), "Trestle", at, None);
        assert!(de.subject.starts_with("Summit <Builders> hat Sie eingeladen"));
        let es = compose(notice, to(Language::Es), "Trestle", at, None);
        assert!(es.subject.starts_with("Summit <Builders> le invita"));
    }
}
