//! A service-development proposal: its answers to the template version it was written on,
//! its stage, and the service it concerns (or, once implemented, created or changed).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct AnswersJson(pub Vec<String>);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub title: String,
    pub service_id: Option<i32>,
    pub intended_owner: String,
    pub template_version: i32,
    /// One answer per section of that template version, in its order.
    pub answers: AnswersJson,
    pub proposer_id: i32,
    /// `Stage::key()`.
    pub stage: String,
    /// How many times it was submitted: each submission gets its own assessment.
    pub round: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
