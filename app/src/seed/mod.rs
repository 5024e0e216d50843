//! Tartu demo data, loaded when `RAEKODA_DEMO` is on. Idempotent: running it again adds
//! nothing that is already there. Server only.

pub mod data_submission;
mod participation;
mod proposals;
mod rooms;
mod services;

use sea_orm::DatabaseConnection;

use crate::accounts::server::ensure_account;
use crate::core::roles::Role;
use crate::error::AppError;

/// Every demo account signs in with this password (README lists the accounts).
pub const DEMO_PASSWORD: &str = "raekoda-demo-2026";

/// One account per role; invented people, `.test` addresses.
pub const DEMO_ACCOUNTS: &[(&str, &str, &[(Role, Option<i32>)])] = &[
    ("Mari Maasikas", "citizen@raekoda.test", &[]),
    ("Andres Admin", "admin@raekoda.test", &[(Role::Administrator, None)]),
    // Institution 1 is the first seeded institution once rooms arrive.
    ("Ruth Ruumihaldur", "rooms@raekoda.test", &[(Role::RoomManager, Some(1))]),
    ("Tiina Teenusomanik", "owner@raekoda.test", &[(Role::ServiceOwner, None)]),
    ("Priit Arendus", "devteam@raekoda.test", &[(Role::DevelopmentTeam, None)]),
    ("Mati Moderaator", "moderator@raekoda.test", &[(Role::Moderator, None)]),
    ("Kadri Andmehaldur", "steward@raekoda.test", &[(Role::DataSteward, None)]),
];

pub async fn seed_demo(db: &DatabaseConnection) -> Result<(), AppError> {
    // Institutions first: the demo room manager manages institution 1.
    rooms::seed_rooms(db).await?;
    for (name, email, roles) in DEMO_ACCOUNTS {
        ensure_account(db, name, email, DEMO_PASSWORD, roles).await?;
    }
    // After the accounts: the demo service owner owns some services.
    services::seed_services(db).await?;
    // After the services: proposals concern them.
    proposals::seed_proposals(db).await?;
    participation::seed_participation(db).await?;
    data_submission::seed_forms(db).await?;
    Ok(())
}
