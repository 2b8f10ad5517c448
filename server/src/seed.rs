//! Demo data: two companies and one account of each kind, created on the
//! first start in demo mode. The logins are printed at every demo start.

use backend::Services;
use backend::services::{MembershipRole, NewAccount};
use domain::policy::PaymentRole;

pub const DEMO_PASSWORD: &str = "Trestle-demo-2026";

pub struct DemoUser {
    pub email: &'static str,
    pub name: &'static str,
    pub role: PaymentRole,
    pub company: &'static str,
    pub admin: bool,
    pub what: &'static str,
    /// `fr` for a French-speaking user (emails and texts in French).
    pub locale: &'static str,
    /// A fictional number already set up for SMS verification.
    pub phone: Option<&'static str>,
    /// An inactive membership: the company's policy does not apply.
    pub active: bool,
}

/// The demo company that requires MFA, and how long after the first start.
const MFA_COMPANY: &str = "Summit Builders";
const MFA_NOTICE: time::Duration = time::Duration::days(7);

pub const DEMO_USERS: [DemoUser; 9] = [
    DemoUser {
        email: "alex.admin@summit.example",
        name: "Alex Admin",
        role: PaymentRole::None,
        company: "Summit Builders",
        admin: true,
        what: "company admin; Summit requires MFA in 7 days",
        locale: "en",
        phone: None,
        active: true,
    },
    DemoUser {
        email: "uma.user@summit.example",
        name: "Uma User",
        role: PaymentRole::None,
        company: "Summit Builders",
        admin: false,
        what: "user; Summit requires MFA in 7 days (Remind Me Later until then)",
        locale: "en",
        phone: None,
        active: true,
    },
    DemoUser {
        email: "rey.user@riverbend.example",
        name: "Rey User",
        role: PaymentRole::None,
        company: "Riverbend Concrete",
        admin: false,
        what: "user (MFA optional)",
        locale: "en",
        phone: None,
        active: true,
    },
    DemoUser {
        email: "pat.payor@summit.example",
        name: "Pat Payor",
        role: PaymentRole::Payor,
        company: "Summit Builders",
        admin: false,
        what: "payor (MFA required, app only)",
        locale: "en",
        phone: None,
        active: true,
    },
    DemoUser {
        email: "pia.payee@riverbend.example",
        name: "Pia Payee",
        role: PaymentRole::PayeeAdmin,
        company: "Riverbend Concrete",
        admin: false,
        what: "payee admin (MFA required)",
        locale: "en",
        phone: None,
        active: true,
    },
    DemoUser {
        email: "fabien.francais@riverbend.example",
        name: "Fabien Français",
        role: PaymentRole::None,
        company: "Riverbend Concrete",
        admin: false,
        what: "user in French, SMS to +33 6 12 34 56 78 (codes at /dev/outbox)",
        locale: "fr",
        phone: Some("+33612345678"),
        active: true,
    },
    DemoUser {
        email: "ian.inactive@summit.example",
        name: "Ian Inactive",
        role: PaymentRole::None,
        company: "Summit Builders",
        admin: false,
        what: "inactive member of Summit (MFA optional)",
        locale: "en",
        phone: None,
        active: false,
    },
    DemoUser {
        email: "sam.sso@keystone.example",
        name: "Sam SSO",
        role: PaymentRole::None,
        company: SSO_COMPANY,
        admin: false,
        what: "signs in with Keystone Steel's SSO (no password or MFA here)",
        locale: "en",
        phone: None,
        active: true,
    },
    DemoUser {
        email: "paula.payor@keystone.example",
        name: "Paula Payor",
        role: PaymentRole::Payor,
        company: SSO_COMPANY,
        admin: false,
        what: "payor at Keystone Steel: SSO, then this product's MFA",
        locale: "en",
        phone: None,
        active: true,
    },
];

/// The demo company that signs its people in with its own identity
/// provider, and the email domain it proved.
pub const SSO_COMPANY: &str = "Keystone Steel";
pub const SSO_DOMAIN: &str = "keystone.example";

/// Keystone Steel's provider: its domain proven, SSO tested and on. Run
/// at every demo start (the provider's address may change).
pub async fn seed_sso(
    services: &Services,
    sso: &crate::config::DemoSso,
) -> Result<(), backend::ServiceError> {
    let company = services.company_named(SSO_COMPANY).await?;
    match services.claim_domain_as_operator(SSO_COMPANY, SSO_DOMAIN).await {
        Ok(()) | Err(backend::ServiceError::Refused(domain::refusal::Refusal::DomainTaken)) => {}
        Err(err) => return Err(err),
    }
    services
        .configure_sso(company, &sso.issuer, &sso.client_id, &sso.client_secret, false)
        .await
}

/// Creates the demo data when the database has no users yet.
pub async fn seed_if_empty(services: &Services) -> Result<bool, backend::ServiceError> {
    if services.has_users().await? {
        return Ok(false);
    }
    for demo in &DEMO_USERS {
        let id = services
            .create_user(&NewAccount {
                email: demo.email,
                password: DEMO_PASSWORD,
                display_name: demo.name,
                payment_role: demo.role,
            })
            .await?;
        let company = services.company_named(demo.company).await?;
        let role = if demo.admin {
            MembershipRole::Admin
        } else {
            MembershipRole::User
        };
        services.add_member(id, company, role).await?;
        if !demo.active {
            services.deactivate_member(id, company).await?;
        }
        services.set_locale(id, demo.locale).await?;
        if let Some(phone) = demo.phone {
            services.register_phone(id, phone).await?;
        }
    }
    // Summit Builders requires MFA a week after the demo's first start;
    // Riverbend Concrete has not asked for MFA (it is on request).
    let summit = services.company_named(MFA_COMPANY).await?;
    services
        .require_mfa(summit, services.clock.now() + MFA_NOTICE)
        .await?;
    Ok(true)
}

pub fn print_logins(url: &str, sso: Option<&crate::config::DemoSso>) {
    println!("\n  Trestle demo is running at {url}\n");
    println!("  Demo logins (password for all: {DEMO_PASSWORD})");
    for demo in DEMO_USERS.iter().filter(|d| d.company != SSO_COMPANY) {
        println!("    {:<34} {}", demo.email, demo.what);
    }
    if let Some(sso) = sso {
        println!(
            "\n  {SSO_COMPANY} signs in through its identity provider ({}):",
            sso.issuer
        );
        println!("  type the email on {url}/login, then any password on the provider's page");
        for demo in DEMO_USERS.iter().filter(|d| d.company == SSO_COMPANY) {
            println!("    {:<34} {}", demo.email, demo.what);
        }
    }
    println!("\n  Texts and emails the demo sends: {url}/dev/outbox\n");
}
