//! Creating accounts (demo data, the `add-user` command, tests).

use super::Services;
use crate::error::ServiceResult;
use crate::store::users;
use domain::policy::PaymentRole;

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub display_name: &'a str,
    pub payment_role: PaymentRole,
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
        Ok(users::insert(&mut conn, &user, self.now()).await?)
    }
}
