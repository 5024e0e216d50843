//! Participation: topic hubs with their indicators, plans, consultations ("Have your say")
//! with comments, supports and abuse reports. One support and one report per person,
//! enforced by unique indexes so concurrent clicks cannot count twice.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Topics::Table)
                    .if_not_exists()
                    .col(pk_auto(Topics::Id))
                    .col(string_uniq(Topics::Slug))
                    .col(integer(Topics::Position))
                    .col(json(Topics::Name))
                    .col(json(Topics::Narrative))
                    .col(json(Topics::Links))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Indicators::Table)
                    .if_not_exists()
                    .col(pk_auto(Indicators::Id))
                    .col(integer(Indicators::TopicId))
                    .col(string_uniq(Indicators::Slug))
                    .col(integer(Indicators::Position))
                    .col(json(Indicators::Name))
                    .col(json(Indicators::Unit))
                    .col(integer(Indicators::Decimals))
                    .col(json(Indicators::YearValues))
                    .col(string(Indicators::Source))
                    .foreign_key(ForeignKey::create().from(Indicators::Table, Indicators::TopicId).to(Topics::Table, Topics::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Plans::Table)
                    .if_not_exists()
                    .col(pk_auto(Plans::Id))
                    .col(string_uniq(Plans::Slug))
                    .col(integer_null(Plans::TopicId))
                    .col(json(Plans::Name))
                    .col(json(Plans::Summary))
                    .col(json(Plans::Goals))
                    .foreign_key(ForeignKey::create().from(Plans::Table, Plans::TopicId).to(Topics::Table, Topics::Id).on_delete(ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Consultations::Table)
                    .if_not_exists()
                    .col(pk_auto(Consultations::Id))
                    .col(string_uniq(Consultations::Slug))
                    .col(integer(Consultations::TopicId))
                    .col(string(Consultations::District))
                    .col(json(Consultations::Title))
                    .col(json(Consultations::Description))
                    .col(date(Consultations::OpensOn))
                    .col(date(Consultations::ClosesOn))
                    .col(double_null(Consultations::Latitude))
                    .col(double_null(Consultations::Longitude))
                    .col(json(Consultations::Documents))
                    .col(text_null(Consultations::Response))
                    .col(timestamp_with_time_zone_null(Consultations::ResponsePublishedAt))
                    .foreign_key(ForeignKey::create().from(Consultations::Table, Consultations::TopicId).to(Topics::Table, Topics::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationComments::Table)
                    .if_not_exists()
                    .col(pk_auto(ConsultationComments::Id))
                    .col(integer(ConsultationComments::ConsultationId))
                    .col(integer_null(ConsultationComments::ParentId))
                    .col(integer(ConsultationComments::AuthorId))
                    .col(text(ConsultationComments::Body))
                    .col(timestamp_with_time_zone(ConsultationComments::CreatedAt))
                    .col(timestamp_with_time_zone_null(ConsultationComments::EditedAt))
                    .col(boolean(ConsultationComments::Hidden).default(false))
                    .col(text_null(ConsultationComments::HiddenReason))
                    .foreign_key(ForeignKey::create().from(ConsultationComments::Table, ConsultationComments::ConsultationId).to(Consultations::Table, Consultations::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(ConsultationComments::Table, ConsultationComments::ParentId).to(ConsultationComments::Table, ConsultationComments::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(ConsultationComments::Table, ConsultationComments::AuthorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationSupports::Table)
                    .if_not_exists()
                    .col(pk_auto(ConsultationSupports::Id))
                    .col(integer(ConsultationSupports::ConsultationId))
                    .col(integer(ConsultationSupports::UserId))
                    .col(timestamp_with_time_zone(ConsultationSupports::CreatedAt))
                    .foreign_key(ForeignKey::create().from(ConsultationSupports::Table, ConsultationSupports::ConsultationId).to(Consultations::Table, Consultations::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(ConsultationSupports::Table, ConsultationSupports::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_consultation_supports_once").table(ConsultationSupports::Table).col(ConsultationSupports::ConsultationId).col(ConsultationSupports::UserId).unique().if_not_exists().to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommentReports::Table)
                    .if_not_exists()
                    .col(pk_auto(CommentReports::Id))
                    .col(integer(CommentReports::CommentId))
                    .col(integer(CommentReports::ReporterId))
                    .col(text(CommentReports::Reason))
                    .col(timestamp_with_time_zone(CommentReports::CreatedAt))
                    .foreign_key(ForeignKey::create().from(CommentReports::Table, CommentReports::CommentId).to(ConsultationComments::Table, ConsultationComments::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(CommentReports::Table, CommentReports::ReporterId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_comment_reports_once").table(CommentReports::Table).col(CommentReports::CommentId).col(CommentReports::ReporterId).unique().if_not_exists().to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Topics {
    Table,
    Id,
    Slug,
    Position,
    Name,
    Narrative,
    Links,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Id,
    TopicId,
    Slug,
    Position,
    Name,
    Unit,
    Decimals,
    YearValues,
    Source,
}

#[derive(DeriveIden)]
enum Plans {
    Table,
    Id,
    Slug,
    TopicId,
    Name,
    Summary,
    Goals,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    Slug,
    TopicId,
    District,
    Title,
    Description,
    OpensOn,
    ClosesOn,
    Latitude,
    Longitude,
    Documents,
    Response,
    ResponsePublishedAt,
}

#[derive(DeriveIden)]
enum ConsultationComments {
    Table,
    Id,
    ConsultationId,
    ParentId,
    AuthorId,
    Body,
    CreatedAt,
    EditedAt,
    Hidden,
    HiddenReason,
}

#[derive(DeriveIden)]
enum ConsultationSupports {
    Table,
    Id,
    ConsultationId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CommentReports {
    Table,
    Id,
    CommentId,
    ReporterId,
    Reason,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
