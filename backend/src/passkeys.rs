//! Passkeys (WebAuthn): the relying party this server is. Its id and
//! origin come from `TRESTLE_PUBLIC_URL` alone, never from a request, so
//! a look-alike site's ceremonies can never verify here.

use webauthn_rs::prelude::{Url, Webauthn, WebauthnBuilder};

/// Why this server offers no passkeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unavailable {
    #[error("the public URL is not a URL")]
    NotAUrl,
    /// WebAuthn binds credentials to a domain name: browsers refuse
    /// passkeys on an IP address (`http://127.0.0.1:3000`).
    #[error("the public URL's host is an IP address, which WebAuthn refuses")]
    IpAddress,
}

/// The relying party of `public_url` (`https://trestle.example` → the id
/// `trestle.example`, that origin only), named `product` to the person.
pub fn relying_party(public_url: &str, product: &str) -> Result<Webauthn, Unavailable> {
    let origin = Url::parse(public_url.trim_end_matches('/')).map_err(|_| Unavailable::NotAUrl)?;
    let rp_id = origin.domain().ok_or(Unavailable::IpAddress)?.to_owned();
    WebauthnBuilder::new(&rp_id, &origin)
        .and_then(|builder| builder.rp_name(product).build())
        .map_err(|_| Unavailable::NotAUrl)
}
