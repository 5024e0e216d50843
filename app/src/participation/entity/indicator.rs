//! A topic's key figure and its yearly values (hundredths of the unit).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::participation::model::YearValue;
use crate::services::entity::service::TextJson;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct ValuesJson(pub Vec<YearValue>);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "indicators")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub topic_id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub position: i32,
    pub name: TextJson,
    pub unit: TextJson,
    pub decimals: i32,
    pub year_values: ValuesJson,
    /// Where the figures come from, as cited.
    pub source: String,
    /// When its values last changed; the open-data catalogue shows it.
    pub updated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
