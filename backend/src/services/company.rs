//! **Security Settings** → **MFA**, for a company's admins: the policy,
//! the members' enrollment status, **Reset MFA for Users**, the directory
//! and the company's security log; and the reminders sent before a
//! deadline.
//!
//! Every function finds the company from the session's own user (an
//! active admin of it), never from the request, so a member, or an admin
//! of another company, calling a server function directly gets
//! [`Refusal::Forbidden`]. Changes also need the admin's fresh
//! re-authentication with a second factor.

use super::notify::LinkTo;
use super::profile::local_time;
use super::{LinkPurpose, RESET_PATH, Services};
use crate::crypto::{new_token, token_hash};
use crate::delivery::messages::Notice;
use crate::error::{ServiceError, ServiceResult};
use crate::session::SessionCtx;
use crate::store::attempts::Kind;
use crate::store::audit::{self, ByAdmin};
use crate::store::companies::{self, Company};
use crate::store::{Conn, factors, links, phones, users};
use domain::company::{
    AdminView, InvitationView, LOG_PAGE_SIZE, LogEntry, LogKind, MemberRow, PolicyView, Reprompt,
    member_name, reminder_due,
};
use domain::email::Email;
use domain::limits::{INVITATION_LINK_LIFETIME, MEMBER_ADDS, Verdict, WELCOME_LINK_LIFETIME};
use domain::page::Page;
use domain::phone::last_four;
use domain::policy::days_left;
use domain::profile::{FactorKind, Method};
use domain::refusal::Refusal;

/// Where a company's invitation links lead.
pub const INVITATION_PATH: &str = "/account/invitation";

/// The first moment of `date` (`YYYY-MM-DD`, as a date field sends it) in
/// `zone`, as Unix seconds; refused when it is not a date or is before
/// today there.
pub fn deadline_from_date(date: &str, zone: &str, now: i64) -> Result<i64, Refusal> {
    let date = date.trim();
    if date.is_empty() {
        return Err(Refusal::DeadlineEmpty);
    }
    let day: jiff::civil::Date = date.parse().map_err(|_| Refusal::DeadlineInvalid)?;
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let today = jiff::Timestamp::from_second(now)
        .map_err(|_| Refusal::DeadlineInvalid)?
        .to_zoned(tz.clone())
        .date();
    if day < today {
        return Err(Refusal::DeadlineInPast);
    }
    let start = day.to_zoned(tz).map_err(|_| Refusal::DeadlineInvalid)?;
    Ok(start.timestamp().as_second())
}

impl Services {
    /// The company the session's user administers.
    pub(super) async fn administered(&self, conn: &mut Conn, user_id: i64) -> ServiceResult<Company> {
        Ok(companies::administered_by(conn, user_id)
            .await?
            .ok_or(Refusal::Forbidden)?)
    }

    /// An admin who may change their company's settings now: MFA is
    /// available to it, and they re-authenticated a moment ago with a factor.
    async fn acting_admin(&self, session: &SessionCtx) -> ServiceResult<(i64, Company)> {
        let (_, admin_id) = self.signed_in(session).await?;
        let mut conn = self.db.pool.acquire().await?;
        let company = self.administered(&mut conn, admin_id).await?;
        if !company.mfa_available {
            return Err(Refusal::MfaNotAvailable.into());
        }
        if !factors::has_any_factor(&mut conn, admin_id).await? {
            return Err(Refusal::AdminNeedsFactor.into());
        }
        drop(conn);
        self.confirmed(session).await?;
        Ok((admin_id, company))
    }

    /// The check of [`Self::acting_admin`] made again in the transaction
    /// that commits the change: an admin deactivated (by another admin)
    /// since the page was loaded changes nothing. The company's row is
    /// locked until the transaction ends.
    pub(super) async fn still_admin(
        &self,
        conn: &mut Conn,
        admin_id: i64,
        company_id: i64,
    ) -> ServiceResult<()> {
        if companies::lock_for_admin(conn, company_id, admin_id).await? {
            Ok(())
        } else {
            Err(Refusal::Forbidden.into())
        }
    }

