//! The delivery queue's rules: how long a claimed message is held, when a
//! failed one is tried again, and when it is given up.
//!
//! A queued email is claimed for [`LEASE`] (no other worker takes it
//! meanwhile), then sent. A send that fails is tried again after a delay
//! that doubles from [`FIRST_RETRY`] up to [`LONGEST_WAIT`]; after
//! [`MAX_ATTEMPTS`] tries the message is failed. The ten tries span about
//! an hour, so an outage of the mail server shorter than that only delays
//! the emails:
//!
//! | try | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 |
//! |---|---|---|---|---|---|---|---|---|---|---|
//! | after the one before | now | 15 s | 30 s | 1 min | 2 min | 4 min | 8 min | 15 min | 15 min | 15 min |
//!
//! A worker that stops between claiming and finishing (a crash, a
//! restart) leaves its claim to expire: the message is taken again when
//! the lease ends, so a message is sent at least once, and by one worker
//! at a time.

use time::Duration;

/// How long a claimed message is held by the worker that claimed it. A
/// send takes at most a few seconds (every adapter bounds it), so the
/// lease ends only when that worker has stopped.
pub const LEASE: Duration = Duration::minutes(2);
/// The wait after the first failed try.
pub const FIRST_RETRY: Duration = Duration::seconds(15);
/// The longest wait between two tries.
pub const LONGEST_WAIT: Duration = Duration::minutes(15);
/// Tries before a message is failed.
pub const MAX_ATTEMPTS: u32 = 10;

/// What becomes of a message whose try number `attempt` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterFailure {
    /// Tried again at this moment (Unix seconds).
    RetryAt(i64),
    /// No more tries: the message is failed.
    GiveUp,
}

/// The wait before the try after try number `attempt` (1 for the first):
/// [`FIRST_RETRY`], doubled at each try, at most [`LONGEST_WAIT`].
pub fn wait_after(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(16);
    let wait = FIRST_RETRY.whole_seconds().saturating_mul(1 << doublings);
    Duration::seconds(wait.min(LONGEST_WAIT.whole_seconds()))
}

/// Try number `attempt` failed at `now` (Unix seconds) and `retriable`
/// says whether another try could succeed (the provider was unavailable,
/// not the message malformed): when to try again, or to give up.
pub fn after_failure(attempt: u32, retriable: bool, now: i64) -> AfterFailure {
    if !retriable || attempt >= MAX_ATTEMPTS {
        return AfterFailure::GiveUp;
    }
    AfterFailure::RetryAt(now + wait_after(attempt).whole_seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_126_400;

    #[test]
    fn the_wait_doubles_from_fifteen_seconds_up_to_fifteen_minutes() {
        let waits: Vec<i64> = (1..=MAX_ATTEMPTS)
            .map(|n| wait_after(n).whole_seconds())
            .collect();
        assert_eq!(waits, [15, 30, 60, 120, 240, 480, 900, 900, 900, 900]);
        assert_eq!(wait_after(0), FIRST_RETRY);
        assert_eq!(wait_after(u32::MAX), LONGEST_WAIT);
    }

    #[test]
    fn a_failed_try_is_retried_until_the_last_one() {
        assert_eq!(after_failure(1, true, NOW), AfterFailure::RetryAt(NOW + 15));
        assert_eq!(after_failure(2, true, NOW), AfterFailure::RetryAt(NOW + 30));
        assert_eq!(
            after_failure(MAX_ATTEMPTS - 1, true, NOW),
            AfterFailure::RetryAt(NOW + 900)
        );
        assert_eq!(after_failure(MAX_ATTEMPTS, true, NOW), AfterFailure::GiveUp);
        assert_eq!(after_failure(MAX_ATTEMPTS + 1, true, NOW), AfterFailure::GiveUp);
    }

    #[test]
    fn a_message_that_cannot_succeed_is_given_up_at_once() {
        assert_eq!(after_failure(1, false, NOW), AfterFailure::GiveUp);
    }

    /// A mail server down for ten minutes (or far longer) delays the
    /// emails: the tries go on for about an hour.
    #[test]
    fn the_tries_outlast_a_long_outage() {
        let mut at = NOW;
        let mut tries = 1;
        while let AfterFailure::RetryAt(next) = after_failure(tries, true, at) {
            at = next;
            tries += 1;
        }
        assert_eq!(tries, MAX_ATTEMPTS);
        let span = at - NOW;
        assert!(span > 10 * 60, "{span}");
        assert_eq!(span, 15 + 30 + 60 + 120 + 240 + 480 + 900 + 900 + 900);
    }
}
