//! The browser entry point: the page is rendered on the server; only its
//! islands (`app::islands`) hydrate.
#![forbid(unsafe_code)]

// Links the app's islands, which are exported to the page's script.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
