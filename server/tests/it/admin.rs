//! **Security Settings** → **MFA**: only a company's own admins, freshly
//! re-authenticated with a factor, change its policy or reset a member's
//! MFA; a reset ends every session and trusted browser of the member; the
//! deadline reminders go once however many runs race; a trusted browser
//! skips the code only for the company's re-prompt period.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use backend::Clock;
use backend::services::MembershipRole;
use backend::test_support::{each_backend, postgres};
use common::{Client, PASSWORD, Reply, TestApp, enrolled, refused};
use domain::policy::PaymentRole;
use time::Duration;

const ADMIN: &str = "alex@summit.example";
const MEMBER: &str = "mo@summit.example";
const OTHER_ADMIN: &str = "rita@riverbend.example";

/// A new member (not enrolled) of `company`; returns their id.
async fn member_of(app: &TestApp, email: &str, company: i64) -> i64 {
    let id = app.add_user(email, PaymentRole::None).await;
    app.services
        .add_member(id, company, MembershipRole::User)
        .await
        .unwrap();
    id
}

/// "Confirm It's You" from **Security Settings**.
async fn confirm(app: &TestApp, browser: &mut Client, key: &str) -> Reply {
    let code = app.code(key, 0);
    let form = [("password", PASSWORD), ("code", code.as_str()), ("back", "admin")];
    let reply = browser
        .post("/api/profile/confirm", "/admin/security", &form)
        .await;
    app.clock.advance(Duration::seconds(30));
    reply
}

async fn save_policy(browser: &mut Client, form: &[(&str, &str)]) -> Reply {
    browser.post("/api/admin/policy", "/admin/security", form).await
}

async fn reset(browser: &mut Client, email: &str) -> Reply {
    let form = [("email", email), ("verified", "yes")];
    browser.post("/api/admin/reset", "/admin/security", &form).await
}

#[tokio::test]
async fn only_the_companys_own_admins_see_or_change_its_settings_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let (mut member, member_key) = enrolled(&app, MEMBER, "Summit Builders", MembershipRole::User).await;
        let (mut other, other_key) =
            enrolled(&app, OTHER_ADMIN, "Riverbend Concrete", MembershipRole::Admin).await;

        // The admin sees the page and the members table.
        let page = admin.get("/admin/security").await;
        assert!(page.body.contains("Security Settings") && page.body.contains(MEMBER));
        // A member, even freshly re-authenticated, is refused everything.
        let refused_page = member.get("/admin/security").await;
        assert!(
            refused_page
                .body
                .contains("Only an administrator of your company can do this.")
        );
        assert!(!refused_page.body.contains("Reset MFA for Users"));
        let reply = confirm(&app, &mut member, &member_key).await;
        assert_eq!(reply.location(), "/admin/security", "{:?}", reply.form_error());
        let mut script = app.client().js();
        script.cookie = member.cookie.clone();
        let load = script
            .post("/api/admin", "/admin/security", &[("log_page", "0")])
            .await;
        assert_eq!(load.status, 403, "{}", load.body);
        refused(
            &save_policy(
                &mut member,
                &[
                    ("require", "yes"),
                    ("deadline", "2027-01-04"),
                    ("reprompt", "every_sign_in"),
                ],
            )
            .await,
            "Forbidden",
        );
        refused(&reset(&mut member, ADMIN).await, "Forbidden");
        // Another company's admin cannot reach Summit's members.
        confirm(&app, &mut other, &other_key).await;
        refused(&reset(&mut other, MEMBER).await, "MemberNotFound");

        // The admin must re-authenticate before a change...
        refused(&reset(&mut admin, MEMBER).await, "ReauthRequired");
        confirm(&app, &mut admin, &admin_key).await;
        // ...ticks the box, types an existing member's email, and not their own.
        let unticked = admin
            .post("/api/admin/reset", "/admin/security", &[("email", MEMBER)])
            .await;
        refused(&unticked, "ResetNotVerified");
        refused(&reset(&mut admin, "mo@summit.exampl").await, "MemberNotFound");
        refused(&reset(&mut admin, ADMIN).await, "ResetSelf");
        // Nothing changed: the member still has their app.
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let member_id = app.user_id(MEMBER).await;
        assert!(
            backend::store::factors::has_any_factor(&mut conn, member_id)
                .await
                .unwrap()
        );
    }
}

