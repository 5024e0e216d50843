//! Bookings, their history, and the e-mail outbox. On PostgreSQL an exclusion constraint
//! makes two active bookings of one room that overlap (buffers included) impossible.

use sea_orm_migration::{prelude::*, schema::*};
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Bookings::Table)
                    .if_not_exists()
                    .col(pk_auto(Bookings::Id))
                    .col(integer(Bookings::RoomId))
                    .col(integer_null(Bookings::UserId))
                    .col(string(Bookings::Status))
                    .col(timestamp_with_time_zone(Bookings::StartAt))
                    .col(timestamp_with_time_zone(Bookings::EndAt))
                    .col(timestamp_with_time_zone(Bookings::HeldUntil))
                    .col(integer(Bookings::Participants))
                    .col(text(Bookings::Purpose))
                    .col(string_null(Bookings::Organisation))
                    .col(string(Bookings::PriceCategory))
                    .col(big_integer(Bookings::TotalCents))
                    .col(json(Bookings::Quote))
                    .col(boolean(Bookings::Public))
                    .col(timestamp_with_time_zone(Bookings::CreatedAt))
                    .foreign_key(
                        ForeignKey::create().from(Bookings::Table, Bookings::RoomId).to(Rooms::Table, Rooms::Id).on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create().from(Bookings::Table, Bookings::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_bookings_room_time")
                    .table(Bookings::Table)
                    .col(Bookings::RoomId)
                    .col(Bookings::StartAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            // held_until = end + the room's buffer, so [start, held_until) ranges that
            // overlap are exactly the bookings that clash.
            let db = manager.get_connection();
            db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS btree_gist").await?;
            db.execute_unprepared(
                "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist \
                 (room_id WITH =, tstzrange(start_at, held_until) WITH &&) \
                 WHERE (status IN ('requested', 'approved', 'confirmed'))",
            )
            .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(BookingEvents::Table)
                    .if_not_exists()
                    .col(pk_auto(BookingEvents::Id))
                    .col(integer(BookingEvents::BookingId))
                    .col(string(BookingEvents::Status))
                    .col(integer_null(BookingEvents::ActorId))
                    .col(text_null(BookingEvents::Note))
                    .col(timestamp_with_time_zone(BookingEvents::At))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BookingEvents::Table, BookingEvents::BookingId)
                            .to(Bookings::Table, Bookings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(pk_auto(Outbox::Id))
                    .col(string(Outbox::ToEmail))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::Body))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Bookings {
    Table,
    Id,
    RoomId,
    UserId,
    Status,
    StartAt,
    EndAt,
    HeldUntil,
    Participants,
    Purpose,
    Organisation,
    PriceCategory,
    TotalCents,
    Quote,
    Public,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BookingEvents {
    Table,
    Id,
    BookingId,
    Status,
    ActorId,
    Note,
    At,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToEmail,
    Subject,
    Body,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
