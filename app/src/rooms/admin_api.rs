//! Staff server functions for Rooms: the request queue, decisions, and the monthly
//! report. Each checks first that the caller is staff; which rooms they may touch is
//! checked per institution on the server.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::api::BookingSummary;
use super::report::RoomMonth;
use crate::error::{AppError, FieldError};

/// `/admin/bookings` filters, as plain GET parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    /// A status key, `all`, or empty for the default (waiting requests).
    pub status: Option<String>,
    pub room: Option<String>,
    pub date: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffQueueRow {
    pub summary: BookingSummary,
    pub booker: String,
    /// When the request arrived, local time.
    pub requested: String,
    pub participants: u32,
    pub is_block: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffQueue {
    pub bookings: Vec<StaffQueueRow>,
    /// (slug, "room · institution") of every room the person manages.
    pub rooms: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
}

#[server(prefix = "/api", endpoint = "admin/bookings")]
pub async fn admin_bookings(filter: QueueFilter) -> Result<StaffQueue, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let staff = request::require_staff()?;
            super::staff::queue(&request::db()?, &staff, &filter).await
        }
        .await,
    )
}

/// A room manager approves (`decision=approve`) or rejects (`decision=reject`, with a
/// reason) a request. Answers the booking's staff page.
#[server(prefix = "/api", endpoint = "admin/bookings/decide")]
pub async fn decide_booking(id: i32, decision: String, reason: Option<String>) -> Result<String, AppError> {
    use super::model::BookingAction;
    use crate::core::{i18n::Msg, request};
    let result = async {
        let staff = request::require_staff()?;
        let action = match decision.as_str() {
            "approve" => BookingAction::Approve,
            "reject" => BookingAction::Reject,
            _ => return Err(AppError::BadRequest),
        };
        let next = super::workflow::decide(&request::db()?, &staff, id, action, reason.clone()).await?;
        let notice = if next == super::model::BookingStatus::Approved { Msg::NoticeBookingApproved } else { Msg::NoticeBookingRejected };
        Ok((format!("/admin/bookings/{id}"), Some(notice)))
    }
    .await;
    request::finish_form("decision", &[("reason", reason.as_deref().unwrap_or(""))], result)
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    /// `2026-12`.
    pub month: String,
    pub previous: String,
    pub next: String,
    pub rows: Vec<RoomMonth>,
}

/// Utilisation and revenue per room in one month (`2026-12`) for the rooms the caller manages.
#[server(prefix = "/api", endpoint = "admin/rooms/report")]
pub async fn room_report(month: String) -> Result<ReportView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let staff = request::require_staff()?;
            super::staff::report(&request::db()?, &staff, &month).await
        }
        .await,
    )
}
