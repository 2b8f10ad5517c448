//! Every number that shapes a sign-in, and the attempt limits.
//!
//! Texts, `maxlength` attributes and checks all read their numbers here.
//!
//! Attempt counters live in the database; this module only decides. An
//! attempt is *charged* (recorded) before the code or password is checked,
//! so N parallel guesses see each other and at most the allowed number are
//! checked. A try refused because of a limit is not charged: it checked
//! nothing, so it must not extend the limit (a stranger could otherwise keep
//! an account locked with one request every few minutes).
//!
//! ```text
//!  Windows:  prior failures < max in every window        --> Open
//!            prior failures >= max in some window        --> Limited (window length)
//!  Backoff:  prior failures < free                       --> Open
//!            else wait first * 2^(prior - free), capped, after the latest failure
//! ```

use time::Duration;

// Codes and fields.
pub const VERIFICATION_DIGITS: usize = 6;
pub const RECOVERY_DIGITS: usize = 32;
/// What the code field takes: six digits and the separators apps show
/// (`123 456`, `123-456`), so a pasted code is never cut short.
pub const CODE_FIELD_MAX_CHARS: usize = 12;
/// What the recovery field takes: 32 digits in groups, with spaces or dashes.
pub const RECOVERY_FIELD_MAX_CHARS: usize = 64;
/// Longest password accepted, in bytes of UTF-8; longer input is refused before hashing.
pub const PASSWORD_MAX_BYTES: usize = 1024;
/// The password meter scores at most this many characters (zxcvbn's cost
/// grows much faster than the length; the rest cannot lower the score much).
pub const STRENGTH_MAX_CHARS: usize = 64;
/// Longest email address (RFC 5321 path limit), in bytes.
pub const EMAIL_MAX_BYTES: usize = 254;

// Factors.
pub const MAX_APPS_PER_USER: usize = 5;
pub const APP_NAME_MAX_CHARS: usize = 40;
pub const MAX_PHONES_PER_USER: usize = 3;
pub const MAX_PASSKEYS_PER_USER: usize = 10;
/// How long the browser has to answer a passkey ceremony (seconds).
pub const PASSKEY_CEREMONY_SECONDS: i64 = 300;
/// What the phone number field takes: digits with spaces, dashes, dots,
/// brackets and a leading `+`.
pub const PHONE_FIELD_MAX_CHARS: usize = 24;

// Sessions.
/// An unfinished sign-in lives this long from its email step, however often it is touched.
pub const SIGN_IN_LIFETIME: Duration = Duration::minutes(30);
/// A signed-in session.
pub const SIGNED_IN_LIFETIME: Duration = Duration::hours(12);
/// How long a browser stays known to an account after its last sign-in there.
pub const KNOWN_BROWSER_LIFETIME: Duration = Duration::days(180);
/// A re-authentication lets a signed-in user change their factors this long.
pub const REAUTH_LIFETIME: Duration = Duration::minutes(5);
/// A password reset link works this long, once.
pub const RESET_LINK_LIFETIME: Duration = Duration::minutes(30);
/// A "This wasn't me" link in a security email works this long, once.
/// How long the link that sets a new member's first password works.
pub const WELCOME_LINK_LIFETIME: Duration = Duration::days(7);
/// How long a company's invitation to an existing account works.
pub const INVITATION_LINK_LIFETIME: Duration = Duration::days(7);
pub const NOT_ME_LINK_LIFETIME: Duration = Duration::days(7);
/// Wrong codes after which one sign-in is abandoned.
pub const MAX_FAILURES_PER_SIGN_IN: u32 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub seconds: i64,
    pub max: u32,
}

/// Growing delays instead of a hard lock: after `free` failures within
/// `window_seconds`, each try waits twice as long after the latest failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    pub window_seconds: i64,
    pub free: u32,
    pub first_delay_seconds: i64,
    pub max_delay_seconds: i64,
}

