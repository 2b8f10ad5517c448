//! SMS verification: "Set Up SMS Verification" (the number, then the code
//! texted to it) and codes texted at sign-in ("Use a Phone Number").
//!
//! Every text is charged to the user's and the number's send budget before
//! the gateway is called. A code is stored (as a keyed hash) before it is
//! sent and deleted again when the gateway fails, so nothing is half-saved;
//! a send is never retried, so a code never arrives twice. Each text is
//! recorded in the delivery queue's table, sent or failed with the
//! gateway's reason, without its code (only the demo outbox keeps it).

use super::Services;
use super::enroll::{enrolling, factor_enrolled};
use super::notify::ReportedMethod;
use crate::delivery::Sms;
use crate::delivery::messages::{Notice, sms_code_text};
use crate::error::{ServiceError, ServiceResult};
use crate::phone;
use crate::ports::random_bytes;
use crate::session::SessionCtx;
use crate::store::attempts::{self, Kind};
use crate::store::{Conn, audit, phones, users};
use domain::codes::VerificationCode;
use domain::limits::{
    self, MAX_PHONES_PER_USER, SMS_NUMBERS_TRIED, SMS_RESENDS, SMS_SENDS_PER_NUMBER, SMS_SENDS_PER_USER,
    SendBudget, Verdict,
};
use domain::phone::{Country, mask, sms_allowed};
use domain::refusal::Refusal;
use domain::signin::{Event, Purpose, SignIn};
use domain::sms::{DEFAULT_CODE_MINUTES, MAX_CODE_MINUTES, SmsCheck, SmsCode, judge};
use std::sync::Arc;
use time::Duration;

/// What text-message codes look like in this deployment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmsSettings {
    /// How long a code is valid (`TRESTLE_SMS_CODE_MINUTES`, 1 to 30).
    pub code_minutes: u32,
    /// The host of the public URL, for the WebOTP line (`@host #code`).
    pub webotp_host: Arc<str>,
    /// How long **Resend New Code** waits after the last text
    /// (`TRESTLE_SMS_RESEND_SECONDS`, 1 to 300; 30 by default).
    pub resend_seconds: i64,
}

impl Default for SmsSettings {
    fn default() -> Self {
        Self {
            code_minutes: DEFAULT_CODE_MINUTES,
            webotp_host: "localhost".into(),
            resend_seconds: SMS_RESENDS.min_gap_seconds,
        }
    }
}

impl SmsSettings {
    pub fn new(code_minutes: u32, webotp_host: &str) -> Result<Self, String> {
        if !(1..=MAX_CODE_MINUTES).contains(&code_minutes) {
            return Err(format!(
                "TRESTLE_SMS_CODE_MINUTES must be between 1 and {MAX_CODE_MINUTES}"
            ));
        }
        Ok(Self {
            code_minutes,
            webotp_host: webotp_host.into(),
            ..Self::default()
        })
    }

    /// With **Resend New Code** waiting `seconds` after the last text
    /// (a shorter gap for tests and demos).
    pub fn with_resend_seconds(self, seconds: i64) -> Result<Self, String> {
        if !(1..=MAX_RESEND_SECONDS).contains(&seconds) {
            return Err(format!(
                "TRESTLE_SMS_RESEND_SECONDS must be between 1 and {MAX_RESEND_SECONDS}"
            ));
        }
        Ok(Self {
            resend_seconds: seconds,
            ..self
        })
    }

    /// The per-user budget of a resend: [`SMS_RESENDS`] with this
    /// deployment's gap.
    fn resends(&self) -> SendBudget {
        SendBudget {
            min_gap_seconds: self.resend_seconds,
            ..SMS_RESENDS
        }
    }
}

/// The longest **Resend New Code** gap a deployment may set.
const MAX_RESEND_SECONDS: i64 = 300;

/// Sealing purpose of text-message code MACs.
const SMS_CODE: &str = "sms-code";

/// The answer for a text-message code that did not go through.
fn refusal(check: SmsCheck) -> Refusal {
    match check {
        SmsCheck::Expired => Refusal::CodeExpired,
        SmsCheck::Accepted | SmsCheck::Rejected => Refusal::WrongCode,
    }
}

/// Why a code is texted: a first code, or **Resend New Code** (which also
/// waits 30 s after the last text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Send {
    First,
    Resend,
}

