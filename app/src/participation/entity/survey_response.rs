//! One person's answers to a consultation's survey (one per person).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::participation::survey::Answer;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct AnswersJson(pub Vec<Option<Answer>>);

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_responses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub user_id: i32,
    pub answers: AnswersJson,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
