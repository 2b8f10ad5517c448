//! Who must use MFA, and when.
//!
//! One function decides for a user at a moment. Company deadlines slot in as
//! [`CompanyMfa`] entries; payment users and enrolled users are always asked.

use crate::company::{Reprompt, strictest};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentRole {
    None,
    Payor,
    PayeeAdmin,
}

impl PaymentRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Payor => "payor",
            Self::PayeeAdmin => "payee_admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(Self::None),
            "payor" => Some(Self::Payor),
            "payee_admin" => Some(Self::PayeeAdmin),
            _ => None,
        }
    }
}

/// One company's MFA requirement as it applies to one member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompanyMfa {
    pub company_id: i64,
    pub active_member: bool,
    /// First moment MFA is required (the deadline), if the company requires it.
    pub required_from: Option<OffsetDateTime>,
    /// How often the company has its members asked again.
    pub reprompt: Reprompt,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyInput {
    pub payment_role: PaymentRole,
    pub has_factor: bool,
    pub companies: Vec<CompanyMfa>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MfaRequirement {
    /// Must pass (or set up) a second factor now.
    Required,
    /// A company requires it from `deadline`; the password is enough until then.
    NotYetRequired {
        deadline: OffsetDateTime,
    },
    Optional,
}

pub fn requirement(input: &PolicyInput, now: OffsetDateTime) -> MfaRequirement {
    if input.has_factor || input.payment_role != PaymentRole::None {
        return MfaRequirement::Required;
    }
    let deadlines = input
        .companies
        .iter()
        .filter(|c| c.active_member)
        .filter_map(|c| c.required_from);
    let mut earliest_future: Option<OffsetDateTime> = None;
    for deadline in deadlines {
        if deadline <= now {
            return MfaRequirement::Required;
        }
        earliest_future = Some(earliest_future.map_or(deadline, |e| e.min(deadline)));
    }
    earliest_future.map_or(MfaRequirement::Optional, |deadline| {
        MfaRequirement::NotYetRequired { deadline }
    })
}

/// How often `input`'s user is asked for a second factor: payment users at
/// every sign-in; others by the strictest setting of the companies that
/// require MFA of them (where they are active members); every sign-in when
/// none does.
pub fn reprompt(input: &PolicyInput) -> Reprompt {
    if input.payment_role != PaymentRole::None {
        return Reprompt::EverySignIn;
    }
    strictest(
        input
            .companies
            .iter()
            .filter(|c| c.active_member && c.required_from.is_some())
            .map(|c| c.reprompt),
    )
}

/// What follows a correct password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AfterPassword {
    /// Ask for a code from a registered factor.
    Challenge,
    /// The user's first factor is this phone: a code is texted to it at once.
    TextCode { phone_id: i64 },
    /// The user's first factor is a passkey: the browser is asked for it.
    Passkey,
    /// MFA is required and nothing is registered: the enrollment wizard.
    EnrollRequired,
    /// A company requires MFA from `deadline` (Unix seconds): until then
    /// the user may set it up now or be reminded at the next sign-in.
    EnrollSoon { deadline: i64 },
    /// No second factor needed.
    SignIn,
}

/// Whole days until `deadline` (Unix seconds), a started day counting as one.
pub fn days_left(deadline: i64, now: OffsetDateTime) -> i64 {
    let seconds = deadline - now.unix_timestamp();
    if seconds <= 0 {
        0
    } else {
        (seconds + 86_399) / 86_400
    }
}

