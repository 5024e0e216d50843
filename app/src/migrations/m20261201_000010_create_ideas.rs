//! Citizens' ideas: the idea (with an optional place), one support per person (a unique
//! index decides between concurrent clicks), reports and the moderators' history, each
//! topic's support threshold, and the notifications that tell people what happened.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Topics::Table).add_column(integer(Topics::IdeaThreshold).default(50)).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(Ideas::Table)
                    .if_not_exists()
                    .col(pk_auto(Ideas::Id))
                    .col(integer(Ideas::TopicId))
                    .col(integer_null(Ideas::AuthorId))
                    .col(string(Ideas::Title))
                    .col(text(Ideas::Description))
                    .col(double_null(Ideas::Latitude))
                    .col(double_null(Ideas::Longitude))
                    .col(string(Ideas::Status))
                    .col(integer(Ideas::Supports).default(0))
                    .col(timestamp_with_time_zone(Ideas::CreatedAt))
                    .col(timestamp_with_time_zone_null(Ideas::ReviewSince))
                    .col(text_null(Ideas::Answer))
                    .col(boolean(Ideas::Hidden).default(false))
                    .col(text_null(Ideas::HiddenReason))
                    .foreign_key(ForeignKey::create().from(Ideas::Table, Ideas::TopicId).to(Topics::Table, Topics::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(Ideas::Table, Ideas::AuthorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IdeaSupports::Table)
                    .if_not_exists()
                    .col(pk_auto(IdeaSupports::Id))
                    .col(integer(IdeaSupports::IdeaId))
                    .col(integer(IdeaSupports::UserId))
                    .col(timestamp_with_time_zone(IdeaSupports::CreatedAt))
                    .foreign_key(ForeignKey::create().from(IdeaSupports::Table, IdeaSupports::IdeaId).to(Ideas::Table, Ideas::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(IdeaSupports::Table, IdeaSupports::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_idea_supports_once").table(IdeaSupports::Table).col(IdeaSupports::IdeaId).col(IdeaSupports::UserId).unique().if_not_exists().to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IdeaReports::Table)
                    .if_not_exists()
                    .col(pk_auto(IdeaReports::Id))
                    .col(integer(IdeaReports::IdeaId))
                    .col(integer(IdeaReports::ReporterId))
                    .col(text(IdeaReports::Reason))
                    .col(timestamp_with_time_zone(IdeaReports::CreatedAt))
                    .foreign_key(ForeignKey::create().from(IdeaReports::Table, IdeaReports::IdeaId).to(Ideas::Table, Ideas::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(IdeaReports::Table, IdeaReports::ReporterId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_idea_reports_once").table(IdeaReports::Table).col(IdeaReports::IdeaId).col(IdeaReports::ReporterId).unique().if_not_exists().to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IdeaModerationEvents::Table)
                    .if_not_exists()
                    .col(pk_auto(IdeaModerationEvents::Id))
                    .col(integer(IdeaModerationEvents::IdeaId))
                    .col(integer_null(IdeaModerationEvents::ActorId))
                    .col(string(IdeaModerationEvents::Action))
                    .col(text(IdeaModerationEvents::Reason))
                    .col(timestamp_with_time_zone(IdeaModerationEvents::At))
                    .foreign_key(ForeignKey::create().from(IdeaModerationEvents::Table, IdeaModerationEvents::IdeaId).to(Ideas::Table, Ideas::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(IdeaModerationEvents::Table, IdeaModerationEvents::ActorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .if_not_exists()
                    .col(pk_auto(Notifications::Id))
                    .col(integer(Notifications::UserId))
                    .col(string(Notifications::Kind))
                    .col(string(Notifications::Subject))
                    .col(string(Notifications::Link))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .foreign_key(ForeignKey::create().from(Notifications::Table, Notifications::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Topics {
    Table,
    Id,
    IdeaThreshold,
}

#[derive(DeriveIden)]
enum Ideas {
    Table,
    Id,
    TopicId,
    AuthorId,
    Title,
    Description,
    Latitude,
    Longitude,
    Status,
    Supports,
    CreatedAt,
    ReviewSince,
    Answer,
    Hidden,
    HiddenReason,
}

#[derive(DeriveIden)]
enum IdeaSupports {
    Table,
    Id,
    IdeaId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum IdeaReports {
    Table,
    Id,
    IdeaId,
    ReporterId,
    Reason,
    CreatedAt,
}

#[derive(DeriveIden)]
enum IdeaModerationEvents {
    Table,
    Id,
    IdeaId,
    ActorId,
    Action,
    Reason,
    At,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    Subject,
    Link,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