impl Backoff {
    /// The wait after the latest failure once `prior` failures are on record.
    pub fn delay(&self, prior: u32) -> i64 {
        match prior.checked_sub(self.free) {
            None => 0,
            Some(over) => self
                .first_delay_seconds
                .saturating_mul(1i64 << over.min(30))
                .min(self.max_delay_seconds),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Windows(&'static [Window]),
    Backoff(Backoff),
}

impl Limit {
    /// The lengths of the windows whose prior failures [`Limit::decide`] needs.
    pub fn window_seconds(&self) -> Vec<i64> {
        match self {
            Self::Windows(windows) => windows.iter().map(|w| w.seconds).collect(),
            Self::Backoff(b) => vec![b.window_seconds],
        }
    }

    /// Decides one try from the failures charged before it: `prior[i]` is
    /// the count within `window_seconds()[i]`, `latest` the newest one's
    /// time (Unix seconds).
    pub fn decide(&self, prior: &[u32], latest: Option<i64>, now: i64) -> Verdict {
        match self {
            Self::Windows(windows) => windows
                .iter()
                .zip(prior)
                .filter(|(window, count)| **count >= window.max)
                .map(|(window, _)| window.seconds)
                .max()
                .map_or(Verdict::Open, |retry_after| Verdict::Limited { retry_after }),
            Self::Backoff(backoff) => {
                let count = prior.first().copied().unwrap_or(0);
                let ready_at = latest.unwrap_or(now) + backoff.delay(count);
                if count >= backoff.free && now < ready_at {
                    Verdict::Limited {
                        retry_after: ready_at - now,
                    }
                } else {
                    Verdict::Open
                }
            }
        }
    }
}

/// A budget of text messages: at least `min_gap_seconds` between two
/// sends, and at most `max_in_window` within `window_seconds`. Sends are
/// charged before the gateway is called, so nobody can use the server to
/// flood a phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SendBudget {
    pub min_gap_seconds: i64,
    pub window_seconds: i64,
    pub max_in_window: u32,
}

impl SendBudget {
    /// Decides one send from the times (Unix seconds) of the sends charged
    /// before it; a refusal says exactly when the next send will work.
    pub fn decide(&self, prior: &[i64], now: i64) -> Verdict {
        let mut recent: Vec<i64> = prior
            .iter()
            .copied()
            .filter(|t| *t > now - self.window_seconds)
            .collect();
        recent.sort_unstable_by(|a, b| b.cmp(a));
        let gap_ends = recent.first().map_or(now, |latest| latest + self.min_gap_seconds);
        let window_ends = match recent.get(self.max_in_window.saturating_sub(1) as usize) {
            Some(oldest_counted) if recent.len() >= self.max_in_window as usize => {
                oldest_counted + self.window_seconds
            }
            _ => now,
        };
        let ready_at = gap_ends.max(window_ends);
        if ready_at > now {
            Verdict::Limited {
                retry_after: ready_at - now,
            }
        } else {
            Verdict::Open
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Open,
    /// Refused without checking; worth trying again in `retry_after` seconds.
    Limited {
        retry_after: i64,
    },
}

// The limits. Beside each: who can spend it, and whether they can spend
// it for someone else (SPEC: nobody may spend a budget that protects
// another person's access).

/// Failed verification codes per user: 5 per 5 minutes and 20 per hour (SPEC).
///
/// Who spends it: sessions past this account's password (the owner, or
/// whoever has the password). For someone else: no; a stranger without
/// the password never reaches a code step.
pub const CODES: Limit = Limit::Windows(&[
    Window { seconds: 300, max: 5 },
    Window {
        seconds: 3600,
        max: 20,
    },
]);
/// Recovery codes are counted separately, with the same windows.
///
/// Who spends it: as [`CODES`], sessions past the password only.
pub const RECOVERY_CODES: Limit = CODES;
/// **Sign in with a passkey** from one client address: every ceremony
/// started costs a stored challenge, and every answer a signature check.
pub const PASSKEY_CLIENT: Limit = Limit::Windows(&[Window {
    seconds: 300,
    max: 60,
}]);
/// Failed passwords for an account from browsers it has never signed in on
/// (strangers included): 5 free, then 30 s, 1 min, 2 min... up to 15 min.
///
/// Who spends it: anyone who knows the email. For someone else: only
/// this budget, and never for the owner's known browsers, which have
/// [`PASSWORD_KNOWN_BROWSER`]; a refused try is not charged.
pub const PASSWORD_ACCOUNT: Limit = Limit::Backoff(Backoff {
    window_seconds: 3600,
    free: 5,
    first_delay_seconds: 30,
    max_delay_seconds: 900,
});
/// Failed passwords from a browser the account has signed in on before:
/// counted for that browser alone, so strangers' failures never hold it.
///
/// Who spends it: that browser only (its token is a secret cookie).
pub const PASSWORD_KNOWN_BROWSER: Limit = PASSWORD_ACCOUNT;
/// Failed passwords per client address, across accounts.
///
/// Who spends it: everyone behind that address (behind a trusted proxy,
/// the address it reports). For someone else: people sharing an address
/// (an office) share it, so it is generous; known browsers skip it.
pub const PASSWORD_CLIENT: Limit = Limit::Windows(&[Window {
    seconds: 900,
    max: 50,
}]);
/// Readings of the password meter per account: a reading per keystroke.
///
/// Who spends it: the signed-in user, or whoever holds the account's
/// live reset or welcome link; the meter answers nobody else. For
/// someone else: no.
pub const STRENGTH_CHECKS: Limit = Limit::Windows(&[
    Window { seconds: 60, max: 60 },
    Window {
        seconds: 3600,
        max: 600,
    },
]);

/// Password reset emails per account, asked from browsers where the
/// account never signed in: 3 per hour, a minute apart.
///
/// Who spends it: anyone who knows the email. For someone else: yes, this
/// budget, which is why it is not the only one: a refused request is not
/// charged, a browser where the account signed in before has its own
/// ([`RESET_EMAILS_KNOWN_BROWSER`]), and each asking browser and address
/// has a budget across accounts ([`RESET_EMAILS_BROWSER`],
/// [`RESET_EMAILS_CLIENT`]).
pub const RESET_EMAILS: SendBudget = SendBudget {
    min_gap_seconds: 60,
    window_seconds: 3600,
    max_in_window: 3,
};
/// Password reset emails asked from a browser where the account signed in
/// before, for that browser and account.
///
/// Who spends it: that browser only (its token is a secret cookie).
pub const RESET_EMAILS_KNOWN_BROWSER: SendBudget = RESET_EMAILS;
/// Password reset emails asked from one browser, across accounts.
///
/// Who spends it: that browser (or, before it has a token, that session).
pub const RESET_EMAILS_BROWSER: SendBudget = SendBudget {
    min_gap_seconds: 0,
    window_seconds: 3600,
    max_in_window: 5,
};
/// Password reset emails asked from one client address, across accounts.
///
/// Who spends it: everyone behind that address; known browsers skip it.
pub const RESET_EMAILS_CLIENT: SendBudget = SendBudget {
    min_gap_seconds: 0,
    window_seconds: 3600,
    max_in_window: 20,
};

/// Text messages per user: 5 per hour, however they were asked for.
///
/// Who spends it: the user's own sessions past the password. For someone
/// else: no.
pub const SMS_SENDS_PER_USER: SendBudget = SendBudget {
    min_gap_seconds: 0,
    window_seconds: 3600,
    max_in_window: 5,
};
/// **Resend New Code**: the same budget, and 30 s after the last text.
/// (A first text, at sign-in or when a number is picked, never waits for
/// the gap: signing out and in again must not leave a user without a code.)
pub const SMS_RESENDS: SendBudget = SendBudget {
    min_gap_seconds: 30,
    ..SMS_SENDS_PER_USER
};
/// Text messages per confirmed number, across the accounts that confirmed
/// it (a shared family phone).
///
/// Who spends it: only accounts that have confirmed this number. Texts to
/// a number still being set up are charged to the asker alone
/// ([`SMS_SENDS_PER_USER`] and [`SMS_NUMBERS_TRIED`]), so nobody can spend
/// the owner's sign-in texts by "adding" the owner's number.
pub const SMS_SENDS_PER_NUMBER: SendBudget = SendBudget {
    min_gap_seconds: 0,
    window_seconds: 3600,
    max_in_window: 10,
};
/// Numbers not yet confirmed that one user may text, per day.
///
/// Who spends it: the user's own sessions past the password. For someone
/// else: no.
pub const SMS_NUMBERS_TRIED: NumberTrials = NumberTrials {
    window_seconds: 86_400,
    max_numbers: 3,
};

/// How many different numbers, not yet confirmed, one user may text in a
/// window (texts to a number already tried are not a new trial).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberTrials {
    pub window_seconds: i64,
    pub max_numbers: u32,
}

impl NumberTrials {
    /// Decides a text to a number from the user's trials in the window:
    /// for each number tried, its latest text (Unix seconds), and whether
    /// the number is the one to text now.
    pub fn decide(&self, tried: &[(bool, i64)], now: i64) -> Verdict {
        let recent: Vec<(bool, i64)> = tried
            .iter()
            .copied()
            .filter(|(_, at)| *at > now - self.window_seconds)
            .collect();
        if recent.iter().any(|(this, _)| *this) || recent.len() < self.max_numbers as usize {
            return Verdict::Open;
        }
        let oldest = recent.iter().map(|(_, at)| *at).min().unwrap_or(now);
        Verdict::Limited {
            retry_after: (oldest + self.window_seconds - now).max(1),
        }
    }
}

/// **Add Member** per admin: 20 an hour. Spent by that admin alone (signed
/// in, freshly re-authenticated, still an active admin when it commits),
/// never for anyone else; a refused add is not charged.
pub const MEMBER_ADDS: SendBudget = SendBudget {
    min_gap_seconds: 0,
    window_seconds: 3600,
    max_in_window: 20,
};

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_000_000;

    #[test]
    fn fifth_code_failure_is_the_last_checked_the_sixth_is_limited() {
        assert_eq!(CODES.decide(&[4, 4], None, NOW), Verdict::Open);
        assert_eq!(
            CODES.decide(&[5, 5], None, NOW),
            Verdict::Limited { retry_after: 300 }
        );
    }

    #[test]
    fn hourly_window_limits_even_when_short_window_is_clear() {
        assert_eq!(CODES.decide(&[1, 19], None, NOW), Verdict::Open);
        assert_eq!(
            CODES.decide(&[1, 20], None, NOW),
            Verdict::Limited { retry_after: 3600 }
        );
    }

    #[test]
    fn password_delays_grow_and_are_capped() {
        let Limit::Backoff(b) = PASSWORD_ACCOUNT else {
            panic!("backoff")
        };
        assert_eq!((b.delay(4), b.delay(5), b.delay(6), b.delay(7)), (0, 30, 60, 120));
        assert_eq!(b.delay(40), 900);
    }

    #[test]
    fn a_password_try_waits_only_for_its_delay_after_the_latest_failure() {
        assert_eq!(PASSWORD_ACCOUNT.decide(&[4], Some(NOW), NOW), Verdict::Open);
        assert_eq!(
            PASSWORD_ACCOUNT.decide(&[5], Some(NOW - 10), NOW),
            Verdict::Limited { retry_after: 20 }
        );
        assert_eq!(PASSWORD_ACCOUNT.decide(&[5], Some(NOW - 30), NOW), Verdict::Open);
        assert_eq!(
            PASSWORD_ACCOUNT.decide(&[9], Some(NOW), NOW),
            Verdict::Limited { retry_after: 480 }
        );
    }

    #[test]
    fn texts_wait_30_seconds_apart_and_5_per_hour() {
        assert_eq!(SMS_SENDS_PER_USER.decide(&[NOW - 10], NOW), Verdict::Open);
        let b = SMS_RESENDS;
        assert_eq!(b.decide(&[], NOW), Verdict::Open);
        assert_eq!(b.decide(&[NOW - 10], NOW), Verdict::Limited { retry_after: 20 });
        assert_eq!(b.decide(&[NOW - 30], NOW), Verdict::Open);
        // Five in the last hour: the sixth waits until the oldest leaves the hour.
        let five = [NOW - 3000, NOW - 2000, NOW - 1000, NOW - 500, NOW - 100];
        assert_eq!(b.decide(&five, NOW), Verdict::Limited { retry_after: 600 });
        assert_eq!(b.decide(&five[1..], NOW), Verdict::Open);
        // Sends older than the hour do not count.
        assert_eq!(b.decide(&[NOW - 4000, NOW - 3700], NOW), Verdict::Open);
    }

    #[test]
    fn a_number_takes_ten_texts_an_hour_whoever_asks() {
        let b = SMS_SENDS_PER_NUMBER;
        let nine: Vec<i64> = (1..=9).map(|i| NOW - i * 10).collect();
        assert_eq!(b.decide(&nine, NOW), Verdict::Open);
        let ten: Vec<i64> = (1..=10).map(|i| NOW - i * 10).collect();
        assert_eq!(b.decide(&ten, NOW), Verdict::Limited { retry_after: 3500 });
    }

    #[test]
    fn a_user_tries_three_numbers_a_day_and_may_text_those_again() {
        let b = SMS_NUMBERS_TRIED;
        let two = [(false, NOW - 100), (false, NOW - 50)];
        assert_eq!(b.decide(&two, NOW), Verdict::Open);
        let three = [(false, NOW - 100), (false, NOW - 50), (false, NOW - 10)];
        assert_eq!(
            b.decide(&three, NOW),
            Verdict::Limited {
                retry_after: 86_400 - 100
            }
        );
        let again = [(false, NOW - 100), (true, NOW - 50), (false, NOW - 10)];
        assert_eq!(b.decide(&again, NOW), Verdict::Open);
        let old = [(false, NOW - 90_000), (false, NOW - 50), (false, NOW - 10)];
        assert_eq!(b.decide(&old, NOW), Verdict::Open);
    }

    #[test]
    fn client_limit() {
        assert_eq!(PASSWORD_CLIENT.decide(&[49], None, NOW), Verdict::Open);
        assert!(matches!(
            PASSWORD_CLIENT.decide(&[50], None, NOW),
            Verdict::Limited { .. }
        ));
    }
}
