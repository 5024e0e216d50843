//! The service catalogue: departments, service owners, services, their changelog and the
//! citizens' "Was this helpful?" answers.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Departments::Table)
                    .if_not_exists()
                    .col(pk_auto(Departments::Id))
                    .col(string_uniq(Departments::Slug))
                    .col(string(Departments::NameEt))
                    .col(string(Departments::NameEn))
                    .col(string_null(Departments::NameRu))
                    .col(string(Departments::ContactEmail))
                    .col(string(Departments::ContactPhone))
                    .col(string(Departments::Address))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ServiceOwners::Table)
                    .if_not_exists()
                    .col(pk_auto(ServiceOwners::Id))
                    .col(string(ServiceOwners::Name))
                    .col(string(ServiceOwners::RoleEt))
                    .col(string(ServiceOwners::RoleEn))
                    .col(integer(ServiceOwners::DepartmentId))
                    .col(integer_null(ServiceOwners::UserId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceOwners::Table, ServiceOwners::DepartmentId)
                            .to(Departments::Table, Departments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create().from(ServiceOwners::Table, ServiceOwners::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Services::Table)
                    .if_not_exists()
                    .col(pk_auto(Services::Id))
                    .col(string_uniq(Services::Slug))
                    .col(integer(Services::DepartmentId))
                    .col(string_null(Services::Subdivision))
                    .col(integer_null(Services::OwnerId))
                    .col(string(Services::Status))
                    .col(json(Services::Name))
                    .col(json(Services::Description))
                    .col(json(Services::Details))
                    .col(boolean(Services::Digital))
                    .col(date(Services::LastReviewed))
                    .col(timestamp_with_time_zone(Services::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create().from(Services::Table, Services::DepartmentId).to(Departments::Table, Departments::Id).on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create().from(Services::Table, Services::OwnerId).to(ServiceOwners::Table, ServiceOwners::Id).on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ServiceChanges::Table)
                    .if_not_exists()
                    .col(pk_auto(ServiceChanges::Id))
                    .col(integer(ServiceChanges::ServiceId))
                    .col(integer_null(ServiceChanges::ActorId))
                    .col(text(ServiceChanges::Summary))
                    .col(timestamp_with_time_zone(ServiceChanges::At))
                    .foreign_key(
                        ForeignKey::create().from(ServiceChanges::Table, ServiceChanges::ServiceId).to(Services::Table, Services::Id).on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ServiceFeedback::Table)
                    .if_not_exists()
                    .col(pk_auto(ServiceFeedback::Id))
                    .col(integer(ServiceFeedback::ServiceId))
                    .col(boolean(ServiceFeedback::Helpful))
                    .col(text_null(ServiceFeedback::Comment))
                    .col(string(ServiceFeedback::SenderKey))
                    .col(timestamp_with_time_zone(ServiceFeedback::CreatedAt))
                    .foreign_key(
                        ForeignKey::create().from(ServiceFeedback::Table, ServiceFeedback::ServiceId).to(Services::Table, Services::Id).on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_feedback_sender")
                    .table(ServiceFeedback::Table)
                    .col(ServiceFeedback::SenderKey)
                    .col(ServiceFeedback::CreatedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Departments {
    Table,
    Id,
    Slug,
    NameEt,
    NameEn,
    NameRu,
    ContactEmail,
    ContactPhone,
    Address,
}

#[derive(DeriveIden)]
enum ServiceOwners {
    Table,
    Id,
    Name,
    RoleEt,
    RoleEn,
    DepartmentId,
    UserId,
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
    Slug,
    DepartmentId,
    Subdivision,
    OwnerId,
    Status,
    Name,
    Description,
    Details,
    Digital,
    LastReviewed,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ServiceChanges {
    Table,
    Id,
    ServiceId,
    ActorId,
    Summary,
    At,
}

#[derive(DeriveIden)]
enum ServiceFeedback {
    Table,
    Id,
    ServiceId,
    Helpful,
    Comment,
    SenderKey,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
