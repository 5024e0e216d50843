//! Institutions and their rooms.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Institutions::Table)
                    .if_not_exists()
                    .col(pk_auto(Institutions::Id))
                    .col(string_uniq(Institutions::Slug))
                    .col(string(Institutions::Name))
                    .col(string(Institutions::Kind))
                    .col(string(Institutions::Address))
                    .col(string(Institutions::District))
                    .col(double(Institutions::Latitude))
                    .col(double(Institutions::Longitude))
                    .col(text(Institutions::DescriptionEt))
                    .col(text_null(Institutions::DescriptionEn))
                    .col(text_null(Institutions::DescriptionRu))
                    .col(string(Institutions::ContactEmail))
                    .col(string(Institutions::ContactPhone))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Rooms::Table)
                    .if_not_exists()
                    .col(pk_auto(Rooms::Id))
                    .col(integer(Rooms::InstitutionId))
                    .col(string_uniq(Rooms::Slug))
                    .col(string(Rooms::Name))
                    .col(text(Rooms::DescriptionEt))
                    .col(text_null(Rooms::DescriptionEn))
                    .col(text_null(Rooms::DescriptionRu))
                    .col(text(Rooms::TermsEt))
                    .col(text_null(Rooms::TermsEn))
                    .col(text_null(Rooms::TermsRu))
                    .col(integer(Rooms::AreaDm2))
                    .col(integer(Rooms::MaxCapacity))
                    .col(big_integer(Rooms::HourlyCents))
                    .col(string(Rooms::ContactName))
                    .col(string(Rooms::ContactEmail))
                    .col(string(Rooms::ContactPhone))
                    .col(boolean(Rooms::Featured))
                    .col(json(Rooms::Settings))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Rooms::Table, Rooms::InstitutionId)
                            .to(Institutions::Table, Institutions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rooms_institution")
                    .table(Rooms::Table)
                    .col(Rooms::InstitutionId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Institutions {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    Address,
    District,
    Latitude,
    Longitude,
    DescriptionEt,
    DescriptionEn,
    DescriptionRu,
    ContactEmail,
    ContactPhone,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    Id,
    InstitutionId,
    Slug,
    Name,
    DescriptionEt,
    DescriptionEn,
    DescriptionRu,
    TermsEt,
    TermsEn,
    TermsRu,
    AreaDm2,
    MaxCapacity,
    HourlyCents,
    ContactName,
    ContactEmail,
    ContactPhone,
    Featured,
    Settings,
}
