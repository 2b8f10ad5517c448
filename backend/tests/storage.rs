//! Repository behaviour, run against SQLite and PostgreSQL alike.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use backend::db::Db;
use backend::store::{attempts, audit, companies, factors, sessions, users};
use backend::test_support::{each_backend, test_clock};
use backend::{Clock, Rng};
use domain::policy::PaymentRole;
use domain::signin::SignIn;

async fn add_user(db: &Db, email: &str) -> i64 {
    let mut conn = db.pool.acquire().await.unwrap();
    let new = users::NewUser {
        email,
        password_hash: "$argon2id$x",
        display_name: "Ada",
        payment_role: PaymentRole::Payor,
        time_zone: "UTC",
        locale: "en",
    };
    users::insert_new(&mut conn, &new, test_clock().now())
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn emails_are_unique_case_insensitively() {
    for db in each_backend().await {
        let id = add_user(&db, "Ada@Example.com").await;
        let mut conn = db.pool.acquire().await.unwrap();
        let found = users::credentials_by_email(&mut conn, "ada@example.com")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(found.user.id, id);
        assert_eq!(found.user.email, "Ada@Example.com");
        assert_eq!(found.user.payment_role, PaymentRole::Payor);
        let dup = users::NewUser {
            email: "ADA@example.COM",
            password_hash: "h",
            display_name: "Other",
            payment_role: PaymentRole::None,
            time_zone: "UTC",
            locale: "en",
        };
        let again = users::insert_new(&mut conn, &dup, test_clock().now()).await;
        assert_eq!(again.unwrap(), None, "{:?}", db.backend);
    }
}

#[tokio::test]
async fn migrations_are_idempotent() {
    for db in each_backend().await {
        db.migrate().await.unwrap();
        let mut conn = db.pool.acquire().await.unwrap();
        assert_eq!(users::count(&mut conn).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn memberships_carry_company_rules() {
    for db in each_backend().await {
        let user = add_user(&db, "m@example.com").await;
        let mut conn = db.pool.acquire().await.unwrap();
        let now = test_clock().now();
        let acme = users::insert_company(&mut conn, "Acme", now).await.unwrap();
        users::add_membership(&mut conn, user, acme, "admin", true, now)
            .await
            .unwrap();
        let rules = users::company_mfa(&mut conn, user).await.unwrap();
        assert_eq!(rules.len(), 1);
        assert!(rules[0].active_member);
        assert_eq!(rules[0].required_from, None);
    }
}

/// The company's security log shows its own actions and its members'
/// events from while they were its active members: not before a late
/// member joined (nor while only invited), not after one was deactivated,
/// and not what another company did to a member they share.
#[tokio::test]
async fn the_company_log_shows_members_only_while_they_were_its_active_members_on_both_backends() {
    for db in each_backend().await {
        let shared = add_user(&db, "shared@example.com").await;
        let late = add_user(&db, "late@example.com").await;
        let other_admin = add_user(&db, "rita@example.com").await;
        let mut conn = db.pool.acquire().await.unwrap();
        let start = test_clock().now();
        let at = |minutes: i64| start + time::Duration::minutes(minutes);
        let summit = users::insert_company(&mut conn, "Summit", start).await.unwrap();
        let river = users::insert_company(&mut conn, "Riverbend", start)
            .await
            .unwrap();
        users::add_membership(&mut conn, shared, river, "user", true, start)
            .await
            .unwrap();
        users::add_membership(&mut conn, other_admin, river, "admin", true, start)
            .await
            .unwrap();
        let event = |user: i64, event: audit::Event, minute: i64| {
            let pool = db.pool.clone();
            async move {
                let mut conn = pool.acquire().await.unwrap();
                audit::record(
                    &mut conn,
                    Some(user),
                    event,
                    "",
                    audit::Source::default(),
                    at(minute),
                )
                .await
                .unwrap();
            }
        };
        event(shared, audit::Event::SignIn, 1).await; // before joining Summit
        users::add_membership(&mut conn, shared, summit, "user", true, at(2))
            .await
            .unwrap();
        assert!(companies::invite(&mut conn, summit, late, "Lee").await.unwrap());
        event(shared, audit::Event::FactorAdded, 3).await; // shown
        event(late, audit::Event::SignIn, 3).await; // only invited: not shown
        assert!(companies::accept(&mut conn, summit, late, at(4)).await.unwrap());
        // Riverbend's admin resets the shared member's MFA, in Riverbend's name.
        let by = audit::ByAdmin {
            admin_id: other_admin,
            company_id: river,
        };
        let source = audit::Source::default();
        audit::record_as(
            &mut conn,
            Some(shared),
            Some(by),
            audit::Event::MfaReset,
            "",
            source,
            at(4),
        )
        .await
        .unwrap();
        event(late, audit::Event::SignIn, 5).await; // shown
        assert!(
            companies::set_active(&mut conn, summit, shared, false, at(6))
                .await
                .unwrap()
        );
        assert!(
            !companies::set_active(&mut conn, summit, shared, false, at(6))
                .await
                .unwrap()
        );
        event(shared, audit::Event::PasswordChanged, 7).await; // deactivated: not shown
        assert!(
            companies::set_active(&mut conn, summit, shared, true, at(8))
                .await
                .unwrap()
        );
        event(shared, audit::Event::FactorRemoved, 9).await; // shown again

        let seen = |rows: Vec<companies::LogRow>| -> Vec<(String, i64)> {
            rows.into_iter()
                .filter(|r| r.event != "member_added")
                .map(|r| (r.event, (r.at - start.unix_timestamp()) / 60))
                .collect()
        };
        let summit_log = companies::security_log(&mut conn, summit, 50, 0).await.unwrap();
        assert_eq!(
            seen(summit_log),
            [
                ("factor_removed".to_owned(), 9),
                ("sign_in".to_owned(), 5),
                ("factor_added".to_owned(), 3),
            ],
            "{:?}",
            db.backend
        );
        // Riverbend sees the shared member throughout, and its own reset.
        let river_log = companies::security_log(&mut conn, river, 50, 0).await.unwrap();
        let river_events: Vec<String> = seen(river_log).into_iter().map(|(e, _)| e).collect();
        assert_eq!(
            river_events,
            [
                "factor_removed",
                "password_changed",
                "mfa_reset",
                "factor_added",
                "sign_in"
            ]
        );
    }
}

/// An invitation is pending until accepted (or declined): one per
/// address and company, and it imposes nothing meanwhile.
#[tokio::test]
async fn an_invitation_is_one_pending_membership_until_answered_on_both_backends() {
    for db in each_backend().await {
        let user = add_user(&db, "mo@example.com").await;
        let mut conn = db.pool.acquire().await.unwrap();
        let now = test_clock().now();
        let summit = users::insert_company(&mut conn, "Summit", now).await.unwrap();
        assert!(companies::invite(&mut conn, summit, user, "Mo").await.unwrap());
        assert!(
            !companies::invite(&mut conn, summit, user, "Mo again")
                .await
                .unwrap()
        );
        let rules = users::company_mfa(&mut conn, user).await.unwrap();
        assert!(!rules[0].active_member, "pending: the policy does not apply");
        let members = companies::members(&mut conn, summit).await.unwrap();
        assert!(members[0].invited && !members[0].active);
        assert_eq!(
            (members[0].name.as_str(), members[0].email.as_str()),
            ("Mo", "mo@example.com")
        );
        // Not in reach of (re)activation: only accepting activates it.
        assert!(
            !companies::set_active(&mut conn, summit, user, true, now)
                .await
                .unwrap()
        );
        assert!(companies::accept(&mut conn, summit, user, now).await.unwrap());
        assert!(!companies::accept(&mut conn, summit, user, now).await.unwrap());
        assert!(!companies::decline(&mut conn, summit, user).await.unwrap());
        let members = companies::members(&mut conn, summit).await.unwrap();
        assert!(!members[0].invited && members[0].active);
        assert_eq!(members[0].name, "Ada");
    }
}

#[tokio::test]
async fn session_updates_are_versioned() {
    for db in each_backend().await {
        let mut conn = db.pool.acquire().await.unwrap();
        let now = test_clock().now();
        let later = now + time::Duration::minutes(30);
        let state = SignIn::Password {
            email: "a@b.co".into(),
        };
        sessions::insert(
            &mut conn,
            "h1",
            &state,
            now,
            sessions::Lifetime {
                started_at: now,
                expires_at: later,
            },
        )
        .await
        .unwrap();
        let loaded = sessions::load(&mut conn, "h1", now).await.unwrap().unwrap();
        assert_eq!(loaded.state, state);
        assert_eq!(loaded.version, 0);
        let next = SignIn::Email;
        let at_version_0 = |state| sessions::Move {
            id_hash: "h1".into(),
            version: 0,
            state,
            life: sessions::Lifetime {
                started_at: now,
                expires_at: later,
            },
        };
        assert!(
            sessions::update(&mut conn, &at_version_0(next.clone()))
                .await
                .unwrap()
        );
        // A writer holding the old version loses.
        assert!(
            !sessions::update(&mut conn, &at_version_0(state.clone()))
                .await
                .unwrap()
        );
        assert!(
            sessions::load(&mut conn, "h1", later).await.unwrap().is_none(),
            "expired"
        );
        sessions::remove(&mut conn, "h1").await.unwrap();
        assert!(sessions::load(&mut conn, "h1", now).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn attempts_are_counted_per_window_before_the_one_being_made() {
    for db in each_backend().await {
        let mut conn = db.pool.acquire().await.unwrap();
        let clock = test_clock();
        let windows = [300, 3600];
        for _ in 0..3 {
            attempts::charge(&mut conn, attempts::Kind::Code, "7", clock.now())
                .await
                .unwrap();
        }
        let three_at = clock.now().unix_timestamp();
        clock.advance(time::Duration::minutes(10));
        let (id, prior) =
            attempts::charge_counting(&mut conn, attempts::Kind::Code, "7", clock.now(), &windows)
                .await
                .unwrap();
        assert_eq!(prior, (vec![0, 3], Some(three_at)));
        let (_, prior) =
            attempts::charge_counting(&mut conn, attempts::Kind::Code, "7", clock.now(), &windows)
                .await
                .unwrap();
        assert_eq!(prior, (vec![1, 4], Some(clock.now().unix_timestamp())));
        attempts::forget(&mut conn, id).await.unwrap();
        let (_, prior) =
            attempts::charge_counting(&mut conn, attempts::Kind::Code, "7", clock.now(), &windows)
                .await
                .unwrap();
        assert_eq!(prior.0, vec![1, 4], "a forgotten attempt is not counted");
        let (_, other) = attempts::charge_counting(
            &mut conn,
            attempts::Kind::RecoveryCode,
            "7",
            clock.now(),
            &windows,
        )
        .await
        .unwrap();
        assert_eq!(
            other,
            (vec![0, 0], None),
            "recovery attempts are counted separately"
        );
    }
}

#[tokio::test]
async fn totp_steps_only_move_forward() {
    for db in each_backend().await {
        let user = add_user(&db, "t@example.com").await;
        let mut conn = db.pool.acquire().await.unwrap();
        let now = test_clock().now();
        let id = factors::insert_app(&mut conn, user, "Phone", "sealed", 100, now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            factors::insert_app(&mut conn, user, "Phone", "sealed", 100, now)
                .await
                .unwrap(),
            None
        );
        assert!(
            !factors::use_step(&mut conn, id, 100, now).await.unwrap(),
            "same step twice"
        );
        assert!(
            !factors::use_step(&mut conn, id, 99, now).await.unwrap(),
            "older step"
        );
        assert!(factors::use_step(&mut conn, id, 101, now).await.unwrap());
        assert_eq!(factors::count_apps(&mut conn, user).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn parallel_redemptions_of_one_recovery_code_have_one_winner() {
    for db in each_backend().await {
        let user = add_user(&db, "r@example.com").await;
        let now = test_clock().now();
        let mut conn = db.pool.acquire().await.unwrap();
        factors::replace_recovery_code(&mut conn, user, "hash-1", now)
            .await
            .unwrap();
        drop(conn);
        let redeem = || async {
            let mut conn = db.pool.acquire().await.unwrap();
            factors::redeem_recovery_code(&mut conn, user, "hash-1", now)
                .await
                .unwrap()
        };
        let results: Vec<bool> = futures_join(redeem(), redeem(), redeem()).await;
        assert_eq!(results.iter().filter(|won| **won).count(), 1, "{:?}", db.backend);
        let mut conn = db.pool.acquire().await.unwrap();
        assert_eq!(
            factors::unused_recovery_hash(&mut conn, user).await.unwrap(),
            None
        );
        // A new code voids the used one and is redeemable again.
        factors::replace_recovery_code(&mut conn, user, "hash-2", now)
            .await
            .unwrap();
        assert!(
            !factors::redeem_recovery_code(&mut conn, user, "hash-1", now)
                .await
                .unwrap()
        );
        assert!(
            factors::redeem_recovery_code(&mut conn, user, "hash-2", now)
                .await
                .unwrap()
        );
    }
}

async fn futures_join<F: std::future::Future<Output = bool>>(a: F, b: F, c: F) -> Vec<bool> {
    let (a, b, c) = tokio::join!(a, b, c);
    vec![a, b, c]
}

#[test]
fn rng_is_object_safe() {
    let rng: &dyn Rng = &backend::OsRandom;
    let mut buf = [0u8; 8];
    rng.fill(&mut buf);
}

/// A new password moves the version a sign-in is committed against; the
/// same password rehashed under new costs does not (a second sign-in
/// beside the one that rehashed it still commits).
#[tokio::test]
async fn a_new_password_moves_its_version_a_rehash_does_not_on_both_backends() {
    for db in each_backend().await {
        let id = add_user(&db, "ada@example.com").await;
        let mut conn = db.pool.acquire().await.unwrap();
        let first = password_version(&mut conn, id).await;
        users::rehash_password(&mut conn, id, "$argon2id$rehashed")
            .await
            .unwrap();
        assert_eq!(password_version(&mut conn, id).await, first, "{:?}", db.backend);
        users::set_password_hash(&mut conn, id, "$argon2id$new")
            .await
            .unwrap();
        assert_eq!(
            password_version(&mut conn, id).await,
            first + 1,
            "{:?}",
            db.backend
        );
        let read = users::credentials_by_email(&mut conn, "ada@example.com")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(read.password_version, first + 1);
    }
}

async fn password_version(conn: &mut sqlx::AnyConnection, user_id: i64) -> i64 {
    users::lock_password(conn, user_id)
        .await
        .unwrap()
        .unwrap()
        .version
}

/// Queues a write that charges one attempt to `subject`, then fails
/// (`Err`) or panics when asked.
fn queue_charge(
    db: &Db,
    subject: &'static str,
    ends: Ends,
) -> tokio::task::JoinHandle<Result<(), sqlx::Error>> {
    let db = db.clone();
    tokio::spawn(async move {
        db.write(move |conn: &mut sqlx::AnyConnection| {
            Box::pin(async move {
                attempts::charge(conn, attempts::Kind::Code, subject, test_clock().now()).await?;
                match ends {
                    Ends::Done => Ok(()),
                    Ends::Fails => Err(sqlx::Error::RowNotFound),
                    Ends::Panics => panic!("a write job that panics"),
                }
            })
        })
        .await
    })
}

#[derive(Clone, Copy)]
enum Ends {
    Done,
    Fails,
    Panics,
}

async fn charged(db: &Db, subject: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM attempts WHERE subject = $1")
        .bind(subject)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// SQLite commits the writes queued together in one transaction (group
/// commit): a write that fails or panics rolls back its batch, and the
/// others in it hear an error, never a success that was not kept.
#[tokio::test]
async fn a_write_that_fails_rolls_back_its_batch_and_its_neighbours_hear_it() {
    let db = backend::test_support::sqlite().await;
    for failing in [Ends::Fails, Ends::Panics] {
        // Holding the writers' turn: the first write waits for it, and the
        // next two queue behind it, to be committed together.
        let turn = db.begin().await.unwrap();
        let writes = db.writes_waiting().unwrap();
        let first = queue_charge(&db, "first", Ends::Done);
        writes.until(|w| w.batched() == 1).await;
        let failed = queue_charge(&db, "failed", failing);
        let neighbour = queue_charge(&db, "neighbour", Ends::Done);
        writes.until(|w| w.queued() == 2).await;
        turn.rollback().await.unwrap();

        assert!(first.await.unwrap().is_ok());
        let failed = failed.await.unwrap();
        assert!(failed.is_err());
        if let Ends::Fails = failing {
            assert!(matches!(failed, Err(sqlx::Error::RowNotFound)), "its own error");
        }
        assert!(neighbour.await.unwrap().is_err(), "its batch was rolled back");
        assert_eq!(charged(&db, "failed").await, 0);
        assert_eq!(charged(&db, "neighbour").await, 0);
    }
    assert_eq!(charged(&db, "first").await, 2, "committed alone, twice");
    queue_charge(&db, "after", Ends::Done).await.unwrap().unwrap();
    assert_eq!(charged(&db, "after").await, 1, "the writer still writes");
}
