//! One person following one subject: a consultation, an idea, a topic, a service, a
//! room, a development proposal, or an indicator with a threshold.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "subscriptions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    /// A `FollowKind` key.
    pub kind: String,
    pub subject_id: i32,
    /// A `Delivery` key.
    pub mode: String,
    /// Random and unguessable: the unsubscribe link's key, which needs no login.
    #[sea_orm(unique)]
    pub token: String,
    pub created_at: DateTimeUtc,
    /// For an indicator: the value (hundredths of its unit) whose crossing is told.
    pub threshold: Option<i64>,
    /// For an indicator: `below` or `above`.
    pub direction: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
