//! The passkey relying party against a software authenticator (1Password's
//! `passkey` crate, speaking WebAuthn's JSON as a browser would): what it
//! accepts, and what a look-alike origin or a skipped user verification
//! gets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use backend::passkeys::{Unavailable, relying_party};
use passkey::authenticator::{Authenticator, UiHint, UserCheck, UserValidationMethod};
use passkey::client::{Client, DefaultClientData};
use passkey::crypto::rust_crypto::RustCryptoBackend;
use passkey::types::ctap2::{Aaguid, Ctap2Error};
use passkey::types::{Passkey as Stored, webauthn as browser};
use webauthn_rs::prelude::{
    Passkey, PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnError,
};

const ORIGIN: &str = "http://localhost:3000";

/// The person at the authenticator: present, and verified (PIN or
/// biometrics) unless told otherwise.
struct Person {
    verifies: bool,
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
            verification: self.verifies,
        })
    }

    fn is_verification_enabled(&self) -> Option<bool> {
        Some(self.verifies)
    }

    fn is_presence_enabled(&self) -> bool {
        true
    }
}

type Device = Client<Option<Stored>, Person, RustCryptoBackend, public_suffix::PublicSuffixList, ()>;

fn device(verifies: bool) -> Device {
    let authenticator = Authenticator::new(Aaguid::new_empty(), None, Person { verifies }, RustCryptoBackend);
    Client::new(authenticator).allows_insecure_localhost(true)
}

/// A value through JSON, as it travels between server and browser.
fn wire<T: serde::Serialize, U: serde::de::DeserializeOwned>(value: &T) -> U {
    serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
}

async fn register(rp: &Webauthn, device: &mut Device) -> Passkey {
    let (options, state) = rp
        .start_passkey_registration(Uuid::from_u128(7), "sam@keystone.example", "Sam", None)
        .unwrap();
    let origin = Url::parse(ORIGIN).unwrap();
    let created = device
        .register(
            &origin,
            wire::<_, browser::CredentialCreationOptions>(&options),
            DefaultClientData,
        )
        .await
        .unwrap();
    rp.finish_passkey_registration(&wire::<_, RegisterPublicKeyCredential>(&created), &state)
        .unwrap()
}

/// An assertion from `origin` for `passkey`, checked by the relying party.
async fn sign_in(
    rp: &Webauthn,
    device: &mut Device,
    passkey: &Passkey,
    origin: &str,
) -> Result<(), WebauthnError> {
    let (options, state) = rp
        .start_passkey_authentication(std::slice::from_ref(passkey))
        .unwrap();
    let origin = Url::parse(origin).unwrap();
    let asserted = device
        .authenticate(
            &origin,
            wire::<_, browser::CredentialRequestOptions>(&options),
            DefaultClientData,
        )
        .await
        .map_err(|_| WebauthnError::InvalidRPOrigin)?;
    rp.finish_passkey_authentication(&wire::<_, PublicKeyCredential>(&asserted), &state)
        .map(|result| assert!(result.user_verified()))
}

#[test]
fn the_relying_party_is_the_public_urls_host_and_never_an_ip_address() {
    assert!(relying_party("https://trestle.example", "Trestle").is_ok());
    assert!(relying_party("http://localhost:3000/", "Trestle").is_ok());
    assert_eq!(
        relying_party("http://127.0.0.1:3000", "Trestle").err(),
        Some(Unavailable::IpAddress)
    );
    assert_eq!(
        relying_party("http://[::1]:3000", "Trestle").err(),
        Some(Unavailable::IpAddress)
    );
    assert_eq!(
        relying_party("not a url", "Trestle").err(),
        Some(Unavailable::NotAUrl)
    );
}

#[tokio::test]
async fn a_passkey_registers_and_signs_in_with_user_verification() {
    let rp = relying_party(ORIGIN, "Trestle").unwrap();
    let mut device = device(true);
    let passkey = register(&rp, &mut device).await;
    sign_in(&rp, &mut device, &passkey, ORIGIN).await.unwrap();
}

#[tokio::test]
async fn a_look_alike_origin_is_refused() {
    let rp = relying_party(ORIGIN, "Trestle").unwrap();
    let mut device = device(true);
    let passkey = register(&rp, &mut device).await;
    for origin in ["http://localhost:4000", "https://localhost"] {
        assert!(
            sign_in(&rp, &mut device, &passkey, origin).await.is_err(),
            "{origin}"
        );
    }
    // Another site's relying party never verifies this site's passkey.
    let other = relying_party("http://other.localhost:3000", "Other").unwrap();
    assert!(
        sign_in(&other, &mut device, &passkey, "http://other.localhost:3000")
            .await
            .is_err()
    );
}

#[tokio::test]
async fn without_user_verification_a_passkey_neither_registers_nor_signs_in() {
    let rp = relying_party(ORIGIN, "Trestle").unwrap();
    let mut careless = device(false);
    let (options, state) = rp
        .start_passkey_registration(Uuid::from_u128(8), "sam@keystone.example", "Sam", None)
        .unwrap();
    let origin = Url::parse(ORIGIN).unwrap();
    let created = careless
        .register(
            &origin,
            wire::<_, browser::CredentialCreationOptions>(&options),
            DefaultClientData,
        )
        .await;
    // The authenticator may refuse by itself; if it answers, the relying
    // party refuses (it requires user verification).
    if let Ok(created) = created {
        let finished =
            rp.finish_passkey_registration(&wire::<_, RegisterPublicKeyCredential>(&created), &state);
        assert!(finished.is_err(), "registered without user verification");
    }
}