#[tokio::test]
async fn a_reset_removes_every_factor_and_ends_every_session_and_trusted_browser_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let (mut member, _) = enrolled(&app, MEMBER, "Summit Builders", MembershipRole::User).await;
        let member_id = app.user_id(MEMBER).await;
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        sqlx::query("UPDATE known_browsers SET mfa_passed_at = $1 WHERE user_id = $2")
            .bind(app.clock.now().unix_timestamp())
            .bind(member_id)
            .execute(&mut *conn)
            .await
            .unwrap();

        confirm(&app, &mut admin, &admin_key).await;
        let done = reset(&mut admin, "  MO@summit.example ").await;
        assert_eq!(
            done.location(),
            "/admin/security?notice=mfa_reset",
            "{:?}",
            done.form_error()
        );
        // Resetting twice: nothing left to reset.
        refused(&reset(&mut admin, MEMBER).await, "NothingToReset");

        assert!(
            !backend::store::factors::has_any_factor(&mut conn, member_id)
                .await
                .unwrap()
        );
        let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
            .bind(member_id)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(sessions, 0, "the member is signed out everywhere");
        let trusted: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM known_browsers WHERE user_id = $1 AND mfa_passed_at IS NOT NULL",
        )
        .bind(member_id)
        .fetch_one(&mut *conn)
        .await
        .unwrap();
        assert_eq!(trusted, 0, "no browser of theirs skips MFA");
        let codes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1")
            .bind(member_id)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(codes, 0);
        // The log names the admin; the member was emailed.
        let actor: Option<i64> =
            sqlx::query_scalar("SELECT actor_id FROM audit_log WHERE event = 'mfa_reset' AND user_id = $1")
                .bind(member_id)
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        assert_eq!(actor, Some(app.user_id(ADMIN).await));
        let outbox = app.services.outbox().await.unwrap().unwrap();
        assert!(
            outbox
                .iter()
                .any(|m| m.to == MEMBER && m.subject == "Your two-factor authentication was reset")
        );

        // Their old browser is signed out; the next sign-in enrolls again.
        assert_eq!(member.get("/").await.location(), "/login?notice=start");
        assert_eq!(
            member.sign_in_password(MEMBER).await.location(),
            "/login/mfa-required"
        );
        member.enroll(&app).await;
    }
}

#[tokio::test]
async fn the_payment_users_passkey_switch_is_saved_shown_and_logged_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        confirm(&app, &mut admin, &admin_key).await;
        let ticked = |page: &str| {
            let field = page.split(r#"id="payment-passkeys""#).nth(1).unwrap();
            field.split('>').next().unwrap().contains("checked")
        };
        assert!(
            !ticked(&admin.get("/admin/security").await.body),
            "off by default"
        );
        let every = ("reprompt", "every_sign_in");
        let on = save_policy(&mut admin, &[every, ("payment_passkeys", "yes")]).await;
        assert_eq!(
            on.location(),
            "/admin/security?notice=policy_saved",
            "{:?}",
            on.form_error()
        );
        assert!(ticked(&admin.get("/admin/security").await.body));
        // Saving the form unticked turns it off again; both are logged.
        save_policy(&mut admin, &[every]).await;
        let company = app.services.company_named("Summit Builders").await.unwrap();
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let logged: Vec<String> = sqlx::query_scalar(
            "SELECT detail FROM audit_log WHERE company_id = $1 AND detail LIKE 'payment_passkey%' ORDER BY id",
        )
        .bind(company)
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        assert_eq!(
            logged,
            ["payment_passkey_sign_in_on", "payment_passkey_sign_in_off"]
        );
    }
}

