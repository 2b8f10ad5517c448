//! Repositories: one module per table group, plain SQL that runs unchanged on
//! SQLite and PostgreSQL (`$n` placeholders, Unix-second times, 0/1 flags).
//! Every function takes a connection, so callers choose the transaction.
//! Two statements differ per backend (`is_postgres`): the delivery
//! queue's claim (`SKIP LOCKED`) and an attempt's charge (an advisory lock);
//! `code_batches` is PostgreSQL's alone (its set-oriented batch writes).

pub mod attempts;
pub mod audit;
pub mod browsers;
pub mod code_batches;
pub mod companies;
pub mod deliveries;
pub mod factors;
pub mod links;
pub mod passkeys;
pub mod phones;
pub mod sessions;
pub mod sso;
pub mod users;

pub type Conn = sqlx::AnyConnection;

/// Whether `conn` talks to PostgreSQL (else SQLite).
fn is_postgres(conn: &Conn) -> bool {
    conn.backend_name() == "PostgreSQL"
}
