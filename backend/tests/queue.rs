//! The delivery queue on SQLite and PostgreSQL: emails exist only if the
//! transaction that queued them commits, an outage delays them and never
//! drops them, a stopped worker's claims are taken over, two workers never
//! send one email twice, and texts are recorded (without their code,
//! unless the demo outbox is the sink). Time moves on the injected clock.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use backend::delivery::{
    AfterCommit, Delivery, DeliveryError, DeliveryState, Email, Mailer, Outbox, Sending, Sms,
};
use backend::store::deliveries::{self, Outcome};
use backend::test_support::{each_backend, postgres_url, services_with, sqlite, test_clock};
use backend::{Clock, Db, ManualClock, Services};
use domain::delivery::{LEASE, MAX_ATTEMPTS, wait_after};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use time::Duration;

/// A mailer that records what it sends, or fails as told.
#[derive(Clone, Default)]
struct Scripted {
    sent: Arc<Mutex<Vec<Email>>>,
    calls: Arc<Mutex<usize>>,
    failing: Arc<Mutex<Option<DeliveryError>>>,
    /// Announces each email sent.
    announce: Option<tokio::sync::mpsc::UnboundedSender<String>>,
}

impl Scripted {
    fn fail_with(&self, err: Option<DeliveryError>) {
        *self.failing.lock().unwrap() = err;
    }

    fn calls(&self) -> usize {
        *self.calls.lock().unwrap()
    }

    fn sent_to(&self) -> Vec<String> {
        self.sent.lock().unwrap().iter().map(|e| e.to.clone()).collect()
    }
}

impl Mailer for Scripted {
    fn send(&self, email: Email) -> Sending<'_> {
        Box::pin(async move {
            *self.calls.lock().unwrap() += 1;
            // Lets the other worker run between the claim and the answer.
            tokio::task::yield_now().await;
            let failing = self.failing.lock().unwrap().clone();
            if let Some(err) = failing {
                return Err(err);
            }
            if let Some(announce) = &self.announce {
                let _ = announce.send(email.to.clone());
            }
            self.sent.lock().unwrap().push(email);
            Ok(())
        })
    }
}

fn outage() -> DeliveryError {
    DeliveryError::Unavailable("smtp: connection refused".into())
}

/// Services whose emails go to `mailer`, sent only by the worker (or a
/// test's [`Services::deliver_due`]).
fn queued(db: Db, clock: &ManualClock, mailer: &Scripted) -> Services {
    let delivery = Delivery {
        mailer: Arc::new(mailer.clone()),
        sms: Arc::new(Outbox),
        show_outbox: true,
    };
    services_with(db, clock, delivery).with_after_commit(AfterCommit::WakeWorker)
}

/// A reset email to `to`, carrying a single-use link.
fn email(to: &str) -> Email {
    Email {
        to: to.into(),
        subject: "Reset your password".into(),
        text: "Hello,\n\nhttps://t.example/account/reset?token=S3CRET-TOKEN\n".into(),
        html: "<p><a href=\"https://t.example/account/reset?token=S3CRET-TOKEN\">Reset</a></p>".into(),
    }
}

/// Queues an email to `to` in a transaction of its own, committed.
async fn queue_email(services: &Services, to: &str) {
    let mut tx = services.db.begin().await.unwrap();
    services.queue.enqueue(&mut tx, &email(to)).await.unwrap();
    tx.commit().await.unwrap();
}

#[derive(Debug, PartialEq, Eq)]
struct Row {
    state: String,
    attempts: i64,
    next_attempt_at: i64,
    last_error: String,
    sent_at: Option<i64>,
    body: String,
    html: String,
}

/// A row's columns, in [`Row`]'s order.
type RowColumns = (String, i64, i64, String, Option<i64>, String, String);

