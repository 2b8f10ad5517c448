//! The emails Trestle sends, in English and French, as plain text and HTML
//! built from the same paragraphs. The language is the user's `locale`.
//!
//! Templates take `{product}`, `{name}`, `{app}` and `{when}`, filled in
//! one pass (a value is never read as a template again) and escaped in
//! the HTML part.

use super::{Email, escape_html};
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Fr,
}

impl Language {
    /// `fr`, `fr-CA`... are French; anything else is English.
    pub fn from_locale(locale: &str) -> Self {
        let primary = locale.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("fr") {
            Self::Fr
        } else {
            Self::En
        }
    }

    fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    fn texts(self) -> &'static Texts {
        match self {
            Self::En => &en::TEXTS,
            Self::Fr => &fr::TEXTS,
        }
    }
}

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
    /// The company requires MFA from `day` (saved or moved by an admin);
    /// `url` is where to set it up.
    MfaRequired {
        company: &'a str,
        day: Day,
        url: &'a str,
    },
    /// A week or a day before the deadline, to a member not enrolled yet.
    MfaReminder {
        company: &'a str,
        day: Day,
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

/// A calendar day (year, month, day), written out in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

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
}

/// Who the email is for and when it happened.
#[derive(Clone, Copy, Debug)]
pub struct Recipient<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub language: Language,
}

/// One language's texts. Bodies are paragraphs.
pub struct Texts {
    greeting: &'static str,
    app_added_subject: &'static str,
    app_added: &'static [&'static str],
    phone_added_subject: &'static str,
    phone_added: &'static [&'static str],
    /// `{app}`: the passkey's name.
    passkey_added_subject: &'static str,
    passkey_added: &'static [&'static str],
    passkey_cloned_subject: &'static str,
    passkey_cloned: &'static [&'static str],
    /// The text message carrying a code: `{product}`, `{code}`, `{minutes}`.
    sms_code: &'static str,
    recovery_used_subject: &'static str,
    recovery_used: &'static [&'static str],
    factor_removed_subject: &'static str,
    factor_removed: &'static [&'static str],
    recovery_renewed_subject: &'static str,
    recovery_renewed: &'static [&'static str],
    password_changed_subject: &'static str,
    password_changed: &'static [&'static str],
    password_reset_subject: &'static str,
    password_reset: &'static [&'static str],
    reset_link_subject: &'static str,
    /// `{minutes}`: how long the link works.
    reset_link: &'static [&'static str],
    reset_link_label: &'static str,
    /// `{company}`, `{date}`: the deadline's day.
    mfa_required_subject: &'static str,
    mfa_required: &'static [&'static str],
    /// `{days}` left.
    mfa_reminder_subject: &'static str,
    mfa_reminder: &'static [&'static str],
    mfa_setup_label: &'static str,
    mfa_reset_subject: &'static str,
    mfa_reset: &'static [&'static str],
    /// `{company}`; `{days}` the link works.
    account_created_subject: &'static str,
    account_created: &'static [&'static str],
    account_created_label: &'static str,
    /// `{company}`; `{days}` the link works.
    invitation_subject: &'static str,
    invitation: &'static [&'static str],
    invitation_label: &'static str,
    /// `{day} {month} {year}`.
    day: &'static str,
    /// What to do if it wasn't you: ends every security email.
    not_you: &'static str,
    /// The words of the link that signs out every session.
    not_me_label: &'static str,
    signature: &'static str,
    /// `{day} {month} {year} {time}` in the language's order.
    date: &'static str,
    months: [&'static str; 12],
}

