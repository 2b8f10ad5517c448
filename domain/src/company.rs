//! A company's MFA settings as its admins see them (**Security Settings** →
//! **MFA**): how often a trusted browser is asked again, the reminders sent
//! before a deadline, and the members' enrollment status.

use crate::profile::{ActivityKind, FactorKind, LocalTime, Method};
use crate::refusal::Refusal;
use crate::sso::SsoFailure;
use serde::{Deserialize, Serialize};
use time::Duration;

/// How often members are asked for a second factor: a browser that passed
/// MFA is trusted this long (never, by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reprompt {
    #[default]
    EverySignIn,
    Hours12,
    Days7,
    Days30,
}

impl Reprompt {
    pub const ALL: [Self; 4] = [Self::EverySignIn, Self::Hours12, Self::Days7, Self::Days30];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::EverySignIn => "every_sign_in",
            Self::Hours12 => "12_hours",
            Self::Days7 => "7_days",
            Self::Days30 => "30_days",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// How long a browser is trusted after MFA; `None`: not at all.
    pub fn trust_for(self) -> Option<Duration> {
        match self {
            Self::EverySignIn => None,
            Self::Hours12 => Some(Duration::hours(12)),
            Self::Days7 => Some(Duration::days(7)),
            Self::Days30 => Some(Duration::days(30)),
        }
    }
}

/// The strictest of the settings of the companies that require MFA of a
/// user; every sign-in when there is none.
pub fn strictest(settings: impl IntoIterator<Item = Reprompt>) -> Reprompt {
    settings
        .into_iter()
        .min_by_key(|r| r.trust_for().unwrap_or(Duration::ZERO))
        .unwrap_or_default()
}

/// The emails sent before a deadline to members not yet enrolled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    WeekBefore,
    DayBefore,
}

impl Reminder {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::WeekBefore => "week_before",
            Self::DayBefore => "day_before",
        }
    }

    /// Seconds before the deadline it is sent.
    fn lead(self) -> i64 {
        match self {
            Self::WeekBefore => 7 * 86_400,
            Self::DayBefore => 86_400,
        }
    }
}

/// The reminder due at `now` for a deadline saved at `saved_at` (Unix
/// seconds): the latest one whose moment has come, if that moment came
/// after the policy was saved (the policy's own email said as much then).
/// Which ones were sent already is the caller's record.
pub fn reminder_due(deadline: i64, saved_at: i64, now: i64) -> Option<Reminder> {
    if now >= deadline {
        return None;
    }
    [Reminder::DayBefore, Reminder::WeekBefore]
        .into_iter()
        .find(|r| now >= deadline - r.lead())
        .filter(|r| deadline - r.lead() > saved_at)
}

/// The MFA policy as saved: required or not, from when, how often.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyView {
    pub require_mfa: bool,
    /// The deadline's day (`2026-12-12`) in the admin's time zone, for the
    /// date field.
    pub deadline_date: Option<String>,
    /// The deadline's first moment in the admin's time zone.
    pub deadline: Option<LocalTime>,
    pub reprompt: Reprompt,
    /// Payors and payee admins may sign in with a passkey alone.
    pub payment_passkey_sign_in: bool,
}

/// One member of the company, as the members table shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    pub name: String,
    pub email: String,
    pub active: bool,
    /// Added, and not yet accepted: shown as the admin typed it, with
    /// nothing of the account behind the address.
    pub invited: bool,
    pub admin: bool,
    /// The methods enrolled: apps and phones, in that order.
    pub methods: Vec<FactorKind>,
    pub last_mfa: Option<LocalTime>,
    /// Signs in with the company's SSO: linked to its identity provider,
    /// or on one of its proven domains, while its SSO is on.
    pub sso: bool,
}