#[tokio::test]
async fn saving_a_deadline_emails_every_active_member_and_refuses_past_or_malformed_dates() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let company = app.services.company_named("Summit Builders").await.unwrap();
        member_of(&app, MEMBER, company).await;
        let gone = member_of(&app, "gone@summit.example", company).await;
        app.services.deactivate_member(gone, company).await.unwrap();

        confirm(&app, &mut admin, &admin_key).await;
        let every = ("reprompt", "every_sign_in");
        for (date, refusal) in [
            ("", "DeadlineEmpty"),
            ("next week", "DeadlineInvalid"),
            ("2020-01-01", "DeadlineInPast"),
        ] {
            refused(
                &save_policy(&mut admin, &[("require", "yes"), ("deadline", date), every]).await,
                refusal,
            );
        }
        let odd = save_policy(
            &mut admin,
            &[
                ("require", "yes"),
                ("deadline", "2026-12-30"),
                ("reprompt", "forever"),
            ],
        )
        .await;
        assert_eq!(odd.form_error().as_deref(), Some(r#""BadRequest""#));

        // Now (test clock) is 25 November 2026: a deadline on 2 December.
        let saved = save_policy(
            &mut admin,
            &[("require", "yes"), ("deadline", "2026-12-02"), every],
        )
        .await;
        assert_eq!(
            saved.location(),
            "/admin/security?notice=policy_saved",
            "{:?}",
            saved.form_error()
        );
        let outbox = app.services.outbox().await.unwrap().unwrap();
        let told: Vec<&str> = outbox
            .iter()
            .filter(|m| {
                m.subject
                    .starts_with("Summit Builders requires two-factor authentication")
            })
            .map(|m| m.to.as_str())
            .collect();
        assert!(told.contains(&MEMBER) && told.contains(&ADMIN), "{told:?}");
        assert!(
            !told.contains(&"gone@summit.example"),
            "inactive members are not told"
        );
        let email = outbox.iter().find(|m| m.to == MEMBER).unwrap();
        assert!(
            email.subject.ends_with("from December 2, 2026"),
            "{}",
            email.subject
        );
        // Saving the same date again sends nothing new.
        save_policy(
            &mut admin,
            &[("require", "yes"), ("deadline", "2026-12-02"), every],
        )
        .await;
        assert_eq!(app.services.outbox().await.unwrap().unwrap().len(), outbox.len());
        let page = admin.get("/admin/security").await;
        assert!(
            page.body
                .contains("MFA is required from December 2, 2026, 12:00\u{202f}AM UTC."),
            "{}",
            page.body
        );
    }
}

/// Two reminder runs at once (two instances) on PostgreSQL send each
/// reminder once.
#[tokio::test]
async fn the_reminder_job_sends_once_when_two_runs_race_on_postgresql() {
    let Some(db) = postgres().await else {
        return;
    };
    let app = TestApp::new(db);
    let company = app.services.company_named("Summit Builders").await.unwrap();
    for n in 0..6 {
        member_of(&app, &format!("m{n}@summit.example"), company).await;
    }
    // Saved now, required in ten days: nothing yet; in four days, the week's reminder.
    app.services
        .require_mfa(company, app.clock.now() + Duration::days(10))
        .await
        .unwrap();
    sqlx::query("UPDATE companies SET policy_saved_at = $1 WHERE id = $2")
        .bind(app.clock.now().unix_timestamp())
        .bind(company)
        .execute(&app.services.db.pool)
        .await
        .unwrap();
    assert_eq!(app.services.send_mfa_reminders().await.unwrap(), 0);
    app.clock.advance(Duration::days(4));
    let other = app.restart();
    let (a, b) = tokio::join!(
        app.services.send_mfa_reminders(),
        other.services.send_mfa_reminders()
    );
    assert_eq!(a.unwrap() + b.unwrap(), 6, "one reminder per member in all");
    assert_eq!(
        app.services.send_mfa_reminders().await.unwrap(),
        0,
        "a later run sends nothing"
    );
    let outbox = app.services.outbox().await.unwrap().unwrap();
    let reminders = outbox
        .iter()
        .filter(|m| m.subject == "Set up two-factor authentication: required in 6 days")
        .count();
    assert_eq!(reminders, 6);
    // The day before: the second reminder, once.
    app.clock.advance(Duration::days(5) + Duration::hours(1));
    let (a, b) = tokio::join!(
        app.services.send_mfa_reminders(),
        other.services.send_mfa_reminders()
    );
    assert_eq!(a.unwrap() + b.unwrap(), 6);
}

