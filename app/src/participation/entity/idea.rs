//! A citizen's idea for the city: what, in which topic, optionally where, and how far it
//! has come (collecting support → in the city's review → answered). Stored as written,
//! always rendered as text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "ideas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub topic_id: i32,
    /// None once the author's account is deleted; the idea stays.
    pub author_id: Option<i32>,
    pub title: String,
    pub description: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// An `IdeaStatus` key.
    pub status: String,
    /// The number of supports: one more in the same transaction as each `idea_supports`
    /// row (demo ideas start with supporters who are not demo accounts).
    pub supports: i32,
    pub created_at: DateTimeUtc,
    /// When support reached the topic's threshold.
    pub review_since: Option<DateTimeUtc>,
    /// The city's answer once reviewed.
    pub answer: Option<String>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