mod en {
    pub const TEXTS: super::Texts = super::Texts {
        greeting: "Hello {name},",
        app_added_subject: "An authenticator app was added to your account",
        app_added: &[
            "An authenticator app named “{app}” was added to your {product} account on {when}. \
             From now on, signing in asks for a code from it.",
            "If this was you, there is nothing else to do.",
        ],
        phone_added_subject: "A phone number was added to your account",
        phone_added: &[
            "The phone number {app} was added to your {product} account on {when}. \
             From now on, signing in can send a verification code to it by text message.",
            "If this was you, there is nothing else to do.",
        ],
        passkey_added_subject: "A passkey was added to your account",
        passkey_added: &[
            "A passkey named “{app}” was added to your {product} account on {when}. \
             From now on, it can confirm it's you when you sign in.",
            "If this was you, there is nothing else to do.",
        ],
        passkey_cloned_subject: "A sign-in with a copy of your passkey was refused",
        passkey_cloned: &[
            "Someone tried to sign in to your {product} account on {when} with one of your passkeys, \
             but the passkey's counter went backwards, which a copy of it would do. The sign-in was refused.",
            "If you did not just sign in, remove that passkey from your profile settings and add it again.",
        ],
        sms_code: "Your {product} verification code is {code}. It expires in {minutes} minutes. \
                   Never share it: {product} will never ask you for it.",
        recovery_used_subject: "Your recovery code was used to sign in",
        recovery_used: &[
            "Your recovery code was used to sign in to your {product} account on {when}. \
             That code no longer works: a new one was shown when signing in.",
            "If this was you, set up two-factor authentication on your new device from your profile settings.",
        ],
        factor_removed_subject: "A sign-in method was removed from your account",
        factor_removed: &[
            "{app} was removed from the two-factor methods of your {product} account on {when}. \
             Every other browser signed in to your account was signed out.",
            "If this was you, there is nothing else to do.",
        ],
        recovery_renewed_subject: "You have a new recovery code",
        recovery_renewed: &[
            "A new recovery code was made for your {product} account on {when}. \
             The code you had before no longer works.",
            "If this was you, keep the new code somewhere safe.",
        ],
        password_changed_subject: "Your password was changed",
        password_changed: &[
            "The password of your {product} account was changed on {when}. \
             Every other browser signed in to your account was signed out.",
            "If this was you, there is nothing else to do.",
        ],
        password_reset_subject: "Your password was reset",
        password_reset: &[
            "The password of your {product} account was reset with a link sent to this address on {when}. \
             Every browser signed in to your account was signed out. Two-factor authentication is unchanged.",
            "If this was you, there is nothing else to do.",
        ],
        reset_link_subject: "Reset your password",
        reset_link: &[
            "Someone asked to reset the password of your {product} account on {when}. \
             The link below works once, for {minutes} minutes.",
            "If it wasn't you, ignore this email: your password stays as it is.",
        ],
        reset_link_label: "Reset your password",
        mfa_required_subject: "{company} requires two-factor authentication from {date}",
        mfa_required: &[
            "{company} requires multi-factor authentication (MFA) to sign in to {product} from {date}, \
             to keep your company's projects and payments safe.",
            "Set it up now to avoid any interruption on that day: sign in, open My Profile Settings, \
             then Password & Security, and add an authenticator app or a phone number. \
             If you have not set it up by {date}, signing in will walk you through it.",
        ],
        mfa_reminder_subject: "Set up two-factor authentication: required in {days} days",
        mfa_reminder: &[
            "{company} requires multi-factor authentication (MFA) to sign in to {product} from {date}, \
             in {days} days, and your account does not have it yet.",
            "Set it up now to avoid any interruption: sign in, open My Profile Settings, \
             then Password & Security, and add an authenticator app or a phone number.",
        ],
        mfa_setup_label: "Set up two-factor authentication",
        mfa_reset_subject: "Your two-factor authentication was reset",
        mfa_reset: &[
            "An administrator of {company} reset two-factor authentication for your {product} account on {when}, \
             as you asked: your authenticator apps, phone numbers and recovery code no longer work, \
             and every browser signed in to your account was signed out.",
            "The next time you sign in, you will set up two-factor authentication again.",
        ],
        account_created_subject: "{company} invited you to {product}",
        account_created: &[
            "An administrator of {company} made a {product} account for this address.",
            "Choose your password with the link below: it works once, for {days} days. \
             If you did not expect this email, ignore it.",
        ],
        account_created_label: "Choose your password",
        invitation_subject: "{company} invited you to join it on {product}",
        invitation: &[
            "An administrator of {company} invited your {product} account to join the company.",
            "Open the link below and sign in to accept or decline: it works once, for {days} days. \
             Until you accept, {company} has no say over your account and its rules do not apply to you. \
             If you did not expect this email, ignore it.",
        ],
        invitation_label: "See the invitation",
        day: "{month} {day}, {year}",
        not_you: "If it wasn't you, change your password now and contact your company administrator, \
                  who can reset two-factor authentication for your account.",
        not_me_label: "This wasn’t me: sign out everywhere",
        signature: "— {product}",
        date: "{month} {day}, {year} at {time} UTC",
        months: domain::profile::MONTHS_EN,
    };
}

