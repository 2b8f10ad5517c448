//! What Trestle counts for Prometheus (`/metrics`, served by the server on
//! `TRESTLE_METRICS_ADDR`): one function per event, so a call site is one
//! line and every label comes from a closed set of `&'static str` (enums
//! here, the rate limits' kinds, a router's route patterns). Never an
//! email, a user id, an address or a code.
//!
//! | metric | type | labels |
//! |---|---|---|
//! | `trestle_sign_ins_total` | counter | `method`, `outcome` ([`Method`], [`Outcome`]) |
//! | `trestle_limits_hit_total` | counter | `kind` (the attempt counter's kind: `password_account`, `code`, `sms_send_user`...) |
//! | `trestle_deliveries_total` | counter | `channel`, `outcome` ([`Channel`], [`DeliveryOutcome`]) |
//! | `trestle_delivery_queue_age_seconds` | histogram | `channel` |
//! | `trestle_deliveries_pending` | gauge | `channel` (sampled at scrape) |
//! | `trestle_http_request_duration_seconds` | histogram | `route` (the pattern, `unmatched` when none), `method`, `status` (`2xx`...) |
//! | `trestle_hasher_queue_depth` | gauge | (sampled at scrape) |
//! | `trestle_hasher_runs_total` | counter | (sampled at scrape) |
//! | `trestle_db_pool_connections` | gauge | (open connections, sampled at scrape) |
//! | `trestle_db_pool_idle_connections` | gauge | (sampled at scrape) |
//! | `trestle_db_pool_max_connections` | gauge | (sampled at scrape) |
//!
//! Until a recorder is installed ([`install`]) every function here does
//! nothing: with no metrics address the server installs none.

use crate::error::{ServiceError, ServiceResult};
use crate::services::{Callback, Services};
use crate::store::attempts::Kind;
use ::metrics::{counter, gauge, histogram};
use domain::refusal::Refusal;
use domain::sso::SsoFailure;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};
use std::sync::OnceLock;

pub use metrics_exporter_prometheus::PrometheusHandle;

pub const SIGN_INS: &str = "trestle_sign_ins_total";
pub const LIMITS_HIT: &str = "trestle_limits_hit_total";
pub const DELIVERIES: &str = "trestle_deliveries_total";
pub const DELIVERY_QUEUE_AGE: &str = "trestle_delivery_queue_age_seconds";
pub const DELIVERIES_PENDING: &str = "trestle_deliveries_pending";
pub const HTTP_DURATION: &str = "trestle_http_request_duration_seconds";
pub const HASHER_QUEUE: &str = "trestle_hasher_queue_depth";
pub const HASHER_RUNS: &str = "trestle_hasher_runs_total";
pub const DB_CONNECTIONS: &str = "trestle_db_pool_connections";
pub const DB_IDLE: &str = "trestle_db_pool_idle_connections";
pub const DB_MAX: &str = "trestle_db_pool_max_connections";

/// Request latency buckets (seconds): a cached page in a millisecond, a
/// password (Argon2id) in tens of them, an identity provider in seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// How long a message waited for its delivery (seconds): a minute to a day.
const QUEUE_AGE_BUCKETS: [f64; 10] = [
    1.0,
    5.0,
    15.0,
    60.0,
    300.0,
    900.0,
    3600.0,
    6.0 * 3600.0,
    24.0 * 3600.0,
    72.0 * 3600.0,
];

/// The factor a sign-in step checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Password,
    /// A code from an authenticator app.
    Totp,
    /// A code texted to a phone.
    Sms,
    /// A recovery code.
    Recovery,
    /// A passkey as the second factor.
    Passkey,
    /// **Sign in with a passkey**: both factors at once.
    PasskeySignIn,
    /// A company's identity provider (its callback).
    Sso,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::Totp => "totp",
            Self::Sms => "sms",
            Self::Recovery => "recovery",
            Self::Passkey => "passkey",
            Self::PasskeySignIn => "passkey_sign_in",
            Self::Sso => "sso",
        }
    }
}

