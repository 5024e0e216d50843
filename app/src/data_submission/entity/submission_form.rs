//! A form staff define for submitting data: its texts, its typed fields in order, and
//! whether it asks for a place on the map and a photo.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::data_submission::rules::FieldSpec;
use crate::services::entity::service::TextJson;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct FieldsJson(pub Vec<FieldSpec>);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_forms")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: TextJson,
    pub description: TextJson,
    pub fields: FieldsJson,
    pub with_location: bool,
    pub with_photo: bool,
    /// Closed forms take nothing new; their accepted data stays open.
    pub open: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
