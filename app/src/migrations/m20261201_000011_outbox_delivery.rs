//! Delivering the outbox: how many tries, when to try next, who is sending it now (a
//! lease, so several app servers never send one message twice at once), the last error.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        manager.alter_table(Table::alter().table(Outbox::Table).add_column(integer(Outbox::Attempts).default(0)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Outbox::Table).add_column(timestamp_with_time_zone_null(Outbox::NextAttemptAt)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Outbox::Table).add_column(timestamp_with_time_zone_null(Outbox::ClaimedUntil)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Outbox::Table).add_column(text_null(Outbox::LastError)).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
}