/// How a sign-in step ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The factor passed (for a password or SSO: on to MFA, or signed in).
    Success,
    /// A wrong password, code or passkey answer. A code tried while its
    /// limit holds is answered (and counted) as a wrong one: the limit
    /// itself shows in `trestle_limits_hit_total{kind="code"}`.
    Wrong,
    /// A right code used already.
    Replayed,
    /// A past code from a phone whose clock is behind.
    Drift,
    /// A texted code past its time, or an SSO answer no sign-in waits for.
    Expired,
    /// Refused by a rate limit before anything was checked.
    Limited,
    /// The failure that ended the sign-in (too many wrong codes).
    Abandoned,
    /// The factor was right but the account may not sign in this way
    /// (a reset required, SSO required, a company rule).
    Refused,
    /// Not a well-formed password or code: nothing was checked.
    Malformed,
    /// The person cancelled at the identity provider.
    Cancelled,
    /// The provider (identity provider, text gateway) did not answer.
    Unavailable,
    /// An internal error.
    Error,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Wrong => "wrong",
            Self::Replayed => "replayed",
            Self::Drift => "drift",
            Self::Expired => "expired",
            Self::Limited => "limited",
            Self::Abandoned => "abandoned",
            Self::Refused => "refused",
            Self::Malformed => "malformed",
            Self::Cancelled => "cancelled",
            Self::Unavailable => "unavailable",
            Self::Error => "error",
        }
    }

    /// The outcome a step's answer tells; `None` for a step that checked
    /// no factor (a stale page posted out of order, a race to restart).
    pub fn of<T>(result: &ServiceResult<T>) -> Option<Self> {
        match result {
            Ok(_) => Some(Self::Success),
            Err(err) => Self::of_error(err),
        }
    }

    fn of_error(err: &ServiceError) -> Option<Self> {
        match err {
            ServiceError::Internal(_) => Some(Self::Error),
            ServiceError::Refused(refusal) => Self::of_refusal(refusal),
        }
    }

    fn of_refusal(refusal: &Refusal) -> Option<Self> {
        Some(match refusal {
            Refusal::OutOfOrder | Refusal::MovedOn { .. } | Refusal::Conflict => return None,
            Refusal::InvalidCredentials
            | Refusal::WrongPassword
            | Refusal::WrongCode
            | Refusal::PasskeyFailed => Self::Wrong,
            Refusal::CodeReplayed => Self::Replayed,
            Refusal::ClockDrift { .. } => Self::Drift,
            Refusal::CodeExpired => Self::Expired,
            Refusal::TooManyAttempts { .. } | Refusal::SendTooSoon { .. } => Self::Limited,
            Refusal::Abandoned => Self::Abandoned,
            Refusal::CodeEmpty
            | Refusal::CodeLength
            | Refusal::CodeDigits
            | Refusal::RecoveryLength
            | Refusal::PasswordTooLong => Self::Malformed,
            Refusal::SmsUnavailable => Self::Unavailable,
            _ => Self::Refused,
        })
    }

    /// The outcome of an identity provider's answer that signed nobody in.
    pub fn of_sso(failure: SsoFailure) -> Self {
        match failure {
            SsoFailure::Cancelled => Self::Cancelled,
            SsoFailure::Expired => Self::Expired,
            SsoFailure::Unavailable => Self::Unavailable,
            SsoFailure::Rejected => Self::Wrong,
            SsoFailure::Unverified
            | SsoFailure::WrongDomain
            | SsoFailure::NoAccount
            | SsoFailure::NoAccess => Self::Refused,
        }
    }
}

/// Where a message goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Sms => "sms",
        }
    }
}

/// How one delivery attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryOutcome {
    /// The provider took the message.
    Sent,
    /// It failed and will be tried again.
    Retry,
    /// It failed for good (given up, or refused by the provider).
    Failed,
}

impl DeliveryOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Retry => "retry",
            Self::Failed => "failed",
        }
    }
}

/// A sign-in step by `method` ended with `outcome`.
pub fn sign_in(method: Method, outcome: Outcome) {
    counter!(SIGN_INS, "method" => method.as_str(), "outcome" => outcome.as_str()).increment(1);
}

/// Counts a sign-in step by its answer, and gives the answer back:
/// `metrics::counted(Method::Totp, self.check(...).await)`.
pub fn counted<T>(method: Method, result: ServiceResult<T>) -> ServiceResult<T> {
    if let Some(outcome) = Outcome::of(&result) {
        sign_in(method, outcome);
    }
    result
}

/// An identity provider's answer at the callback (an admin's Test
/// Sign-In signs nobody in and is not counted).
pub fn sso_callback(result: &ServiceResult<Callback>) {
    let outcome = match result {
        Ok(Callback::Continued) => Some(Outcome::Success),
        Ok(Callback::Failed(failure)) => Some(Outcome::of_sso(*failure)),
        Ok(Callback::Tested(_)) => None,
        Err(err) => Outcome::of_error(err),
    };
    if let Some(outcome) = outcome {
        sign_in(Method::Sso, outcome);
    }
}

