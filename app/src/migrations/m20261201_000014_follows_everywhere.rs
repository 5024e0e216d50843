//! Follows across the pillars: an indicator follow carries a threshold and a direction
//! ("tell me when it drops below 20 000 t"); an inbox message remembers which follow
//! brought it and when it went out in a weekly digest.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        manager.alter_table(Table::alter().table(Subscriptions::Table).add_column(big_integer_null(Subscriptions::Threshold)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Subscriptions::Table).add_column(string_null(Subscriptions::Direction)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Notifications::Table).add_column(integer_null(Notifications::SubscriptionId)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Notifications::Table).add_column(timestamp_with_time_zone_null(Notifications::DigestedAt)).to_owned()).await?;
        manager
            .create_index(Index::create().name("idx_notifications_digest").table(Notifications::Table).col(Notifications::DigestedAt).col(Notifications::SubscriptionId).if_not_exists().to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Subscriptions {
    Table,
    Threshold,
    Direction,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    SubscriptionId,
    DigestedAt,
}