mod fr {
    pub const TEXTS: super::Texts = super::Texts {
        greeting: "Bonjour {name},",
        app_added_subject: "Une application d’authentification a été ajoutée à votre compte",
        app_added: &[
            "Une application d’authentification nommée « {app} » a été ajoutée à votre compte {product} \
             le {when}. Désormais, la connexion vous demandera un code de cette application.",
            "Si c’était vous, vous n’avez rien d’autre à faire.",
        ],
        phone_added_subject: "Un numéro de téléphone a été ajouté à votre compte",
        phone_added: &[
            "Le numéro de téléphone {app} a été ajouté à votre compte {product} le {when}. \
             Désormais, la connexion peut vous envoyer un code de vérification par SMS à ce numéro.",
            "Si c’était vous, vous n’avez rien d’autre à faire.",
        ],
        passkey_added_subject: "Une clé d’accès a été ajoutée à votre compte",
        passkey_added: &[
            "Une clé d’accès nommée « {app} » a été ajoutée à votre compte {product} le {when}. \
             Désormais, elle peut confirmer votre identité à la connexion.",
            "Si c’était vous, vous n’avez rien d’autre à faire.",
        ],
        passkey_cloned_subject: "Une connexion avec une copie de votre clé d’accès a été refusée",
        passkey_cloned: &[
            "Quelqu’un a tenté de se connecter à votre compte {product} le {when} avec l’une de vos clés d’accès, \
             mais le compteur de la clé a reculé, comme le ferait une copie. La connexion a été refusée.",
            "Si ce n’était pas vous, supprimez cette clé d’accès dans les paramètres de votre profil, puis ajoutez-la de nouveau.",
        ],
        sms_code: "Votre code de vérification {product} est {code}. Il expire dans {minutes} minutes. \
                   Ne le communiquez jamais : {product} ne vous le demandera jamais.",
        recovery_used_subject: "Votre code de récupération a été utilisé pour vous connecter",
        recovery_used: &[
            "Votre code de récupération a été utilisé pour vous connecter à votre compte {product} \
             le {when}. Ce code ne fonctionne plus : un nouveau code vous a été présenté à la connexion.",
            "Si c’était vous, configurez l’authentification à deux facteurs sur votre nouvel appareil \
             depuis les paramètres de votre profil.",
        ],
        factor_removed_subject: "Une méthode de connexion a été supprimée de votre compte",
        factor_removed: &[
            "{app} a été supprimé des méthodes à deux facteurs de votre compte {product} le {when}. \
             Tous les autres navigateurs connectés à votre compte ont été déconnectés.",
            "Si c’était vous, vous n’avez rien d’autre à faire.",
        ],
        recovery_renewed_subject: "Vous avez un nouveau code de récupération",
        recovery_renewed: &[
            "Un nouveau code de récupération a été créé pour votre compte {product} le {when}. \
             Le code que vous aviez avant ne fonctionne plus.",
            "Si c’était vous, gardez le nouveau code en lieu sûr.",
        ],
        password_changed_subject: "Votre mot de passe a été modifié",
        password_changed: &[
            "Le mot de passe de votre compte {product} a été modifié le {when}. \
             Tous les autres navigateurs connectés à votre compte ont été déconnectés.",
            "Si c’était vous, vous n’avez rien d’autre à faire.",
        ],
        password_reset_subject: "Votre mot de passe a été réinitialisé",
        password_reset: &[
            "Le mot de passe de votre compte {product} a été réinitialisé avec un lien envoyé à cette adresse le {when}. \
             Tous les navigateurs connectés à votre compte ont été déconnectés. L’authentification à deux facteurs est inchangée.",
            "Si c’était vous, vous n’avez rien d’autre à faire.",
        ],
        reset_link_subject: "Réinitialisez votre mot de passe",
        reset_link: &[
            "Quelqu’un a demandé à réinitialiser le mot de passe de votre compte {product} le {when}. \
             Le lien ci-dessous fonctionne une fois, pendant {minutes} minutes.",
            "Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.",
        ],
        reset_link_label: "Réinitialiser votre mot de passe",
        mfa_required_subject: "{company} exige l’authentification à deux facteurs à partir du {date}",
        mfa_required: &[
            "{company} exige l’authentification multifacteur (MFA) pour vous connecter à {product} \
             à partir du {date}, afin de protéger les projets et les paiements de votre entreprise.",
            "Configurez-la dès maintenant pour éviter toute interruption ce jour-là : connectez-vous, \
             ouvrez Paramètres de mon profil, puis Mot de passe et sécurité, et ajoutez une application \
             d’authentification ou un numéro de téléphone. Si elle n’est pas configurée le {date}, \
             la connexion vous guidera.",
        ],
        mfa_reminder_subject: "Configurez l’authentification à deux facteurs : obligatoire dans {days} jours",
        mfa_reminder: &[
            "{company} exige l’authentification multifacteur (MFA) pour vous connecter à {product} \
             à partir du {date}, dans {days} jours, et votre compte ne l’a pas encore.",
            "Configurez-la dès maintenant pour éviter toute interruption : connectez-vous, ouvrez \
             Paramètres de mon profil, puis Mot de passe et sécurité, et ajoutez une application \
             d’authentification ou un numéro de téléphone.",
        ],
        mfa_setup_label: "Configurer l’authentification à deux facteurs",
        mfa_reset_subject: "Votre authentification à deux facteurs a été réinitialisée",
        mfa_reset: &[
            "Un administrateur de {company} a réinitialisé l’authentification à deux facteurs de votre \
             compte {product} le {when}, à votre demande : vos applications d’authentification, numéros \
             de téléphone et code de récupération ne fonctionnent plus, et tous les navigateurs connectés \
             à votre compte ont été déconnectés.",
            "À votre prochaine connexion, vous configurerez à nouveau l’authentification à deux facteurs.",
        ],
        account_created_subject: "{company} vous invite sur {product}",
        account_created: &[
            "Un administrateur de {company} a créé un compte {product} pour cette adresse.",
            "Choisissez votre mot de passe avec le lien ci-dessous : il fonctionne une fois, pendant {days} jours. \
             Si vous n’attendiez pas cet e-mail, ignorez-le.",
        ],
        account_created_label: "Choisir votre mot de passe",
        invitation_subject: "{company} vous invite à la rejoindre sur {product}",
        invitation: &[
            "Un administrateur de {company} a invité votre compte {product} à rejoindre l’entreprise.",
            "Ouvrez le lien ci-dessous et connectez-vous pour accepter ou refuser : il fonctionne une fois, \
             pendant {days} jours. Tant que vous n’avez pas accepté, {company} n’a aucun droit sur votre compte \
             et ses règles ne s’appliquent pas à vous. Si vous n’attendiez pas cet e-mail, ignorez-le.",
        ],
        invitation_label: "Voir l’invitation",
        day: "{day} {month} {year}",
        not_you: "Si ce n’était pas vous, changez votre mot de passe dès maintenant et contactez \
                  l’administrateur de votre entreprise, qui peut réinitialiser l’authentification \
                  à deux facteurs de votre compte.",
        not_me_label: "Ce n’était pas moi : déconnecter partout",
        signature: "— {product}",
        date: "{day} {month} {year} à {time} UTC",
        months: domain::profile::MONTHS_FR,
    };
}

