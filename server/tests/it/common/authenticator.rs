//! A software passkey authenticator (1Password's `passkey` crate) behind
//! a browser-like client that speaks WebAuthn's JSON: what Chromium's
//! `navigator.credentials` would send to the server.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use passkey::authenticator::{Authenticator, UiHint, UserCheck, UserValidationMethod};
use passkey::client::{Client, DefaultClientData};
use passkey::crypto::rust_crypto::RustCryptoBackend;
use passkey::types::ctap2::{Aaguid, Ctap2Error};
use passkey::types::{Passkey as Stored, webauthn as browser};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use webauthn_rs::prelude::Url;

/// The origin the test server's relying party expects.
pub const ORIGIN: &str = "http://localhost:3000";

/// The person at the authenticator: present, and verified (PIN or
/// biometrics) while `verifies` holds.
#[derive(Clone)]
pub struct Person {
    verifies: Arc<AtomicBool>,
}

#[async_trait::async_trait]
impl UserValidationMethod for Person {
    type PasskeyItem = Stored;

    async fn check_user<'a>(
        &self,
        _hint: UiHint<'a, Stored>,
        _presence: bool,
        _verification: bool,
    ) -> Result<UserCheck, Ctap2Error> {
        Ok(UserCheck {
            presence: true,
            verification: self.verifies.load(Ordering::SeqCst),
        })
    }

    fn is_verification_enabled(&self) -> Option<bool> {
        Some(self.verifies.load(Ordering::SeqCst))
    }

    fn is_presence_enabled(&self) -> bool {
        true
    }
}

type Inner = Client<Option<Stored>, Person, RustCryptoBackend, public_suffix::PublicSuffixList, ()>;

/// One authenticator holding at most one passkey, with a signature counter.
pub struct Device {
    client: Inner,
    verifies: Arc<AtomicBool>,
}

impl Device {
    pub fn new(verifies: bool) -> Self {
        let verifies = Arc::new(AtomicBool::new(verifies));
        let person = Person {
            verifies: verifies.clone(),
        };
        let mut authenticator = Authenticator::new(Aaguid::new_empty(), None, person, RustCryptoBackend);
        authenticator.set_make_credentials_with_signature_counter(true);
        Self {
            client: Client::new(authenticator).allows_insecure_localhost(true),
            verifies,
        }
    }

    /// From now on the person does (or does not) pass user verification.
    pub fn set_verifies(&self, verifies: bool) {
        self.verifies.store(verifies, Ordering::SeqCst);
    }

    /// The stored passkey (to copy, or to wind its counter back).
    pub fn stored(&mut self) -> &mut Option<Stored> {
        self.client.authenticator_mut().store_mut()
    }

    /// `navigator.credentials.create(options)` at `origin`: the
    /// credential's `toJSON()`.
    pub async fn create(&mut self, options: &str, origin: &str) -> Result<String, String> {
        let options: browser::CredentialCreationOptions = serde_json::from_str(options).unwrap();
        let origin = Url::parse(origin).unwrap();
        self.client
            .register(&origin, options, DefaultClientData)
            .await
            .map(|created| serde_json::to_string(&created).unwrap())
            .map_err(|e| format!("{e:?}"))
    }

    /// `navigator.credentials.get(options)` at `origin`.
    pub async fn get(&mut self, options: &str, origin: &str) -> Result<String, String> {
        let options: browser::CredentialRequestOptions = serde_json::from_str(options).unwrap();
        let origin = Url::parse(origin).unwrap();
        self.client
            .authenticate(&origin, options, DefaultClientData)
            .await
            .map(|asserted| serde_json::to_string(&asserted).unwrap())
            .map_err(|e| format!("{e:?}"))
    }
}
