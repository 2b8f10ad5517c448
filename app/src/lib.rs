//! Trestle's user interface: the sign-in and enrollment wizard, rendered on
//! the server and hydrated in the browser. Every form also works without
//! JavaScript.
#![forbid(unsafe_code)]
#![recursion_limit = "256"]

pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod cookies;
pub mod error;
pub mod help;
pub mod i18n;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod security;
mod steps;
mod wizard;

use components::Card;
use i18n::Language;
use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};
pub use wizard::LoadedStep;
use wizard::Wizard;

pub const DEFAULT_PRODUCT_NAME: &str = "Trestle";

/// The configured product name: from the server's settings while rendering,
/// from the page's `<html data-product>` in the browser.
pub fn product_name() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<backend::Services>()
            .map_or_else(|| DEFAULT_PRODUCT_NAME.to_owned(), |s| s.issuer.to_string())
    }
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("data-product"))
            .unwrap_or_else(|| DEFAULT_PRODUCT_NAME.to_owned())
    }
}

/// The HTML document around the app (server only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    security::nonce_for_page();
    let locale = crate::i18n::page_language();
    provide_context(locale);
    // The server names the build's files (a versioned `output_name`).
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() data-product=product_name()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.ico"/>
                <link rel="stylesheet" href=stylesheet/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
                <islands::HydratedMarker/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The shell decided the language on the server; hydration reads it back.
    if use_context::<Language>().is_none() {
        provide_context(crate::i18n::page_language());
    }
    let name = product_name();
    view! {
        <Title formatter=move |title: String| format!("{title} · {name}")/>
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                // Every page of the wizard; the page table (`Page`) says which exist.
                <Route path=path!("/") view=Wizard ssr=SsrMode::Async/>
                <Route path=path!("/login") view=Wizard ssr=SsrMode::Async/>
                <Route path=path!("/login/*page") view=Wizard ssr=SsrMode::Async/>
                <Route path=path!("/profile") view=Wizard ssr=SsrMode::Async/>
                <Route path=path!("/admin/security") view=Wizard ssr=SsrMode::Async/>
                <Route path=path!("/account/reset") view=steps::ResetPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/account/not-me") view=steps::NotMePage ssr=SsrMode::Async/>
                <Route path=path!("/account/invitation") view=steps::InvitationPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

#[component]
pub(crate) fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let t = i18n::texts();
    view! {
        <Card title=t.not_found>
            <p><a href=api::Page::Email.path()>{t.go_to_sign_in}</a></p>
        </Card>
    }
}
