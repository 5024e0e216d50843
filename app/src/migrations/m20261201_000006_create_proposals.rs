//! Service-development proposals: the versioned template, proposals, their history and
//! assessments; and the link from a service's changelog back to the proposal behind it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProposalTemplates::Table)
                    .if_not_exists()
                    .col(pk_auto(ProposalTemplates::Id))
                    .col(integer_uniq(ProposalTemplates::Version))
                    .col(json(ProposalTemplates::Sections))
                    .col(json(ProposalTemplates::Criteria))
                    .col(integer_null(ProposalTemplates::AuthorId))
                    .col(timestamp_with_time_zone(ProposalTemplates::CreatedAt))
                    .foreign_key(
                        ForeignKey::create().from(ProposalTemplates::Table, ProposalTemplates::AuthorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Proposals::Table)
                    .if_not_exists()
                    .col(pk_auto(Proposals::Id))
                    .col(string(Proposals::Title))
                    .col(integer_null(Proposals::ServiceId))
                    .col(string(Proposals::IntendedOwner))
                    .col(integer(Proposals::TemplateVersion))
                    .col(json(Proposals::Answers))
                    .col(integer(Proposals::ProposerId))
                    .col(string(Proposals::Stage))
                    .col(integer(Proposals::Round))
                    .col(timestamp_with_time_zone(Proposals::CreatedAt))
                    .col(timestamp_with_time_zone(Proposals::UpdatedAt))
                    .foreign_key(ForeignKey::create().from(Proposals::Table, Proposals::ServiceId).to(Services::Table, Services::Id).on_delete(ForeignKeyAction::SetNull))
                    .foreign_key(ForeignKey::create().from(Proposals::Table, Proposals::ProposerId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Proposals::Table, Proposals::TemplateVersion)
                            .to(ProposalTemplates::Table, ProposalTemplates::Version),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalEvents::Table)
                    .if_not_exists()
                    .col(pk_auto(ProposalEvents::Id))
                    .col(integer(ProposalEvents::ProposalId))
                    .col(integer_null(ProposalEvents::ActorId))
                    .col(string_null(ProposalEvents::FromStage))
                    .col(string(ProposalEvents::ToStage))
                    .col(text_null(ProposalEvents::Comment))
                    .col(timestamp_with_time_zone(ProposalEvents::At))
                    .foreign_key(ForeignKey::create().from(ProposalEvents::Table, ProposalEvents::ProposalId).to(Proposals::Table, Proposals::Id).on_delete(ForeignKeyAction::Cascade))
                    .foreign_key(ForeignKey::create().from(ProposalEvents::Table, ProposalEvents::ActorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalAssessments::Table)
                    .if_not_exists()
                    .col(pk_auto(ProposalAssessments::Id))
                    .col(integer(ProposalAssessments::ProposalId))
                    .col(integer(ProposalAssessments::Round))
                    .col(integer_null(ProposalAssessments::AssessorId))
                    .col(json(ProposalAssessments::Ratings))
                    .col(json(ProposalAssessments::Actions))
                    .col(text(ProposalAssessments::Summary))
                    .col(string_null(ProposalAssessments::Decision))
                    .col(timestamp_with_time_zone(ProposalAssessments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create().from(ProposalAssessments::Table, ProposalAssessments::ProposalId).to(Proposals::Table, Proposals::Id).on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create().from(ProposalAssessments::Table, ProposalAssessments::AssessorId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_assessments_round")
                    .table(ProposalAssessments::Table)
                    .col(ProposalAssessments::ProposalId)
                    .col(ProposalAssessments::Round)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(Table::alter().table(ServiceChanges::Table).add_column(&mut integer_null(ServiceChanges::ProposalId)).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ProposalTemplates {
    Table,
    Id,
    Version,
    Sections,
    Criteria,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
    Id,
    Title,
    ServiceId,
    IntendedOwner,
    TemplateVersion,
    Answers,
    ProposerId,
    Stage,
    Round,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProposalEvents {
    Table,
    Id,
    ProposalId,
    ActorId,
    FromStage,
    ToStage,
    Comment,
    At,
}

#[derive(DeriveIden)]
enum ProposalAssessments {
    Table,
    Id,
    ProposalId,
    Round,
    AssessorId,
    Ratings,
    Actions,
    Summary,
    Decision,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ServiceChanges {
    Table,
    ProposalId,
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
