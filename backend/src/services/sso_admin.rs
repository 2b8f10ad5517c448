//! A company's SSO settings: its provider (checked by discovery before it
//! is saved), its claimed domains and their proofs, and the switches that
//! turn routing and account creation on. Admin changes need a recent
//! "Confirm It's You", as every company setting.

use super::Services;
use super::sso::SSO_CLIENT_SECRET;
use crate::crypto::new_token;
use crate::error::ServiceResult;
use crate::oidc::OidcError;
use crate::session::SessionCtx;
use crate::store::companies::Company;
use crate::store::sso;
use crate::store::{audit, users};
use domain::refusal::Refusal;
use domain::sso::{parse_domain, txt_record_name, txt_record_value};

pub use domain::sso::{DomainView, SsoView};

fn refusal_of(err: OidcError) -> Refusal {
    match err {
        OidcError::Unreachable => Refusal::IssuerUnreachable,
        OidcError::UrlInvalid => Refusal::IssuerUrlInvalid,
        OidcError::Unsuitable | OidcError::Rejected => Refusal::IssuerUnsuitable,
    }
}

impl Services {
    /// The signed-in admin of a company, re-authenticated a moment ago.
    pub(super) async fn sso_admin(&self, session: &SessionCtx) -> ServiceResult<(i64, Company)> {
        let (_, admin_id) = self.confirmed(session).await?;
        let mut conn = self.db.pool.acquire().await?;
        let company = self.administered(&mut conn, admin_id).await?;
        Ok((admin_id, company))
    }

    /// The SSO tab of the admin's company.
    pub async fn sso_view(&self, session: &SessionCtx) -> ServiceResult<SsoView> {
        let (_, admin_id) = self.signed_in(session).await?;
        let mut conn = self.db.pool.acquire().await?;
        let company = self.administered(&mut conn, admin_id).await?;
        let settings = sso::settings(&mut conn, company.id).await?;
        let domains = sso::domains(&mut conn, company.id)
            .await?
            .into_iter()
            .map(|d| DomainView {
                txt_name: if d.proven {
                    String::new()
                } else {
                    txt_record_name(&d.domain)
                },
                txt_value: if d.proven {
                    String::new()
                } else {
                    txt_record_value(&d.challenge)
                },
                domain: d.domain,
                proven: d.proven,
            })
            .collect();
        let mut view = SsoView {
            domains,
            callback_url: format!("{}{}", self.public_url, super::CALLBACK_PATH),
            ..SsoView::default()
        };
        if let Some(s) = settings {
            view.issuer = s.issuer;
            view.client_id = s.client_id;
            view.has_secret = !s.client_secret.is_empty();
            view.enabled = s.enabled;
            view.create_accounts = s.create_accounts;
            view.tested = s.tested_at.is_some();
        }
        Ok(view)
    }

