//! A bookable room. What staff edit as a whole (rules, prices, layouts …) is one typed
//! JSON column; what lists sort and show is in plain columns.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::rooms::model::RoomSettings;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct SettingsJson(pub RoomSettings);

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "rooms")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub institution_id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub description_et: String,
    pub description_en: Option<String>,
    pub description_ru: Option<String>,
    pub terms_et: String,
    pub terms_en: Option<String>,
    pub terms_ru: Option<String>,
    /// Floor area in square decimetres (97.2 m² = 9 720), exact.
    pub area_dm2: i32,
    pub max_capacity: i32,
    pub hourly_cents: i64,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// Shown on the front page; staff choose.
    pub featured: bool,
    pub settings: SettingsJson,
    /// When staff last changed it; the open-data catalogue shows it.
    pub updated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::institution::Entity",
        from = "Column::InstitutionId",
        to = "super::institution::Column::Id",
        on_delete = "Cascade"
    )]
    Institution,
}

impl Related<super::institution::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Institution.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