pub fn after_password(requirement: MfaRequirement, has_factor: bool) -> AfterPassword {
    match (requirement, has_factor) {
        (_, true) => AfterPassword::Challenge,
        (MfaRequirement::Required, false) => AfterPassword::EnrollRequired,
        (MfaRequirement::NotYetRequired { deadline }, false) => AfterPassword::EnrollSoon {
            deadline: deadline.unix_timestamp(),
        },
        (MfaRequirement::Optional, false) => AfterPassword::SignIn,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-25 12:00 UTC);

    fn input(role: PaymentRole, has_factor: bool, companies: Vec<CompanyMfa>) -> PolicyInput {
        PolicyInput {
            payment_role: role,
            has_factor,
            companies,
        }
    }

    #[test]
    fn payment_users_always_required() {
        for role in [PaymentRole::Payor, PaymentRole::PayeeAdmin] {
            assert_eq!(
                requirement(&input(role, false, vec![]), NOW),
                MfaRequirement::Required
            );
        }
    }

    #[test]
    fn enrolled_users_always_challenged() {
        let req = requirement(&input(PaymentRole::None, true, vec![]), NOW);
        assert_eq!(req, MfaRequirement::Required);
        assert_eq!(after_password(req, true), AfterPassword::Challenge);
    }

    #[test]
    fn plain_user_without_company_rule_is_optional() {
        let req = requirement(&input(PaymentRole::None, false, vec![]), NOW);
        assert_eq!(req, MfaRequirement::Optional);
        assert_eq!(after_password(req, false), AfterPassword::SignIn);
    }

    fn company(active_member: bool, required_from: Option<OffsetDateTime>, reprompt: Reprompt) -> CompanyMfa {
        CompanyMfa {
            company_id: 1,
            active_member,
            required_from,
            reprompt,
        }
    }

    /// Several companies, active and inactive memberships, deadlines either
    /// side of now and of a day boundary in several time zones.
    #[test]
    fn the_earliest_active_deadline_decides() {
        use MfaRequirement::{NotYetRequired, Optional, Required};
        use Reprompt::EverySignIn as E;
        // 12 December 2026 as the first day in Paris (UTC+1) and in New York (UTC-5).
        let paris = datetime!(2026-12-11 23:00 UTC);
        let new_york = datetime!(2026-12-12 5:00 UTC);
        let past = datetime!(2026-11-01 0:00 UTC);
        let cases: Vec<(&str, Vec<CompanyMfa>, OffsetDateTime, MfaRequirement)> = vec![
            ("no company", vec![], NOW, Optional),
            (
                "company without rule",
                vec![company(true, None, E)],
                NOW,
                Optional,
            ),
            (
                "deadline ahead",
                vec![company(true, Some(paris), E)],
                NOW,
                NotYetRequired { deadline: paris },
            ),
            (
                "deadline passed",
                vec![company(true, Some(past), E)],
                NOW,
                Required,
            ),
            (
                "inactive member exempt",
                vec![company(false, Some(past), E)],
                NOW,
                Optional,
            ),
            (
                "any active company that requires it",
                vec![
                    company(false, Some(past), E),
                    company(true, Some(new_york), E),
                    company(true, Some(past), E),
                ],
                NOW,
                Required,
            ),
            (
                "the earliest of two ahead",
                vec![company(true, Some(new_york), E), company(true, Some(paris), E)],
                NOW,
                NotYetRequired { deadline: paris },
            ),
            (
                "a second before midnight in Paris",
                vec![company(true, Some(paris), E)],
                paris - time::Duration::SECOND,
                NotYetRequired { deadline: paris },
            ),
            (
                "midnight in Paris",
                vec![company(true, Some(paris), E)],
                paris,
                Required,
            ),
            (
                "midnight in Paris is still the 11th in New York",
                vec![company(true, Some(new_york), E)],
                paris,
                NotYetRequired { deadline: new_york },
            ),
            (
                "midnight in New York",
                vec![company(true, Some(new_york), E)],
                new_york,
                Required,
            ),
        ];
        for (what, companies, now, expected) in cases {
            assert_eq!(
                requirement(&input(PaymentRole::None, false, companies), now),
                expected,
                "{what}"
            );
        }
    }

    #[test]
    fn what_follows_the_password() {
        let ahead = datetime!(2026-12-01 0:00 UTC);
        assert_eq!(
            after_password(MfaRequirement::Required, false),
            AfterPassword::EnrollRequired
        );
        let soon = MfaRequirement::NotYetRequired { deadline: ahead };
        assert_eq!(
            after_password(soon, false),
            AfterPassword::EnrollSoon {
                deadline: ahead.unix_timestamp()
            }
        );
        assert_eq!(after_password(soon, true), AfterPassword::Challenge);
        assert_eq!(
            after_password(MfaRequirement::Optional, false),
            AfterPassword::SignIn
        );
    }

    /// The strictest setting of the requiring companies where the user is
    /// active; payment users every time.
    #[test]
    fn the_strictest_reprompt_applies() {
        use Reprompt::*;
        let past = Some(datetime!(2026-11-01 0:00 UTC));
        let ahead = Some(datetime!(2026-12-20 0:00 UTC));
        let cases: Vec<(&str, PaymentRole, Vec<CompanyMfa>, Reprompt)> = vec![
            ("no company", PaymentRole::None, vec![], EverySignIn),
            (
                "one company",
                PaymentRole::None,
                vec![company(true, past, Days30)],
                Days30,
            ),
            (
                "before its deadline too",
                PaymentRole::None,
                vec![company(true, ahead, Days7)],
                Days7,
            ),
            (
                "the strictest of two",
                PaymentRole::None,
                vec![company(true, past, Days30), company(true, ahead, Hours12)],
                Hours12,
            ),
            (
                "an inactive membership does not count",
                PaymentRole::None,
                vec![company(true, past, Days30), company(false, past, EverySignIn)],
                Days30,
            ),
            (
                "a company that does not require MFA does not count",
                PaymentRole::None,
                vec![company(true, past, Days7), company(true, None, EverySignIn)],
                Days7,
            ),
            (
                "payors every time",
                PaymentRole::Payor,
                vec![company(true, past, Days30)],
                EverySignIn,
            ),
            (
                "payee admins every time",
                PaymentRole::PayeeAdmin,
                vec![company(true, past, Days30)],
                EverySignIn,
            ),
        ];
        for (what, role, companies, expected) in cases {
            assert_eq!(reprompt(&input(role, true, companies)), expected, "{what}");
        }
    }

    /// Days left until a deadline, as the notice says them.
    #[test]
    fn days_left_count_started_days() {
        let deadline = datetime!(2026-12-01 0:00 UTC).unix_timestamp();
        assert_eq!(days_left(deadline, datetime!(2026-11-30 23:00 UTC)), 1);
        assert_eq!(days_left(deadline, datetime!(2026-11-26 0:00 UTC)), 5);
        assert_eq!(days_left(deadline, datetime!(2026-11-25 23:59 UTC)), 6);
        assert_eq!(days_left(deadline, datetime!(2026-12-01 0:00 UTC)), 0);
    }

    #[test]
    fn payment_role_round_trips() {
        for role in [PaymentRole::None, PaymentRole::Payor, PaymentRole::PayeeAdmin] {
            assert_eq!(PaymentRole::parse(role.as_str()), Some(role));
        }
        assert_eq!(PaymentRole::parse("admin"), None);
    }
}
