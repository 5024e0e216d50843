//! A booking request or booking of one room by one person.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::rooms::rules::Quote;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct QuoteJson(pub Quote);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "bookings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub room_id: i32,
    pub user_id: Option<i32>,
    /// `BookingStatus::key()`.
    pub status: String,
    pub start_at: DateTimeUtc,
    pub end_at: DateTimeUtc,
    /// `end_at` plus the room's buffer: the time this booking keeps the room.
    pub held_until: DateTimeUtc,
    pub participants: i32,
    pub purpose: String,
    pub organisation: Option<String>,
    pub price_category: String,
    pub total_cents: i64,
    pub quote: QuoteJson,
    /// The booker lets the city calendar show the title.
    pub public: bool,
    pub created_at: DateTimeUtc,
    /// The language the booker used: messages about the booking are written in it.
    pub locale: String,
    /// `BookingKind::key()`: a person's booking, or time staff blocked.
    pub kind: String,
    /// Set when staff booked on behalf of someone without an account.
    pub booker_name: Option<String>,
    pub booker_email: Option<String>,
    /// What the city calendar shows when `public` is set.
    pub public_title: Option<String>,
    /// `LayoutKind::key()` the booker asked for.
    pub layout: Option<String>,
    /// Keys of the add-ons booked with the room.
    pub add_ons: AddOnKeys,
    pub invoice_details: Option<String>,
    /// The first booking's id, shared by every booking of a weekly series.
    pub series_id: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, FromJsonQueryResult)]
pub struct AddOnKeys(pub Vec<String>);

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