/// The budgets a text is charged to: always the user's. The number's own
/// budget only when the user has confirmed that number; a number still
/// being set up is charged to the asker alone (its `trial` record counts
/// the numbers they tried, [`SMS_NUMBERS_TRIED`]), so nobody can spend
/// the owner's sign-in texts by "adding" the owner's number.
fn budgets<'a>(
    user: &'a str,
    phone: &'a str,
    trial: &'a str,
    confirmed: bool,
    send: Send,
    settings: &SmsSettings,
) -> [(Kind, &'a str, SendBudget); 2] {
    let per_user = match send {
        Send::First => SMS_SENDS_PER_USER,
        Send::Resend => settings.resends(),
    };
    let number = match confirmed {
        true => (Kind::SmsSendNumber, phone, SMS_SENDS_PER_NUMBER),
        false => (Kind::SmsTrial, trial, per_user),
    };
    [(Kind::SmsSendUser, user, per_user), number]
}

impl Services {
    /// "SMS Verification" → "Continue" (also "Use a different number").
    pub async fn choose_sms(&self, session: &SessionCtx) -> ServiceResult<()> {
        let state = session.state().await;
        let (user_id, purpose) = match state {
            SignIn::SaveRecoveryCode { .. } => return Err(Refusal::OutOfOrder.into()),
            _ => enrolling(&state)?,
        };
        self.check_may_add_phone(session, user_id, purpose).await?;
        let mut conn = self.db.pool.acquire().await?;
        let transition = state.step(Event::SmsChosen)?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Send Text Message": the number is checked, then a code texted to it.
    pub async fn send_setup_code(
        &self,
        session: &SessionCtx,
        country: &str,
        number: &str,
    ) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::SetupSms { user_id, purpose, .. } = state else {
            return Err(Refusal::OutOfOrder.into());
        };
        let country = Country::from_iso(country).ok_or(Refusal::CountryNotOffered)?;
        let user = self.check_may_add_phone(session, user_id, purpose).await?;
        let mut conn = self.db.pool.acquire().await?;
        let e164 = phone::parse(user.payment_role, country, number)?;
        // A second submit of the same number (a double click, a second
        // tab) keeps the code already texted instead of sending another.
        if let SignIn::SetupSms {
            phone: Some(texted), ..
        } = &state
            && *texted == e164
        {
            return Ok(());
        }
        if phones::list(&mut conn, user_id)
            .await?
            .iter()
            .any(|p| p.phone == e164)
        {
            return Err(Refusal::PhoneTaken.into());
        }
        let transition = state.step(Event::SmsSent { phone: e164.clone() })?;
        drop(conn);
        self.text_code(session, &user, &e164, Send::First).await?;
        let mut conn = self.db.pool.acquire().await?;
        self.apply(&mut conn, session, transition).await
    }

    /// "Resend New Code": a new code to the same number voids the last one.
    pub async fn resend_code(&self, session: &SessionCtx) -> ServiceResult<()> {
        let (user_id, phone) = {
            let mut conn = self.db.pool.acquire().await?;
            self.texted_number(&mut conn, &session.state().await).await?
        };
        let user = self.user(user_id).await?;
        self.text_code(session, &user, &phone, Send::Resend).await
    }

    /// "Set Up SMS Verification" → "Continue": the number is saved only
    /// when its code comes back, in the transaction that uses the code up,
    /// and only if this sign-in may still enroll.
    pub async fn confirm_sms(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let state = session.state().await;
        let SignIn::SetupSms {
            user_id,
            purpose,
            phone: Some(phone),
        } = &state
        else {
            return Err(Refusal::OutOfOrder.into());
        };
        let (user_id, purpose, phone) = (*user_id, *purpose, phone.clone());
        let code = VerificationCode::parse(input)?;
        let mut conn = self.db.pool.acquire().await?;
        let charge = self
            .charge_code(&mut conn, Kind::Code, user_id, limits::CODES)
            .await?;
        let (check, code_id) = self.check_sms(&mut conn, user_id, &phone, &code).await?;
        let Some(code_id) = code_id.filter(|_| check == SmsCheck::Accepted) else {
            self.audit(
                &mut conn,
                session,
                Some(user_id),
                audit::Event::EnrollCodeFailed,
                "sms",
            )
            .await?;
            return Err(refusal(check).into());
        };
        drop(conn);

        let (mut tx, transition, code_hash) = self
            .begin_enrollment(session, &state, user_id, purpose, factor_enrolled)
            .await?;
        if phones::count(&mut tx, user_id).await? >= MAX_PHONES_PER_USER as i64 {
            return Err(Refusal::TooManyPhones.into());
        }
        // Used up in the same transaction that saves the number: a second
        // submit of the same code finds it used.
        if !phones::redeem_code(&mut tx, code_id, self.now()).await? {
            return Err(Refusal::WrongCode.into());
        }
        let Some(phone_id) = phones::insert(&mut tx, user_id, &phone, self.now()).await? else {
            return Err(Refusal::PhoneTaken.into());
        };
        self.forget(&mut tx, &[charge]).await?;
        self.audit(&mut tx, session, Some(user_id), audit::Event::FactorAdded, "sms")
            .await?;
        let masked = mask(&phone);
        let added = Some(ReportedMethod::Phone(phone_id));
        self.notify_about(&mut tx, user_id, Notice::PhoneAdded { masked: &masked }, added)
            .await;
        self.finish_enrollment(tx, session, user_id, code_hash, transition)
            .await?;
        self.send_queued().await;
        Ok(())
    }

    /// A code texted to the phone this challenge is for.
    pub(super) async fn verify_sms_code(
        &self,
        session: &SessionCtx,
        state: SignIn,
        user_id: i64,
        phone_id: i64,
        code: &VerificationCode,
    ) -> ServiceResult<()> {
        let charge = self.charge_code_now(user_id).await?;
        // The code used up and the session signed in commit together.
        let mut tx = self.db.begin().await?;
        let phone = phones::find(&mut tx, user_id, phone_id)
            .await?
            .ok_or(Refusal::OutOfOrder)?;
        let (mut check, code_id) = self.check_sms(&mut tx, user_id, &phone.phone, code).await?;
        if let (SmsCheck::Accepted, Some(code_id)) = (check, code_id) {
            if phones::redeem_code(&mut tx, code_id, self.now()).await? {
                self.forget(&mut tx, &[charge]).await?;
                phones::mark_used(&mut tx, phone_id, self.now()).await?;
                self.pass_challenge(&mut tx, session, state, user_id, "sms")
                    .await?;
                tx.commit().await?;
                return Ok(());
            }
            // Another request used it first.
            check = SmsCheck::Rejected;
        }
        self.refuse(
            tx,
            session,
            state,
            user_id,
            (audit::Event::MfaFailed, "sms"),
            refusal(check),
        )
        .await
    }

    /// Texts a code to a registered number at sign-in. A send refused by
    /// the budget is no failure here: the page offers **Resend New Code**
    /// and says when it works.
    pub(super) async fn text_code_at_sign_in(
        &self,
        session: &SessionCtx,
        user_id: i64,
        phone: &str,
    ) -> ServiceResult<()> {
        let user = self.user(user_id).await?;
        match self.text_code(session, &user, phone, Send::First).await {
            Err(ServiceError::Refused(Refusal::SendTooSoon { .. })) => Ok(()),
            other => other,
        }
    }

    /// Charges both send budgets, stores a new code (voiding the last one)
    /// and texts it. When the gateway fails the new code is deleted again.
    pub(super) async fn text_code(
        &self,
        session: &SessionCtx,
        user: &users::User,
        phone: &str,
        send: Send,
    ) -> ServiceResult<()> {
        let now = self.now();
        let user_key = user.id.to_string();
        let code = SmsCode::from_random(u64::from_le_bytes(random_bytes(self.rng.as_ref())));
        let mac = self.sms_mac(user.id, phone, code.as_str());
        let trial = attempts::sms_trial_subject(user.id, phone);
        let code_id = {
            let mut conn = self.db.pool.acquire().await?;
            let confirmed = self.has_number(&mut conn, user.id, phone).await?;
            if !confirmed {
                let since = now.unix_timestamp() - SMS_NUMBERS_TRIED.window_seconds;
                let tried = attempts::sms_trials(&mut conn, user.id, phone, since).await?;
                if let Verdict::Limited { retry_after } =
                    SMS_NUMBERS_TRIED.decide(&tried, now.unix_timestamp())
                {
                    crate::metrics::limit_hit(Kind::SmsTrial);
                    return Err(Refusal::SendTooSoon { retry_after }.into());
                }
            }
            let charges = budgets(&user_key, phone, &trial, confirmed, send, &self.sms_settings);
            if let Err(retry_after) = self.charge_sends(&mut conn, &charges).await? {
                return Err(Refusal::SendTooSoon { retry_after }.into());
            }
            let expires = now + Duration::minutes(i64::from(self.sms_settings.code_minutes));
            phones::replace_code(&mut conn, user.id, phone, &mac, now, expires).await?
        };
        let body = sms_code_text(
            catalogue::Language::from_code_or_default(&user.locale),
            &self.issuer,
            code.as_str(),
            self.sms_settings.code_minutes,
            &self.sms_settings.webotp_host,
        );
        let sms = Sms {
            to: phone.to_owned(),
            body,
        };
        let sent = self.sms.send(sms.clone()).await;
        // The text is recorded, sent or failed; its code only for the
        // demo outbox, which shows it.
        let mut tx = self.db.begin().await?;
        let keep_body = self.sms.is_demo_outbox();
        self.queue.record_text(&mut tx, &sms, keep_body, &sent).await?;
        let answer = match sent {
            Ok(()) => {
                self.audit(
                    &mut tx,
                    session,
                    Some(user.id),
                    audit::Event::SmsSent,
                    &mask(phone),
                )
                .await?;
                Ok(())
            }
            Err(err) => {
                tracing::warn!(user_id = user.id, error = %err, "text message not sent");
                phones::delete_code(&mut tx, code_id).await?;
                Err(Refusal::SmsUnavailable.into())
            }
        };
        tx.commit().await?;
        answer
    }

    /// Seconds until **Resend New Code** would text `phone` for `user_id` (0: now).
    pub(super) async fn send_wait(&self, conn: &mut Conn, user_id: i64, phone: &str) -> ServiceResult<i64> {
        let user_key = user_id.to_string();
        let trial = attempts::sms_trial_subject(user_id, phone);
        let confirmed = self.has_number(conn, user_id, phone).await?;
        let mut wait = 0;
        for (kind, subject, budget) in budgets(
            &user_key,
            phone,
            &trial,
            confirmed,
            Send::Resend,
            &self.sms_settings,
        ) {
            if let Verdict::Limited { retry_after } =
                self.send_verdict(conn, kind, subject, budget, 0).await?
            {
                wait = wait.max(retry_after);
            }
        }
        Ok(wait)
    }

    /// Whether `phone` is one of the user's confirmed numbers.
    async fn has_number(&self, conn: &mut Conn, user_id: i64, phone: &str) -> ServiceResult<bool> {
        Ok(phones::list(conn, user_id)
            .await?
            .iter()
            .any(|p| p.phone == phone))
    }

    /// The user's live code against `code`, for `phone`: what it means and
    /// the code's id.
    pub(super) async fn check_sms(
        &self,
        conn: &mut Conn,
        user_id: i64,
        phone: &str,
        code: &VerificationCode,
    ) -> ServiceResult<(SmsCheck, Option<i64>)> {
        let Some(live) = phones::live_code(conn, user_id).await? else {
            return Ok((SmsCheck::Rejected, None));
        };
        let message = format!("{user_id}:{phone}:{}", code.as_str());
        let matches = live.phone == phone && self.secrets.mac_matches(SMS_CODE, &message, &live.code_mac);
        Ok((
            judge(matches, live.expires_at, self.now().unix_timestamp()),
            Some(live.id),
        ))
    }

    fn sms_mac(&self, user_id: i64, phone: &str, code: &str) -> String {
        self.secrets.mac(SMS_CODE, &format!("{user_id}:{phone}:{code}"))
    }

    /// The number the current step texts codes to.
    async fn texted_number(&self, conn: &mut Conn, state: &SignIn) -> ServiceResult<(i64, String)> {
        match state {
            SignIn::SetupSms {
                user_id,
                phone: Some(phone),
                ..
            } => Ok((*user_id, phone.clone())),
            SignIn::SmsChallenge {
                user_id, phone_id, ..
            } => phones::find(conn, *user_id, *phone_id)
                .await?
                .map(|p| (*user_id, p.phone))
                .ok_or_else(|| Refusal::OutOfOrder.into()),
            _ => Err(Refusal::OutOfOrder.into()),
        }
    }

    /// The rules for adding a number in the sign-in wizard: a role that may
    /// use SMS, a sign-in that may still enroll, room for one more number.
    /// A parked sign-in is ended with no connection held.
    async fn check_may_add_phone(
        &self,
        session: &SessionCtx,
        user_id: i64,
        purpose: Purpose,
    ) -> ServiceResult<users::User> {
        let user = {
            let mut conn = self.db.pool.acquire().await?;
            let user = users::find(&mut conn, user_id)
                .await?
                .ok_or(Refusal::OutOfOrder)?;
            if !sms_allowed(user.payment_role) {
                return Err(Refusal::SmsNotAllowed.into());
            }
            if phones::count(&mut conn, user_id).await? >= MAX_PHONES_PER_USER as i64 {
                return Err(Refusal::TooManyPhones.into());
            }
            self.may_enroll(&mut conn, user_id, purpose)
                .await?
                .then_some(user)
        };
        match user {
            Some(user) => Ok(user),
            None => Err(self.end_parked(session, user_id).await),
        }
    }

    pub(super) async fn user(&self, user_id: i64) -> ServiceResult<users::User> {
        let mut conn = self.db.pool.acquire().await?;
        users::find(&mut conn, user_id)
            .await?
            .ok_or_else(|| Refusal::OutOfOrder.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resend_gap_is_configurable_within_bounds() {
        let settings = SmsSettings::default();
        assert_eq!(settings.resends(), SMS_RESENDS);
        let short = settings.clone().with_resend_seconds(3).unwrap();
        assert_eq!(short.resends().min_gap_seconds, 3);
        assert_eq!(short.resends().max_in_window, SMS_RESENDS.max_in_window);
        assert!(settings.clone().with_resend_seconds(0).is_err());
        assert!(settings.with_resend_seconds(MAX_RESEND_SECONDS + 1).is_err());
    }
}
