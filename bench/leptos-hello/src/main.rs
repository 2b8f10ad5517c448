//! The hello-world of Leptos 0.8 with islands, as its starter template
//! serves it: a shell with the hydration scripts, a router, one page with
//! a heading and one island, rendered on the server for every request.
//! `make bench` measures it in the same run as Trestle's pages: what the
//! framework itself costs on this machine, beside the bare axum ceiling.
#![forbid(unsafe_code)]

use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[island]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <button on:click=move |_| set_count.update(|n| *n += 1)>"Click me: " {count}</button>
    }
}

#[component]
fn HomePage() -> impl IntoView {
    view! {
        <h1>"Hello, World!"</h1>
        <Counter/>
    }
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <main>
                <Routes fallback=|| "Page not found.">
                    <Route path=path!("/") view=HomePage/>
                </Routes>
            </main>
        </Router>
    }
}

fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HydrationScripts options islands=true/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3298".into());
    let options = LeptosOptions::builder().output_name("hello").build();
    let routes = generate_route_list(App);
    let app = axum::Router::new()
        .leptos_routes(&options, routes, {
            let options = options.clone();
            move || shell(options.clone())
        })
        .with_state(options);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await
}
