//! Server only: connecting to SQLite or PostgreSQL and bringing the schema up to date.

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbErr};
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
    let db = Database::connect(options).await?;
    if db.get_database_backend() == DatabaseBackend::Sqlite && !in_memory {
        // Readers do not wait for the writer; writers queue for up to 10 s instead of failing.
        db.execute_unprepared("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000;").await?;
    }
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