/// After MFA a browser is trusted for the company's re-prompt period,
/// never for the password, and not past the period or a stricter setting.
#[tokio::test]
async fn a_trusted_browser_skips_the_code_only_within_the_reprompt_period_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut browser, _) = enrolled(&app, MEMBER, "Summit Builders", MembershipRole::User).await;
        let company = app.services.company_named("Summit Builders").await.unwrap();
        let set_reprompt = |value: &'static str| {
            let pool = app.services.db.pool.clone();
            async move {
                sqlx::query("UPDATE companies SET reprompt = $1 WHERE id = $2")
                    .bind(value)
                    .bind(company)
                    .execute(&pool)
                    .await
                    .unwrap();
            }
        };
        // Every sign-in (the default): asked again.
        browser.sign_out().await;
        assert_eq!(browser.sign_in_password(MEMBER).await.location(), "/login/verify");
        // Twelve hours: the browser that passed MFA signs in with the password.
        set_reprompt("12_hours").await;
        browser.email(MEMBER).await;
        assert!(
            browser
                .password("wrong password")
                .await
                .location()
                .contains("__err")
        );
        assert_eq!(browser.password(PASSWORD).await.location(), "/");
        browser.sign_out().await;
        // Another browser is asked.
        assert_eq!(
            app.client().sign_in_password(MEMBER).await.location(),
            "/login/verify"
        );
        // Past twelve hours: asked again.
        app.clock.advance(Duration::hours(12) + Duration::minutes(1));
        assert_eq!(browser.sign_in_password(MEMBER).await.location(), "/login/verify");
    }
}

/// Deactivating a member exempts them from the company's policy; the last
/// active admin cannot deactivate themselves.
#[tokio::test]
async fn deactivated_members_are_exempt_and_the_last_admin_stays_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let company = app.services.company_named("Summit Builders").await.unwrap();
        member_of(&app, MEMBER, company).await;
        assert_eq!(
            app.client().sign_in_password(MEMBER).await.location(),
            "/login/mfa-required"
        );

        confirm(&app, &mut admin, &admin_key).await;
        let form = [("email", MEMBER), ("active", "0")];
        let done = admin.post("/api/admin/member", "/admin/security", &form).await;
        assert_eq!(
            done.location(),
            "/admin/security?notice=member_saved",
            "{:?}",
            done.form_error()
        );
        assert_eq!(
            app.client().sign_in_password(MEMBER).await.location(),
            "/",
            "inactive: the policy does not apply"
        );

        let myself = [("email", ADMIN), ("active", "0")];
        refused(
            &admin.post("/api/admin/member", "/admin/security", &myself).await,
            "LastAdmin",
        );
        let stranger = [("email", "nobody@summit.example"), ("active", "0")];
        refused(
            &admin
                .post("/api/admin/member", "/admin/security", &stranger)
                .await,
            "MemberNotFound",
        );
        let page = admin.get("/admin/security").await;
        assert!(page.body.contains("Inactive"));
    }
}

/// The method picker tells a user with neither device nor recovery code
/// whom to ask.
#[tokio::test]
async fn the_method_picker_says_to_ask_the_company_administrator() {
    let app = TestApp::new(backend::test_support::sqlite().await);
    let (mut browser, _) = enrolled(&app, MEMBER, "Summit Builders", MembershipRole::User).await;
    browser.sign_out().await;
    assert_eq!(browser.sign_in_password(MEMBER).await.location(), "/login/verify");
    let page = browser.get("/login/methods").await;
    assert!(
        page.body
            .contains("Ask your company administrator to reset your MFA.")
    );
}

/// **Sign out of all browsers** ends the other sessions and every
/// browser's trust: the next sign-in asks for the code again.
#[tokio::test]
async fn signing_out_of_all_browsers_revokes_trusted_browsers_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut laptop, key) = enrolled(&app, MEMBER, "Summit Builders", MembershipRole::User).await;
        let company = app.services.company_named("Summit Builders").await.unwrap();
        sqlx::query("UPDATE companies SET reprompt = '30_days' WHERE id = $1")
            .bind(company)
            .execute(&app.services.db.pool)
            .await
            .unwrap();
        laptop.sign_out().await;
        assert_eq!(
            laptop.sign_in_password(MEMBER).await.location(),
            "/",
            "trusted for 30 days"
        );

        // From a phone (asked for the code), the member signs out everywhere else.
        let mut phone = app.client();
        assert_eq!(phone.sign_in_password(MEMBER).await.location(), "/login/verify");
        assert_eq!(phone.code(&app.code(&key, 0)).await.location(), "/");
        let done = phone
            .post("/api/profile/sign-out-everywhere", "/profile", &[])
            .await;
        assert_eq!(
            done.location(),
            "/profile?notice=signed_out_everywhere",
            "{:?}",
            done.form_error()
        );
        assert_eq!(phone.get("/").await.status, 200, "this browser stays signed in");
        assert_eq!(laptop.get("/").await.location(), "/login?notice=start");
        assert_eq!(laptop.sign_in_password(MEMBER).await.location(), "/login/verify");
    }
}

