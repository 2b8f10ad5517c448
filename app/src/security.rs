//! The Content Security Policy. Pages get a fresh nonce for Leptos'
//! hydration script; every other response gets the policy without one.

use leptos::prelude::*;

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

/// Provides a nonce to Leptos' scripts and puts it in this page's policy.
pub fn nonce_for_page() {
    leptos::nonce::provide_nonce();
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(value) = http::HeaderValue::from_str(&content_security_policy(Some(&nonce)))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}
