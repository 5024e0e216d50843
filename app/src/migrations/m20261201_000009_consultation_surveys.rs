//! Consultation surveys: the questions (one typed JSON list on the consultation) and one
//! response per person (a unique index, as with supports).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Consultations::Table).add_column(json(Consultations::Survey).default("[]")).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyResponses::Table)
                    .if_not_exists()
                    .col(pk_auto(SurveyResponses::Id))
                    .col(integer(SurveyResponses::ConsultationId))
                    .col(integer(SurveyResponses::UserId))
                    .col(json(SurveyResponses::Answers))
                    .col(timestamp_with_time_zone(SurveyResponses::CreatedAt))
                    .foreign_key(
                        ForeignKey::create().from(SurveyResponses::Table, SurveyResponses::ConsultationId).to(Consultations::Table, Consultations::Id).on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(ForeignKey::create().from(SurveyResponses::Table, SurveyResponses::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_responses_once")
                    .table(SurveyResponses::Table)
                    .col(SurveyResponses::ConsultationId)
                    .col(SurveyResponses::UserId)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    Survey,
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    ConsultationId,
    UserId,
    Answers,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
