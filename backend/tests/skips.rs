//! A test whose PostgreSQL is missing fails, or, outside CI and with
//! `TRESTLE_ALLOW_SKIP=1`, says so in `cargo test`'s output: it never
//! passes silently on SQLite alone. Checked by running this test binary
//! again, on an unreachable PostgreSQL, with the output captured as usual.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use backend::test_support::each_backend;
use std::process::{Child, Command, Stdio};

/// Run only by [`a_missing_postgres_fails_or_is_announced`], in a child process.
#[tokio::test]
#[ignore = "run by a_missing_postgres_fails_or_is_announced"]
async fn on_both_backends_probe() {
    assert!(!each_backend().await.is_empty());
}

/// Starts the probe on a PostgreSQL that is not there, with these variables.
fn probe(vars: &[(&str, &str)]) -> Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--ignored", "--exact", "on_both_backends_probe"])
        .env(
            "TRESTLE_TEST_POSTGRES_URL",
            "postgres://postgres@127.0.0.1:1/nothing",
        )
        .env_remove("CI")
        .env_remove("TRESTLE_ALLOW_SKIP");
    for (name, value) in vars {
        cmd.env(name, value);
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
}

#[test]
fn a_missing_postgres_fails_or_is_announced() {
    // At once: each waits for the connection to time out.
    let probes = [
        probe(&[]),
        probe(&[("TRESTLE_ALLOW_SKIP", "1")]),
        probe(&[("TRESTLE_ALLOW_SKIP", "1"), ("CI", "true")]),
    ];
    let [failed, skipped, ci] = probes.map(|p| p.wait_with_output().unwrap());
    let out = String::from_utf8_lossy(&failed.stdout);
    assert!(!failed.status.success(), "{out}");
    assert!(
        out.contains(
            "on_both_backends_probe needs PostgreSQL, unreachable at postgres://postgres@127.0.0.1:1/nothing"
        ) && out.contains("TRESTLE_ALLOW_SKIP=1"),
        "{out}"
    );

    let err = String::from_utf8_lossy(&skipped.stderr);
    assert!(skipped.status.success(), "{err}");
    assert!(
        err.contains(
            "SKIPPED the PostgreSQL run (it ran on SQLite only) of on_both_backends_probe: needs PostgreSQL"
        ),
        "{err}"
    );

    let out = String::from_utf8_lossy(&ci.stdout);
    assert!(!ci.status.success(), "{out}");
    assert!(out.contains("required under CI=true"), "{out}");
}