/// One security event of the company or one of its members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub at: LocalTime,
    /// The member it concerns (their name), if any.
    pub who: Option<String>,
    pub kind: LogKind,
    pub method: Method,
    /// The admin who did it, for a reset or a policy change.
    pub by: Option<String>,
    /// What a company setting's event names, shown as recorded: the
    /// issuer saved, the domain, the email a Test Sign-In vouched for.
    pub detail: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogKind {
    Member(ActivityKind),
    PolicyChanged,
    MfaReset,
    /// An admin added (invited) a member.
    MemberAdded,
    /// The person accepted: the membership is active.
    MemberJoined,
    InvitationDeclined,
    MemberActivated,
    MemberDeactivated,
    /// An admin saved the identity provider (the detail: its issuer).
    SsoSettingsSaved,
    SsoSwitched(SsoSwitch),
    /// An admin's Test Sign-In: passed (`None`, the detail: the email),
    /// or why not.
    SsoTested(Option<SsoFailure>),
    /// A domain claimed, proven or removed (the detail: the domain).
    DomainClaimed,
    DomainProven,
    DomainRemoved,
}

/// What an admin turned on or off on the **SSO** tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SsoSwitch {
    On,
    Off,
    CreateAccountsOn,
    CreateAccountsOff,
}

impl LogKind {
    /// The kind of an audit event, with its detail where that tells more.
    pub fn from_event(event: &str, detail: &str) -> Option<Self> {
        Some(match event {
            "sso_settings_saved" => Self::SsoSettingsSaved,
            "sso_switched" => Self::SsoSwitched(match detail {
                "on" => SsoSwitch::On,
                "off" => SsoSwitch::Off,
                "create_accounts_on" => SsoSwitch::CreateAccountsOn,
                "create_accounts_off" => SsoSwitch::CreateAccountsOff,
                _ => return None,
            }),
            "sso_tested" => Self::SsoTested(SsoFailure::from_code(detail)),
            "domain_claimed" => Self::DomainClaimed,
            "domain_proven" => Self::DomainProven,
            "domain_removed" => Self::DomainRemoved,
            "policy_changed" => Self::PolicyChanged,
            "mfa_reset" => Self::MfaReset,
            "member_added" => Self::MemberAdded,
            "member_joined" => Self::MemberJoined,
            "invitation_declined" => Self::InvitationDeclined,
            "member_activated" => Self::MemberActivated,
            "member_deactivated" => Self::MemberDeactivated,
            other => Self::Member(ActivityKind::from_event(other)?),
        })
    }

    /// Whether the entry shows its detail (a company setting's value).
    pub fn shows_detail(self) -> bool {
        matches!(
            self,
            Self::SsoSettingsSaved
                | Self::SsoTested(None)
                | Self::DomainClaimed
                | Self::DomainProven
                | Self::DomainRemoved
        )
    }
}

/// **Security Settings** for one company, as one of its admins sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminView {
    pub company: String,
    /// The operator made MFA available to this company.
    pub available: bool,
    pub policy: PolicyView,
    /// The admin's time zone, which the deadline is taken in.
    pub time_zone: String,
    pub admin_name: String,
    pub admin_email: String,
    /// The admin re-authenticated in the last few minutes.
    pub confirmed: bool,
    /// The admin has a second factor (changes need one).
    pub has_factor: bool,
    /// The last four digits **Text Me a Code** sends to.
    pub text_to: Option<String>,
    /// "Confirm It's You" offers **Use Passkey** (the admin has one).
    pub confirm_with_passkey: bool,
    pub members: Vec<MemberRow>,
    pub log: Vec<LogEntry>,
    /// The log page shown (from 0), and whether an older one exists.
    pub log_page: u32,
    pub log_more: bool,
}

/// The longest name an admin may give a new member.
pub const MEMBER_NAME_MAX_CHARS: usize = 80;

/// Characters that reorder or hide the text around them (bidirectional
/// embeddings, overrides, isolates and marks): a name shown beside others
/// must read as it was typed.
const BIDI_CONTROLS: [char; 12] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
];

/// The name an admin gives a new member, trimmed: plain text of at most
/// [`MEMBER_NAME_MAX_CHARS`] characters, without control or bidirectional
/// formatting characters. Empty means none.
pub fn member_name(input: &str) -> Result<&str, Refusal> {
    let name = input.trim();
    let plain = !name.chars().any(|c| c.is_control() || BIDI_CONTROLS.contains(&c));
    if plain && name.chars().count() <= MEMBER_NAME_MAX_CHARS {
        Ok(name)
    } else {
        Err(Refusal::MemberNameInvalid)
    }
}