/// A rate limit refused an attempt of this kind.
pub fn limit_hit(kind: Kind) {
    if LIMITS_HIT_HELD
        .try_with(|held| held.borrow_mut().push(kind))
        .is_err()
    {
        counter!(LIMITS_HIT, "kind" => kind.as_str()).increment(1);
    }
}

tokio::task_local! {
    /// The limit hits of work run on another thread (see [`held`]).
    static LIMITS_HIT_HELD: std::cell::RefCell<Vec<Kind>>;
}

/// What [`held`] kept back, to be counted on the thread that asked.
#[derive(Debug, Default)]
#[must_use = "count them where the recorder is"]
pub struct Held(Vec<Kind>);

impl Held {
    pub fn count(self) {
        self.0.into_iter().for_each(limit_hit);
    }
}

/// Runs `work` holding back its limit hits. Work handed to another thread
/// (SQLite's writer) returns them with its answer, so they are counted by
/// the request's own thread, where its recorder is (a test's recorder is
/// local to its thread).
pub async fn held<T>(work: impl Future<Output = T>) -> (T, Held) {
    LIMITS_HIT_HELD
        .scope(std::cell::RefCell::new(Vec::new()), async {
            let out = work.await;
            (out, Held(LIMITS_HIT_HELD.with(|held| held.take())))
        })
        .await
}

/// One delivery attempt of a message on `channel` ended with `outcome`,
/// `queue_age_seconds` after the message was queued (for the delivery
/// queue: take both times from the injected `Clock`).
pub fn delivery(channel: Channel, outcome: DeliveryOutcome, queue_age_seconds: f64) {
    counter!(DELIVERIES, "channel" => channel.as_str(), "outcome" => outcome.as_str()).increment(1);
    histogram!(DELIVERY_QUEUE_AGE, "channel" => channel.as_str()).record(queue_age_seconds.max(0.0));
}

/// How many messages on `channel` wait for delivery now (counted when the
/// metrics are scraped).
pub fn deliveries_pending(channel: Channel, count: u64) {
    gauge!(DELIVERIES_PENDING, "channel" => channel.as_str()).set(count as f64);
}

/// An HTTP request answered in `seconds`. `route` is the router's pattern
/// (`/help/{lang}`), never the path asked for, or `None` when no route
/// matched; unknown methods and statuses are folded into `other`.
pub fn http_request(route: Option<&str>, method: &str, status: u16, seconds: f64) {
    let method = match method {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        _ => "other",
    };
    let status = match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        500..=599 => "5xx",
        _ => "other",
    };
    let route = route.unwrap_or("unmatched").to_owned();
    histogram!(HTTP_DURATION, "route" => route, "method" => method, "status" => status).record(seconds);
}

/// Samples what is read rather than counted (the hashing pool's queue,
/// the database pool), just before the metrics are rendered.
pub fn collect(services: &Services) {
    gauge!(HASHER_QUEUE).set(services.hasher.waiting() as f64);
    counter!(HASHER_RUNS).absolute(services.hasher.runs());
    let pool = &services.db.pool;
    gauge!(DB_CONNECTIONS).set(f64::from(pool.size()));
    gauge!(DB_IDLE).set(pool.num_idle() as f64);
    gauge!(DB_MAX).set(f64::from(pool.options().get_max_connections()));
}

/// The `# HELP` lines.
fn describe() {
    use ::metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        SIGN_INS,
        "Sign-in steps by the factor checked and how they ended."
    );
    describe_counter!(
        LIMITS_HIT,
        "Attempts refused by a rate limit, by the limit's kind."
    );
    describe_counter!(
        DELIVERIES,
        "Delivery attempts of emails and texts, by channel and outcome."
    );
    describe_histogram!(
        DELIVERY_QUEUE_AGE,
        Unit::Seconds,
        "How long a message had waited when a delivery attempt of it ended."
    );
    describe_gauge!(DELIVERIES_PENDING, "Messages waiting for delivery, by channel.");
    describe_histogram!(
        HTTP_DURATION,
        Unit::Seconds,
        "Time to the response's head, by route pattern, method and status class."
    );
    describe_gauge!(
        HASHER_QUEUE,
        "Password hashes and other CPU-heavy work waiting for the pool."
    );
    describe_counter!(HASHER_RUNS, "Work started on the hashing pool.");
    describe_gauge!(DB_CONNECTIONS, "Open database connections (idle or in use).");
    describe_gauge!(DB_IDLE, "Idle database connections.");
    describe_gauge!(DB_MAX, "The database pool's maximum size.");
}

