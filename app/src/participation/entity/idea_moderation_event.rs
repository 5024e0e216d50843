//! One moderator's decision on an idea: hide or restore, with the reason.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "idea_moderation_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub idea_id: i32,
    pub actor_id: Option<i32>,
    /// "hide" or "restore".
    pub action: String,
    pub reason: String,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