async fn rows(db: &Db) -> Vec<Row> {
    let mut conn = db.pool.acquire().await.unwrap();
    let rows: Vec<RowColumns> = sqlx::query_as(
        "SELECT state, attempts, next_attempt_at, last_error, sent_at, body, html FROM deliveries ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    rows.into_iter()
        .map(
            |(state, attempts, next_attempt_at, last_error, sent_at, body, html)| Row {
                state,
                attempts,
                next_attempt_at,
                last_error,
                sent_at,
                body,
                html,
            },
        )
        .collect()
}

async fn only_row(db: &Db) -> Row {
    let mut all = rows(db).await;
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

fn now(clock: &ManualClock) -> i64 {
    clock.now().unix_timestamp()
}

#[tokio::test]
async fn an_email_exists_only_if_its_transaction_commits_on_both_backends() {
    for db in each_backend().await {
        let clock = test_clock();
        let mailer = Scripted::default();
        let services = queued(db.clone(), &clock, &mailer);

        let mut tx = db.begin().await.unwrap();
        services
            .queue
            .enqueue(&mut tx, &email("ada@example.com"))
            .await
            .unwrap();
        tx.rollback().await.unwrap();
        assert!(
            rows(&db).await.is_empty(),
            "{:?}: rolled back with its transaction",
            db.backend
        );
        assert_eq!(services.deliver_due().await.unwrap(), 0);

        queue_email(&services, "ada@example.com").await;
        let waiting = only_row(&db).await;
        assert_eq!((waiting.state.as_str(), waiting.attempts), ("pending", 0));
        assert_eq!(waiting.next_attempt_at, now(&clock), "due at once");
        for part in [&waiting.body, &waiting.html] {
            assert!(!part.contains("S3CRET") && !part.is_empty(), "sealed: {part}");
        }

        assert_eq!(services.deliver_due().await.unwrap(), 1);
        assert_eq!(mailer.sent.lock().unwrap().clone(), [email("ada@example.com")]);
        let sent = only_row(&db).await;
        assert_eq!((sent.state.as_str(), sent.attempts), ("sent", 1));
        assert_eq!(sent.sent_at, Some(now(&clock)));
        assert_eq!(
            (sent.body.as_str(), sent.html.as_str()),
            ("", ""),
            "a real provider's email is erased"
        );
        assert_eq!(services.deliver_due().await.unwrap(), 0, "sent once");
        assert_eq!(mailer.calls(), 1);
    }
}

#[tokio::test]
async fn an_outage_delays_an_email_and_never_drops_it_on_both_backends() {
    for db in each_backend().await {
        let clock = test_clock();
        let mailer = Scripted::default();
        let services = queued(db.clone(), &clock, &mailer);
        queue_email(&services, "ada@example.com").await;

        mailer.fail_with(Some(outage()));
        assert_eq!(services.deliver_due().await.unwrap(), 0);
        let waiting = only_row(&db).await;
        assert_eq!((waiting.state.as_str(), waiting.attempts), ("pending", 1));
        assert_eq!(waiting.next_attempt_at, now(&clock) + 15, "{:?}", db.backend);
        assert_eq!(
            waiting.last_error,
            "provider unavailable: smtp: connection refused"
        );
        assert!(!waiting.last_error.contains("S3CRET"));

        // Not due yet: nothing is tried.
        clock.advance(Duration::seconds(14));
        assert_eq!(services.deliver_due().await.unwrap(), 0);
        assert_eq!(mailer.calls(), 1);

        // Still down at the second try: the wait doubles.
        clock.advance(Duration::seconds(1));
        assert_eq!(services.deliver_due().await.unwrap(), 0);
        let waiting = only_row(&db).await;
        assert_eq!((waiting.attempts, waiting.next_attempt_at), (2, now(&clock) + 30));

        // The server is back: sent at the next try.
        mailer.fail_with(None);
        clock.advance(Duration::seconds(30));
        assert_eq!(services.deliver_due().await.unwrap(), 1);
        let sent = only_row(&db).await;
        assert_eq!((sent.state.as_str(), sent.attempts), ("sent", 3));
        assert_eq!(sent.last_error, "", "what failed before is no longer the story");
        assert_eq!(mailer.sent_to(), ["ada@example.com"]);
    }
}

#[tokio::test]
async fn after_the_last_try_an_email_is_failed_with_the_reason_on_both_backends() {
    for db in each_backend().await {
        let clock = test_clock();
        let mailer = Scripted::default();
        let services = queued(db.clone(), &clock, &mailer);
        queue_email(&services, "ada@example.com").await;
        mailer.fail_with(Some(outage()));
        let started = now(&clock);
        for attempt in 1..=MAX_ATTEMPTS {
            assert_eq!(services.deliver_due().await.unwrap(), 0);
            assert_eq!(only_row(&db).await.attempts, i64::from(attempt));
            clock.advance(wait_after(attempt));
        }
        let failed = only_row(&db).await;
        assert_eq!(
            (failed.state.as_str(), failed.attempts),
            ("failed", 10),
            "{:?}",
            db.backend
        );
        assert_eq!(
            failed.last_error,
            "provider unavailable: smtp: connection refused"
        );
        assert_eq!(failed.sent_at, None);
        assert!(
            now(&clock) - started > 10 * 60,
            "the tries outlast a ten-minute outage"
        );
        clock.advance(Duration::days(1));
        mailer.fail_with(None);
        assert_eq!(services.deliver_due().await.unwrap(), 0);
        assert_eq!(mailer.calls(), MAX_ATTEMPTS as usize, "never tried again");
    }
}

#[tokio::test]
async fn an_email_that_cannot_be_sent_is_failed_at_once() {
    let db = sqlite().await;
    let clock = test_clock();
    let mailer = Scripted::default();
    let services = queued(db.clone(), &clock, &mailer);
    queue_email(&services, "ada@example.com").await;
    mailer.fail_with(Some(DeliveryError::Internal("recipient address: invalid".into())));
    assert_eq!(services.deliver_due().await.unwrap(), 0);
    let failed = only_row(&db).await;
    assert_eq!((failed.state.as_str(), failed.attempts), ("failed", 1));
    assert_eq!(failed.last_error, "delivery failed: recipient address: invalid");
}

/// A worker claims an email and stops (a crash) before sending it: once
/// its lease ends the email is claimed and sent again, and the stopped
/// worker's late answer changes nothing.
#[tokio::test]
async fn a_stopped_workers_claim_is_taken_over_when_its_lease_ends_on_both_backends() {
    for db in each_backend().await {
        let clock = test_clock();
        let mailer = Scripted::default();
        let services = queued(db.clone(), &clock, &mailer);
        queue_email(&services, "ada@example.com").await;

        let stopped = services.queue.claim().await.unwrap();
        assert_eq!(stopped.len(), 1, "{:?}", db.backend);
        assert_eq!(stopped[0].attempt, 1);
        assert_eq!(services.deliver_due().await.unwrap(), 0, "held by the lease");
        clock.advance(LEASE - Duration::seconds(1));
        assert_eq!(services.deliver_due().await.unwrap(), 0, "still held");
        assert_eq!(mailer.calls(), 0);

        clock.advance(Duration::seconds(1));
        assert_eq!(services.deliver_due().await.unwrap(), 1, "taken over");
        let sent = only_row(&db).await;
        assert_eq!((sent.state.as_str(), sent.attempts), ("sent", 2));
        assert_eq!(mailer.sent_to(), ["ada@example.com"]);

        // The stopped worker comes back and reports a failure: too late.
        let mut conn = db.pool.acquire().await.unwrap();
        let late = Outcome::Failed {
            error: "smtp: timeout",
        };
        assert!(!deliveries::finish(&mut conn, &stopped[0], late).await.unwrap());
        drop(conn);
        assert_eq!(only_row(&db).await.state, "sent");
    }
}

/// Many emails, two workers at once (on PostgreSQL, two servers with
/// pools of their own): each email is sent exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_never_send_one_email_twice_on_both_backends() {
    let mut pairs: Vec<(Db, Db)> = Vec::new();
    let sqlite = sqlite().await;
    pairs.push((sqlite.clone(), sqlite));
    if let Some(url) = postgres_url().await {
        let first = Db::connect(&url).await.unwrap();
        let second = Db::connect(&url).await.unwrap();
        pairs.push((first, second));
    }
    for (one, other) in pairs {
        let clock = test_clock();
        let mailer = Scripted::default();
        let (a, b) = (
            queued(one.clone(), &clock, &mailer),
            queued(other, &clock, &mailer),
        );
        let count = 45;
        for n in 0..count {
            queue_email(&a, &format!("user{n}@example.com")).await;
        }
        let (sent_a, sent_b) = tokio::join!(a.deliver_due(), b.deliver_due());
        let (sent_a, sent_b) = (sent_a.unwrap(), sent_b.unwrap());
        assert_eq!(sent_a + sent_b, count, "{:?}: {sent_a} + {sent_b}", one.backend);
        let mut times: BTreeMap<String, usize> = BTreeMap::new();
        for to in mailer.sent_to() {
            *times.entry(to).or_default() += 1;
        }
        assert_eq!(times.len(), count);
        assert!(times.values().all(|&n| n == 1), "{times:?}");
        assert!(
            rows(&one)
                .await
                .iter()
                .all(|r| r.state == "sent" && r.attempts == 1)
        );
    }
}

/// The server's worker sends an email as soon as the transaction that
/// queued it has committed (long before its next look at the table).
#[tokio::test]
async fn the_worker_wakes_when_an_email_is_committed() {
    let db = sqlite().await;
    let clock = test_clock();
    let (announce, mut announced) = tokio::sync::mpsc::unbounded_channel();
    let mailer = Scripted {
        announce: Some(announce),
        ..Scripted::default()
    };
    let services = queued(db.clone(), &clock, &mailer);
    let worker = tokio::spawn(services.queue.clone().run());
    for to in ["first@example.com", "second@example.com"] {
        queue_email(&services, to).await;
        services.queue.committed().await;
        let within = backend::delivery::POLL / 2;
        let got = tokio::time::timeout(within, announced.recv()).await;
        assert_eq!(got.ok().flatten().as_deref(), Some(to), "woken, not polled");
    }
    worker.abort();
}

/// A text message is recorded once tried, sent or failed with its
/// reason; its code is kept (sealed) only for the demo outbox.
#[tokio::test]
async fn texts_are_recorded_with_their_code_only_for_the_outbox_on_both_backends() {
    for db in each_backend().await {
        let clock = test_clock();
        let services = queued(db.clone(), &clock, &Scripted::default());
        let text = Sms {
            to: "+14155550100".into(),
            body: "Your code is 123456.\n\n@t.example #123456".into(),
        };
        let refused = Err(DeliveryError::Unavailable("sms gateway answered 503".into()));
        let mut tx = db.begin().await.unwrap();
        services
            .queue
            .record_text(&mut tx, &text, false, &Ok(()))
            .await
            .unwrap();
        services
            .queue
            .record_text(&mut tx, &text, false, &refused)
            .await
            .unwrap();
        services
            .queue
            .record_text(&mut tx, &text, true, &Ok(()))
            .await
            .unwrap();
        tx.commit().await.unwrap();

        let stored = rows(&db).await;
        assert_eq!(stored.len(), 3, "{:?}", db.backend);
        assert_eq!((stored[0].state.as_str(), stored[0].body.as_str()), ("sent", ""));
        assert_eq!(stored[0].sent_at, Some(now(&clock)));
        assert_eq!(
            (stored[1].state.as_str(), stored[1].body.as_str()),
            ("failed", "")
        );
        assert_eq!(
            stored[1].last_error,
            "provider unavailable: sms gateway answered 503"
        );
        assert_eq!(stored[1].sent_at, None);
        assert!(
            !stored[2].body.is_empty() && !stored[2].body.contains("123456"),
            "sealed"
        );
        assert!(stored.iter().all(|r| r.attempts == 1));
        assert_eq!(
            services.deliver_due().await.unwrap(),
            0,
            "texts are never retried"
        );

        // The demo outbox, newest first, opens what it may show.
        let shown = services.outbox().await.unwrap().unwrap();
        assert_eq!(shown.len(), 3);
        assert_eq!(shown[0].body, text.body);
        assert_eq!(shown[0].channel, "sms");
        assert_eq!(shown[0].to, "+14155550100");
        assert_eq!(shown[1].state, DeliveryState::Failed);
        assert_eq!(shown[1].body, "");
        assert_eq!(shown[2].state, DeliveryState::Sent);
    }
}

/// The demo outbox shows queued emails at once, with their state, and
/// keeps their text once sent.
#[tokio::test]
async fn the_outbox_shows_the_queue_newest_first_on_both_backends() {
    for db in each_backend().await {
        let clock = test_clock();
        let services =
            services_with(db.clone(), &clock, Delivery::outbox()).with_after_commit(AfterCommit::WakeWorker);
        queue_email(&services, "ada@example.com").await;
        clock.advance(Duration::seconds(5));
        queue_email(&services, "bob@example.com").await;
        let shown = services.outbox().await.unwrap().unwrap();
        assert_eq!(shown.len(), 2, "{:?}", db.backend);
        assert_eq!(shown[0].to, "bob@example.com", "newest first");
        assert!(
            shown
                .iter()
                .all(|m| m.state == DeliveryState::Pending && m.sent_at.is_none())
        );
        assert_eq!(shown[1].queued_at + Duration::seconds(5), shown[0].queued_at);

        assert_eq!(services.deliver_due().await.unwrap(), 2);
        let shown = services.outbox().await.unwrap().unwrap();
        for m in &shown {
            assert_eq!((m.state, m.attempts), (DeliveryState::Sent, 1));
            assert_eq!(m.sent_at, Some(clock.now()));
            assert_eq!(m.body, email(&m.to).text, "the outbox keeps what it shows");
            assert_eq!(m.html, email(&m.to).html);
            assert_eq!(m.subject, "Reset your password");
        }
    }
}

/// Sent and failed messages are deleted after a month; waiting ones stay.
#[tokio::test]
async fn old_finished_messages_are_deleted() {
    let db = sqlite().await;
    let clock = test_clock();
    let mailer = Scripted::default();
    let services = queued(db.clone(), &clock, &mailer);
    queue_email(&services, "sent@example.com").await;
    assert_eq!(services.deliver_due().await.unwrap(), 1);
    mailer.fail_with(Some(outage()));
    queue_email(&services, "waiting@example.com").await;
    assert_eq!(services.deliver_due().await.unwrap(), 0);
    clock.advance(backend::delivery::KEEP_FINISHED);
    assert_eq!(services.queue.purge().await.unwrap(), 0, "a month to the second");
    clock.advance(Duration::seconds(1));
    assert_eq!(services.queue.purge().await.unwrap(), 1);
    let left = only_row(&db).await;
    assert_eq!(left.state, "pending");
}

#[tokio::test]
async fn each_try_is_counted_by_outcome_with_its_age_in_the_queue() {
    let recorder = backend::metrics::recorder().unwrap();
    let _recording = metrics::set_default_local_recorder(&recorder);
    let db = sqlite().await;
    let clock = test_clock();
    let mailer = Scripted::default();
    let services = queued(db, &clock, &mailer);
    queue_email(&services, "ada@example.com").await;
    mailer.fail_with(Some(outage()));
    assert_eq!(services.deliver_due().await.unwrap(), 0);
    mailer.fail_with(None);
    clock.advance(Duration::seconds(15));
    assert_eq!(services.deliver_due().await.unwrap(), 1);

    let text = recorder.handle().render();
    for line in [
        r#"trestle_deliveries_total{channel="email",outcome="retry"} 1"#,
        r#"trestle_deliveries_total{channel="email",outcome="sent"} 1"#,
        r#"trestle_delivery_queue_age_seconds_count{channel="email"} 2"#,
        r#"trestle_delivery_queue_age_seconds_sum{channel="email"} 15"#,
    ] {
        assert!(text.contains(line), "{line} in\n{text}");
    }
    assert!(!text.contains("ada@example.com"));
}
