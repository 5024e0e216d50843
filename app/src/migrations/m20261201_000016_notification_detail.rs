//! An inbox message keeps what its kind alone cannot say: the stage a proposal moved to,
//! or the reason staff gave (a `notifications::mail::Detail` as JSON).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Notifications::Table).add_column(text_null(Notifications::Detail)).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Detail,
}
