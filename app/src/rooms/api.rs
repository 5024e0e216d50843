//! Rooms server functions: the catalogue and one room. Public: no permission needed.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::{BookingStatus, Feature, InstitutionKind, RoomSettings};
use super::rules::{Cents, WeeklyWindow};
use super::search::{Mismatch, RoomFilter};
use crate::error::{AppError, FieldError};

/// One room in the catalogue's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomCard {
    pub slug: String,
    pub name: String,
    pub institution_name: String,
    pub district: String,
    pub max_capacity: u32,
    pub area_dm2: i32,
    pub hourly_cents: Cents,
    pub weekly: Vec<WeeklyWindow>,
    pub features: Vec<Feature>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomSearch {
    pub rooms: Vec<RoomCard>,
    /// When nothing matches: how many rooms were left out for each reason.
    pub left_out: Vec<(Mismatch, usize)>,
    /// Filters that could not be understood, by field.
    pub errors: Vec<FieldError>,
    pub institutions: Vec<(String, String)>,
    pub districts: Vec<String>,
}

/// Everything the room page shows, in the reader's language where staff translated it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomDetails {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub terms: String,
    pub area_dm2: i32,
    pub institution_slug: String,
    pub institution_name: String,
    pub address: String,
    pub district: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub settings: RoomSettings,
}

#[server(prefix = "/api", endpoint = "rooms/search")]
pub async fn search_rooms(filter: RoomFilter) -> Result<RoomSearch, AppError> {
    use crate::core::request;
    request::answer(super::server::search(&request::db()?, &filter).await)
}

