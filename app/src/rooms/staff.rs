//! Server only: the staff half of Rooms — the request queue of the institutions a person
//! manages, one booking as staff see it, and utilisation and revenue per room and month.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::admin_api::{QueueFilter, ReportView, StaffQueue, StaffQueueRow};
use super::calendar::{next_month, parse_month};
use super::entity::{booking, institution, room};
use super::model::BookingStatus;
use super::report::{bookable_minutes, RoomMonth};
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
    super::workflow::expire_stale(db, crate::core::clock::now()).await?;
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
        Some(text) => match crate::core::dates::parse_date(text) {
            Some(day) => Some(day),
            None => {
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
    let people: BTreeMap<i32, String> = crate::accounts::server::names(db, user_ids).await?;
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
    let first = if month.trim().is_empty() {
        parse_month(&super::calendar::month_label(super::rules::to_local(crate::core::clock::now()).date())).ok_or(AppError::Internal)?
    } else {
        parse_month(month).ok_or_else(|| AppError::field("month", Msg::ValMonthInvalid))?
    };
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
            let is_block = |b: &&&booking::Model| b.kind == super::model::BookingKind::Block.key();
            let (blocks, own): (Vec<&booking::Model>, Vec<&booking::Model>) = bookings.iter().filter(|b| b.room_id == room.id).partition(|b| is_block(&b));
            let minutes = |list: &[&booking::Model]| list.iter().map(|b| (b.end_at - b.start_at).num_minutes()).sum::<i64>();
            RoomMonth {
                bookable_minutes: bookable_minutes(&rules, first, until),
                booked_minutes: minutes(&own),
                bookings: own.len() as u32,
                revenue_cents: own.iter().map(|b| b.total_cents).sum(),
                blocks: blocks.len() as u32,
                blocked_minutes: minutes(&blocks),
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

/// Staff add an entry to a room they manage. Approved at once; the room's opening hours,
/// notice and advance limits do not bind staff, but nothing may overlap (buffers kept).
pub async fn create_entry(db: &DatabaseConnection, staff: &SessionUser, entry: super::request::StaffEntry) -> Result<i32, AppError> {
    use sea_orm::{ActiveModelTrait, ConnectionTrait, DbBackend, QuerySelect, Set, SqliteTransactionMode, TransactionOptions, TransactionTrait};

    use super::entity::booking_event;
    use super::model::{refusal_error, BookingKind};
    use super::rules::{local_to_utc, quote, Interval, Refusal};

    let locale = crate::core::i18n::Locale::default();
    let now = crate::core::clock::now();
    let txn = db
        .begin_with_options(TransactionOptions { sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate), ..Default::default() })
        .await?;
    let mut find_room = room::Entity::find().filter(room::Column::Slug.eq(&entry.room_slug));
    if txn.get_database_backend() == DbBackend::Postgres {
        find_room = find_room.lock_exclusive();
    }
    let room = find_room.one(&txn).await?.ok_or_else(|| AppError::field("room", Msg::ValChooseFromList))?;
    if !staff.manages_institution(room.institution_id) {
        return Err(AppError::Forbidden);
    }
    let settings = room.settings.0.clone();
    let refuse = |refusal: Refusal| AppError::Validation(vec![refusal_error(&refusal, &settings.rules.weekly, locale)]);
    let (start, end) = match (local_to_utc(entry.date, entry.start), local_to_utc(entry.date, entry.end)) {
        (Ok(start), Ok(end)) => (start, end),
        (Err(refusal), _) | (_, Err(refusal)) => return Err(refuse(refusal)),
    };
    if end <= start {
        return Err(refuse(Refusal::EndNotAfterStart));
    }
    let interval = Interval { start, end };
    let buffer = chrono::Duration::minutes(settings.rules.buffer_minutes);
    let active: Vec<&str> = BookingStatus::ACTIVE.iter().map(|s| s.key()).collect();
    let clash = booking::Entity::find()
        .filter(booking::Column::RoomId.eq(room.id))
        .filter(booking::Column::Status.is_in(active))
        .filter(booking::Column::StartAt.lt(end + buffer))
        .filter(booking::Column::HeldUntil.gt(start))
        .all(&txn)
        .await?
        .into_iter()
        .any(|b| interval.clashes_with(&Interval { start: b.start_at, end: b.end_at }, settings.rules.buffer_minutes));
    if clash {
        return Err(refuse(Refusal::AlreadyBooked));
    }
    let price = if entry.kind == BookingKind::Block {
        super::rules::Quote { lines: Vec::new(), total_cents: 0 }
    } else {
        quote(&settings.pricing, &[], &interval, entry.category)
    };
    let (booker_name, booker_email) = entry.booker.clone().unzip();
    let inserted = booking::ActiveModel {
        room_id: Set(room.id),
        user_id: Set(if entry.kind == BookingKind::Block { Some(staff.id) } else { None }),
        status: Set(BookingStatus::Approved.key().to_owned()),
        start_at: Set(start),
        end_at: Set(end),
        held_until: Set(end + buffer),
        participants: Set(entry.participants as i32),
        purpose: Set(entry.purpose.clone()),
        organisation: Set(None),
        price_category: Set(super::request::category_key(entry.category).to_owned()),
        total_cents: Set(price.total_cents),
        quote: Set(booking::QuoteJson(price)),
        public: Set(false),
        public_title: Set(None),
        created_at: Set(now),
        locale: Set(locale.code().to_owned()),
        kind: Set(entry.kind.key().to_owned()),
        booker_name: Set(booker_name),
        booker_email: Set(booker_email.clone()),
        layout: Set(None),
        add_ons: Set(booking::AddOnKeys::default()),
        invoice_details: Set(None),
        series_id: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let created = match inserted {
        Ok(created) => created,
        Err(err) if err.to_string().contains("bookings_no_overlap") => return Err(refuse(Refusal::AlreadyBooked)),
        Err(err) => return Err(err.into()),
    };
    booking_event::ActiveModel {
        booking_id: Set(created.id),
        status: Set(BookingStatus::Approved.key().to_owned()),
        actor_id: Set(Some(staff.id)),
        note: Set(None),
        at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(email) = booker_email {
        let subject = Msg::OutboxBookingApprovedSubject.text(locale);
        let body = super::workflow::message_body(&created, &room.name, BookingStatus::Approved, locale, None);
        crate::notifications::server::queue(&txn, &email, subject, &body).await?;
    }
    txn.commit().await?;
    Ok(created.id)
}

/// One room as its editor opens, if `staff` manages it.
pub async fn room_for_editing(db: &DatabaseConnection, staff: &SessionUser, slug: &str) -> Result<(room::Model, institution::Model), AppError> {
    let room = room::Entity::find().filter(room::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let (room, place) = super::workflow::room_and_place(db, room.id).await?;
    if !staff.manages_institution(place.id) {
        return Err(AppError::Forbidden);
    }
    Ok((room, place))
}

/// Saves the editor's form. Bookings already made keep their price and time; the new
/// rules apply to requests from now on.
pub async fn save_room(db: &DatabaseConnection, staff: &SessionUser, slug: &str, form: &super::room_form::RoomForm) -> Result<(), AppError> {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let (room, _) = room_for_editing(db, staff, slug).await?;
    let edit = form.apply(&room.settings.0).map_err(AppError::Validation)?;
    let mut active = room.into_active_model();
    active.name = Set(edit.name);
    active.description_et = Set(edit.description_et);
    active.terms_et = Set(edit.terms_et);
    active.featured = Set(edit.featured);
    active.hourly_cents = Set(edit.settings.pricing.hourly_cents);
    active.max_capacity = Set(edit.settings.max_capacity() as i32);
    active.settings = Set(room::SettingsJson(edit.settings));
    active.updated_at = Set(Some(crate::core::clock::now()));
    let saved = active.update(db).await?;
    {
        use crate::notifications::kinds::{FollowKind, NoticeKind};
        crate::notifications::server::tell_followers(db, FollowKind::Room, saved.id, NoticeKind::RoomChanged, &saved.name, &format!("/rooms/{}", saved.slug), &crate::notifications::server::site_url()).await?;
    }
    tracing::info!(staff = staff.id, room = slug, "room settings changed");
    Ok(())
}
