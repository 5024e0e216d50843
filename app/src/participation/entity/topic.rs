//! A topic hub (Energy, Waste, Mobility …): its narrative and links.

use sea_orm::entity::prelude::*;

use super::LinksJson;
use crate::services::entity::service::TextJson;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "topics")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub position: i32,
    pub name: TextJson,
    pub narrative: TextJson,
    pub links: LinksJson,
    /// Supports an idea in this topic needs to enter the city's review list.
    pub idea_threshold: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