    /// Saves the provider after its discovery document passed the checks
    /// (issuer as typed, the code flow, PKCE with S256). SSO is off until
    /// a Test Sign-In passes with the new settings.
    pub async fn save_sso_settings(
        &self,
        session: &SessionCtx,
        issuer: &str,
        client_id: &str,
        client_secret: &str,
    ) -> ServiceResult<()> {
        let (admin_id, company) = self.sso_admin(session).await?;
        let issuer = self.oidc.issuer_url(issuer).map_err(refusal_of)?.to_string();
        let client_id = client_id.trim();
        if client_id.is_empty() || client_id.len() > 255 || client_secret.len() > 1024 {
            return Err(Refusal::ClientSettingsInvalid.into());
        }
        self.oidc.check(&issuer).await.map_err(refusal_of)?;
        if client_secret.is_empty() {
            // The saved secret stays only for the provider and client it
            // was given for; saving them unchanged changes nothing.
            let mut conn = self.db.pool.acquire().await?;
            let saved = sso::settings(&mut conn, company.id).await?;
            return match saved {
                Some(s) if s.issuer == issuer && s.client_id == client_id => Ok(()),
                _ => Err(Refusal::ClientSettingsInvalid.into()),
            };
        }
        let sealed = self.seal(client_secret.as_bytes(), SSO_CLIENT_SECRET, company.id)?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        sso::save_settings(&mut tx, company.id, &issuer, client_id, &sealed, self.now()).await?;
        self.audit_setting(
            &mut tx,
            session,
            (admin_id, company.id),
            audit::Event::SsoSettingsSaved,
            &issuer,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Turns routing to the provider on or off, and account creation at
    /// the first SSO sign-in. On needs a tested provider and a proven domain.
    pub async fn set_sso_switches(
        &self,
        session: &SessionCtx,
        enabled: bool,
        create_accounts: bool,
    ) -> ServiceResult<()> {
        let (admin_id, company) = self.sso_admin(session).await?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        let settings = sso::settings(&mut tx, company.id)
            .await?
            .ok_or(Refusal::SsoNotReady)?;
        let proven = !sso::proven_domains(&mut tx, company.id).await?.is_empty();
        if enabled && !settings.enabled && (settings.tested_at.is_none() || !proven) {
            return Err(Refusal::SsoNotReady.into());
        }
        sso::set_switches(&mut tx, company.id, enabled, create_accounts, self.now()).await?;
        if enabled && !settings.enabled {
            // From now on these members sign in through the provider: a
            // password sign-in of theirs, finished or still on its way
            // (parked at Remind Me Later, say), ends now. The admin's own
            // session stays.
            let keep = session.id_hash().await;
            for user_id in sso::routed_members(&mut tx, company.id).await? {
                self.end_sessions(&mut tx, user_id, keep.as_deref()).await?;
            }
        }
        let mut changes = vec![];
        if enabled != settings.enabled {
            changes.push(if enabled { "on" } else { "off" });
        }
        if create_accounts != settings.create_accounts {
            changes.push(if create_accounts {
                "create_accounts_on"
            } else {
                "create_accounts_off"
            });
        }
        for change in changes {
            self.audit_setting(
                &mut tx,
                session,
                (admin_id, company.id),
                audit::Event::SsoSwitched,
                change,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Claims a domain for the admin's company; it routes nobody until proven.
    pub async fn claim_domain(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let domain = parse_domain(input)?;
        let (admin_id, company) = self.sso_admin(session).await?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        if sso::proven_elsewhere(&mut tx, company.id, &domain).await? {
            return Err(Refusal::DomainTaken.into());
        }
        sso::claim(
            &mut tx,
            company.id,
            &domain,
            &new_token(self.rng.as_ref()),
            self.now(),
        )
        .await?;
        self.audit_setting(
            &mut tx,
            session,
            (admin_id, company.id),
            audit::Event::DomainClaimed,
            &domain,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// **Check DNS**: the domain's TXT record holds the claim's value, so
    /// the admin controls the domain; it is proven for their company
    /// (unless another company proved it first).
    pub async fn prove_domain(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let domain = parse_domain(input)?;
        let (admin_id, company) = self.sso_admin(session).await?;
        let challenge = {
            let mut conn = self.db.pool.acquire().await?;
            sso::challenge(&mut conn, company.id, &domain).await?
        }
        .ok_or(Refusal::DomainNotProven)?;
        let expected = txt_record_value(&challenge);
        // No connection is held while DNS answers (bounded by its timeout).
        let published = self
            .dns
            .txt(&txt_record_name(&domain))
            .await
            .unwrap_or_else(|err| {
                tracing::info!(%err, %domain, "dns lookup failed");
                vec![]
            });
        if !published.iter().any(|v| v.trim() == expected) {
            return Err(Refusal::DomainNotProven.into());
        }
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        if !sso::prove(&mut tx, company.id, &domain, "dns", self.now()).await? {
            return Err(Refusal::DomainTaken.into());
        }
        self.audit_setting(
            &mut tx,
            session,
            (admin_id, company.id),
            audit::Event::DomainProven,
            &domain,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a claimed domain: its addresses no longer route here.
    pub async fn remove_domain(&self, session: &SessionCtx, input: &str) -> ServiceResult<()> {
        let domain = parse_domain(input)?;
        let (admin_id, company) = self.sso_admin(session).await?;
        let mut tx = self.db.begin().await?;
        self.still_admin(&mut tx, admin_id, company.id).await?;
        if sso::remove_domain(&mut tx, company.id, &domain).await? {
            self.audit_setting(
                &mut tx,
                session,
                (admin_id, company.id),
                audit::Event::DomainRemoved,
                &domain,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The operator's proof (`server company --claim-domain`): the domain
    /// is claimed and proven for the company named `company` at once.
    pub async fn claim_domain_as_operator(&self, company: &str, input: &str) -> ServiceResult<()> {
        let domain = parse_domain(input)?;
        let mut tx = self.db.begin().await?;
        let company_id = users::company_id(&mut tx, company)
            .await?
            .ok_or(Refusal::Forbidden)?;
        let now = self.now();
        sso::claim(&mut tx, company_id, &domain, &new_token(self.rng.as_ref()), now).await?;
        if !sso::prove(&mut tx, company_id, &domain, "operator", now).await? {
            return Err(Refusal::DomainTaken.into());
        }
        tx.commit().await?;
        Ok(())
    }

    /// Demo data and tests: the company's provider, tested and turned on
    /// (no discovery check: the provider may start after the server).
    pub async fn configure_sso(
        &self,
        company_id: i64,
        issuer: &str,
        client_id: &str,
        client_secret: &str,
        create_accounts: bool,
    ) -> ServiceResult<()> {
        let sealed = self.seal(client_secret.as_bytes(), SSO_CLIENT_SECRET, company_id)?;
        let mut tx = self.db.begin().await?;
        let now = self.now();
        sso::save_settings(&mut tx, company_id, issuer, client_id, &sealed, now).await?;
        sso::mark_tested(&mut tx, company_id, issuer, client_id, now).await?;
        sso::set_switches(&mut tx, company_id, true, create_accounts, now).await?;
        tx.commit().await?;
        Ok(())
    }
}
