//! The Content Security Policy. Pages get a fresh nonce for Leptos'
//! hydration and resource scripts; every other response gets the policy
//! without one.

use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// Scripts only from this origin (plus the page's nonce), WebAssembly
/// allowed to compile, no inline styles, no framing, forms only to self.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let script_nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{script_nonce} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )
}

/// Put in each request by the server's header middleware; the page writes
/// its nonce here, and the middleware puts it in the response's policy.
#[derive(Clone, Debug, Default)]
pub struct NonceSlot(pub Arc<Mutex<Option<String>>>);

impl NonceSlot {
    pub fn take(&self) -> Option<String> {
        self.0.lock().ok().and_then(|mut n| n.take())
    }

    /// The nonce written so far, left in place.
    pub fn peek(&self) -> Option<String> {
        self.0.lock().ok().and_then(|n| n.clone())
    }

    /// Writes this response's nonce.
    pub fn put(&self, nonce: String) {
        if let Ok(mut stored) = self.0.lock() {
            *stored = Some(nonce);
        }
    }
}

/// Makes sure the page has a nonce and hands it to the middleware.
pub fn nonce_for_page() {
    if leptos::nonce::use_nonce().is_none() {
        leptos::nonce::provide_nonce();
    }
    let slot = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<NonceSlot>().cloned());
    if let (Some(nonce), Some(slot)) = (leptos::nonce::use_nonce(), slot) {
        slot.put(nonce.to_string());
    }
}
