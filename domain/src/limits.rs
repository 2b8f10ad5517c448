//! Attempt limits. Counters live in the database; this module only decides.
//!
//! An attempt is *charged* (recorded) before the code or password is checked,
//! and the count passed here includes it. So N parallel guesses see counts
//! 1..=N and at most `max` of them are let through.
//!
//! ```text
//!   count <= max in every window  --> Open     (check the code)
//!   count >  max in any window     --> Limited  (same answer as a wrong code)
//! ```

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub seconds: i64,
    pub max: u32,
}

/// Failed verification codes per user: 5 per 5 minutes and 20 per hour.
pub const CODE_WINDOWS: [Window; 2] = [
    Window { seconds: 300, max: 5 },
    Window {
        seconds: 3600,
        max: 20,
    },
];
/// Recovery codes are counted separately, with the same windows.
pub const RECOVERY_WINDOWS: [Window; 2] = CODE_WINDOWS;
/// Failed passwords per account.
pub const PASSWORD_ACCOUNT_WINDOWS: [Window; 1] = [Window {
    seconds: 900,
    max: 10,
}];
/// Failed passwords per client IP address.
pub const PASSWORD_IP_WINDOWS: [Window; 1] = [Window {
    seconds: 900,
    max: 50,
}];
/// Wrong codes after which one sign-in is abandoned.
pub const MAX_FAILURES_PER_SIGN_IN: u32 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    Open,
    Limited,
}

/// `counts[i]` is the number of charged attempts within `windows[i]`,
/// including the one being made.
pub fn evaluate(windows: &[Window], counts: &[u32]) -> LockState {
    let over = windows
        .iter()
        .zip(counts)
        .any(|(window, count)| *count > window.max);
    if over { LockState::Limited } else { LockState::Open }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifth_attempt_is_open_sixth_is_limited() {
        assert_eq!(evaluate(&CODE_WINDOWS, &[5, 5]), LockState::Open);
        assert_eq!(evaluate(&CODE_WINDOWS, &[6, 6]), LockState::Limited);
    }

    #[test]
    fn hourly_window_limits_even_when_short_window_is_clear() {
        assert_eq!(evaluate(&CODE_WINDOWS, &[1, 20]), LockState::Open);
        assert_eq!(evaluate(&CODE_WINDOWS, &[1, 21]), LockState::Limited);
    }

    #[test]
    fn password_limits() {
        assert_eq!(evaluate(&PASSWORD_ACCOUNT_WINDOWS, &[10]), LockState::Open);
        assert_eq!(evaluate(&PASSWORD_ACCOUNT_WINDOWS, &[11]), LockState::Limited);
        assert_eq!(evaluate(&PASSWORD_IP_WINDOWS, &[51]), LockState::Limited);
    }
}
