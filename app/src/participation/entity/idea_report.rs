//! A report that an idea breaks the rules (one per person and idea).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "idea_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub idea_id: i32,
    pub reporter_id: i32,
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
