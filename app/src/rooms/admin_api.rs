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

/// A room manager approves (`decision=approve`, or `approve-standard` when a reduced
/// price did not apply) or rejects (`decision=reject`, with a reason) a request. Answers the booking's staff page.
#[server(prefix = "/api", endpoint = "admin/bookings/decide")]
pub async fn decide_booking(id: i32, decision: String, reason: Option<String>, series_reason: Option<String>) -> Result<String, AppError> {
    use super::model::BookingAction;
    use crate::core::{i18n::Msg, request};
    let result = async {
        let staff = request::require_staff()?;
        // The whole weekly series: every date not yet decided.
        let series = match decision.as_str() {
            "approve-series" => Some(BookingAction::Approve),
            "reject-series" => Some(BookingAction::Reject),
            _ => None,
        };
        if let Some(action) = series {
            super::workflow::decide_series(&request::db()?, &staff, id, action, series_reason.clone()).await?;
            return Ok((format!("/admin/bookings/{id}"), Some(Msg::NoticeSeriesDecided)));
        }
        let (action, at_standard_price) = match decision.as_str() {
            "approve" => (BookingAction::Approve, false),
            "approve-standard" => (BookingAction::Approve, true),
            "reject" => (BookingAction::Reject, false),
            _ => return Err(AppError::BadRequest),
        };
        let next = super::workflow::decide(&request::db()?, &staff, id, action, reason.clone(), at_standard_price).await?;
        let notice = if next == super::model::BookingStatus::Approved { Msg::NoticeBookingApproved } else { Msg::NoticeBookingRejected };
        Ok((format!("/admin/bookings/{id}"), Some(notice)))
    }
    .await;
    request::finish_form("decision", &[("reason", reason.as_deref().unwrap_or("")), ("series_reason", series_reason.as_deref().unwrap_or(""))], result)
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

/// Staff add a block or a booking on someone's behalf to a room they manage.
#[server(prefix = "/api", endpoint = "admin/bookings/new")]
#[allow(clippy::too_many_arguments)]
pub async fn add_staff_entry(
    room: String,
    date: String,
    start: String,
    end: String,
    kind: String,
    name: Option<String>,
    email: Option<String>,
    participants: Option<String>,
    purpose: String,
    category: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let (name, email, participants, category) =
        (name.unwrap_or_default(), email.unwrap_or_default(), participants.unwrap_or_default(), category.unwrap_or_default());
    let result = async {
        let staff = request::require_staff()?;
        let entry = super::request::parse_staff_entry(&room, &date, &start, &end, &kind, &name, &email, &participants, &purpose, &category)
            .map_err(AppError::Validation)?;
        let id = super::staff::create_entry(&request::db()?, &staff, entry).await?;
        Ok((format!("/admin/bookings/{id}"), Some(Msg::NoticeStaffEntryAdded)))
    }
    .await;
    let kept = [
        ("room", room.as_str()),
        ("date", date.as_str()),
        ("start", start.as_str()),
        ("end", end.as_str()),
        ("kind", kind.as_str()),
        ("name", name.as_str()),
        ("email", email.as_str()),
        ("participants", participants.as_str()),
        ("purpose", purpose.as_str()),
        ("category", category.as_str()),
    ];
    request::finish_form("staff_entry", &kept, result)
}

/// (slug, "room · institution") of every room the caller manages.
#[server(prefix = "/api", endpoint = "admin/rooms/managed")]
pub async fn managed_rooms() -> Result<Vec<(String, String)>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let staff = request::require_staff()?;
            let rooms = super::staff::managed_rooms(&request::db()?, &staff).await?;
            Ok(rooms.into_iter().map(|(room, place)| (room.slug, format!("{} · {}", room.name, place.name))).collect())
        }
        .await,
    )
}

/// A room in the staff's list of rooms they may edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomEditorData {
    pub slug: String,
    pub name: String,
    pub institution_name: String,
    pub form: super::room_form::RoomForm,
}

#[server(prefix = "/api", endpoint = "admin/rooms/get")]
pub async fn editable_room(slug: String) -> Result<RoomEditorData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let staff = request::require_staff()?;
            let (room, place) = super::staff::room_for_editing(&request::db()?, &staff, &slug).await?;
            let form = super::room_form::RoomForm::from_room(&room.name, &room.description_et, &room.terms_et, room.featured, &room.settings.0);
            Ok(RoomEditorData { slug: room.slug, name: room.name, institution_name: place.name, form })
        }
        .await,
    )
}

/// Saves a room's name, texts, prices, hours and rules (the room editor).
#[server(prefix = "/api", endpoint = "admin/rooms/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_room(
    slug: String,
    name: String,
    description_et: String,
    terms_et: String,
    hourly_price: String,
    day_price: String,
    day_hours: String,
    non_profit_percent: String,
    city_percent: String,
    hours_mon: String,
    hours_tue: String,
    hours_wed: String,
    hours_thu: String,
    hours_fri: String,
    hours_sat: String,
    hours_sun: String,
    slot_minutes: String,
    min_minutes: String,
    max_minutes: String,
    buffer_minutes: String,
    notice_hours: String,
    advance_days: String,
    closed_dates: String,
    free_until_days: String,
    fee_percent: String,
    featured: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = super::room_form::RoomForm {
        name,
        description_et,
        terms_et,
        hourly_price,
        day_price,
        day_hours,
        non_profit_percent,
        city_percent,
        hours: [hours_mon, hours_tue, hours_wed, hours_thu, hours_fri, hours_sat, hours_sun],
        slot_minutes,
        min_minutes,
        max_minutes,
        buffer_minutes,
        notice_hours,
        advance_days,
        closed_dates,
        free_until_days,
        fee_percent,
        featured: featured.is_some(),
    };
    let result = async {
        let staff = request::require_staff()?;
        super::staff::save_room(&request::db()?, &staff, &slug, &form).await?;
        Ok((format!("/admin/rooms/{slug}"), Some(Msg::NoticeRoomSaved)))
    }
    .await;
    let mut kept: Vec<(&str, &str)> = vec![
        ("name", &form.name),
        ("description_et", &form.description_et),
        ("terms_et", &form.terms_et),
        ("hourly_price", &form.hourly_price),
        ("day_price", &form.day_price),
        ("day_hours", &form.day_hours),
        ("non_profit_percent", &form.non_profit_percent),
        ("city_percent", &form.city_percent),
        ("slot_minutes", &form.slot_minutes),
        ("min_minutes", &form.min_minutes),
        ("max_minutes", &form.max_minutes),
        ("buffer_minutes", &form.buffer_minutes),
        ("notice_hours", &form.notice_hours),
        ("advance_days", &form.advance_days),
        ("closed_dates", &form.closed_dates),
        ("free_until_days", &form.free_until_days),
        ("fee_percent", &form.fee_percent),
        ("featured", if form.featured { "yes" } else { "" }),
    ];
    for ((field, _), value) in super::room_form::WEEKDAY_FIELDS.iter().zip(form.hours.iter()) {
        kept.push((field, value));
    }
    request::finish_form("room", &kept, result)
}
