//! Who must use MFA, and when.
//!
//! One function decides for a user at a moment. Company deadlines slot in as
//! [`CompanyMfa`] entries; payment users and enrolled users are always asked.

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
    pub active_member: bool,
    /// First moment MFA is required (the deadline), if the company requires it.
    pub required_from: Option<OffsetDateTime>,
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

/// What follows a correct password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AfterPassword {
    /// Ask for a code from a registered factor.
    Challenge,
    /// The user's first factor is this phone: a code is texted to it at once.
    TextCode { phone_id: i64 },
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

    #[test]
    fn company_deadline_before_and_after() {
        let ahead = CompanyMfa {
            active_member: true,
            required_from: Some(datetime!(2026-12-01 0:00 UTC)),
        };
        let passed = CompanyMfa {
            active_member: true,
            required_from: Some(datetime!(2026-11-01 0:00 UTC)),
        };
        let inactive = CompanyMfa {
            active_member: false,
            required_from: Some(datetime!(2026-11-01 0:00 UTC)),
        };
        assert_eq!(
            requirement(&input(PaymentRole::None, false, vec![ahead]), NOW),
            MfaRequirement::NotYetRequired {
                deadline: datetime!(2026-12-01 0:00 UTC)
            }
        );
        assert_eq!(
            requirement(&input(PaymentRole::None, false, vec![ahead, passed]), NOW),
            MfaRequirement::Required
        );
        assert_eq!(
            requirement(&input(PaymentRole::None, false, vec![inactive]), NOW),
            MfaRequirement::Optional
        );
        assert_eq!(
            after_password(MfaRequirement::Required, false),
            AfterPassword::EnrollRequired
        );
        let soon = requirement(&input(PaymentRole::None, false, vec![ahead]), NOW);
        assert_eq!(
            after_password(soon, false),
            AfterPassword::EnrollSoon {
                deadline: datetime!(2026-12-01 0:00 UTC).unix_timestamp()
            }
        );
        assert_eq!(after_password(soon, true), AfterPassword::Challenge);
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
