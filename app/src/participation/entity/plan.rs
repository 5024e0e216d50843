//! A plan (Energy 2030 …) and its goals, each tied to an indicator.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::participation::model::Goal;
use crate::services::entity::service::TextJson;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct GoalsJson(pub Vec<Goal>);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plans")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub topic_id: Option<i32>,
    pub name: TextJson,
    pub summary: TextJson,
    pub goals: GoalsJson,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
