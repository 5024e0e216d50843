//! Follows: a person follows a consultation, an idea or a topic, with immediate e-mail or
//! a weekly digest. Once per person and subject; each has its own unsubscribe token.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Subscriptions::Table)
                    .if_not_exists()
                    .col(pk_auto(Subscriptions::Id))
                    .col(integer(Subscriptions::UserId))
                    .col(string(Subscriptions::Kind))
                    .col(integer(Subscriptions::SubjectId))
                    .col(string(Subscriptions::Mode))
                    .col(string_uniq(Subscriptions::Token))
                    .col(timestamp_with_time_zone(Subscriptions::CreatedAt))
                    .foreign_key(ForeignKey::create().from(Subscriptions::Table, Subscriptions::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_subscriptions_once")
                    .table(Subscriptions::Table)
                    .col(Subscriptions::UserId)
                    .col(Subscriptions::Kind)
                    .col(Subscriptions::SubjectId)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Subscriptions {
    Table,
    Id,
    UserId,
    Kind,
    SubjectId,
    Mode,
    Token,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