#[server(prefix = "/api", endpoint = "rooms/get")]
pub async fn get_room(slug: String) -> Result<RoomDetails, AppError> {
    use crate::core::request;
    let context = request::request_context()?;
    request::answer(super::server::room_details(&context.services.db, &slug, context.boot.locale).await)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionCard {
    pub slug: String,
    pub name: String,
    pub kind: Option<InstitutionKind>,
    pub district: String,
    pub address: String,
    pub room_count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionDetails {
    pub slug: String,
    pub name: String,
    pub kind: Option<InstitutionKind>,
    pub description: String,
    pub address: String,
    pub district: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub rooms: Vec<RoomCard>,
}

#[server(prefix = "/api", endpoint = "rooms/featured")]
pub async fn featured_rooms() -> Result<Vec<RoomCard>, AppError> {
    use crate::core::request;
    request::answer(super::server::featured(&request::db()?).await)
}

#[server(prefix = "/api", endpoint = "institutions/list")]
pub async fn list_institutions() -> Result<Vec<InstitutionCard>, AppError> {
    use crate::core::request;
    request::answer(super::server::institutions(&request::db()?).await)
}

#[server(prefix = "/api", endpoint = "institutions/get")]
pub async fn get_institution(slug: String) -> Result<InstitutionDetails, AppError> {
    use crate::core::request;
    let context = request::request_context()?;
    request::answer(super::server::institution_details(&context.services.db, &slug, context.boot.locale).await)
}

/// A signed-in person asks to book a room (once, or weekly until `repeat_until`).
/// Answers the page to go to next.
#[server(prefix = "/api", endpoint = "rooms/request_booking")]
#[allow(clippy::too_many_arguments)]
pub async fn request_booking(
    room: String,
    date: String,
    start: String,
    end: String,
    participants: String,
    layout: Option<String>,
    purpose: String,
    organisation: Option<String>,
    invoice_details: Option<String>,
    category: Option<String>,
    public_title: Option<String>,
    add_ons: Option<Vec<String>>,
    repeat_until: Option<String>,
    accept_terms: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = super::request::BookingForm {
        date,
        start,
        end,
        participants,
        layout,
        purpose,
        organisation,
        invoice_details,
        category,
        public_title,
        add_ons: add_ons.unwrap_or_default(),
        repeat_until,
        accept_terms: accept_terms.is_some(),
    };
    let result = async {
        let booker = request::require_verified_user()?;
        let context = request::request_context()?;
        let parsed = super::request::parse_request(&form).map_err(AppError::Validation)?;
        let id = super::server::request_booking(&context.services.db, &booker, &room, parsed, context.boot.locale).await?;
        Ok((format!("/my/bookings/{id}"), Some(Msg::NoticeBookingRequested)))
    }
    .await;
    let add_ons = form.add_ons.join(",");
    let kept = [
        ("date", form.date.as_str()),
        ("start", form.start.as_str()),
        ("end", form.end.as_str()),
        ("participants", form.participants.as_str()),
        ("layout", form.layout.as_deref().unwrap_or("")),
        ("purpose", form.purpose.as_str()),
        ("organisation", form.organisation.as_deref().unwrap_or("")),
        ("invoice_details", form.invoice_details.as_deref().unwrap_or("")),
        ("category", form.category.as_deref().unwrap_or("")),
        ("public_title", form.public_title.as_deref().unwrap_or("")),
        ("add_ons", add_ons.as_str()),
        ("repeat_until", form.repeat_until.as_deref().unwrap_or("")),
        ("accept_terms", if form.accept_terms { "yes" } else { "" }),
    ];
    request::finish_form("booking", &kept, result)
}

/// An itemised quote in the reader's language, ready to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteView {
    pub lines: Vec<(String, String)>,
    pub total: String,
    /// Each date of the request ("08.12.2026") and what stands in its way, if anything.
    pub dates: Vec<(String, Option<String>)>,
    /// The whole series' price, when there is more than one date.
    pub series_total: Option<String>,
}

/// The price of a booking before it is sent, and whether its dates are free; `None`
/// while the time is incomplete. `add_ons` are comma-separated keys.
#[server(prefix = "/api", endpoint = "rooms/quote")]
#[allow(clippy::too_many_arguments)]
pub async fn quote_booking(
    room: String,
    date: String,
    start: String,
    end: String,
    category: String,
    add_ons: String,
    repeat_until: String,
) -> Result<Option<QuoteView>, AppError> {
    use crate::core::request;
    let context = request::request_context()?;
    let keys: Vec<String> = add_ons.split(',').map(str::trim).filter(|k| !k.is_empty()).map(str::to_owned).collect();
    let until = Some(repeat_until.as_str()).filter(|u| !u.trim().is_empty());
    request::answer(
        super::server::quote_view(&context.services.db, &room, &date, &start, &end, &category, &keys, until, context.boot.locale).await,
    )
}

/// The same quote for the booking form's live-quote island, as the HTML of the quote's
/// body in the reader's language (the island puts it in place; its wasm then needs
/// neither the quote's types nor a JSON parser). Its failures say no more than that
/// (`CallFailed`): the island shows the hint again.
#[server(prefix = "/api", endpoint = "rooms/live-quote")]
#[allow(clippy::too_many_arguments)]
pub async fn live_quote(
    room: String,
    date: String,
    start: String,
    end: String,
    category: String,
    add_ons: String,
    repeat_until: String,
) -> Result<String, crate::error::CallFailed> {
    let locale = crate::core::request::request_context()?.boot.locale;
    let quote = quote_booking(room, date, start, end, category, add_ons, repeat_until).await?;
    Ok(super::pages::quote_body_html(quote, crate::core::i18n::I18n { locale }))
}

/// One booking as its booker sees it; times are local ("2026-12-08 18:00").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingSummary {
    pub id: i32,
    pub status: BookingStatus,
    pub room_slug: String,
    pub room_name: String,
    pub institution_name: String,
    pub date: String,
    pub start: String,
    pub end: String,
    pub total_cents: Cents,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingHistoryEntry {
    pub status: BookingStatus,
    pub at: String,
    pub note: Option<String>,
    /// Who made the change, when a person did (not an automatic expiry).
    pub by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingDetails {
    pub summary: BookingSummary,
    pub purpose: String,
    pub participants: u32,
    pub layout: Option<super::model::LayoutKind>,
    /// Keys of the add-ons booked.
    pub add_ons: Vec<String>,
    pub organisation: Option<String>,
    pub invoice_details: Option<String>,
    /// The price category asked for; a reduced one is the room manager's to confirm.
    pub category: super::rules::PriceCategory,
    /// The itemised quote as (what, amount), worded in the reader's language.
    pub quote_lines: Vec<(String, String)>,
    pub public_title: Option<String>,
    /// The first booking of the weekly series this one belongs to.
    pub series_id: Option<i32>,
    /// Every date of that series, and what can be done to all of them at once.
    pub series: Option<SeriesView>,
    pub history: Vec<BookingHistoryEntry>,
    /// Present while the booking can be cancelled: what it costs now.
    pub cancel: Option<CancelTerms>,
    /// Who booked, shown to staff only.
    pub booker: Option<(String, String)>,
    /// Whether the viewer may approve or reject it now.
    pub can_decide: bool,
    /// A time staff closed (maintenance, the institution's own event), not a booking.
    pub is_block: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesView {
    /// (booking id, local date "dd.mm.yyyy", status) by date.
    pub dates: Vec<(i32, String, super::model::BookingStatus)>,
    /// Dates staff may still approve or reject.
    pub open_requests: usize,
    /// Dates the booker may still cancel, and what cancelling them all costs now.
    pub cancellable: usize,
    pub cancel_fees_cents: Cents,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelTerms {
    pub fee_cents: Cents,
    /// Local date and time until which cancelling is free ("2026-12-01 18:00").
    pub free_until: String,
    /// Whether that time has passed: a request nobody approved yet is still free to cancel,
    /// and the page must not promise a time that is already gone.
    pub free_until_passed: bool,
}

#[server(prefix = "/api", endpoint = "bookings/mine")]
pub async fn my_bookings() -> Result<Vec<BookingSummary>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_user()?;
            super::server::bookings_of(&request::db()?, person.id).await
        }
        .await,
    )
}

/// One booking: its booker, or staff who manage the room's institution.
#[server(prefix = "/api", endpoint = "bookings/get")]
pub async fn my_booking(id: i32) -> Result<BookingDetails, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_user()?;
            let locale = request::request_context()?.boot.locale;
            super::server::booking_details(&request::db()?, &person, id, locale).await
        }
        .await,
    )
}

