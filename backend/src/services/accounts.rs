//! Creating accounts and companies (demo data, the `add-user` command, tests).

use super::Services;
use crate::error::{ServiceError, ServiceResult};
use crate::store::{phones, users};
use domain::policy::PaymentRole;

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub display_name: &'a str,
    pub payment_role: PaymentRole,
}

/// A member's role in a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MembershipRole {
    User,
    Admin,
}

impl MembershipRole {
    fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Admin => "admin",
        }
    }
}

impl Services {
    pub async fn create_user(&self, new: &NewAccount<'_>) -> ServiceResult<i64> {
        let hash = self.hash(new.password).await?;
        let mut conn = self.db.pool.acquire().await?;
        let user = users::NewUser {
            email: new.email,
            password_hash: &hash,
            display_name: new.display_name,
            payment_role: new.payment_role,
            time_zone: "UTC",
            locale: "en",
        };
        users::insert_new(&mut conn, &user, self.now())
            .await?
            .ok_or_else(|| {
                ServiceError::Internal(format!("an account has the address {} already", new.email))
            })
    }

    /// The company named `name`, created when there is none.
    pub async fn company_named(&self, name: &str) -> ServiceResult<i64> {
        let mut conn = self.db.pool.acquire().await?;
        if let Some(id) = users::company_id(&mut conn, name).await? {
            return Ok(id);
        }
        Ok(users::insert_company(&mut conn, name, self.now()).await?)
    }

    pub async fn add_member(&self, user_id: i64, company_id: i64, role: MembershipRole) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        let now = self.now();
        Ok(users::add_membership(&mut conn, user_id, company_id, role.as_str(), true, now).await?)
    }

    /// A membership that no longer imposes the company's policy (demo data).
    pub async fn deactivate_member(&self, user_id: i64, company_id: i64) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        crate::store::companies::set_active(&mut conn, company_id, user_id, false, self.now()).await?;
        Ok(())
    }

    /// MFA is available to the company, which requires it of its active
    /// members from `deadline` (demo data and tests; admins use
    /// **Security Settings**).
    pub async fn require_mfa(&self, company_id: i64, deadline: time::OffsetDateTime) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        users::require_mfa(&mut conn, company_id, deadline.unix_timestamp()).await?;
        Ok(())
    }

    /// The language of the user's emails and texts (`en`, `fr`).
    pub async fn set_locale(&self, user_id: i64, locale: &str) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        Ok(users::set_locale(&mut conn, user_id, locale).await?)
    }

    /// Registers a number (E.164) without texting it a code: for demo
    /// data, whose numbers are fictional.
    pub async fn register_phone(&self, user_id: i64, e164: &str) -> ServiceResult<()> {
        let mut conn = self.db.pool.acquire().await?;
        phones::insert(&mut conn, user_id, e164, self.now()).await?;
        Ok(())
    }

    pub async fn has_users(&self) -> ServiceResult<bool> {
        let mut conn = self.db.pool.acquire().await?;
        Ok(users::count(&mut conn).await? > 0)
    }
}
