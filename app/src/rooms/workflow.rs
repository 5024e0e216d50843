//! Server only: what happens to a booking after it is requested — staff approve or reject
//! it, its booker cancels it, nobody decides in time and it expires — and the calendars
//! and reports built from bookings. Every status change is one transaction that writes
//! the new status, a history entry (who, when, why) and the message to the booker.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::calendar::BusyTime;
use super::entity::{booking, booking_event, institution, room};
use super::model::{BookingAction, BookingStatus};
use super::rules::{cancellation_fee, estonian_public_holidays, local_to_utc, to_local};
use crate::accounts::entity::user;
use crate::core::i18n::{fill_placeholders, Locale, Msg};
use crate::core::roles::SessionUser;
use crate::error::{AppError, FieldError};

/// The longest reason staff can give, in characters.
pub const REASON_MAX_CHARS: usize = 1000;

/// The room and institution of a booking.
pub async fn room_and_place(db: &impl ConnectionTrait, room_id: i32) -> Result<(room::Model, institution::Model), AppError> {
    let (room, place) = room::Entity::find_by_id(room_id).find_also_related(institution::Entity).one(db).await?.ok_or(AppError::NotFound)?;
    Ok((room, place.ok_or(AppError::NotFound)?))
}

/// Where messages about a booking go, and in which language: the person who booked it
/// (their account's language, which they may have changed since), or whom staff booked
/// for (the language the booking was made in).
async fn booker_contact(db: &impl ConnectionTrait, b: &booking::Model) -> Result<Option<(String, Locale)>, AppError> {
    let made_in = Locale::from_code(&b.locale).unwrap_or_default();
    if let Some(email) = &b.booker_email {
        return Ok(Some((email.clone(), made_in)));
    }
    match b.user_id {
        Some(id) => Ok(user::Entity::find_by_id(id).one(db).await?.map(|person| {
            let language = person.language();
            (person.email, language)
        })),
        None => Ok(None),
    }
}

fn subject_for(status: BookingStatus) -> Msg {
    match status {
        BookingStatus::Approved => Msg::OutboxBookingApprovedSubject,
        BookingStatus::Rejected => Msg::OutboxBookingRejectedSubject,
        BookingStatus::Cancelled => Msg::OutboxBookingCancelledSubject,
        BookingStatus::Expired => Msg::OutboxBookingExpiredSubject,
        _ => Msg::OutboxBookingRequestedSubject,
    }
}

/// The message to a booker about their booking's new status, in their language.
pub fn message_body(b: &booking::Model, room_name: &str, status: BookingStatus, locale: Locale, reason: Option<&str>) -> String {
    let (start, end) = (to_local(b.start_at), to_local(b.end_at));
    let mut parts = vec![fill_placeholders(
        Msg::OutboxBookingBody.text(locale),
        &[
            ("room".to_owned(), room_name.to_owned()),
            ("date".to_owned(), start.format("%d.%m.%Y").to_string()),
            ("from".to_owned(), start.format("%H:%M").to_string()),
            ("to".to_owned(), end.format("%H:%M").to_string()),
            ("status".to_owned(), status.label().text(locale).to_owned()),
            ("id".to_owned(), b.id.to_string()),
        ],
    )];
    if let Some(reason) = reason.map(str::trim).filter(|r| !r.is_empty()) {
        parts.push(Msg::MailDetailReason.text(locale).replace("{reason}", reason));
    }
    parts.push(booking_next_step(status).text(locale).to_owned());
    parts.push(format!("{}: {}/my/bookings/{}", Msg::MailOpenPage.text(locale), crate::notifications::server::site_url(), b.id));
    parts.push(Msg::MailSignature.text(locale).to_owned());
    parts.join("\n\n") + "\n"
}

/// What a booker can expect or do after a booking reaches `status`.
pub fn booking_next_step(status: BookingStatus) -> Msg {
    match status {
        BookingStatus::Requested => Msg::MailNextBookingRequested,
        BookingStatus::Approved | BookingStatus::Confirmed => Msg::MailNextBookingApproved,
        BookingStatus::Rejected => Msg::MailNextBookingRejected,
        BookingStatus::Cancelled => Msg::MailNextBookingCancelled,
        BookingStatus::Expired => Msg::MailNextBookingExpired,
        BookingStatus::Completed => Msg::MailNextBookingChanged,
    }
}

