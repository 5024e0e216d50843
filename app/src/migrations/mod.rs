//! The database schema (and the data it reshapes), one migration per step, run at start-up. Server only.

use sea_orm_migration::prelude::*;

mod m20261201_000001_create_accounts;
mod m20261201_000002_create_rooms;
mod m20261201_000003_create_bookings;
mod m20261201_000004_booking_details;
mod m20261201_000005_create_services;
mod m20261201_000006_create_proposals;
mod m20261201_000007_create_participation;
mod m20261201_000008_moderation_history;
mod m20261201_000009_consultation_surveys;
mod m20261201_000010_create_ideas;
mod m20261201_000011_outbox_delivery;
mod m20261201_000012_subscriptions;
mod m20261201_000013_data_submission;
mod m20261201_000014_follows_everywhere;
mod m20261201_000015_keywords_by_language;
mod m20261201_000016_notification_detail;
mod m20261202_000017_system_accounts;
mod m20261203_000018_trusted_accounts;

/// Migration 15's data step, for the test that runs it on an old-form row.
pub use m20261201_000015_keywords_by_language::split_mixed_keywords;
/// The deleted person's key in place of an e-mail address (migration 17).
pub use m20261202_000017_system_accounts::DELETED_PERSON_KEY;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261201_000001_create_accounts::Migration),
            Box::new(m20261201_000002_create_rooms::Migration),
            Box::new(m20261201_000003_create_bookings::Migration),
            Box::new(m20261201_000004_booking_details::Migration),
            Box::new(m20261201_000005_create_services::Migration),
            Box::new(m20261201_000006_create_proposals::Migration),
            Box::new(m20261201_000007_create_participation::Migration),
            Box::new(m20261201_000008_moderation_history::Migration),
            Box::new(m20261201_000009_consultation_surveys::Migration),
            Box::new(m20261201_000010_create_ideas::Migration),
            Box::new(m20261201_000011_outbox_delivery::Migration),
            Box::new(m20261201_000012_subscriptions::Migration),
            Box::new(m20261201_000013_data_submission::Migration),
            Box::new(m20261201_000014_follows_everywhere::Migration),
            Box::new(m20261201_000015_keywords_by_language::Migration),
            Box::new(m20261201_000016_notification_detail::Migration),
            Box::new(m20261202_000017_system_accounts::Migration),
            Box::new(m20261203_000018_trusted_accounts::Migration),
        ]
    }
}
