//! A public service record (CPSV-AP `PublicService`). The texts and the page's details are
//! typed JSON documents; what lists filter and sort on is in plain columns.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::services::model::{ServiceDetails, Text};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct TextJson(pub Text);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct DetailsJson(pub ServiceDetails);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "services")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub department_id: i32,
    /// The school, kindergarten, museum … that provides it, when not the department itself.
    pub subdivision: Option<String>,
    pub owner_id: Option<i32>,
    /// `ServiceStatus::key()`.
    pub status: String,
    pub name: TextJson,
    pub description: TextJson,
    pub details: DetailsJson,
    /// Whether any channel is an e-service: the service map counts these.
    pub digital: bool,
    pub last_reviewed: Date,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
