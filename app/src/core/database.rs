//! Server only: connecting to SQLite or PostgreSQL and bringing the schema up to date.

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

use crate::migrations::Migrator;

/// Connects and runs every pending migration. Data a feature needs before its first page
/// (the first proposal template) is the server's to add: see `server::state::open_database`.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let in_memory = url.contains(":memory:") || url.contains("mode=memory");
    let mut options = ConnectOptions::new(url.to_owned());
    options
        // An in-memory SQLite database exists once per connection: keep exactly one.
        .max_connections(if in_memory { 1 } else { 16 })
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if !in_memory {
        // Set on every connection of the pool (a PRAGMA run once reaches only one of them):
        // - WAL: readers do not wait for the writer.
        // - busy_timeout 10 s: writers queue for the lock instead of failing.
        // - synchronous FULL: a commit is on disk before the person is told "booked". In
        //   WAL mode NORMAL would survive a crashed or killed process too, but a power
        //   cut could lose the last commits; FULL costs one fsync per commit, which a
        //   city's write rate affords (tests/integration/processes.rs kills the server
        //   with SIGKILL mid-load and finds every acknowledged booking).
        options.map_sqlx_sqlite_opts(|sqlite| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            sqlite.journal_mode(SqliteJournalMode::Wal).busy_timeout(Duration::from_secs(10)).synchronous(SqliteSynchronous::Full)
        });
    }
    let db = Database::connect(options).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// A transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a deferred one that reads first and writes later fails with
/// "database is locked" when another connection wrote in between, instead of waiting.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions { sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate), ..Default::default() }).await
}

/// `GET /healthz`: the database answers a trivial query.
pub async fn database_answers(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}