/// **Add Member** from **Security Settings**.
async fn add(browser: &mut Client, email: &str, name: &str) -> Reply {
    let form = [("email", email), ("name", name)];
    browser
        .post("/api/admin/add-member", "/admin/security", &form)
        .await
}

/// The token of the newest email to `to` with a link to `path`.
async fn emailed_token(app: &TestApp, to: &str, path: &str) -> String {
    let outbox = app.services.outbox().await.unwrap().unwrap();
    let prefix = format!("{path}?token=");
    let email = outbox
        .iter()
        .find(|m| m.to == to && m.body.contains(&prefix))
        .unwrap_or_else(|| panic!("no {path} link to {to}"));
    let start = email.body.find(&prefix).unwrap() + prefix.len();
    email.body[start..].split_whitespace().next().unwrap().to_owned()
}

/// The reset link's token that "Forgot your password?" emails to `to`
/// (after the answer, from a task of its own), beside `welcome`.
async fn reset_token(app: &TestApp, to: &str, welcome: &str) -> String {
    for _ in 0..100 {
        let token = emailed_token(app, to, "/account/reset").await;
        if token != welcome {
            return token;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("no reset link to {to}");
}

/// The text of the members table's row that contains `needle`.
fn member_row(page: &str, needle: &str) -> String {
    let row = page
        .split(r#"data-testid="member""#)
        .skip(1)
        .map(|r| r.split("</tr>").next().unwrap())
        .find(|r| r.contains(needle))
        .unwrap_or_else(|| panic!("no member row with {needle}"));
    let mut text = String::new();
    let mut in_tag = false;
    for c in row.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push('|');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

async fn answer(browser: &mut Client, token: &str, answer: &str) -> Reply {
    let form = [("token", token), ("answer", answer)];
    browser
        .post("/api/account/invitation/answer", "/account/invitation", &form)
        .await
}

/// **Add Member** tells an admin nothing about an address: an existing
/// account and a new address answer alike and show alike (the typed name,
/// **Invited**) until the person acts. Meanwhile the admin has no hold on
/// the account and the company's policy does not apply; the account's
/// owner, signed in, accepts (or declines) the emailed invitation.
#[tokio::test]
async fn adding_an_address_reveals_nothing_and_an_account_joins_only_when_it_accepts_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        // Mo has an account (a member of Riverbend) under a name of his own.
        let riverbend = app.services.company_named("Riverbend Concrete").await.unwrap();
        let mo = member_of(&app, MEMBER, riverbend).await;
        sqlx::query("UPDATE users SET display_name = 'Maurice Private' WHERE id = $1")
            .bind(mo)
            .execute(&app.services.db.pool)
            .await
            .unwrap();
        let dee = "dee@summit.example";
        app.add_user(dee, PaymentRole::None).await;
        confirm(&app, &mut admin, &admin_key).await;
        let newcomer = "nia@summit.example";
        for (email, name) in [(MEMBER, "Mo"), (newcomer, "Nia"), (dee, "Dee")] {
            let done = add(&mut admin, email, name).await;
            assert_eq!(
                done.location(),
                "/admin/security?notice=member_added",
                "{email}: {:?}",
                done.form_error()
            );
        }
        for email in [MEMBER, newcomer] {
            refused(&add(&mut admin, email, "").await, "AlreadyMember");
        }
        let page = admin.get("/admin/security?notice=member_added").await.body;
        assert!(page.contains("The invitation is sent."));
        assert!(!page.contains("Maurice Private"));
        assert!(
            page.contains("0 of 1 active members"),
            "invited members are not counted"
        );
        let row = member_row(&page, MEMBER).replace(MEMBER, "@").replace("Mo", "N");
        assert!(row.contains("Invited") && !row.contains("Deactivate"), "{row}");
        assert_eq!(
            row,
            member_row(&page, newcomer)
                .replace(newcomer, "@")
                .replace("Nia", "N")
        );

        // No hold on the account: no reset, no (re)activation, no policy.
        refused(&reset(&mut admin, MEMBER).await, "MemberNotFound");
        for active in ["0", "1"] {
            let form = [("email", MEMBER), ("active", active)];
            refused(
                &admin.post("/api/admin/member", "/admin/security", &form).await,
                "MemberNotFound",
            );
        }
        let mut mo_browser = app.client();
        assert_eq!(
            mo_browser.sign_in_password(MEMBER).await.location(),
            "/",
            "invited only: Summit's policy does not apply"
        );

        // Mo is emailed an invitation; the newcomer, the link that sets a password.
        let outbox = app.services.outbox().await.unwrap().unwrap();
        let subject = |to: &str| outbox.iter().find(|m| m.to == to).unwrap().subject.clone();
        assert_eq!(
            subject(MEMBER),
            "Summit Builders invited you to join it on Trestle"
        );
        assert_eq!(subject(newcomer), "Summit Builders invited you to Trestle");
        let token = emailed_token(&app, MEMBER, "/account/invitation").await;
        let url = format!("/account/invitation?token={token}");
        let page = app.client().get(&url).await.body;
        assert!(
            page.contains("Summit Builders invited your account")
                && page.contains("Sign in with the account this invitation was sent to"),
            "{page}"
        );
        // Another account cannot answer it, and its try spends nothing.
        assert!(
            admin
                .get(&url)
                .await
                .body
                .contains("signed in with another account")
        );
        refused(&answer(&mut admin, &token, "accept").await, "InvitationNotYours");

        assert!(mo_browser.get(&url).await.body.contains("Accept Invitation"));
        let done = answer(&mut mo_browser, &token, "accept").await;
        assert_eq!(
            done.location(),
            "/?notice=invitation_accepted",
            "{:?}",
            done.form_error()
        );
        let home = mo_browser.get(done.location()).await.body;
        assert!(home.contains("You joined the company."));
        refused(&answer(&mut mo_browser, &token, "accept").await, "LinkInvalid");
        // A member now: under his own name, active, and Summit requires MFA.
        let page = admin.get("/admin/security").await.body;
        assert!(member_row(&page, MEMBER).contains("Maurice Private|"));
        assert!(member_row(&page, MEMBER).contains("Active"));
        assert!(page.contains("Maurice Private · Joined the company"), "{page}");
        mo_browser.sign_out().await;
        assert_eq!(
            mo_browser.sign_in_password(MEMBER).await.location(),
            "/login/mfa-required"
        );

        // Dee declines: the invitation is gone.
        let token = emailed_token(&app, dee, "/account/invitation").await;
        let mut dee_browser = app.client();
        dee_browser.sign_in_password(dee).await;
        let done = answer(&mut dee_browser, &token, "decline").await;
        assert_eq!(
            done.location(),
            "/?notice=invitation_declined",
            "{:?}",
            done.form_error()
        );
        let page = admin.get("/admin/security").await.body;
        assert!(!page.contains(dee) && page.contains("Dee · Invitation declined"));
    }
}

/// An admin's adds are budgeted (refused adds are not charged), and a
/// name is plain text without bidirectional controls.
#[tokio::test]
async fn an_admins_adds_are_limited_and_names_are_plain_text_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        confirm(&app, &mut admin, &admin_key).await;
        for name in ["Admin \u{202E}nimda", "a\u{2066}b", "Nia\u{200F}", "Nia\nNew"] {
            refused(
                &add(&mut admin, "x@summit.example", name).await,
                "MemberNameInvalid",
            );
        }
        refused(&add(&mut admin, "not an email", "").await, "EmailMalformed");
        for n in 0..19 {
            let done = add(&mut admin, &format!("m{n}@summit.example"), "").await;
            assert_eq!(done.form_error(), None, "add {n}");
        }
        refused(&add(&mut admin, "m0@summit.example", "").await, "AlreadyMember");
        assert_eq!(add(&mut admin, "m19@summit.example", "").await.form_error(), None);
        let limited = add(&mut admin, "m20@summit.example", "").await;
        assert!(
            limited.form_error().unwrap().contains("TooManyAttempts"),
            "{:?}",
            limited.form_error()
        );
        let mut script = app.client().js();
        script.cookie = admin.cookie.clone();
        let form = [("email", "m20@summit.example"), ("name", "")];
        let reply = script
            .post("/api/admin/add-member", "/admin/security", &form)
            .await;
        assert_eq!(reply.status, 429, "{}", reply.body);
        // An hour later the budget is back.
        app.clock.advance(Duration::hours(1));
        confirm(&app, &mut admin, &admin_key).await;
        assert_eq!(add(&mut admin, "m20@summit.example", "").await.form_error(), None);
    }
}

