//! An e-mail waiting to be sent (or sent: `sent_at`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub to_email: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// Failed tries so far.
    pub attempts: i32,
    /// Not before this (after a failure); None: at once.
    pub next_attempt_at: Option<DateTimeUtc>,
    /// A sender holds it until then; another may take it over after.
    pub claimed_until: Option<DateTimeUtc>,
    /// What the mail server said last time, for administrators.
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
