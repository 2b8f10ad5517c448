//! Company Single Sign-On: the words of the way to the provider, of its
//! failures (told on **Enter Your Email**), and of the refusals that
//! point SSO users to their company's sign-in.

use domain::sso::SsoFailure;

catalogue::words! {
    pub struct SsoTexts in "sso-" {
        words {
            continue_title,
            continue_expired,
            cancelled,
            expired,
            unavailable,
            rejected,
            unverified,
            wrong_domain,
            no_account,
            no_access,
            test_passed,
            /// An admin's failed Test Sign-In, by its reason.
            test_cancelled,
            test_expired,
            test_unavailable,
            test_rejected,
            test_unverified,
            test_wrong_domain,
            err_required,
            /// The way on from a password refused for an SSO account.
            sign_in_with_company,
            err_managed,
            err_domain_invalid,
            err_domain_taken,
            err_domain_not_proven,
            err_issuer_unreachable,
            err_issuer_unsuitable,
            err_issuer_url,
            err_not_ready,
            err_client_settings,
        }
        messages {
            /// `{company}`.
            continue_body,
            /// `{company}`.
            continue_button,
            /// The profile of an SSO user: `{company}`.
            profile_managed,
        }
        lists {}
        parts {}
    }
}

impl SsoTexts {
    /// What a failed SSO sign-in tells the person.
    pub fn failure(&self, failure: SsoFailure) -> &'static str {
        match failure {
            SsoFailure::Cancelled => self.cancelled,
            SsoFailure::Expired => self.expired,
            SsoFailure::Unavailable => self.unavailable,
            SsoFailure::Rejected => self.rejected,
            SsoFailure::Unverified => self.unverified,
            SsoFailure::WrongDomain => self.wrong_domain,
            SsoFailure::NoAccount => self.no_account,
            SsoFailure::NoAccess => self.no_access,
        }
    }

    /// What a failed Test Sign-In tells the admin.
    pub fn test_failure(&self, failure: SsoFailure) -> &'static str {
        match failure {
            SsoFailure::Cancelled => self.test_cancelled,
            SsoFailure::Expired | SsoFailure::NoAccount | SsoFailure::NoAccess => self.test_expired,
            SsoFailure::Unavailable => self.test_unavailable,
            SsoFailure::Rejected => self.test_rejected,
            SsoFailure::Unverified => self.test_unverified,
            SsoFailure::WrongDomain => self.test_wrong_domain,
        }
    }
}
