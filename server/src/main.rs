//! `server` serves Trestle; `server add-user ...` creates an account.
#![forbid(unsafe_code)]

use backend::crypto::SecretBox;
use backend::services::NewAccount;
use backend::{Db, OsRandom, Services, SystemClock};
use domain::policy::PaymentRole;
use server::config::Config;
use server::middleware::Guard;
use server::{AppState, router, seed, spawn_housekeeping};
use std::net::SocketAddr;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

const USAGE: &str = "usage:
  server                         serve Trestle (settings: see server/src/config.rs)
  server add-user --email E --password P [--name N] [--role none|payor|payee_admin]";

fn init_logging() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if std::env::var("TRESTLE_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.compact().init();
    }
}

async fn services(config: &Config) -> Result<Services, String> {
    let db = Db::connect(&config.database_url)
        .await
        .map_err(|e| format!("database: {e}"))?;
    Services::new(
        db,
        Arc::new(SystemClock),
        Arc::new(OsRandom),
        SecretBox::new(&config.secret_key),
        config.product_name.clone(),
    )
    .map_err(|e| e.to_string())
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

async fn add_user(config: &Config, args: &[String]) -> Result<(), String> {
    let email = flag(args, "--email").ok_or(USAGE)?;
    let password = flag(args, "--password").ok_or(USAGE)?;
    let role = PaymentRole::parse(flag(args, "--role").unwrap_or("none")).ok_or(USAGE)?;
    let name = flag(args, "--name").unwrap_or(email);
    let services = services(config).await?;
    let account = NewAccount {
        email,
        password,
        display_name: name,
        payment_role: role,
    };
    let id = services.create_user(&account).await.map_err(|e| e.to_string())?;
    println!("created user {id} <{email}>");
    Ok(())
}

async fn serve(config: Config) -> Result<(), String> {
    let services = services(&config).await?;
    if config.demo {
        seed::seed_if_empty(&services).await.map_err(|e| e.to_string())?;
    }
    spawn_housekeeping(services.clone());
    let addr = config.leptos.site_addr;
    let state = AppState {
        leptos_options: config.leptos.clone(),
        services,
        guard: Arc::new(Guard::new(&config.public_url)),
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("bind {addr}: {e}"))?;
    if config.demo {
        seed::print_logins(&config.public_url);
    }
    tracing::info!(%addr, demo = config.demo, "listening");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(|e| e.to_string())
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    init_logging();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match Config::from_env() {
        Err(e) => Err(e),
        Ok(config) => match args.first().map(String::as_str) {
            None | Some("serve") => serve(config).await,
            Some("add-user") => add_user(&config, &args).await,
            Some(_) => Err(USAGE.to_owned()),
        },
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}