/// Replaces each `{key}` in one pass; unknown keys stay as written.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let value = from_brace.find('}').and_then(|close| {
            let key = from_brace.get(1..close)?;
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close + 1))
        });
        match value {
            Some((value, len)) => {
                out.push_str(value);
                rest = from_brace.get(len..).unwrap_or_default();
            }
            None => {
                out.push('{');
                rest = from_brace.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn when(texts: &Texts, at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let month = texts
        .months
        .get(usize::from(u8::from(at.month())) - 1)
        .copied()
        .unwrap_or_default();
    let clock = format!("{:02}:{:02}", at.hour(), at.minute());
    fill(
        texts.date,
        &[
            ("month", month),
            ("day", &at.day().to_string()),
            ("year", &at.year().to_string()),
            ("time", &clock),
        ],
    )
}

fn day_text(texts: &Texts, day: Day) -> String {
    let month = texts
        .months
        .get(usize::from(day.month.clamp(1, 12)) - 1)
        .copied()
        .unwrap_or_default();
    fill(
        texts.day,
        &[
            ("month", month),
            ("day", &day.day.to_string()),
            ("year", &day.year.to_string()),
        ],
    )
}

/// The email telling `to` about `notice`, which happened `at`. A security
/// change ends with `not_me`, the link that signs out every session.
pub fn compose(
    notice: Notice<'_>,
    to: Recipient<'_>,
    product: &str,
    at: OffsetDateTime,
    not_me: Option<&str>,
) -> Email {
    let texts = to.language.texts();
    let mut minutes = String::new();
    let (mut company, mut date, mut days) = ("", String::new(), String::new());
    let (subject, middle, app, link) = match notice {
        Notice::AppAdded { app_name } => (texts.app_added_subject, texts.app_added, app_name, None),
        Notice::PhoneAdded { masked } => (texts.phone_added_subject, texts.phone_added, masked, None),
        Notice::PasskeyAdded { name } => (texts.passkey_added_subject, texts.passkey_added, name, None),
        Notice::PasskeyCloned => (texts.passkey_cloned_subject, texts.passkey_cloned, "", None),
        Notice::RecoveryCodeUsed => (texts.recovery_used_subject, texts.recovery_used, "", None),
        Notice::FactorRemoved { what } => (texts.factor_removed_subject, texts.factor_removed, what, None),
        Notice::RecoveryCodeRenewed => (texts.recovery_renewed_subject, texts.recovery_renewed, "", None),
        Notice::PasswordChanged => (texts.password_changed_subject, texts.password_changed, "", None),
        Notice::PasswordReset => (texts.password_reset_subject, texts.password_reset, "", None),
        Notice::ResetLink { url, minutes: m } => {
            minutes = m.to_string();
            (
                texts.reset_link_subject,
                texts.reset_link,
                "",
                Some((texts.reset_link_label, url)),
            )
        }
        Notice::MfaRequired { company: c, day, url } => {
            (company, date) = (c, day_text(texts, day));
            let link = Some((texts.mfa_setup_label, url));
            (texts.mfa_required_subject, texts.mfa_required, "", link)
        }
        Notice::MfaReminder {
            company: c,
            day,
            days_left,
            url,
        } => {
            (company, date, days) = (c, day_text(texts, day), days_left.to_string());
            let link = Some((texts.mfa_setup_label, url));
            (texts.mfa_reminder_subject, texts.mfa_reminder, "", link)
        }
        Notice::MfaReset { company: c } => {
            company = c;
            (texts.mfa_reset_subject, texts.mfa_reset, "", None)
        }
        Notice::AccountCreated {
            company: c,
            url,
            days: d,
        } => {
            (company, days) = (c, d.to_string());
            let link = Some((texts.account_created_label, url));
            (texts.account_created_subject, texts.account_created, "", link)
        }
        Notice::Invitation {
            company: c,
            url,
            days: d,
        } => {
            (company, days) = (c, d.to_string());
            let link = Some((texts.invitation_label, url));
            (texts.invitation_subject, texts.invitation, "", link)
        }
    };
    let link = link.or_else(|| {
        not_me
            .filter(|_| notice.is_security_change())
            .map(|url| (texts.not_me_label, url))
    });
    let when = when(texts, at);
    let values = [
        ("product", product),
        ("name", to.display_name),
        ("app", app),
        ("when", when.as_str()),
        ("minutes", minutes.as_str()),
        ("company", company),
        ("date", date.as_str()),
        ("days", days.as_str()),
    ];
    let closing: &[&str] = if notice.is_security_change() {
        &[texts.not_you]
    } else {
        &[]
    };
    let paragraphs: Vec<String> = std::iter::once(texts.greeting)
        .chain(middle.iter().copied())
        .chain(closing.iter().copied())
        .map(|p| fill(p, &values))
        .collect();
    let signature = fill(texts.signature, &values);
    let link_text = link.map(|(label, url)| format!("{label}: {url}"));
    let text = paragraphs
        .iter()
        .chain(link_text.iter())
        .chain(std::iter::once(&signature))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n";
    let link_html = link.map(|(label, url)| {
        format!(
            "<p><a href=\"{}\">{}</a></p>\n",
            escape_html(url),
            escape_html(label)
        )
    });
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>\n", escape_html(p)))
        .chain(link_html)
        .chain(std::iter::once(format!("<p>{}</p>\n", escape_html(&signature))))
        .collect();
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n{body}</body>\n</html>\n",
        lang = to.language.code(),
        title = escape_html(&fill(subject, &values)),
    );
    Email {
        to: to.email.to_owned(),
        subject: fill(subject, &values),
        text,
        html,
    }
}

/// The text message carrying `code`, in `language`. Its last line is the
/// WebOTP line (`@host #code`) that lets a phone's browser fill the code
/// in; `host` comes from the configured public URL, never from a request.
pub fn sms_code_text(language: Language, product: &str, code: &str, minutes: u32, host: &str) -> String {
    let minutes = minutes.to_string();
    let text = fill(
        language.texts().sms_code,
        &[("product", product), ("code", code), ("minutes", &minutes)],
    );
    format!("{text}\n\n@{host} #{code}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn to(language: Language) -> Recipient<'static> {
        Recipient {
            email: "ada@example.com",
            display_name: "Ada <Admin>",
            language,
        }
    }

    #[test]
    fn locales() {
        assert_eq!(Language::from_locale("fr"), Language::Fr);
        assert_eq!(Language::from_locale("fr-CA"), Language::Fr);
        assert_eq!(Language::from_locale("en"), Language::En);
        assert_eq!(Language::from_locale(""), Language::En);
        assert_eq!(Language::from_locale("de"), Language::En);
    }

    #[test]
    fn app_added_in_english() {
        let at = datetime!(2026-11-25 12:00:10 UTC);
        let email = compose(
            Notice::AppAdded {
                app_name: "Work {name}",
            },
            to(Language::En),
            "Acme & Co",
            at,
            None,
        );
        assert_eq!(email.subject, "An authenticator app was added to your account");
        assert!(email.text.starts_with("Hello Ada <Admin>,\n\n"));
        assert!(email.text.contains(
            "named “Work {name}” was added to your Acme & Co account on November 25, 2026 at 12:00 UTC"
        ));
        assert!(email.text.contains("change your password"));
        assert!(email.text.contains("contact your company administrator"));
        assert!(email.text.ends_with("— Acme & Co\n"));
        assert!(email.html.contains("<html lang=\"en\">"));
        assert!(email.html.contains("Hello Ada &lt;Admin&gt;,"));
        assert!(email.html.contains("Acme &amp; Co"));
        assert!(!email.html.contains("<Admin>"));
    }

    /// The seed's email: the company, the day, and how to set it up; no
    /// "This wasn't me" (nothing changed on the account).
    #[test]
    fn the_deadline_and_its_reminders_name_the_company_and_the_day() {
        let at = datetime!(2026-12-05 09:05:00 UTC);
        let day = Day {
            year: 2026,
            month: 12,
            day: 12,
        };
        let url = "https://trestle.example/login";
        let required = Notice::MfaRequired {
            company: "Summit <Builders>",
            day,
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
        assert!(en.text.contains("to sign in to Trestle from December 12, 2026"));
        assert!(
            en.text
                .contains("Set up two-factor authentication: https://trestle.example/login")
        );
        assert!(!en.text.contains("not-me"));
        assert!(en.html.contains("Summit &lt;Builders&gt;") && !en.html.contains("<Builders>"));
        let fr = compose(required, to(Language::Fr), "Trestle", at, None);
        assert!(
            fr.subject.ends_with("à partir du 12 décembre 2026"),
            "{}",
            fr.subject
        );
        let reminder = Notice::MfaReminder {
            company: "Summit",
            day,
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

    #[test]
    fn recovery_used_in_french() {
        let at = datetime!(2026-08-03 09:05:00 UTC);
        let email = compose(Notice::RecoveryCodeUsed, to(Language::Fr), "Trestle", at, None);
        assert_eq!(
            email.subject,
            "Votre code de récupération a été utilisé pour vous connecter"
        );
        assert!(email.text.starts_with("Bonjour Ada <Admin>,"));
        assert!(email.text.contains("compte Trestle le 3 août 2026 à 09:05 UTC"));
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
        let fr = sms_code_text(Language::Fr, "Trestle", "000042", 30, "127.0.0.1");
        assert!(fr.starts_with("Votre code de vérification Trestle est 000042. Il expire dans 30 minutes."));
        assert!(fr.ends_with("\n\n@127.0.0.1 #000042"));
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
        for language in [Language::En, Language::Fr] {
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
                        "href=\"https://trestle.example/account/not-me?token=abc&amp;x=&lt;y&gt;\""
                    )
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
            assert!(reset.text.contains("30 minutes"));
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
        assert!(fr.text.contains("Voir l’invitation: https://t.example"));
    }

    #[test]
    fn fill_is_one_pass() {
        assert_eq!(fill("{a} {b} {c", &[("a", "{b}"), ("b", "x")]), "{b} x {c");
        assert_eq!(fill("}{}{a}", &[("a", "1")]), "}{}1");
    }
}
