//! Server only: calendars read from bookings — a room's week or month, an institution's
//! week across its rooms, the city calendar of public bookings — and the `.ics` files.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::api::CalendarView;
use super::calendar::{
    days_of, iso_week_label, monday_of, month_label, next_month, parse_iso_week, parse_month, previous_month, BusyTime,
};
use super::entity::{booking, institution, room};
use super::ics::{calendar, IcsEvent};
use super::model::BookingStatus;
use super::workflow::{busy_times, holidays_between, local_days_span, room_and_place};
use crate::core::roles::SessionUser;
use crate::error::AppError;

/// Which stretch of days a calendar page shows: `?week=2026-W49`, `?month=2026-12`, or
/// this week. An unreadable value falls back to this week rather than failing the page.
fn chosen_days(week: Option<&str>, month: Option<&str>, today: NaiveDate) -> (NaiveDate, i64, bool) {
    if let Some(first) = month.and_then(parse_month) {
        return (first, (next_month(first) - first).num_days(), true);
    }
    let monday = week.and_then(parse_iso_week).unwrap_or_else(|| monday_of(today));
    (monday, 7, false)
}

fn today() -> NaiveDate {
    super::rules::to_local(crate::core::clock::now()).date()
}

fn view(title: String, first: NaiveDate, monthly: bool, list: Vec<super::calendar::CalendarDay>) -> CalendarView {
    let (label, previous, next) = if monthly {
        (month_label(first), format!("month={}", month_label(previous_month(first))), format!("month={}", month_label(next_month(first))))
    } else {
        (
            iso_week_label(first),
            format!("week={}", iso_week_label(first - Duration::days(7))),
            format!("week={}", iso_week_label(first + Duration::days(7))),
        )
    };
    CalendarView { title, label, monthly, previous, next, days: list }
}

pub async fn room_calendar(db: &DatabaseConnection, slug: &str, week: Option<&str>, month: Option<&str>) -> Result<CalendarView, AppError> {
    let room = room::Entity::find().filter(room::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let (first, days, monthly) = chosen_days(week, month, today());
    let (from, until) = local_days_span(first, days);
    // The room's own calendar: no need to name the room on each busy time.
    let names = BTreeMap::from([(room.id, String::new())]);
    let busy = busy_times(db, &names, from, until, false).await?;
    let mut rules = room.settings.0.rules.clone();
    rules.closed_dates.extend(holidays_between(first, days));
    Ok(view(room.name, first, monthly, days_of(&rules, first, days, &busy)))
}

/// An institution's week: every room's busy times, each named, against no opening
/// hours (rooms keep different ones; each room's page shows its own).
pub async fn institution_calendar(db: &DatabaseConnection, slug: &str, week: Option<&str>) -> Result<CalendarView, AppError> {
    let place = institution::Entity::find().filter(institution::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let rooms = room::Entity::find().filter(room::Column::InstitutionId.eq(place.id)).all(db).await?;
    let names: BTreeMap<i32, String> = rooms.into_iter().map(|room| (room.id, room.name)).collect();
    city_wide(db, place.name, &names, week, false).await
}

/// The city calendar: bookings their bookers made public, in every room.
pub async fn city_calendar(db: &DatabaseConnection, week: Option<&str>) -> Result<CalendarView, AppError> {
    let rooms = room::Entity::find().find_also_related(institution::Entity).all(db).await?;
    let names: BTreeMap<i32, String> = rooms
        .into_iter()
        .map(|(room, place)| (room.id, place.map(|p| format!("{}, {}", room.name, p.name)).unwrap_or(room.name)))
        .collect();
    city_wide(db, String::new(), &names, week, true).await
}

async fn city_wide(
    db: &DatabaseConnection,
    title: String,
    names: &BTreeMap<i32, String>,
    week: Option<&str>,
    only_public: bool,
) -> Result<CalendarView, AppError> {
    let (first, days, _) = chosen_days(week, None, today());
    let (from, until) = local_days_span(first, days);
    // Several rooms' calendars name the room of each busy time, even with one room.
    let busy: Vec<BusyTime> = busy_times(db, names, from, until, only_public).await?;
    let rules = super::rules::BookingRules {
        weekly: Vec::new(),
        closed_dates: holidays_between(first, days),
        slot_minutes: 30,
        min_duration_minutes: 0,
        max_duration_minutes: 0,
        buffer_minutes: 0,
        min_notice_hours: 0,
        max_advance_days: 0,
        capacity: 0,
    };
    Ok(view(title, first, false, days_of(&rules, first, days, &busy)))
}

fn ics_status(status: &str) -> &'static str {
    match BookingStatus::from_key(status) {
        Some(BookingStatus::Approved | BookingStatus::Confirmed | BookingStatus::Completed) => "CONFIRMED",
        Some(BookingStatus::Requested) => "TENTATIVE",
        _ => "CANCELLED",
    }
}

/// One booking as a calendar file, for its booker or the staff who manage the room.
pub async fn booking_file(db: &DatabaseConnection, person: &SessionUser, id: i32, host: &str) -> Result<String, AppError> {
    let b = booking::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let (room, place) = room_and_place(db, b.room_id).await?;
    if b.user_id != Some(person.id) && !person.manages_institution(place.id) {
        return Err(AppError::NotFound);
    }
    let event = IcsEvent {
        uid: format!("booking-{}@{host}", b.id),
        start: b.start_at,
        end: b.end_at,
        summary: format!("{} – {}", room.name, place.name),
        location: Some(format!("{}, {}", place.address, place.name)),
        description: Some(b.purpose.clone()),
        status: ics_status(&b.status),
    };
    Ok(calendar(&room.name, &[event], crate::core::clock::now()))
}

/// A room's busy times from a month ago to as far ahead as it can be booked. Others'
/// bookings are only "busy" (or their public title).
pub async fn room_feed(db: &DatabaseConnection, slug: &str, host: &str, busy_word: &str) -> Result<String, AppError> {
    let (room, place) = {
        let room = room::Entity::find().filter(room::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
        room_and_place(db, room.id).await?
    };
    let now = crate::core::clock::now();
    let active: Vec<&str> = BookingStatus::ACTIVE.iter().map(|s| s.key()).collect();
    let bookings = booking::Entity::find()
        .filter(booking::Column::RoomId.eq(room.id))
        .filter(booking::Column::Status.is_in(active))
        .filter(booking::Column::EndAt.gt(now - Duration::days(31)))
        .order_by_asc(booking::Column::StartAt)
        .all(db)
        .await?;
    let events: Vec<IcsEvent> = bookings
        .into_iter()
        .map(|b| IcsEvent {
            uid: format!("busy-{}@{host}", b.id),
            start: b.start_at,
            end: b.end_at,
            summary: b
                .public_title
                .clone()
                .filter(|_| b.public && b.status != BookingStatus::Requested.key())
                .unwrap_or_else(|| busy_word.to_owned()),
            location: Some(format!("{}, {}, {}", room.name, place.name, place.address)),
            description: None,
            status: ics_status(&b.status),
        })
        .collect();
    Ok(calendar(&format!("{} – {}", room.name, place.name), &events, now))
}
