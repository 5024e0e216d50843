//! One submission: an entry typed into a form, or a whole CSV file, and its review.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub form_id: i32,
    /// None once the sender's account is deleted; accepted data stays.
    pub submitter_id: Option<i32>,
    /// `form` or `csv`.
    pub source: String,
    pub file_name: Option<String>,
    pub row_count: i32,
    /// A `SubmissionStatus` key.
    pub status: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Why it was rejected, for the sender.
    pub reason: Option<String>,
    pub reviewed_by: Option<i32>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