/// The booker (or staff of the room) cancels a booking; the page showed the fee first.
#[server(prefix = "/api", endpoint = "bookings/cancel")]
pub async fn cancel_booking(id: i32) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_user()?;
        super::workflow::cancel(&request::db()?, &person, id).await?;
        Ok((format!("/my/bookings/{id}"), Some(Msg::NoticeBookingCancelled)))
    }
    .await;
    request::finish_form("cancel", &[], result)
}

/// The booker (or staff) cancels every date of a weekly series that has not started.
#[server(prefix = "/api", endpoint = "bookings/cancel-series")]
pub async fn cancel_series(id: i32) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_user()?;
        super::workflow::cancel_series(&request::db()?, &person, id).await?;
        Ok((format!("/my/bookings/{id}"), Some(Msg::NoticeSeriesCancelled)))
    }
    .await;
    request::finish_form("cancel-series", &[], result)
}

/// A calendar page's days with their open and busy times, and its neighbours' queries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarView {
    pub title: String,
    /// `2026-W49` or `2026-12`.
    pub label: String,
    pub monthly: bool,
    /// Query strings of the previous and next week or month (`week=2026-W48`).
    pub previous: String,
    pub next: String,
    pub days: Vec<super::calendar::CalendarDay>,
}

/// A room's week (`week=2026-W49`) or month (`month=2026-12`); this week by default.
#[server(prefix = "/api", endpoint = "rooms/calendar")]
pub async fn room_calendar(slug: String, week: Option<String>, month: Option<String>) -> Result<CalendarView, AppError> {
    use crate::core::request;
    request::answer(super::schedule::room_calendar(&request::db()?, &slug, week.as_deref(), month.as_deref()).await)
}

#[server(prefix = "/api", endpoint = "institutions/calendar")]
pub async fn institution_calendar(slug: String, week: Option<String>) -> Result<CalendarView, AppError> {
    use crate::core::request;
    request::answer(super::schedule::institution_calendar(&request::db()?, &slug, week.as_deref()).await)
}

/// The city calendar: bookings whose bookers made them public.
#[server(prefix = "/api", endpoint = "calendar")]
pub async fn city_calendar(week: Option<String>) -> Result<CalendarView, AppError> {
    use crate::core::request;
    request::answer(super::schedule::city_calendar(&request::db()?, week.as_deref()).await)
}