/// An invitation to join a company, as the page its emailed link opens
/// shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationView {
    /// Unknown, used, expired or withdrawn: one answer for all.
    Invalid,
    /// From `company`; the reader signs in first, as the invited account.
    SignIn { company: String },
    /// Signed in with another account than the invited one.
    OtherAccount { company: String },
    /// Signed in as the invited account: accept or decline.
    Ready { company: String },
}

/// Log entries on one page of the company security log.
pub const LOG_PAGE_SIZE: u32 = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprompt_round_trips_and_the_strictest_wins() {
        for r in Reprompt::ALL {
            assert_eq!(Reprompt::parse(r.as_str()), Some(r));
        }
        assert_eq!(Reprompt::parse("forever"), None);
        assert_eq!(strictest([]), Reprompt::EverySignIn);
        assert_eq!(strictest([Reprompt::Days30, Reprompt::Days7]), Reprompt::Days7);
        assert_eq!(
            strictest([Reprompt::Days30, Reprompt::Hours12]),
            Reprompt::Hours12
        );
        assert_eq!(
            strictest([Reprompt::Days30, Reprompt::EverySignIn, Reprompt::Days7]),
            Reprompt::EverySignIn
        );
    }

    /// (deadline in days from the save, days after the save now, due)
    #[test]
    fn reminders_a_week_and_a_day_before_once_their_moment_has_come() {
        const DAY: i64 = 86_400;
        let saved = 1_000_000;
        let cases = [
            // A deadline two weeks out: nothing at first, then a week before, then a day before.
            (14, 0, None),
            (14, 6, None),
            (14, 7, Some(Reminder::WeekBefore)),
            (14, 12, Some(Reminder::WeekBefore)),
            (14, 13, Some(Reminder::DayBefore)),
            (14, 14, None),
            (14, 20, None),
            // Saved five days before: the policy email was the week's notice.
            (5, 0, None),
            (5, 3, None),
            (5, 4, Some(Reminder::DayBefore)),
            // Saved on the eve: no reminder at all.
            (1, 0, None),
        ];
        for (deadline_days, now_days, due) in cases {
            assert_eq!(
                reminder_due(saved + deadline_days * DAY, saved, saved + now_days * DAY),
                due,
                "deadline +{deadline_days}d, now +{now_days}d"
            );
        }
    }

    #[test]
    fn log_kinds_from_the_audit_events() {
        assert_eq!(LogKind::from_event("mfa_reset", ""), Some(LogKind::MfaReset));
        assert_eq!(
            LogKind::from_event("factor_added", "sms"),
            Some(LogKind::Member(ActivityKind::FactorAdded))
        );
        assert_eq!(LogKind::from_event("sms_sent", ""), None);
        assert_eq!(
            LogKind::from_event("member_joined", ""),
            Some(LogKind::MemberJoined)
        );
        assert_eq!(
            LogKind::from_event("sso_switched", "create_accounts_on"),
            Some(LogKind::SsoSwitched(SsoSwitch::CreateAccountsOn))
        );
        assert_eq!(LogKind::from_event("sso_switched", "sideways"), None);
        assert_eq!(
            LogKind::from_event("sso_tested", "ada@keystone.example"),
            Some(LogKind::SsoTested(None))
        );
        assert_eq!(
            LogKind::from_event("sso_tested", "sso_wrong_domain"),
            Some(LogKind::SsoTested(Some(SsoFailure::WrongDomain)))
        );
        assert_eq!(
            LogKind::from_event("domain_claimed", "keystone.example"),
            Some(LogKind::DomainClaimed)
        );
    }

    #[test]
    fn member_names_are_plain_text_read_as_typed() {
        assert_eq!(member_name("  Nia New "), Ok("Nia New"));
        assert_eq!(member_name(""), Ok(""));
        assert_eq!(member_name("Zoë Ångström 山田"), Ok("Zoë Ångström 山田"));
        let long = "x".repeat(MEMBER_NAME_MAX_CHARS + 1);
        assert_eq!(member_name(&long), Err(Refusal::MemberNameInvalid));
        for bad in [
            "Nia\nNew",
            "Nia\u{0}",
            "Admin \u{202E}nimda",
            "a\u{2066}b\u{2069}",
            "a\u{200E}",
            "a\u{200F}",
            "a\u{061C}",
            "a\u{202A}",
        ] {
            assert_eq!(member_name(bad), Err(Refusal::MemberNameInvalid), "{bad:?}");
        }
    }
}