/// Moves `b` to `next` if nobody changed it meanwhile, records who and why, and queues
/// the message to the booker — all inside the caller's transaction.
async fn record_change(
    txn: &impl ConnectionTrait,
    b: &booking::Model,
    next: BookingStatus,
    actor_id: Option<i32>,
    note: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    change_status(txn, b, next, actor_id, note.clone(), now).await?;
    tell_booker(txn, b, next, note).await
}

/// The status change and its history entry, without a message: a series is told once.
async fn change_status(
    txn: &impl ConnectionTrait,
    b: &booking::Model,
    next: BookingStatus,
    actor_id: Option<i32>,
    note: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use sea_orm::{ActiveModelTrait, Set};
    let changed = booking::Entity::update_many()
        .col_expr(booking::Column::Status, Expr::value(next.key()))
        .filter(booking::Column::Id.eq(b.id))
        .filter(booking::Column::Status.eq(b.status.clone()))
        .exec(txn)
        .await?;
    if changed.rows_affected != 1 {
        // Someone else decided first: say so instead of overwriting their decision.
        return Err(AppError::Conflict(Msg::BookingChangedMeanwhile));
    }
    booking_event::ActiveModel {
        booking_id: Set(b.id),
        status: Set(next.key().to_owned()),
        actor_id: Set(actor_id),
        note: Set(note.clone()),
        at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The booker's e-mail and inbox message about one booking's new status.
async fn tell_booker(txn: &impl ConnectionTrait, b: &booking::Model, next: BookingStatus, note: Option<String>) -> Result<(), AppError> {
    if let Some((email, locale)) = booker_contact(txn, b).await? {
        let (room, _) = room_and_place(txn, b.room_id).await?;
        let subject = subject_for(next).text(locale);
        let body = message_body(b, &room.name, next, locale, note.as_deref());
        crate::notifications::server::queue(txn, &email, subject, &body).await?;
        if let Some(booker) = b.user_id {
            let what = format!("{}, {}", room.name, super::rules::to_local(b.start_at).format("%d.%m.%Y %H:%M"));
            crate::notifications::server::note(txn, booker, crate::notifications::kinds::NoticeKind::BookingChanged, &what, &format!("/my/bookings/{}", b.id)).await?;
        }
    }
    Ok(())
}

/// A room manager of the booking's institution (or an administrator) approves or
/// rejects a request. Rejecting needs a reason the booker will read.
pub async fn decide(
    db: &DatabaseConnection,
    staff: &SessionUser,
    id: i32,
    action: BookingAction,
    reason: Option<String>,
    at_standard_price: bool,
) -> Result<BookingStatus, AppError> {
    let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    let too_long = reason.as_ref().is_some_and(|r| r.chars().count() > REASON_MAX_CHARS);
    if too_long || (action == BookingAction::Reject && reason.is_none()) {
        return Err(AppError::Validation(vec![FieldError::new("reason", Msg::ValReasonRequired).with_param("max", REASON_MAX_CHARS)]));
    }
    let txn = crate::core::database::begin_write(db).await?;
    let b = booking::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let (_, place) = room_and_place(&txn, b.room_id).await?;
    if !staff.manages_institution(place.id) {
        return Err(AppError::Forbidden);
    }
    let current = BookingStatus::from_key(&b.status).ok_or(AppError::Internal)?;
    let next = current.after(action).ok_or(AppError::Conflict(Msg::BookingChangedMeanwhile))?;
    let mut reason = reason;
    let mut b = b;
    if at_standard_price && action == BookingAction::Approve && b.price_category != super::request::category_key(super::rules::PriceCategory::Standard) {
        // The reduced price did not apply: the same booking, priced as anyone's.
        b = reprice_at_standard(&txn, b).await?;
        let locale = Locale::from_code(&b.locale).unwrap_or_default();
        reason.get_or_insert_with(|| Msg::DecisionStandardNote.text(locale).to_owned());
    }
    record_change(&txn, &b, next, Some(staff.id), reason, crate::core::clock::now()).await?;
    txn.commit().await?;
    Ok(next)
}

/// The bookings of the weekly series `series_id`, by date.
pub async fn series_bookings(db: &impl ConnectionTrait, series_id: i32) -> Result<Vec<booking::Model>, AppError> {
    Ok(booking::Entity::find().filter(booking::Column::SeriesId.eq(series_id)).order_by_asc(booking::Column::StartAt).all(db).await?)
}

/// One e-mail and one inbox message for a change to several dates of a series.
async fn tell_series(txn: &impl ConnectionTrait, changed: &[booking::Model], next: BookingStatus, note: Option<String>) -> Result<(), AppError> {
    let Some(first) = changed.first() else { return Ok(()) };
    if changed.len() == 1 {
        return tell_booker(txn, first, next, note).await;
    }
    let Some((email, locale)) = booker_contact(txn, first).await? else { return Ok(()) };
    let (room, _) = room_and_place(txn, first.room_id).await?;
    let dates: Vec<String> = changed.iter().map(|b| to_local(b.start_at).format("%d.%m.%Y").to_string()).collect();
    let (start, end) = (to_local(first.start_at), to_local(first.end_at));
    let mut parts = vec![fill_placeholders(
        Msg::OutboxSeriesBody.text(locale),
        &[
            ("room".to_owned(), room.name.clone()),
            ("count".to_owned(), changed.len().to_string()),
            ("dates".to_owned(), dates.join(", ")),
            ("from".to_owned(), start.format("%H:%M").to_string()),
            ("to".to_owned(), end.format("%H:%M").to_string()),
            ("status".to_owned(), next.label().text(locale).to_owned()),
        ],
    )];
    if let Some(note) = note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        parts.push(Msg::MailDetailReason.text(locale).replace("{reason}", note));
    }
    parts.push(booking_next_step(next).text(locale).to_owned());
    parts.push(format!("{}: {}/my/bookings/{}", Msg::MailOpenPage.text(locale), crate::notifications::server::site_url(), first.id));
    parts.push(Msg::MailSignature.text(locale).to_owned());
    crate::notifications::server::queue(txn, &email, subject_for(next).text(locale), &(parts.join("\n\n") + "\n")).await?;
    if let Some(booker) = first.user_id {
        let what = format!("{}, {}", room.name, dates.join(", "));
        crate::notifications::server::note(txn, booker, crate::notifications::kinds::NoticeKind::BookingChanged, &what, &format!("/my/bookings/{}", first.id)).await?;
    }
    Ok(())
}

/// A room manager approves or rejects every open request of a weekly series at once;
/// dates already decided (the exceptions) keep their decision. Returns the new status and
/// how many dates it reached.
pub async fn decide_series(db: &DatabaseConnection, staff: &SessionUser, id: i32, action: BookingAction, reason: Option<String>) -> Result<(BookingStatus, usize), AppError> {
    let reason = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    let too_long = reason.as_ref().is_some_and(|r| r.chars().count() > REASON_MAX_CHARS);
    if too_long || (action == BookingAction::Reject && reason.is_none()) {
        return Err(AppError::Validation(vec![FieldError::new("series_reason", Msg::ValReasonRequired).with_param("max", REASON_MAX_CHARS)]));
    }
    let txn = crate::core::database::begin_write(db).await?;
    let b = booking::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let (_, place) = room_and_place(&txn, b.room_id).await?;
    if !staff.manages_institution(place.id) {
        return Err(AppError::Forbidden);
    }
    let series_id = b.series_id.ok_or(AppError::BadRequest)?;
    let now = crate::core::clock::now();
    let mut changed = Vec::new();
    let mut next_status = None;
    for date in series_bookings(&txn, series_id).await? {
        let Some(next) = BookingStatus::from_key(&date.status).and_then(|current| current.after(action)) else { continue };
        change_status(&txn, &date, next, Some(staff.id), reason.clone(), now).await?;
        next_status = Some(next);
        changed.push(date);
    }
    let next = next_status.ok_or(AppError::Conflict(Msg::BookingChangedMeanwhile))?;
    tell_series(&txn, &changed, next, reason).await?;
    txn.commit().await?;
    Ok((next, changed.len()))
}

/// What cancelling every date of a series that can still be cancelled costs now, and how
/// many dates that is.
pub fn series_cancel_terms(dates: &[booking::Model], room: &room::Model, now: DateTime<Utc>) -> (usize, i64) {
    dates.iter().filter_map(|b| cancel_terms(b, room, now)).fold((0, 0), |(count, fees), (fee, _)| (count + 1, fees + fee))
}

/// The booker calls off every date of their series that has not started (each date's own
/// fee applies, as its page shows); dates already past, rejected or cancelled stay as
/// they are.
pub async fn cancel_series(db: &DatabaseConnection, person: &SessionUser, id: i32) -> Result<usize, AppError> {
    let now = crate::core::clock::now();
    let txn = crate::core::database::begin_write(db).await?;
    let b = booking::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let (room, place) = room_and_place(&txn, b.room_id).await?;
    if b.user_id != Some(person.id) && !person.manages_institution(place.id) {
        return Err(AppError::NotFound);
    }
    let series_id = b.series_id.ok_or(AppError::BadRequest)?;
    let locale = Locale::from_code(&b.locale).unwrap_or_default();
    let mut changed = Vec::new();
    let mut fees = 0;
    for date in series_bookings(&txn, series_id).await? {
        let Some((fee, _)) = cancel_terms(&date, &room, now) else { continue };
        let note = (fee > 0).then(|| fill_placeholders(Msg::CancelFeeNote.text(locale), &[("fee".to_owned(), super::rules::format_euros(fee, locale))]));
        change_status(&txn, &date, BookingStatus::Cancelled, Some(person.id), note, now).await?;
        fees += fee;
        changed.push(date);
    }
    if changed.is_empty() {
        return Err(AppError::Conflict(Msg::BookingCannotCancel));
    }
    let note = (fees > 0).then(|| fill_placeholders(Msg::CancelFeeNote.text(locale), &[("fee".to_owned(), super::rules::format_euros(fees, locale))]));
    tell_series(&txn, &changed, BookingStatus::Cancelled, note).await?;
    txn.commit().await?;
    Ok(changed.len())
}

/// Prices a booking in the standard category, with its add-ons, as the form would have.
async fn reprice_at_standard(txn: &impl ConnectionTrait, b: booking::Model) -> Result<booking::Model, AppError> {
    use sea_orm::{ActiveModelTrait, Set};
    use super::rules::{quote, Interval, PriceCategory};
    let (room, _) = room_and_place(txn, b.room_id).await?;
    let settings = room.settings.0;
    let add_ons = super::server::chosen_add_ons(&settings, &b.add_ons.0)?;
    let price = quote(&settings.pricing, &add_ons, &Interval { start: b.start_at, end: b.end_at }, PriceCategory::Standard);
    let mut active: booking::ActiveModel = b.into();
    active.price_category = Set(super::request::category_key(PriceCategory::Standard).to_owned());
    active.total_cents = Set(price.total_cents);
    active.quote = Set(booking::QuoteJson(price));
    Ok(active.update(txn).await?)
}

/// What cancelling costs now, when the person may cancel at all.
pub fn cancel_terms(b: &booking::Model, room: &room::Model, now: DateTime<Utc>) -> Option<(i64, DateTime<Utc>)> {
    let status = BookingStatus::from_key(&b.status)?;
    status.after(BookingAction::Cancel)?;
    if b.start_at <= now {
        return None;
    }
    let policy = room.settings.0.cancellation;
    // Not yet approved costs nothing: nothing was promised yet.
    let fee = if status == BookingStatus::Requested { 0 } else { cancellation_fee(&policy, b.total_cents, b.start_at, now) };
    Some((fee, b.start_at - Duration::days(policy.free_until_days)))
}

/// The booker calls off their booking before it starts; the fee the page showed applies.
pub async fn cancel(db: &DatabaseConnection, person: &SessionUser, id: i32) -> Result<(), AppError> {
    let now = crate::core::clock::now();
    let txn = crate::core::database::begin_write(db).await?;
    let b = booking::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let (room, place) = room_and_place(&txn, b.room_id).await?;
    if b.user_id != Some(person.id) && !person.manages_institution(place.id) {
        return Err(AppError::NotFound);
    }
    let Some((fee, _)) = cancel_terms(&b, &room, now) else {
        return Err(AppError::Conflict(Msg::BookingCannotCancel));
    };
    let locale = Locale::from_code(&b.locale).unwrap_or_default();
    let note = (fee > 0).then(|| {
        fill_placeholders(Msg::CancelFeeNote.text(locale), &[("fee".to_owned(), super::rules::format_euros(fee, locale))])
    });
    record_change(&txn, &b, BookingStatus::Cancelled, Some(person.id), note, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Requests nobody decided before their start no longer hold the room. Run before the
/// staff queue is read and now and then by the server.
pub async fn expire_stale(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize, AppError> {
    let stale = booking::Entity::find()
        .filter(booking::Column::Status.eq(BookingStatus::Requested.key()))
        .filter(booking::Column::StartAt.lte(now))
        .all(db)
        .await?;
    let mut expired = 0;
    for b in stale {
        let txn = crate::core::database::begin_write(db).await?;
        match record_change(&txn, &b, BookingStatus::Expired, None, None, now).await {
            Ok(()) => {
                txn.commit().await?;
                expired += 1;
            }
            // Decided meanwhile: nothing to expire.
            Err(AppError::Conflict(_)) => txn.rollback().await?,
            Err(other) => return Err(other),
        }
    }
    Ok(expired)
}

/// Busy times of rooms between two instants. Public titles only where the booker chose it.
/// Each busy time is named by its room when `room_names` has a name for it; a single
/// room's own calendar passes an empty name.
pub async fn busy_times(
    db: &impl ConnectionTrait,
    room_names: &BTreeMap<i32, String>,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    only_public: bool,
) -> Result<Vec<BusyTime>, AppError> {
    let active: Vec<&str> = BookingStatus::ACTIVE.iter().map(|s| s.key()).collect();
    let mut query = booking::Entity::find()
        .filter(booking::Column::RoomId.is_in(room_names.keys().copied().collect::<Vec<_>>()))
        .filter(booking::Column::Status.is_in(active))
        .filter(booking::Column::StartAt.lt(until))
        .filter(booking::Column::EndAt.gt(from));
    if only_public {
        query = query
            .filter(booking::Column::Public.eq(true))
            .filter(booking::Column::Status.ne(BookingStatus::Requested.key()));
    }
    Ok(query
        .order_by_asc(booking::Column::StartAt)
        .all(db)
        .await?
        .into_iter()
        .map(|b| BusyTime {
            start: b.start_at,
            end: b.end_at,
            // A request not yet approved is busy, but its title waits for the decision.
            public_title: b.public_title.filter(|_| b.public && b.status != BookingStatus::Requested.key()),
            room_name: room_names.get(&b.room_id).filter(|name| !name.is_empty()).cloned(),
            block: b.kind == super::model::BookingKind::Block.key(),
        })
        .collect())
}

/// The UTC span of local days `first` .. `first + days`.
pub fn local_days_span(first: NaiveDate, days: i64) -> (DateTime<Utc>, DateTime<Utc>) {
    let midnight = chrono::NaiveTime::MIN;
    let from = local_to_utc(first, midnight).unwrap_or_else(|_| first.and_time(midnight).and_utc());
    let last = first + Duration::days(days);
    let until = local_to_utc(last, midnight).unwrap_or_else(|_| last.and_time(midnight).and_utc());
    (from, until)
}

/// The public holidays of every year a span touches.
pub fn holidays_between(first: NaiveDate, days: i64) -> Vec<NaiveDate> {
    let last = first + Duration::days(days);
    (first.year()..=last.year()).flat_map(estonian_public_holidays).collect()
}
