//! `server` serves Trestle; `server add-user ...` creates an account,
//! `server company ...` enables MFA or claims a domain (see [`server::cli`]).
#![forbid(unsafe_code)]

use backend::crypto::SecretBox;
use backend::services::{MembershipRole, NewAccount};
use backend::{Clock, Db, OsRandom, Services, SystemClock};
use clap::Parser;
use domain::policy::PaymentRole;
use domain::secret::Secret;
use server::cli::{AddUser, Cli, Command, Company, CompanyAction, PASSWORD_VAR, Role};
use server::config::Config;
use server::middleware::Guard;
use server::{AppState, router, seed, spawn_delivery, spawn_housekeeping};
use std::io::IsTerminal;
use std::net::SocketAddr;
use std::sync::Arc;

/// SSR allocates many small strings per page; glibc's malloc was a quarter
/// of `GET /login` in `perf`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use tracing_subscriber::EnvFilter;

/// Colours only for a person at a terminal: never in a file, a pipe or a
/// journal, nor with `NO_COLOR` set (<https://no-color.org>).
fn colours(terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

fn init_logging() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    // The subscriber writes to stdout.
    let ansi = colours(std::io::stdout().is_terminal(), std::env::var_os("NO_COLOR"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi);
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
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let delivery = config.delivery()?;
    Ok(Services::new(
        db,
        clock,
        Arc::new(OsRandom),
        SecretBox::new(&config.secret_key),
        config.product_name.clone(),
    )
    .and_then(|services| services.with_argon2(config.argon2))
    .map_err(|e| e.to_string())?
    .with_delivery(delivery)
    .with_sms_settings(config.sms_codes.clone())
    .with_public_url(&config.public_url)
    .with_sso(config.sso_timeout, config.sso_allow_http))
}

fn new_password() -> Result<Secret, String> {
    if let Ok(password) = std::env::var(PASSWORD_VAR) {
        return Ok(password.into());
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| format!("reading the password from stdin: {e}"))?;
    Ok(Secret::new(line.trim_end_matches(['\r', '\n'])))
}

async fn add_user(config: &Config, args: &AddUser) -> Result<(), String> {
    if args.password.is_some() {
        return Err(AddUser::password_refusal());
    }
    let email = args.email.as_str();
    let (payment_role, membership) = match args.role {
        Role::User => (PaymentRole::None, MembershipRole::User),
        Role::Admin => (PaymentRole::None, MembershipRole::Admin),
        Role::Payor => (PaymentRole::Payor, MembershipRole::User),
        Role::PayeeAdmin => (PaymentRole::PayeeAdmin, MembershipRole::User),
    };
    let name = args.name.as_deref().unwrap_or(email);
    // The rule of every new password in the product, with its words.
    let password = new_password()?;
    domain::password::check_new(password.expose(), password.expose(), email).map_err(|refusal| {
        let message =
            app::error::AppError::from(refusal).message(app::i18n::texts_in(app::i18n::Language::En));
        format!("add-user: the password was refused: {message}")
    })?;
    let services = services(config).await?;
    let account = NewAccount {
        email,
        password: password.expose(),
        display_name: name,
        payment_role,
    };
    let id = services.create_user(&account).await.map_err(|e| e.to_string())?;
    if let Some(company) = &args.company {
        let company_id = services.company_named(company).await.map_err(|e| e.to_string())?;
        services
            .add_member(id, company_id, membership)
            .await
            .map_err(|e| e.to_string())?;
    }
    println!("created user {id} <{email}>");
    Ok(())
}

/// `company --enable-mfa <company>`: the operator's switch;
/// `company --claim-domain <company> <domain>`: the operator's proof.
async fn company(config: &Config, args: &Company) -> Result<(), String> {
    let action = args
        .action()
        .ok_or("company: --enable-mfa C or --claim-domain C D")?;
    let services = services(config).await?;
    match action {
        CompanyAction::ClaimDomain {
            company: name,
            domain,
        } => match services.claim_domain_as_operator(name, domain).await {
            Ok(()) => {
                println!("{domain} belongs to {name}: its admins can turn SSO on in Security Settings");
                Ok(())
            }
            Err(backend::ServiceError::Refused(refusal)) => Err(format!("claim-domain: {refusal}")),
            Err(e) => Err(e.to_string()),
        },
        CompanyAction::EnableMfa(name) => {
            match services
                .make_mfa_available(name)
                .await
                .map_err(|e| e.to_string())?
            {
                true => {
                    println!("MFA is available to {name}: its admins can require it in Security Settings");
                    Ok(())
                }
                false => Err(format!("no company named {name:?}")),
            }
        }
    }
}

/// With demo mode off and no account yet, how to create the first admin.
fn print_first_admin_hint() {
    println!(
        "\n  Trestle has no accounts yet. Create the first company admin with:\n\n    \
         read -rs PASSWORD && echo \"$PASSWORD\" | ./target/release/server add-user \\\n      \
         --email you@example.com --name \"Your Name\" --company \"Your Company\" --role admin\n\n  \
         (or set {PASSWORD_VAR}). For a demo with sample accounts, start with TRESTLE_DEMO=1.\n"
    );
}

async fn serve(config: Config) -> Result<(), String> {
    let services = services(&config).await?;
    if config.demo {
        seed::seed_if_empty(&services).await.map_err(|e| e.to_string())?;
        if let Some(sso) = &config.demo_sso {
            seed::seed_sso(&services, sso).await.map_err(|e| e.to_string())?;
        }
    } else if !services.has_users().await.map_err(|e| e.to_string())? {
        print_first_admin_hint();
    }
    spawn_housekeeping(services.clone());
    spawn_delivery(services.clone());
    server::metrics::spawn(config.metrics_addr, &services).await?;
    let addr = config.leptos.site_addr;
    let state = AppState::new(
        config.leptos.clone(),
        services,
        Guard::new(&config.public_url, config.trusted_proxies.clone()),
    );
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("bind {addr}: {e}"))?;
    if config.demo {
        seed::print_logins(&config.public_url, config.demo_sso.as_ref());
    }
    tracing::info!(%addr, demo = config.demo, "listening");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|e| e.to_string())
}

/// Ctrl-C or SIGTERM (what process managers send): stop accepting, let
/// in-flight requests finish, then exit.
async fn shutdown_signal() {
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::warn!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // A wrong command line (exit code 2) or `--help` stops here, before
    // any setting is read.
    let command = Cli::parse().into_command();
    init_logging();
    let result = match Config::from_env() {
        Err(e) => Err(e),
        Ok(config) => match &command {
            Command::Serve => serve(config).await,
            Command::AddUser(args) => add_user(&config, args).await,
            Command::Company(args) => company(&config, args).await,
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

#[cfg(test)]
mod tests {
    use super::colours;

    #[test]
    fn colours_only_at_a_terminal_without_no_color() {
        assert!(colours(true, None));
        assert!(colours(true, Some("".into())), "an empty NO_COLOR is unset");
        assert!(!colours(true, Some("1".into())));
        assert!(!colours(false, None));
        assert!(!colours(false, Some("1".into())));
    }
}