/// A Prometheus recorder for Trestle's metrics: histograms with buckets
/// (not summaries), so latencies add up across instances. Tests render
/// one of their own (`metrics::with_local_recorder`).
pub fn recorder() -> Result<PrometheusRecorder, String> {
    let recorder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(HTTP_DURATION.into()), &LATENCY_BUCKETS)
        .and_then(|b| b.set_buckets_for_metric(Matcher::Full(DELIVERY_QUEUE_AGE.into()), &QUEUE_AGE_BUCKETS))
        .map_err(|e| format!("metrics: {e}"))?
        .build_recorder();
    ::metrics::with_local_recorder(&recorder, describe);
    Ok(recorder)
}

/// Installs [`recorder`] for the whole process (once: later calls give
/// the same handle). The caller renders with the handle and runs its
/// upkeep now and then.
pub fn install() -> Result<PrometheusHandle, String> {
    static HANDLE: OnceLock<Result<PrometheusHandle, String>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = recorder()?;
            let handle = recorder.handle();
            ::metrics::set_global_recorder(recorder)
                .map_err(|_| "metrics: another recorder is installed".to_owned())?;
            Ok(handle)
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(f: impl FnOnce()) -> String {
        let recorder = recorder().unwrap();
        ::metrics::with_local_recorder(&recorder, f);
        recorder.handle().render()
    }

    /// The value of the sample `line_start` (the name and labels), if any.
    fn value(text: &str, sample: &str) -> Option<f64> {
        text.lines()
            .find_map(|l| l.strip_prefix(sample)?.strip_prefix(' '))
            .map(|v| v.parse().unwrap())
    }

    #[test]
    fn sign_ins_are_counted_by_method_and_outcome() {
        let text = rendered(|| {
            sign_in(Method::Totp, Outcome::Wrong);
            sign_in(Method::Totp, Outcome::Wrong);
            sign_in(Method::Totp, Outcome::Success);
            let _ = counted(
                Method::Password,
                Err::<(), _>(Refusal::TooManyAttempts { retry_after: 60 }.into()),
            );
            let _ = counted(Method::Sms, Err::<(), _>(Refusal::OutOfOrder.into()));
        });
        assert!(text.contains("# TYPE trestle_sign_ins_total counter"), "{text}");
        assert!(text.contains("# HELP trestle_sign_ins_total "), "{text}");
        assert_eq!(
            value(&text, r#"trestle_sign_ins_total{method="totp",outcome="wrong"}"#),
            Some(2.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_sign_ins_total{method="totp",outcome="success"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_sign_ins_total{method="password",outcome="limited"}"#
            ),
            Some(1.0)
        );
        assert!(
            !text.contains(r#"method="sms""#),
            "a step out of order checked no factor: {text}"
        );
    }

    #[test]
    fn answers_map_to_a_closed_set_of_outcomes() {
        let of = |refusal: Refusal| Outcome::of::<()>(&Err(refusal.into()));
        assert_eq!(Outcome::of(&Ok(())), Some(Outcome::Success));
        assert_eq!(of(Refusal::InvalidCredentials), Some(Outcome::Wrong));
        assert_eq!(of(Refusal::WrongCode), Some(Outcome::Wrong));
        assert_eq!(of(Refusal::CodeReplayed), Some(Outcome::Replayed));
        assert_eq!(of(Refusal::ClockDrift { seconds: -60 }), Some(Outcome::Drift));
        assert_eq!(of(Refusal::CodeExpired), Some(Outcome::Expired));
        assert_eq!(of(Refusal::Abandoned), Some(Outcome::Abandoned));
        assert_eq!(of(Refusal::SsoRequired), Some(Outcome::Refused));
        assert_eq!(of(Refusal::CodeLength), Some(Outcome::Malformed));
        assert_eq!(of(Refusal::OutOfOrder), None);
        let internal = Outcome::of::<()>(&Err(ServiceError::Internal("database: gone".into())));
        assert_eq!(internal, Some(Outcome::Error));
        assert_eq!(Outcome::of_sso(SsoFailure::Cancelled), Outcome::Cancelled);
        assert_eq!(Outcome::of_sso(SsoFailure::NoAccess), Outcome::Refused);
    }

    #[test]
    fn sso_answers_are_counted_but_an_admins_test_is_not() {
        let text = rendered(|| {
            sso_callback(&Ok(Callback::Continued));
            sso_callback(&Ok(Callback::Failed(SsoFailure::Unavailable)));
            sso_callback(&Ok(Callback::Tested(Ok("a@example.com".into()))));
            sso_callback(&Err(ServiceError::Internal("x".into())));
        });
        assert_eq!(
            value(&text, r#"trestle_sign_ins_total{method="sso",outcome="success"}"#),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_sign_ins_total{method="sso",outcome="unavailable"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            value(&text, r#"trestle_sign_ins_total{method="sso",outcome="error"}"#),
            Some(1.0)
        );
        assert!(!text.contains("example.com"), "{text}");
    }

    #[test]
    fn limits_and_deliveries_have_their_labels() {
        let text = rendered(|| {
            limit_hit(Kind::PasswordAccount);
            limit_hit(Kind::Code);
            limit_hit(Kind::Code);
            delivery(Channel::Email, DeliveryOutcome::Sent, 3.0);
            delivery(Channel::Sms, DeliveryOutcome::Retry, 120.0);
            deliveries_pending(Channel::Sms, 4);
        });
        assert_eq!(
            value(&text, r#"trestle_limits_hit_total{kind="code"}"#),
            Some(2.0)
        );
        assert_eq!(
            value(&text, r#"trestle_limits_hit_total{kind="password_account"}"#),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_deliveries_total{channel="email",outcome="sent"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_deliveries_total{channel="sms",outcome="retry"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_delivery_queue_age_seconds_bucket{channel="email",le="5"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_delivery_queue_age_seconds_bucket{channel="sms",le="60"}"#
            ),
            Some(0.0)
        );
        assert_eq!(
            value(
                &text,
                r#"trestle_delivery_queue_age_seconds_count{channel="sms"}"#
            ),
            Some(1.0)
        );
        assert_eq!(
            value(&text, r#"trestle_deliveries_pending{channel="sms"}"#),
            Some(4.0)
        );
    }

    #[test]
    fn request_latency_is_a_histogram_with_bounded_labels() {
        let text = rendered(|| {
            http_request(Some("/login"), "GET", 200, 0.003);
            http_request(Some("/login"), "GET", 204, 0.2);
            http_request(None, "BREW", 418, 0.001);
            http_request(Some("/api/{*fn_name}"), "POST", 503, 0.02);
        });
        assert!(
            text.contains("# TYPE trestle_http_request_duration_seconds histogram"),
            "{text}"
        );
        let login = r#"route="/login",method="GET",status="2xx""#;
        assert_eq!(
            value(
                &text,
                &format!("trestle_http_request_duration_seconds_bucket{{{login},le=\"0.005\"}}")
            ),
            Some(1.0)
        );
        assert_eq!(
            value(
                &text,
                &format!("trestle_http_request_duration_seconds_bucket{{{login},le=\"+Inf\"}}")
            ),
            Some(2.0)
        );
        assert_eq!(
            value(
                &text,
                &format!("trestle_http_request_duration_seconds_count{{{login}}}")
            ),
            Some(2.0)
        );
        let stranger =
            r#"trestle_http_request_duration_seconds_count{route="unmatched",method="other",status="4xx"}"#;
        assert_eq!(value(&text, stranger), Some(1.0));
        assert!(
            text.contains(r#"route="/api/{*fn_name}",method="POST",status="5xx""#),
            "{text}"
        );
    }

    #[tokio::test]
    async fn pools_are_sampled_when_collected() {
        let clock = crate::test_support::test_clock();
        let services = crate::test_support::services(crate::test_support::sqlite().await, &clock);
        let text = rendered(|| collect(&services));
        assert_eq!(value(&text, "trestle_hasher_queue_depth"), Some(0.0));
        assert!(value(&text, "trestle_hasher_runs_total").is_some(), "{text}");
        let max = value(&text, "trestle_db_pool_max_connections").unwrap();
        let open = value(&text, "trestle_db_pool_connections").unwrap();
        let idle = value(&text, "trestle_db_pool_idle_connections").unwrap();
        assert!(max >= 1.0 && open <= max && idle <= open, "{text}");
    }

    #[test]
    fn installing_twice_gives_the_same_recorder() {
        let first = install().unwrap();
        let second = install().unwrap();
        counter!("trestle_test_installed_total").increment(1);
        assert!(first.render().contains("trestle_test_installed_total 1"));
        assert!(second.render().contains("trestle_test_installed_total 1"));
    }
}
