//! The moderators' history: every hide and restore of a comment, with who, when and why.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ModerationEvents::Table)
                    .if_not_exists()
                    .col(pk_auto(ModerationEvents::Id))
                    .col(integer(ModerationEvents::CommentId))
                    .col(integer_null(ModerationEvents::ActorId))
                    .col(string(ModerationEvents::Action))
                    .col(text(ModerationEvents::Reason))
                    .col(timestamp_with_time_zone(ModerationEvents::At))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ModerationEvents::Table, ModerationEvents::CommentId)
                            .to(ConsultationComments::Table, ConsultationComments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(ForeignKey::create().from(ModerationEvents::Table, ModerationEvents::ActorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum ModerationEvents {
    Table,
    Id,
    CommentId,
    ActorId,
    Action,
    Reason,
    At,
}

#[derive(DeriveIden)]
enum ConsultationComments {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
