//! The development team's assessment of one submission of a proposal (one per round).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::proposals::model::{AssessmentAction, Rated};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct RatingsJson(pub Vec<Rated>);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct ActionsJson(pub Vec<AssessmentAction>);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_assessments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub proposal_id: i32,
    pub round: i32,
    pub assessor_id: Option<i32>,
    pub ratings: RatingsJson,
    pub actions: ActionsJson,
    pub summary: String,
    /// `Transition::key()` of the decision, once made.
    pub decision: Option<String>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
