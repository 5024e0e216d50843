//! Data submission: the forms staff define, what people submit through them (one row from
//! the web form, or a whole CSV file), photos, and when open datasets last changed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SubmissionForms::Table)
                    .if_not_exists()
                    .col(pk_auto(SubmissionForms::Id))
                    .col(string_uniq(SubmissionForms::Slug))
                    .col(json(SubmissionForms::Title))
                    .col(json(SubmissionForms::Description))
                    // The fields, typed: `FieldSpec`s in order.
                    .col(json(SubmissionForms::Fields))
                    .col(boolean(SubmissionForms::WithLocation))
                    .col(boolean(SubmissionForms::WithPhoto))
                    .col(boolean(SubmissionForms::Open))
                    .col(timestamp_with_time_zone(SubmissionForms::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .if_not_exists()
                    .col(pk_auto(Submissions::Id))
                    .col(integer(Submissions::FormId))
                    .col(integer_null(Submissions::SubmitterId))
                    // `form` (one entry typed in) or `csv` (a file).
                    .col(string(Submissions::Source))
                    .col(string_null(Submissions::FileName))
                    .col(integer(Submissions::RowCount))
                    // `draft` (a checked file not yet sent) → `submitted` → `accepted` | `rejected`.
                    .col(string(Submissions::Status))
                    .col(double_null(Submissions::Latitude))
                    .col(double_null(Submissions::Longitude))
                    .col(text_null(Submissions::Reason))
                    .col(integer_null(Submissions::ReviewedBy))
                    .col(timestamp_with_time_zone_null(Submissions::ReviewedAt))
                    .col(timestamp_with_time_zone(Submissions::CreatedAt))
                    .foreign_key(ForeignKey::create().from(Submissions::Table, Submissions::FormId).to(SubmissionForms::Table, SubmissionForms::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(Submissions::Table, Submissions::SubmitterId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_submissions_status").table(Submissions::Table).col(Submissions::Status).if_not_exists().to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SubmissionRows::Table)
                    .if_not_exists()
                    .col(pk_auto(SubmissionRows::Id))
                    .col(integer(SubmissionRows::SubmissionId))
                    // The row's number in its file (the header is row 1), or 1 for a form.
                    .col(integer(SubmissionRows::RowNumber))
                    // The values as checked and normalised, in the form's field order.
                    .col(text(SubmissionRows::Cells))
                    .foreign_key(ForeignKey::create().from(SubmissionRows::Table, SubmissionRows::SubmissionId).to(Submissions::Table, Submissions::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_submission_rows_submission").table(SubmissionRows::Table).col(SubmissionRows::SubmissionId).col(SubmissionRows::RowNumber).if_not_exists().to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SubmissionPhotos::Table)
                    .if_not_exists()
                    .col(pk_auto(SubmissionPhotos::Id))
                    .col(integer_uniq(SubmissionPhotos::SubmissionId))
                    .col(string(SubmissionPhotos::ContentType))
                    .col(blob(SubmissionPhotos::Bytes))
                    .foreign_key(ForeignKey::create().from(SubmissionPhotos::Table, SubmissionPhotos::SubmissionId).to(Submissions::Table, Submissions::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        // The open-data catalogue says when each dataset last changed.
        manager.alter_table(Table::alter().table(Rooms::Table).add_column(timestamp_with_time_zone_null(Rooms::UpdatedAt)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Indicators::Table).add_column(timestamp_with_time_zone_null(Indicators::UpdatedAt)).to_owned()).await?;
        let now = crate::core::clock::now();
        manager.exec_stmt(Query::update().table(Rooms::Table).value(Rooms::UpdatedAt, now).to_owned()).await?;
        manager.exec_stmt(Query::update().table(Indicators::Table).value(Indicators::UpdatedAt, now).to_owned()).await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum SubmissionForms {
    Table,
    Id,
    Slug,
    Title,
    Description,
    Fields,
    WithLocation,
    WithPhoto,
    Open,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    FormId,
    SubmitterId,
    Source,
    FileName,
    RowCount,
    Status,
    Latitude,
    Longitude,
    Reason,
    ReviewedBy,
    ReviewedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SubmissionRows {
    Table,
    Id,
    SubmissionId,
    RowNumber,
    Cells,
}

#[derive(DeriveIden)]
enum SubmissionPhotos {
    Table,
    Id,
    SubmissionId,
    ContentType,
    Bytes,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    UpdatedAt,
}
