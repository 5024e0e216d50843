//! Server only: the staff half of Rooms — the request queue of the institutions a person
//! manages, one booking as staff see it, and utilisation and revenue per room and month.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::admin_api::{QueueFilter, ReportView, StaffQueue, StaffQueueRow};
use super::calendar::{next_month, parse_month};
use super::entity::{booking, institution, room};
use super::model::BookingStatus;
use super::report::{bookable_minutes, RoomMonth};
use crate::accounts::entity::user;
use crate::core::i18n::Msg;
use crate::core::roles::SessionUser;
use crate::error::{AppError, FieldError};

/// The rooms a person manages, with their institutions, by name.
pub async fn managed_rooms(db: &DatabaseConnection, staff: &SessionUser) -> Result<Vec<(room::Model, institution::Model)>, AppError> {
    Ok(room::Entity::find()
        .find_also_related(institution::Entity)
        .order_by_asc(room::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(room, place)| Some((room, place?)))
        .filter(|(_, place)| staff.manages_institution(place.id))
        .collect())
}

/// Requests and bookings of the rooms `staff` manages, oldest request first, so nobody
/// waits longest. Filters: status, room, day.
pub async fn queue(db: &DatabaseConnection, staff: &SessionUser, filter: &QueueFilter) -> Result<StaffQueue, AppError> {
    super::workflow::expire_stale(db, Utc::now()).await?;
    let rooms = managed_rooms(db, staff).await?;
    let mut result = StaffQueue {
        rooms: rooms.iter().map(|(room, place)| (room.slug.clone(), format!("{} · {}", room.name, place.name))).collect(),
        ..StaffQueue::default()
    };
    let status = match filter.status.as_deref().map(str::trim).unwrap_or("requested") {
        "" | "all" => None,
        key => match BookingStatus::from_key(key) {
            Some(status) => Some(status),
            None => {
                result.errors.push(FieldError::new("status", Msg::ValChooseFromList));
                None
            }
        },
    };
    let day = match filter.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(day) => Some(day),
            Err(_) => {
                result.errors.push(FieldError::new("date", Msg::FilterDateInvalid));
                None
            }
        },
    };
    let wanted_room = filter.room.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if !result.errors.is_empty() {
        return Ok(result);
    }
    let by_id: BTreeMap<i32, &(room::Model, institution::Model)> =
        rooms.iter().filter(|(room, _)| wanted_room.is_none_or(|slug| room.slug == slug)).map(|pair| (pair.0.id, pair)).collect();
    let mut query = booking::Entity::find().filter(booking::Column::RoomId.is_in(by_id.keys().copied().collect::<Vec<_>>()));
    if let Some(status) = status {
        query = query.filter(booking::Column::Status.eq(status.key()));
    }
    if let Some(day) = day {
        let (from, until) = super::workflow::local_days_span(day, 1);
        query = query.filter(booking::Column::StartAt.lt(until)).filter(booking::Column::EndAt.gt(from));
    }
    let bookings = query.order_by_asc(booking::Column::CreatedAt).order_by_asc(booking::Column::Id).all(db).await?;
    let user_ids: Vec<i32> = bookings.iter().filter_map(|b| b.user_id).collect();
    let people: BTreeMap<i32, String> =
        user::Entity::find().filter(user::Column::Id.is_in(user_ids)).all(db).await?.into_iter().map(|u| (u.id, u.name)).collect();
    result.bookings = bookings
        .into_iter()
        .filter_map(|b| {
            let (room, place) = by_id.get(&b.room_id)?;
            let booker = b.booker_name.clone().or_else(|| b.user_id.and_then(|id| people.get(&id).cloned())).unwrap_or_default();
            let requested = super::rules::to_local(b.created_at).format("%Y-%m-%d %H:%M").to_string();
            let participants = b.participants.max(0) as u32;
            let is_block = b.kind == super::model::BookingKind::Block.key();
            Some(StaffQueueRow { summary: super::server::summary(b, room, place), booker, requested, participants, is_block })
        })
        .collect();
    Ok(result)
}

/// Utilisation and revenue of each room `staff` manages in one month (`2026-12`).
/// Approved, paid and completed bookings count; blocks count as used but earn nothing.
pub async fn report(db: &DatabaseConnection, staff: &SessionUser, month: &str) -> Result<ReportView, AppError> {
    let first = parse_month(month).ok_or_else(|| AppError::field("month", Msg::ValMonthInvalid))?;
    let until = next_month(first);
    let days = (until - first).num_days();
    let rooms = managed_rooms(db, staff).await?;
    let (from, to) = super::workflow::local_days_span(first, days);
    let counted = [BookingStatus::Approved, BookingStatus::Confirmed, BookingStatus::Completed].map(|s| s.key());
    let bookings = booking::Entity::find()
        .filter(booking::Column::RoomId.is_in(rooms.iter().map(|(room, _)| room.id).collect::<Vec<_>>()))
        .filter(booking::Column::Status.is_in(counted))
        .filter(booking::Column::StartAt.gte(from))
        .filter(booking::Column::StartAt.lt(to))
        .all(db)
        .await?;
    let holidays = super::workflow::holidays_between(first, days);
    let rows = rooms
        .into_iter()
        .map(|(room, place)| {
            let mut rules = room.settings.0.rules.clone();
            rules.closed_dates.extend(holidays.iter().copied());
            let own: Vec<&booking::Model> = bookings.iter().filter(|b| b.room_id == room.id).collect();
            RoomMonth {
                bookable_minutes: bookable_minutes(&rules, first, until),
                booked_minutes: own.iter().map(|b| (b.end_at - b.start_at).num_minutes()).sum(),
                bookings: own.iter().filter(|b| b.kind != super::model::BookingKind::Block.key()).count() as u32,
                revenue_cents: own.iter().map(|b| b.total_cents).sum(),
                room_slug: room.slug,
                room_name: room.name,
                institution_name: place.name,
            }
        })
        .collect();
    Ok(ReportView {
        month: super::calendar::month_label(first),
        previous: super::calendar::month_label(super::calendar::previous_month(first)),
        next: super::calendar::month_label(until),
        rows,
    })
}
