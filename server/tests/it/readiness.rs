//! `/readyz`, the readiness probe: ready only when the database answers and
//! has every migration the binary embeds; `/healthz` stays the liveness check.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use backend::test_support::each_backend;
use common::{Reply, TestApp};

/// A probe's answer: its status and body, never cached, never a cookie.
fn probe(reply: &Reply) -> (StatusCode, &str) {
    assert_eq!(reply.headers["cache-control"], "no-store");
    assert!(reply.set_cookie().is_none(), "{:?}", reply.headers);
    (reply.status, reply.body.as_str())
}

/// Changes the migration table behind the server's back.
async fn run(db: &backend::Db, sql: &str) {
    sqlx::query(sql).execute(&db.pool).await.unwrap();
}

async fn assert_migrations_pending(app: &TestApp, backend: backend::db::Backend) {
    assert_eq!(
        probe(&app.client().get("/readyz").await),
        (StatusCode::SERVICE_UNAVAILABLE, "migrations pending"),
        "{backend:?}"
    );
}

#[tokio::test]
async fn ready_on_a_migrated_database_and_not_once_a_migration_is_missing_on_both_backends() {
    for db in each_backend().await {
        let backend = db.backend;
        let app = TestApp::new(db.clone());
        let mut prober = app.client();
        assert_eq!(
            probe(&prober.get("/readyz").await),
            (StatusCode::OK, "ready"),
            "{backend:?}"
        );
        // A stale session cookie is neither read nor cleared here.
        prober.cookie = Some("stale".into());
        assert_eq!(probe(&prober.get("/readyz").await).0, StatusCode::OK);

        // One recorded as failed, then mended.
        let first = "(SELECT MIN(version) FROM _sqlx_migrations)";
        run(
            &db,
            &format!("UPDATE _sqlx_migrations SET success = FALSE WHERE version = {first}"),
        )
        .await;
        assert_migrations_pending(&app, backend).await;
        run(
            &db,
            &format!("UPDATE _sqlx_migrations SET success = TRUE WHERE version = {first}"),
        )
        .await;
        assert_eq!(app.client().get("/readyz").await.status, StatusCode::OK);

        // The newest one missing, as under a binary newer than its database.
        run(
            &db,
            "DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)",
        )
        .await;
        assert_migrations_pending(&app, backend).await;
        // Alive all the same: restarting would not help.
        assert_eq!(app.client().get("/healthz").await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn not_ready_when_the_database_does_not_answer_on_both_backends() {
    for db in each_backend().await {
        let backend = db.backend;
        let app = TestApp::new(db.clone());
        db.pool.close().await;
        assert_eq!(
            probe(&app.client().get("/readyz").await),
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
            "{backend:?}"
        );
        assert_eq!(
            app.client().get("/healthz").await.status,
            StatusCode::SERVICE_UNAVAILABLE
        );
    }
}

#[tokio::test]
async fn not_ready_without_any_migration_table_on_both_backends() {
    for db in each_backend().await {
        let backend = db.backend;
        let app = TestApp::new(db.clone());
        run(&db, "DROP TABLE _sqlx_migrations").await;
        assert_migrations_pending(&app, backend).await;
    }
}
