//! A "Have your say" consultation: what, where, until when, and the city's response.

use sea_orm::entity::prelude::*;

use super::LinksJson;
use crate::services::entity::service::TextJson;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]

pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub topic_id: i32,
    pub district: String,
    pub title: TextJson,
    pub description: TextJson,
    pub opens_on: Date,
    /// The last day answers are taken (inclusive, Tallinn time).
    pub closes_on: Date,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub documents: LinksJson,
    pub response: Option<String>,
    pub response_published_at: Option<DateTimeUtc>,
    /// The survey's questions, in order (empty: no survey).
    pub survey: QuestionsJson,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, FromJsonQueryResult)]
pub struct QuestionsJson(pub Vec<crate::participation::survey::Question>);

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
