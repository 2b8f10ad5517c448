//! The `server` binary as an operator meets it: production mode by
//! default, and accounts created without a password on the command line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::scratch;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

fn server(dir: &PathBuf) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.current_dir(dir)
        .env_remove("TRESTLE_DEMO")
        .env_remove("TRESTLE_NEW_USER_PASSWORD")
        .env("DATABASE_URL", format!("sqlite://{}/trestle.db", dir.display()))
        .env("TRESTLE_SECRET_KEY_FILE", dir.join("secret.key"))
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "warn");
    cmd
}

/// What `child` wrote to its piped stdout up to the line holding `needle`
/// (or to its end); the child is then stopped.
fn output_until(child: &mut Child, needle: &str) -> String {
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut seen = String::new();
    while !seen.contains(needle) {
        let mut line = String::new();
        if out.read_line(&mut line).unwrap() == 0 {
            break;
        }
        seen.push_str(&line);
    }
    child.kill().unwrap();
    child.wait().unwrap();
    seen
}

async fn user_count(dir: &std::path::Path) -> i64 {
    let db = backend::Db::connect(&format!("sqlite://{}/trestle.db", dir.display()))
        .await
        .unwrap();
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_production_start_seeds_nothing_and_says_how_to_add_the_first_admin() {
    let dir = scratch("cli");
    let mut child = server(&dir).stdout(Stdio::piped()).spawn().unwrap();
    let seen = output_until(&mut child, "--role admin");
    assert!(
        seen.contains("add-user") && seen.contains("--role admin"),
        "{seen}"
    );
    assert!(!seen.contains("Demo logins"), "{seen}");
    assert_eq!(user_count(&dir).await, 0, "no demo accounts outside demo mode");
    assert_eq!(
        std::fs::metadata(dir.join("secret.key"))
            .map(|m| m.len() > 0)
            .ok(),
        Some(true)
    );
}

#[tokio::test]
async fn add_user_reads_the_password_from_stdin_or_the_environment_never_argv() {
    let dir = scratch("cli");
    let refused = server(&dir)
        .args([
            "add-user",
            "--email",
            "a@acme.example",
            "--password",
            "visible-to-everyone",
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("does not take --password"));

    let mut child = server(&dir)
        .args([
            "add-user",
            "--email",
            "admin@acme.example",
            "--company",
            "Acme",
            "--role",
            "admin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long enough password\n")
        .unwrap();
    let done = child.wait_with_output().unwrap();
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stdout));
    let from_env = server(&dir)
        .args(["add-user", "--email", "pat@acme.example", "--role", "payor"])
        .env("TRESTLE_NEW_USER_PASSWORD", "another long password")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        from_env.status.success(),
        "{}",
        String::from_utf8_lossy(&from_env.stderr)
    );
    assert_eq!(user_count(&dir).await, 2);
    let db = backend::Db::connect(&format!("sqlite://{}/trestle.db", dir.display()))
        .await
        .unwrap();
    let role: String = sqlx::query_scalar(
        "SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'admin@acme.example'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(role, "admin");
}

#[tokio::test]
async fn add_user_holds_the_password_to_the_products_rule() {
    let dir = scratch("cli");
    let email = "ada@acme.example";
    for (password, says) in [
        // Fourteen bytes, but seven characters.
        ("ééééééé", "Use at least 12 characters."),
        ("Ada@Acme.example", "can’t be your email address"),
        ("Password1234", "one of the most common"),
    ] {
        let refused = server(&dir)
            .args(["add-user", "--email", email])
            .env("TRESTLE_NEW_USER_PASSWORD", password)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(!refused.status.success(), "{password}: {stderr}");
        assert!(
            stderr.contains("the password was refused") && stderr.contains(says),
            "{password}: {stderr}"
        );
        assert!(!stderr.contains(password), "{stderr}");
    }
    assert_eq!(user_count(&dir).await, 0);
}

#[test]
fn a_wrong_command_line_is_an_error_with_exit_code_2_before_any_setting_is_read() {
    let dir = scratch("cli");
    for args in [
        &["add-users"][..],
        &["--verbose"],
        &["add-user", "--email", "a@acme.example", "--admin"],
        &["add-user", "--email", "a@acme.example", "--role", "root"],
        &["company", "--claim-domain", "Acme"],
        &["company"],
    ] {
        let out = server(&dir)
            .args(args)
            .env("TRESTLE_SECRET_KEY", "not a key")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error:") && stderr.contains("--help"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("TRESTLE_SECRET_KEY"), "{args:?}: {stderr}");
    }
    assert!(!dir.join("trestle.db").exists(), "no database was touched");
}

#[test]
fn help_lists_each_subcommands_options() {
    let dir = scratch("cli");
    for (args, words) in [
        (&["--help"][..], &["serve", "add-user", "company"][..]),
        (
            &["add-user", "--help"],
            &["--email <E>", "--name <N>", "--company <C>", "--role <ROLE>"],
        ),
        (
            &["company", "--help"],
            &["--enable-mfa <C>", "--claim-domain <C> <D>"],
        ),
        (&["help", "serve"], &["serve Trestle"]),
    ] {
        let out = server(&dir).args(args).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}");
        for word in words {
            assert!(stdout.contains(word), "{args:?} lacks {word}:\n{stdout}");
        }
        assert!(!stdout.contains("\x1b["), "no colours into a pipe:\n{stdout}");
    }
}

#[test]
fn logs_into_a_pipe_carry_no_colour_codes() {
    let dir = scratch("cli");
    let mut child = server(&dir)
        .env("RUST_LOG", "info")
        .env_remove("NO_COLOR")
        .env_remove("TRESTLE_LOG_FORMAT")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let seen = output_until(&mut child, "listening");
    assert!(seen.contains("INFO") && seen.contains("listening"), "{seen}");
    assert!(!seen.contains('\x1b'), "{seen:?}");
}
