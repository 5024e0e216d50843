//! "Was this helpful?" answers; they reach the service's owner.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "service_feedback")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    pub helpful: bool,
    pub comment: Option<String>,
    /// A one-way hash of the sender's address and the day: enough to limit how often one
    /// sender answers, never enough to find them.
    pub sender_key: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