    /// What **Security Settings** shows, with page `log_page` of the log.
    pub async fn admin_view(&self, session: &SessionCtx, log_page: u32) -> ServiceResult<AdminView> {
        let (state, admin_id) = self.signed_in(session).await?;
        let mut conn = self.db.pool.acquire().await?;
        let company = self.administered(&mut conn, admin_id).await?;
        let admin = users::find(&mut conn, admin_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        let zone = admin.time_zone.as_str();
        let members = companies::members(&mut conn, company.id)
            .await?
            .into_iter()
            .map(|m| MemberRow {
                name: m.name,
                email: m.email,
                active: m.active,
                invited: m.invited,
                admin: m.admin,
                methods: std::iter::repeat_n(FactorKind::App, usize::try_from(m.apps).unwrap_or(0))
                    .chain(std::iter::repeat_n(
                        FactorKind::Phone,
                        usize::try_from(m.phones).unwrap_or(0),
                    ))
                    .collect(),
                last_mfa: m.last_mfa.map(|at| local_time(at, zone)),
                sso: m.sso,
            })
            .collect();
        let size = i64::from(LOG_PAGE_SIZE);
        let mut rows =
            companies::security_log(&mut conn, company.id, size + 1, i64::from(log_page) * size).await?;
        let log_more = rows.len() > usize::try_from(size).unwrap_or(usize::MAX);
        rows.truncate(usize::try_from(size).unwrap_or(0));
        let log = rows
            .into_iter()
            .filter_map(|r| {
                let kind = LogKind::from_event(&r.event, &r.detail)?;
                Some(LogEntry {
                    kind,
                    method: Method::from_detail(&r.detail),
                    at: local_time(r.at, zone),
                    who: r.who,
                    by: r.by,
                    detail: kind.shows_detail().then_some(r.detail),
                })
            })
            .collect();
        let text_to = phones::list(&mut conn, admin_id)
            .await?
            .first()
            .map(|p| last_four(&p.phone));
        let deadline = company.deadline.filter(|_| company.require_mfa);
        Ok(AdminView {
            policy: PolicyView {
                require_mfa: company.require_mfa,
                deadline_date: deadline.map(|at| {
                    let day = local_time(at, zone);
                    format!("{:04}-{:02}-{:02}", day.year, day.month, day.day)
                }),
                deadline: deadline.map(|at| local_time(at, zone)),
                reprompt: company.reprompt,
                payment_passkey_sign_in: company.payment_passkey_sign_in,
            },
            company: company.name,
            available: company.mfa_available,
            time_zone: admin.time_zone.clone(),
            admin_name: admin.display_name.clone(),
            admin_email: admin.email.clone(),
            confirmed: state.recently_confirmed(self.now().unix_timestamp()),
            has_factor: factors::has_any_factor(&mut conn, admin_id).await?,
            text_to,
            confirm_with_passkey: self.passkeys_available()
                && crate::store::passkeys::count(&mut conn, admin_id).await? > 0,
            members,
            log,
            log_page,
            log_more,
        })
    }

    /// **Save**: MFA required from the first moment of `deadline` (a date
    /// in the admin's time zone), or not required (`None`). Every active
    /// member is emailed when it becomes required or the date moves.
    pub async fn save_mfa_policy(
        &self,
        session: &SessionCtx,
        deadline: Option<&str>,
        reprompt: Reprompt,
        payment_passkeys: bool,
    ) -> ServiceResult<()> {
        let (admin_id, company) = self.acting_admin(session).await?;
        let admin = self.user(admin_id).await?;
        let now = self.now().unix_timestamp();
        let deadline = deadline
            .map(|date| deadline_from_date(date, &admin.time_zone, now))
            .transpose()?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        let policy = (deadline, reprompt, payment_passkeys);
        companies::save_policy(&mut tx, company.id, policy, self.now()).await?;
        let by = ByAdmin {
            admin_id,
            company_id: company.id,
        };
        let detail = match deadline {
            Some(_) => "required",
            None => "not_required",
        };
        self.audit_as(
            &mut tx,
            session,
            None,
            Some(by),
            audit::Event::PolicyChanged,
            detail,
        )
        .await?;
        if payment_passkeys != company.payment_passkey_sign_in {
            let detail = match payment_passkeys {
                true => "payment_passkey_sign_in_on",
                false => "payment_passkey_sign_in_off",
            };
            self.audit_setting(
                &mut tx,
                session,
                (admin_id, company.id),
                audit::Event::PolicyChanged,
                detail,
            )
            .await?;
        }
        let moved = deadline.is_some() && (deadline != company.deadline || !company.require_mfa);
        if let (true, Some(at)) = (moved, deadline) {
            let url = format!("{}{}", self.public_url, Page::Email.path());
            let notice = Notice::MfaRequired {
                company: &company.name,
                deadline: at,
                url: &url,
            };
            for member in companies::active_members(&mut tx, company.id).await? {
                self.notify(&mut tx, member, notice).await;
            }
        }
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }

    /// **Reset MFA**: the member who signs in with exactly `email` loses
    /// every factor and the recovery code, every session and trusted
    /// browser; they are emailed, and the log names the admin.
    pub async fn reset_member_mfa(
        &self,
        session: &SessionCtx,
        email: &str,
        verified: bool,
    ) -> ServiceResult<()> {
        if !verified {
            return Err(Refusal::ResetNotVerified.into());
        }
        let email = Email::parse(email)?;
        let (admin_id, company) = self.acting_admin(session).await?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        let user_id = companies::active_member_by_email(&mut tx, company.id, email.as_str())
            .await?
            .ok_or(Refusal::MemberNotFound)?;
        if user_id == admin_id {
            return Err(Refusal::ResetSelf.into());
        }
        // One reset at a time per member, and none beside their own changes.
        users::lock(&mut tx, user_id).await?;
        // An SSO member's second factor is their identity provider's.
        if self.sso_managed(&mut tx, user_id).await?.is_some() {
            return Err(Refusal::SsoManaged.into());
        }
        if factors::delete_all(&mut tx, user_id).await? == 0 {
            return Err(Refusal::NothingToReset.into());
        }
        self.end_sessions(&mut tx, user_id, None).await?;
        // The admin's own session gets a new id too, as after every remedy.
        session.rotate(&mut tx, self.rng.as_ref(), self.now()).await?;
        let by = ByAdmin {
            admin_id,
            company_id: company.id,
        };
        self.audit_as(
            &mut tx,
            session,
            Some(user_id),
            Some(by),
            audit::Event::MfaReset,
            "",
        )
        .await?;
        let notice = Notice::MfaReset {
            company: &company.name,
        };
        self.notify(&mut tx, user_id, notice).await;
        tx.commit().await?;
        tracing::info!(user_id, admin_id, company_id = company.id, "mfa reset");
        self.send_queued().await;
        Ok(())
    }

    /// **Deactivate** / **Reactivate** a member: an inactive membership
    /// no longer imposes the company's policy, and the member's welcome
    /// link stops working. The last active admin stays. An invited member
    /// (not accepted yet) is out of reach, like a stranger.
    pub async fn set_member_active(
        &self,
        session: &SessionCtx,
        email: &str,
        active: bool,
    ) -> ServiceResult<()> {
        let email = Email::parse(email)?;
        let (admin_id, company) = self.acting_admin(session).await?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        let member = companies::members(&mut tx, company.id)
            .await?
            .into_iter()
            .find(|m| !m.invited && m.email.eq_ignore_ascii_case(email.as_str()))
            .ok_or(Refusal::MemberNotFound)?;
        if !active
            && member.admin
            && member.active
            && companies::active_admins(&mut tx, company.id).await? <= 1
        {
            return Err(Refusal::LastAdmin.into());
        }
        companies::set_active(&mut tx, company.id, member.user_id, active, self.now()).await?;
        if !active {
            links::void(&mut tx, member.user_id, &[LinkPurpose::Welcome], self.now()).await?;
        }
        let event = match active {
            true => audit::Event::MemberActivated,
            false => audit::Event::MemberDeactivated,
        };
        let by = ByAdmin {
            admin_id,
            company_id: company.id,
        };
        self.audit_as(&mut tx, session, Some(member.user_id), Some(by), event, "")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// **Add Member**: `email` is invited to join the company, and the
    /// admin is told the same whether or not it has an account: a new
    /// address gets an account, named `name`, and the welcome link that
    /// sets its first password; an existing account gets an invitation to
    /// accept. Either way the membership is pending (it imposes nothing
    /// and gives the admin no hold on the account) until the person acts.
    pub async fn add_member_by_email(
        &self,
        session: &SessionCtx,
        email: &str,
        name: &str,
    ) -> ServiceResult<()> {
        let email = Email::parse(email)?;
        let name = member_name(name)?;
        let (admin_id, company) = self.acting_admin(session).await?;
        let budget = admin_id.to_string();
        // A spent budget costs no hash.
        self.member_adds_left(&budget).await?;
        // Hashed whether or not the address has an account (both cases take
        // as long): an unguessable password that the welcome link replaces.
        let placeholder = self.hash(&new_token(self.rng.as_ref())).await?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        let charge = [(Kind::MemberAdd, budget.as_str(), MEMBER_ADDS)];
        if let Err(retry_after) = self.charge_sends(&mut tx, &charge).await? {
            return Err(Refusal::TooManyAttempts { retry_after }.into());
        }
        let new = users::NewUser {
            email: email.as_str(),
            password_hash: &placeholder,
            display_name: if name.is_empty() { email.as_str() } else { name },
            payment_role: domain::policy::PaymentRole::None,
            time_zone: "UTC",
            locale: "en",
        };
        let created = users::insert_new(&mut tx, &new, self.now()).await?;
        let user_id = match created {
            Some(id) => id,
            None => {
                users::credentials_by_email(&mut tx, email.as_str())
                    .await?
                    .ok_or_else(|| ServiceError::Internal("address neither new nor taken".into()))?
                    .user
                    .id
            }
        };
        if !companies::invite(&mut tx, company.id, user_id, name).await? {
            return Err(Refusal::AlreadyMember.into());
        }
        let by = ByAdmin {
            admin_id,
            company_id: company.id,
        };
        let label = if name.is_empty() { email.as_str() } else { name };
        self.audit_as(
            &mut tx,
            session,
            Some(user_id),
            Some(by),
            audit::Event::MemberAdded,
            label,
        )
        .await?;
        let (purpose, lifetime, path) = match created {
            Some(_) => (LinkPurpose::Welcome, WELCOME_LINK_LIFETIME, RESET_PATH),
            None => (LinkPurpose::Invitation, INVITATION_LINK_LIFETIME, INVITATION_PATH),
        };
        let to = LinkTo {
            user_id,
            purpose,
            subject: &company.id.to_string(),
        };
        let url = self.emailed_link(&mut tx, to, lifetime, path).await?;
        let (company, days) = (company.name.as_str(), lifetime.whole_days());
        let notice = match created {
            Some(_) => Notice::AccountCreated {
                company,
                url: &url,
                days,
            },
            None => Notice::Invitation {
                company,
                url: &url,
                days,
            },
        };
        self.notify(&mut tx, user_id, notice).await;
        tx.commit().await?;
        self.send_queued().await;
        Ok(())
    }

    /// Refuses an add when the admin's budget (`budget`: their id) is spent.
    async fn member_adds_left(&self, budget: &str) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        match self
            .send_verdict(&mut conn, Kind::MemberAdd, budget, MEMBER_ADDS, 0)
            .await?
        {
            Verdict::Open => Ok(()),
            Verdict::Limited { retry_after } => {
                crate::metrics::limit_hit(Kind::MemberAdd);
                Err(Refusal::TooManyAttempts { retry_after }.into())
            }
        }
    }

    /// A password set with a link whose subject is a company (a welcome
    /// link): the account's pending membership there becomes active.
    pub(super) async fn join_welcoming_company(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
        subject: &str,
    ) -> ServiceResult<()> {
        match subject.parse::<i64>() {
            Ok(company_id) => self.join_company(conn, session, user_id, company_id).await,
            Err(_) => Ok(()),
        }
    }

    /// The account's pending membership of the company becomes active
    /// (a welcome link used, or a first SSO sign-in); nothing otherwise.
    pub(super) async fn join_company(
        &self,
        conn: &mut Conn,
        session: &SessionCtx,
        user_id: i64,
        company_id: i64,
    ) -> ServiceResult<()> {
        if companies::accept(conn, company_id, user_id, self.now()).await? {
            let by = ByAdmin {
                admin_id: user_id,
                company_id,
            };
            self.audit_as(
                conn,
                session,
                Some(user_id),
                Some(by),
                audit::Event::MemberJoined,
                "",
            )
            .await?;
        }
        Ok(())
    }

    /// What the page an invitation link opens shows: the company, and
    /// whether this session may answer (signed in as the invited account).
    pub async fn invitation(&self, session: &SessionCtx, token: &str) -> ServiceResult<InvitationView> {
        let mut conn = self.db.pool.acquire().await?;
        let purpose = [LinkPurpose::Invitation];
        let Some((invited, subject)) =
            links::live_with_subject(&mut conn, &token_hash(token), &purpose, self.now()).await?
        else {
            return Ok(InvitationView::Invalid);
        };
        let company = match subject.parse::<i64>() {
            Ok(company_id) => companies::invited_by(&mut conn, company_id, invited).await?,
            Err(_) => None,
        };
        let Some(company) = company else {
            return Ok(InvitationView::Invalid);
        };
        Ok(match session.state().await.signed_in_user() {
            None => InvitationView::SignIn { company },
            Some(user_id) if user_id == invited => InvitationView::Ready { company },
            Some(_) => InvitationView::OtherAccount { company },
        })
    }

    /// **Accept** (`accept`) or **Decline** an invitation, signed in as the
    /// account it was sent to: the membership becomes active from now, or
    /// is gone. The link works once.
    pub async fn answer_invitation(
        &self,
        session: &SessionCtx,
        token: &str,
        accept: bool,
    ) -> ServiceResult<()> {
        let (_, user_id) = self.signed_in(session).await?;
        let mut tx = self.db.begin().await?;
        let purpose = [LinkPurpose::Invitation];
        let (invited, subject) = links::spend_with_subject(&mut tx, &token_hash(token), &purpose, self.now())
            .await?
            .ok_or(Refusal::LinkInvalid)?;
        // Another account's link stays unspent (the transaction rolls back).
        if invited != user_id {
            return Err(Refusal::InvitationNotYours.into());
        }
        let company_id: i64 = subject.parse().map_err(|_| Refusal::LinkInvalid)?;
        let (done, event, detail) = if accept {
            let joined = companies::accept(&mut tx, company_id, user_id, self.now()).await?;
            (joined, audit::Event::MemberJoined, String::new())
        } else {
            let label = companies::members(&mut tx, company_id)
                .await?
                .into_iter()
                .find(|m| m.user_id == user_id && m.invited)
                .map(|m| m.name)
                .unwrap_or_default();
            let gone = companies::decline(&mut tx, company_id, user_id).await?;
            (gone, audit::Event::InvitationDeclined, label)
        };
        if !done {
            return Err(Refusal::LinkInvalid.into());
        }
        let by = ByAdmin {
            admin_id: user_id,
            company_id,
        };
        self.audit_as(&mut tx, session, Some(user_id), Some(by), event, &detail)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// `server company --enable-mfa`: whether the company exists.
    pub async fn make_mfa_available(&self, company: &str) -> ServiceResult<bool> {
        let mut conn = self.db.pool.acquire().await?;
        Ok(companies::make_mfa_available(&mut conn, company).await?)
    }

    /// Emails the reminders that are due to members not enrolled yet, each
    /// once: its row and its email are committed together, so a run beside
    /// another one, on this instance or another, queues nothing twice.
    /// Returns how many were queued.
    pub async fn send_mfa_reminders(&self) -> ServiceResult<u32> {
        let now = self.now();
        // Reads only: each reminder is written in a transaction of its own.
        let mut conn = self.db.pool.acquire().await?;
        let mut sent = 0;
        for company in companies::with_deadline_after(&mut conn, now).await? {
            let Some(deadline) = company.deadline else {
                continue;
            };
            let saved_at = company.policy_saved_at.unwrap_or(i64::MIN);
            let Some(reminder) = reminder_due(deadline, saved_at, now.unix_timestamp()) else {
                continue;
            };
            let url = format!("{}{}", self.public_url, Page::Email.path());
            for user_id in companies::unenrolled_active_members(&mut conn, company.id).await? {
                let mut tx = self.db.begin().await?;
                if !companies::claim_reminder(&mut tx, company.id, user_id, reminder.as_str(), deadline, now)
                    .await?
                {
                    continue;
                }
                let notice = Notice::MfaReminder {
                    company: &company.name,
                    deadline,
                    days_left: days_left(deadline, now),
                    url: &url,
                };
                self.notify(&mut tx, user_id, notice).await;
                tx.commit().await?;
                sent += 1;
            }
        }
        if sent > 0 {
            self.send_queued().await;
        }
        Ok(sent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_126_400; // 2026-12-01 12:00 UTC

    #[test]
    fn a_deadline_is_the_first_moment_of_its_day_in_the_admins_time_zone() {
        let cases = [
            ("2026-12-12", "UTC", Ok(1_797_033_600)),
            // Midnight in Paris is 23:00 UTC the day before.
            ("2026-12-12", "Europe/Paris", Ok(1_797_033_600 - 3600)),
            // Midnight in New York is 05:00 UTC.
            ("2026-12-12", "America/New_York", Ok(1_797_033_600 + 5 * 3600)),
            // Today is allowed (required from this morning); yesterday is not.
            ("2026-12-01", "UTC", Ok(1_796_083_200)),
            ("2026-11-30", "UTC", Err(Refusal::DeadlineInPast)),
            ("", "UTC", Err(Refusal::DeadlineEmpty)),
            ("12/12/2026", "UTC", Err(Refusal::DeadlineInvalid)),
            ("2026-02-30", "UTC", Err(Refusal::DeadlineInvalid)),
        ];
        for (date, zone, expected) in cases {
            assert_eq!(deadline_from_date(date, zone, NOW), expected, "{date} in {zone}");
        }
    }

    /// At 05:00 UTC on 1 December it is still 30 November in Honolulu,
    /// and already the afternoon of 1 December in Sydney.
    #[test]
    fn today_is_the_admins_today() {
        let early = NOW - 7 * 3600;
        assert!(deadline_from_date("2026-11-30", "Pacific/Honolulu", early).is_ok());
        assert_eq!(
            deadline_from_date("2026-11-30", "UTC", early),
            Err(Refusal::DeadlineInPast)
        );
        assert_eq!(
            deadline_from_date("2026-11-30", "Australia/Sydney", early),
            Err(Refusal::DeadlineInPast)
        );
    }
}