/// Two adds of one address at once: one invitation and one clear refusal
/// (never a 500), new address or not. Two companies adding one new
/// address at once both succeed: one made the account, the other invites it.
#[tokio::test]
async fn two_adds_of_one_address_at_once_give_one_invitation_and_one_refusal_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut a, a_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let (mut b, b_key) = enrolled(&app, OTHER_ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let (mut c, c_key) = enrolled(
            &app,
            "ray@riverbend.example",
            "Riverbend Concrete",
            MembershipRole::Admin,
        )
        .await;
        for (browser, key) in [(&mut a, &a_key), (&mut b, &b_key), (&mut c, &c_key)] {
            confirm(&app, browser, key).await;
        }
        for n in 0..6 {
            let email = format!("race{n}@summit.example");
            if n % 2 == 1 {
                app.add_user(&email, PaymentRole::None).await;
            }
            let (x, y) = tokio::join!(add(&mut a, &email, ""), add(&mut b, &email, ""));
            let errors: Vec<String> = [&x, &y].iter().filter_map(|r| r.form_error()).collect();
            assert_eq!(errors, [r#"{"Refused":"AlreadyMember"}"#], "{email}");

            let email = format!("both{n}@example.com");
            let (x, y) = tokio::join!(add(&mut a, &email, ""), add(&mut c, &email, ""));
            assert_eq!((x.form_error(), y.form_error()), (None, None), "{email}");
        }
    }
}

/// A stranger's "Forgot your password?" leaves a newcomer's welcome link
/// working, and the newcomer joins the company whichever link sets their
/// first password (either proves the address); the other link dies.
#[tokio::test]
async fn a_newcomer_joins_by_the_welcome_link_or_a_reset_link_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        confirm(&app, &mut admin, &admin_key).await;
        for (newcomer, name, by_welcome) in [
            ("nia@summit.example", "Nia New", true),
            ("noa@summit.example", "Noa New", false),
        ] {
            assert_eq!(add(&mut admin, newcomer, name).await.form_error(), None);
            let welcome = emailed_token(&app, newcomer, "/account/reset").await;
            let mut stranger = app.client();
            stranger.email(newcomer).await;
            let asked = stranger.post("/api/signin/forgot", "/login/password", &[]).await;
            assert_eq!(asked.location(), "/login/password?notice=reset_sent");
            let reset = reset_token(&app, newcomer, &welcome).await;
            let (used, other) = match by_welcome {
                true => (welcome, reset),
                false => (reset, welcome),
            };

            let mut person = app.client();
            let new_password = "a brand new passphrase";
            let form = [
                ("token", used.as_str()),
                ("password", new_password),
                ("confirm", new_password),
            ];
            let set = person.post("/api/account/reset", "/account/reset", &form).await;
            assert_eq!(
                set.location(),
                "/login?notice=password_reset",
                "{newcomer}: {:?}",
                set.form_error()
            );
            // The password is set: the other link died with it.
            let sets_password = backend::services::SETS_PASSWORD;
            let left = app.services.link_account(&other, sets_password).await.unwrap();
            assert!(left.is_none(), "{newcomer}");
            // The membership is active: Summit requires MFA of them.
            person.email(newcomer).await;
            assert_eq!(
                person.password(new_password).await.location(),
                "/login/mfa-required"
            );
            let page = admin.get("/admin/security").await.body;
            assert!(member_row(&page, newcomer).contains("Active"), "{newcomer}");
            assert!(
                page.contains(&format!("{name} · Joined the company")),
                "{newcomer}"
            );
        }
    }
}

