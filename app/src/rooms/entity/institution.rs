//! A city institution that lets rooms: a school, a library, a culture centre …

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "institutions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// `InstitutionKind::key()`.
    pub kind: String,
    pub address: String,
    pub district: String,
    pub latitude: f64,
    pub longitude: f64,
    pub description_et: String,
    pub description_en: Option<String>,
    pub description_ru: Option<String>,
    pub contact_email: String,
    pub contact_phone: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::room::Entity")]
    Room,
}

impl Related<super::room::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Room.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
