//! A message in a person's inbox: what happened (`kind`, shown in the reader's language),
//! to what (`subject`, as written), and where to see it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    /// A `NoticeKind` key.
    pub kind: String,
    pub subject: String,
    pub link: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    /// The follow that brought it, if one did.
    pub subscription_id: Option<i32>,
    /// When it went out by e-mail on its own or in a weekly digest; None while a weekly
    /// follow's message waits for the next digest.
    pub digested_at: Option<DateTimeUtc>,
    /// A `mail::Detail` as JSON: the stage a proposal moved to, or the reason staff gave.
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