/// A live welcome link of `user_id` from `company`; returns its token.
async fn welcome_link(app: &TestApp, user_id: i64, company: i64) -> String {
    use backend::store::links;
    let token = format!("welcome-token-of-{user_id}");
    let now = app.clock.now();
    let link = links::NewLink {
        token_hash: &backend::crypto::token_hash(&token),
        user_id,
        purpose: links::Purpose::Welcome,
        subject: &company.to_string(),
    };
    let mut conn = app.services.db.pool.acquire().await.unwrap();
    links::insert(&mut conn, link, now, now + Duration::days(7))
        .await
        .unwrap();
    token
}

/// A welcome link dies when the account's password is set another way
/// (a reset link, a change) or when the member is deactivated.
#[tokio::test]
async fn welcome_links_die_with_a_password_set_otherwise_or_a_deactivation_on_both_backends() {
    for db in each_backend().await {
        let app = TestApp::new(db);
        let (mut admin, admin_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
        let company = app.services.company_named("Summit Builders").await.unwrap();
        let works = |token: String| {
            let services = app.services.clone();
            async move {
                services
                    .link_account(&token, backend::services::SETS_PASSWORD)
                    .await
                    .unwrap()
                    .is_some()
            }
        };
        let new_password = "a brand new passphrase";

        // A reset link asked for by the address's owner.
        confirm(&app, &mut admin, &admin_key).await;
        let newcomer = "nia@summit.example";
        add(&mut admin, newcomer, "").await;
        let welcome = emailed_token(&app, newcomer, "/account/reset").await;
        let mut nia = app.client();
        nia.email(newcomer).await;
        nia.post("/api/signin/forgot", "/login/password", &[]).await;
        let reset = reset_token(&app, newcomer, &welcome).await;
        let form = [
            ("token", reset.as_str()),
            ("password", new_password),
            ("confirm", new_password),
        ];
        let done = nia.post("/api/account/reset", "/account/reset", &form).await;
        assert_eq!(
            done.location(),
            "/login?notice=password_reset",
            "{:?}",
            done.form_error()
        );
        assert!(!works(welcome).await);

        // A password change (in a company that does not require MFA).
        let riverbend = app.services.company_named("Riverbend Concrete").await.unwrap();
        let mo = member_of(&app, MEMBER, riverbend).await;
        let welcome = welcome_link(&app, mo, riverbend).await;
        assert!(works(welcome.clone()).await);
        let mut browser = app.client();
        browser.sign_in_password(MEMBER).await;
        let form = [
            ("current", PASSWORD),
            ("password", new_password),
            ("confirm", new_password),
        ];
        let changed = browser.post("/api/account/password", "/profile", &form).await;
        assert_eq!(changed.form_error(), None);
        assert!(!works(welcome).await);

        // A deactivation.
        let dee = member_of(&app, "dee@summit.example", company).await;
        let welcome = welcome_link(&app, dee, company).await;
        assert!(works(welcome.clone()).await);
        let form = [("email", "dee@summit.example"), ("active", "0")];
        let done = admin.post("/api/admin/member", "/admin/security", &form).await;
        assert_eq!(done.form_error(), None);
        assert!(!works(welcome).await, "a deactivated member's welcome link dies");
    }
}

/// Two admins deactivating each other at once on PostgreSQL: one wins,
/// the other is refused (no longer an admin, or the last one), and the
/// company keeps an active admin.
#[tokio::test]
async fn two_admins_deactivating_each_other_at_once_leave_one_on_postgresql() {
    let Some(db) = postgres().await else {
        return;
    };
    let app = TestApp::new(db);
    let (mut a, a_key) = enrolled(&app, ADMIN, "Summit Builders", MembershipRole::Admin).await;
    let (mut b, b_key) = enrolled(&app, OTHER_ADMIN, "Summit Builders", MembershipRole::Admin).await;
    confirm(&app, &mut a, &a_key).await;
    confirm(&app, &mut b, &b_key).await;
    let a_form = [("email", OTHER_ADMIN), ("active", "0")];
    let b_form = [("email", ADMIN), ("active", "0")];
    let company = app.services.company_named("Summit Builders").await.unwrap();
    // Repeated: one race may happen to run one request after the other.
    for _ in 0..20 {
        sqlx::query("UPDATE memberships SET active = 1 WHERE company_id = $1")
            .bind(company)
            .execute(&app.services.db.pool)
            .await
            .unwrap();
        let (x, y) = tokio::join!(
            a.post("/api/admin/member", "/admin/security", &a_form),
            b.post("/api/admin/member", "/admin/security", &b_form),
        );
        let ok = [&x, &y].iter().filter(|r| r.form_error().is_none()).count();
        assert_eq!(ok, 1, "{:?} {:?}", x.form_error(), y.form_error());
        let mut conn = app.services.db.pool.acquire().await.unwrap();
        let admins = backend::store::companies::active_admins(&mut conn, company)
            .await
            .unwrap();
        assert_eq!(admins, 1);
    }
}
