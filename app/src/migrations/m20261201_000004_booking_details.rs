//! What the booking workflow needs beyond the first request: the booker's language (for
//! the messages about the booking), staff blocks, bookings made on someone's behalf, the
//! public title shown in the city calendar, the layout and add-ons chosen, invoice
//! details, and the weekly series a booking belongs to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        let columns = [
            string(Bookings::Locale).default("et").to_owned(),
            string(Bookings::Kind).default("booking").to_owned(),
            string_null(Bookings::BookerName).to_owned(),
            string_null(Bookings::BookerEmail).to_owned(),
            string_null(Bookings::PublicTitle).to_owned(),
            string_null(Bookings::Layout).to_owned(),
            json(Bookings::AddOns).default("[]").to_owned(),
            text_null(Bookings::InvoiceDetails).to_owned(),
            integer_null(Bookings::SeriesId).to_owned(),
        ];
        for mut column in columns {
            manager.alter_table(Table::alter().table(Bookings::Table).add_column(&mut column).to_owned()).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_bookings_status_created")
                    .table(Bookings::Table)
                    .col(Bookings::Status)
                    .col(Bookings::CreatedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Bookings {
    Table,
    Locale,
    Kind,
    BookerName,
    BookerEmail,
    PublicTitle,
    Layout,
    AddOns,
    InvoiceDetails,
    SeriesId,
    Status,
    CreatedAt,
}
