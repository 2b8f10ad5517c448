//! The one page table: every page of the sign-in wizard, its URL, and which
//! page belongs to a sign-in state. Redirects after a step, the router and
//! every link are built from here, never from a URL that came from outside.

use crate::signin::SignIn;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Page {
    /// The signed-in home page.
    Home,
    /// **My Profile Settings** (signed in).
    Profile,
    /// **Security Settings** (a company admin, signed in).
    Admin,
    Email,
    Password,
    /// On the way to the company's identity provider.
    Sso,
    MfaRequired,
    ChooseMethod,
    SetupApp,
    SetupSms,
    SaveRecoveryCode,
    Verify,
    Methods,
    Recovery,
}

impl Page {
    pub const ALL: [Self; 14] = [
        Self::Home,
        Self::Profile,
        Self::Admin,
        Self::Email,
        Self::Password,
        Self::Sso,
        Self::MfaRequired,
        Self::ChooseMethod,
        Self::SetupApp,
        Self::SetupSms,
        Self::SaveRecoveryCode,
        Self::Verify,
        Self::Methods,
        Self::Recovery,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::Profile => "/profile",
            Self::Admin => "/admin/security",
            Self::Email => "/login",
            Self::Password => "/login/password",
            Self::Sso => "/login/sso",
            Self::MfaRequired => "/login/mfa-required",
            Self::ChooseMethod => "/login/setup",
            Self::SetupApp => "/login/setup/app",
            Self::SetupSms => "/login/setup/sms",
            Self::SaveRecoveryCode => "/login/recovery-code",
            Self::Verify => "/login/verify",
            Self::Methods => "/login/methods",
            Self::Recovery => "/login/recovery",
        }
    }

    /// The page at `path` (a trailing slash is allowed), if there is one.
    pub fn from_path(path: &str) -> Option<Self> {
        let path = if path.len() > 1 {
            path.trim_end_matches('/')
        } else {
            path
        };
        Self::ALL.into_iter().find(|p| p.path() == path)
    }

    /// The page that shows `state`.
    pub fn of(state: &SignIn) -> Self {
        match state {
            SignIn::Email | SignIn::AwaitingPasskey => Self::Email,
            SignIn::Password { .. } => Self::Password,
            SignIn::Sso { .. } => Self::Sso,
            SignIn::MfaRequired { .. } => Self::MfaRequired,
            SignIn::ChooseMethod { .. } => Self::ChooseMethod,
            SignIn::SetupApp { .. } => Self::SetupApp,
            SignIn::SetupSms { .. } => Self::SetupSms,
            SignIn::Challenge { .. } | SignIn::SmsChallenge { .. } | SignIn::PasskeyChallenge { .. } => {
                Self::Verify
            }
            SignIn::Recovery { .. } => Self::Recovery,
            SignIn::SaveRecoveryCode { .. } => Self::SaveRecoveryCode,
            // Re-authenticated: the profile, where the change is made.
            SignIn::SignedIn {
                confirmed_at: Some(_),
                ..
            } => Self::Profile,
            SignIn::SignedIn { .. } => Self::Home,
        }
    }

    /// Whether this page may be shown while the session is at `current`'s
    /// page: its own page, the email page at any unfinished step (entering an
    /// email restarts), the method picker beside the challenge; to a
    /// signed-in user, the home and profile pages, and the profile and
    /// security settings also while they add a factor (home then leads back
    /// to the step they left).
    pub fn allowed_at(self, current: Self, signed_in: bool) -> bool {
        if signed_in {
            // The way to the provider: an admin's Test Sign-In.
            return self == current
                || matches!(self, Self::Profile | Self::Admin | Self::Sso)
                || (self == Self::Home && current == Self::Profile);
        }
        self == current
            || self == Self::Email
            || (self == Self::Methods && matches!(current, Self::Verify | Self::Recovery))
    }
}

/// The page that shows `state`.
pub fn page(state: &SignIn) -> Page {
    Page::of(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_own_path_and_is_found_by_it() {
        for page in Page::ALL {
            assert_eq!(Page::from_path(page.path()), Some(page));
            assert_eq!(Page::ALL.iter().filter(|p| p.path() == page.path()).count(), 1);
        }
        assert_eq!(Page::from_path("/login/verify/"), Some(Page::Verify));
        assert_eq!(Page::from_path("/login/nope"), None);
        assert_eq!(Page::from_path("https://evil.example/login"), None);
    }

    #[test]
    fn pages_open_beside_the_current_step() {
        assert!(Page::Email.allowed_at(Page::Verify, false));
        assert!(!Page::Email.allowed_at(Page::Home, true));
        assert!(Page::Methods.allowed_at(Page::Recovery, false));
        assert!(!Page::Methods.allowed_at(Page::SetupApp, false));
        assert!(!Page::Verify.allowed_at(Page::Password, false));
        // Signed in: home and profile, also while adding a factor.
        assert!(Page::Profile.allowed_at(Page::Home, true));
        assert!(Page::Home.allowed_at(Page::Profile, true));
        assert!(Page::Profile.allowed_at(Page::SetupApp, true));
        assert!(!Page::Home.allowed_at(Page::SetupApp, true));
        assert!(Page::SetupApp.allowed_at(Page::SetupApp, true));
        assert!(!Page::Profile.allowed_at(Page::SetupApp, false));
        assert!(!Page::Email.allowed_at(Page::SetupApp, true));
        assert!(Page::Admin.allowed_at(Page::Home, true));
        assert!(Page::Admin.allowed_at(Page::Profile, true));
        assert!(!Page::Admin.allowed_at(Page::Verify, false));
    }
}
