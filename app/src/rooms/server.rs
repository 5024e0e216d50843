//! Server only: reading institutions and rooms for the catalogue and the room page.

use std::collections::BTreeMap;

use chrono::Datelike;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::api::{InstitutionCard, InstitutionDetails, RoomCard, RoomDetails, RoomSearch};
use super::model::InstitutionKind;
use super::entity::{institution, room};
use super::rules::estonian_public_holidays;
use super::search::{mismatches, parse_filter, RoomFacts, RoomFilter};
use crate::core::i18n::{Locale, Msg};
use crate::error::AppError;

/// The catalogue: every room that matches, or why none did. Rooms are few (hundreds at
/// most), so they are filtered here by the same pure rules the tests cover.
pub async fn search(db: &DatabaseConnection, filter: &RoomFilter) -> Result<RoomSearch, AppError> {
    let all = room::Entity::find()
        .find_also_related(institution::Entity)
        .order_by_desc(room::Column::Featured)
        .order_by_asc(room::Column::Name)
        .all(db)
        .await?;
    let mut search = RoomSearch::default();
    let mut institutions = BTreeMap::new();
    for (_, place) in &all {
        if let Some(place) = place {
            institutions.insert(place.name.clone(), place.slug.clone());
            if !search.districts.contains(&place.district) {
                search.districts.push(place.district.clone());
            }
        }
    }
    search.districts.sort();
    search.institutions = institutions.into_iter().map(|(name, slug)| (slug, name)).collect();
    let parsed = match parse_filter(filter) {
        Ok(parsed) => parsed,
        Err(errors) => {
            search.errors = errors;
            return Ok(search);
        }
    };
    let holidays = parsed.when.map(|(date, _, _)| estonian_public_holidays(date.year())).unwrap_or_default();
    let taken = match parsed.when {
        Some((date, _, _)) => taken_on(db, date).await?,
        None => BTreeMap::new(),
    };
    let mut reasons: BTreeMap<_, usize> = BTreeMap::new();
    for (room, place) in all {
        let Some(place) = place else { continue };
        let settings = &room.settings.0;
        let facts = RoomFacts {
            institution_slug: place.slug.clone(),
            district: place.district.clone(),
            max_capacity: room.max_capacity.max(0) as u32,
            hourly_cents: room.hourly_cents,
            features: settings.features.clone(),
            accessibility: settings.accessibility.clone(),
            rules: settings.rules.clone(),
        };
        let room_taken = taken.get(&room.id).map(Vec::as_slice).unwrap_or(&[]);
        let why_not = mismatches(&facts, &parsed, room_taken, &holidays);
        if why_not.is_empty() {
            search.rooms.push(card(room, place));
        } else {
            for reason in why_not {
                *reasons.entry(reason).or_default() += 1;
            }
        }
    }
    if search.rooms.is_empty() {
        search.left_out = reasons.into_iter().collect();
    }
    Ok(search)
}

/// Every room's active bookings that touch a local day (with a day's margin for buffers).
async fn taken_on(db: &DatabaseConnection, date: chrono::NaiveDate) -> Result<BTreeMap<i32, Vec<super::rules::Interval>>, AppError> {
    use super::entity::booking;
    use super::model::BookingStatus;
    let (from, until) = super::workflow::local_days_span(date - chrono::Duration::days(1), 3);
    let active: Vec<&str> = BookingStatus::ACTIVE.iter().map(|s| s.key()).collect();
    let mut taken: BTreeMap<i32, Vec<super::rules::Interval>> = BTreeMap::new();
    for b in booking::Entity::find()
        .filter(booking::Column::Status.is_in(active))
        .filter(booking::Column::StartAt.lt(until))
        .filter(booking::Column::HeldUntil.gt(from))
        .all(db)
        .await?
    {
        taken.entry(b.room_id).or_default().push(super::rules::Interval { start: b.start_at, end: b.end_at });
    }
    Ok(taken)
}

fn card(room: room::Model, place: institution::Model) -> RoomCard {
    let settings = room.settings.0;
    RoomCard {
        slug: room.slug,
        name: room.name,
        institution_name: place.name,
        district: place.district,
        max_capacity: room.max_capacity.max(0) as u32,
        area_dm2: room.area_dm2,
        hourly_cents: room.hourly_cents,
        weekly: settings.rules.weekly,
        features: settings.features,
    }
}

/// The rooms staff chose for the front page.
pub async fn featured(db: &DatabaseConnection) -> Result<Vec<RoomCard>, AppError> {
    let rooms = room::Entity::find()
        .filter(room::Column::Featured.eq(true))
        .find_also_related(institution::Entity)
        .order_by_asc(room::Column::Name)
        .all(db)
        .await?;
    Ok(rooms.into_iter().filter_map(|(room, place)| Some(card(room, place?))).collect())
}

pub async fn institutions(db: &DatabaseConnection) -> Result<Vec<InstitutionCard>, AppError> {
    let places = institution::Entity::find().find_with_related(room::Entity).order_by_asc(institution::Column::Name).all(db).await?;
    Ok(places
        .into_iter()
        .map(|(place, rooms)| InstitutionCard {
            kind: InstitutionKind::from_key(&place.kind),
            slug: place.slug,
            name: place.name,
            district: place.district,
            address: place.address,
            room_count: rooms.len(),
        })
        .collect())
}

pub async fn institution_details(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<InstitutionDetails, AppError> {
    let place = institution::Entity::find()
        .filter(institution::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let rooms = room::Entity::find()
        .filter(room::Column::InstitutionId.eq(place.id))
        .order_by_asc(room::Column::Name)
        .all(db)
        .await?;
    Ok(InstitutionDetails {
        rooms: rooms.into_iter().map(|room| card(room, place.clone())).collect(),
        kind: InstitutionKind::from_key(&place.kind),
        description: translated(place.description_et, place.description_en, place.description_ru, locale),
        slug: place.slug,
        name: place.name,
        address: place.address,
        district: place.district,
        contact_email: place.contact_email,
        contact_phone: place.contact_phone,
    })
}

fn translated(et: String, en: Option<String>, ru: Option<String>, locale: Locale) -> String {
    match locale {
        Locale::Et => None,
        Locale::En => en,
        Locale::Ru => ru,
    }
    .filter(|text| !text.trim().is_empty())
    .unwrap_or(et)
}

pub async fn room_details(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<RoomDetails, AppError> {
    let (room, place) = room::Entity::find()
        .filter(room::Column::Slug.eq(slug))
        .find_also_related(institution::Entity)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let place = place.ok_or(AppError::NotFound)?;
    Ok(RoomDetails {
        slug: room.slug,
        name: room.name,
        description: translated(room.description_et, room.description_en, room.description_ru, locale),
        terms: translated(room.terms_et, room.terms_en, room.terms_ru, locale),
        area_dm2: room.area_dm2,
        institution_slug: place.slug,
        institution_name: place.name,
        address: place.address,
        district: place.district,
        contact_name: room.contact_name,
        contact_email: room.contact_email,
        contact_phone: room.contact_phone,
        settings: room.settings.0,
    })
}

/// The rules one request is checked against: the room's, with public holidays closed and
/// the capacity of the layout asked for.
fn rules_for(settings: &super::model::RoomSettings, layout: Option<super::model::LayoutKind>, years: &[i32]) -> super::rules::BookingRules {
    let mut rules = settings.rules.clone();
    for year in years {
        rules.closed_dates.extend(estonian_public_holidays(*year));
    }
    if let Some(capacity) = layout.and_then(|kind| settings.layouts.iter().find(|l| l.kind == kind)).map(|l| l.capacity) {
        rules.capacity = capacity;
    }
    rules
}

/// A refusal in the reader's language, for the per-date report of a series.
fn refusal_words(refusal: &super::rules::Refusal, weekly: &[super::rules::WeeklyWindow], locale: Locale) -> String {
    let error = super::model::refusal_error(refusal, weekly, locale);
    crate::core::i18n::fill_placeholders(error.message.text(locale), &error.params)
}

/// What stands in the way of each date of a request (empty when nothing does). The
/// caller holds the transaction, so the answer stays true until it inserts.
async fn check_dates(
    db: &impl sea_orm::ConnectionTrait,
    room: &room::Model,
    request: &super::request::ParsedRequest,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<(chrono::NaiveDate, Option<super::rules::Interval>, Vec<super::rules::Refusal>)>, AppError> {
    use super::entity::booking;
    use super::model::BookingStatus;
    use super::rules::{check_request, local_to_utc, Interval};

    let settings = &room.settings.0;
    let dates = request.dates();
    let years: Vec<i32> = dates.iter().map(|d| d.year()).collect();
    let rules = rules_for(settings, request.layout, &years);
    let buffer = chrono::Duration::minutes(settings.rules.buffer_minutes);
    let active: Vec<&str> = BookingStatus::ACTIVE.iter().map(|s| s.key()).collect();
    let mut report = Vec::new();
    for date in dates {
        let (start, end) = match (local_to_utc(date, request.start), local_to_utc(date, request.end)) {
            (Ok(start), Ok(end)) => (start, end),
            (Err(refusal), _) | (_, Err(refusal)) => {
                report.push((date, None, vec![refusal]));
                continue;
            }
        };
        let taken: Vec<Interval> = booking::Entity::find()
            .filter(booking::Column::RoomId.eq(room.id))
            .filter(booking::Column::Status.is_in(active.clone()))
            .filter(booking::Column::StartAt.lt(end + buffer))
            .filter(booking::Column::HeldUntil.gt(start))
            .all(db)
            .await?
            .into_iter()
            .map(|b| Interval { start: b.start_at, end: b.end_at })
            .collect();
        let interval = Interval { start, end };
        report.push((date, Some(interval), check_request(&rules, &interval, request.participants, now, &taken)));
    }
    Ok(report)
}

/// The room's add-ons the request ticked; an unknown key is a form error.
pub(crate) fn chosen_add_ons(settings: &super::model::RoomSettings, keys: &[String]) -> Result<Vec<super::rules::AddOn>, AppError> {
    keys.iter()
        .map(|key| {
            settings.add_ons.iter().find(|a| &a.key == key).cloned().ok_or_else(|| AppError::field("add_ons", Msg::ValChooseFromList))
        })
        .collect()
}

/// Sends a booking request (or a weekly series of them): checks the room's rules
/// against the active bookings and inserts, as one transaction that no other booking
/// of the room can interleave with (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: the room's
/// row is locked, and the exclusion constraint backs the rule). A series is sent whole
/// or not at all, with the dates that conflict named. Returns the first booking's id.
pub async fn request_booking(
    db: &DatabaseConnection,
    booker: &crate::core::roles::SessionUser,
    slug: &str,
    request: super::request::ParsedRequest,
    locale: Locale,
) -> Result<i32, AppError> {

    use sea_orm::{ActiveModelTrait, ConnectionTrait, DbBackend, PaginatorTrait, QuerySelect, Set};

    use super::entity::{booking, booking_event};
    use super::model::{refusal_error, BookingKind, BookingStatus};
    use super::rules::{quote, Refusal};

    let now = crate::core::clock::now();
    let txn = crate::core::database::begin_write(db).await?;
    let mut find_room = room::Entity::find().filter(room::Column::Slug.eq(slug));
    if txn.get_database_backend() == DbBackend::Postgres {
        find_room = find_room.lock_exclusive();
    }
    let room = find_room.one(&txn).await?.ok_or(AppError::NotFound)?;
    let settings = room.settings.0.clone();
    if let Some(layout) = request.layout {
        if !settings.layouts.iter().any(|l| l.kind == layout) {
            return Err(AppError::field("layout", Msg::ValChooseFromList));
        }
    }
    let add_ons = chosen_add_ons(&settings, &request.add_ons)?;
    // Requests hold their slots until decided: one person keeps only so many waiting.
    let waiting = booking::Entity::find()
        .filter(booking::Column::UserId.eq(booker.id))
        .filter(booking::Column::Status.eq(BookingStatus::Requested.key()))
        .filter(booking::Column::EndAt.gt(now))
        .count(&txn)
        .await?;
    if !super::request::may_wait(waiting, request.dates().len()) {
        return Err(AppError::Validation(vec![
            crate::error::FieldError::new("date", Msg::ValTooManyWaiting).with_param("max", super::request::PENDING_DATES_MAX).with_param("waiting", waiting),
        ]));
    }
    let report = check_dates(&txn, &room, &request, now).await?;
    if report.len() == 1 {
        let refusals = &report[0].2;
        if !refusals.is_empty() {
            return Err(AppError::Validation(refusals.iter().map(|r| refusal_error(r, &settings.rules.weekly, locale)).collect()));
        }
    } else {
        let conflicts: Vec<String> = report
            .iter()
            .filter(|(_, _, refusals)| !refusals.is_empty())
            .map(|(date, _, refusals)| {
                let reasons: Vec<String> = refusals.iter().map(|r| refusal_words(r, &settings.rules.weekly, locale)).collect();
                format!("{} ({})", super::request::short_date(*date), reasons.join(" "))
            })
            .collect();
        if !conflicts.is_empty() {
            return Err(AppError::Validation(vec![
                crate::error::FieldError::new("repeat_until", Msg::SeriesConflicts).with_param("dates", conflicts.join("; ")),
            ]));
        }
    }
    let buffer = chrono::Duration::minutes(settings.rules.buffer_minutes);
    let mut first_id = None;
    for (_, interval, _) in &report {
        let interval = interval.ok_or(AppError::Internal)?;
        let price = quote(&settings.pricing, &add_ons, &interval, request.category);
        let inserted = booking::ActiveModel {
            room_id: Set(room.id),
            user_id: Set(Some(booker.id)),
            status: Set(BookingStatus::Requested.key().to_owned()),
            start_at: Set(interval.start),
            end_at: Set(interval.end),
            held_until: Set(interval.end + buffer),
            participants: Set(request.participants as i32),
            purpose: Set(request.purpose.clone()),
            organisation: Set(request.organisation.clone()),
            price_category: Set(super::request::category_key(request.category).to_owned()),
            total_cents: Set(price.total_cents),
            quote: Set(booking::QuoteJson(price)),
            public: Set(request.public_title.is_some()),
            public_title: Set(request.public_title.clone()),
            created_at: Set(now),
            // The language of the e-mails about this booking: the booker's own.
            locale: Set(booker.locale.code().to_owned()),
            kind: Set(BookingKind::Booking.key().to_owned()),
            booker_name: Set(None),
            booker_email: Set(None),
            layout: Set(request.layout.map(|l| l.key().to_owned())),
            add_ons: Set(booking::AddOnKeys(request.add_ons.clone())),
            invoice_details: Set(request.invoice_details.clone()),
            series_id: Set(first_id),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        let created = match inserted {
            Ok(created) => created,
            // The exclusion constraint caught what the check could not see.
            Err(err) if err.to_string().contains("bookings_no_overlap") => {
                return Err(AppError::Validation(vec![refusal_error(&Refusal::AlreadyBooked, &settings.rules.weekly, locale)]));
            }
            Err(err) => return Err(err.into()),
        };
        booking_event::ActiveModel {
            booking_id: Set(created.id),
            status: Set(BookingStatus::Requested.key().to_owned()),
            actor_id: Set(Some(booker.id)),
            note: Set(None),
            at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if first_id.is_none() && report.len() > 1 {
            booking::Entity::update_many()
                .col_expr(booking::Column::SeriesId, sea_orm::sea_query::Expr::value(created.id))
                .filter(booking::Column::Id.eq(created.id))
                .exec(&txn)
                .await?;
        }
        first_id.get_or_insert(created.id);
    }
    // Written in the booker's language, whatever the page was in.
    let locale = booker.locale;
    let subject = Msg::OutboxBookingRequestedSubject.text(locale);
    let dates: Vec<String> = report.iter().map(|(date, _, _)| super::request::short_date(*date)).collect();
    let body = format!(
        "{} – {subject}: {} {}–{}\n\n{}\n\n{}: {}/my/bookings/{}\n\n{}\n",
        room.name,
        dates.join(", "),
        request.start.format("%H:%M"),
        request.end.format("%H:%M"),
        super::workflow::booking_next_step(BookingStatus::Requested).text(locale),
        Msg::MailOpenPage.text(locale),
        crate::notifications::server::site_url(),
        first_id.unwrap_or_default(),
        Msg::MailSignature.text(locale)
    );
    crate::notifications::server::queue(&txn, &booker.email, subject, &body).await?;
    txn.commit().await?;
    first_id.ok_or(AppError::Internal)
}

/// The itemised quote for a time, worded for `locale`, with a per-date report when the
/// request repeats weekly (or when its one date is already taken).
#[allow(clippy::too_many_arguments)]
pub async fn quote_view(
    db: &DatabaseConnection,
    slug: &str,
    date: &str,
    start: &str,
    end: &str,
    category: &str,
    add_on_keys: &[String],
    repeat_until: Option<&str>,
    locale: Locale,
) -> Result<Option<super::api::QuoteView>, AppError> {
    use super::request::{parse_category, series_dates, ParsedRequest};
    use super::rules::{format_euros, local_to_utc, quote, Interval};

    let room = room::Entity::find().filter(room::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let parse_time = |t: &str| chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    let (Some(date), Some(start), Some(end), Some(category)) =
        (crate::core::dates::parse_date(date), parse_time(start), parse_time(end), parse_category(Some(category)))
    else {
        return Ok(None);
    };
    let (Ok(start_at), Ok(end_at)) = (local_to_utc(date, start), local_to_utc(date, end)) else { return Ok(None) };
    if end_at <= start_at {
        return Ok(None);
    }
    let settings = room.settings.0.clone();
    let Ok(add_ons) = chosen_add_ons(&settings, add_on_keys) else { return Ok(None) };
    let price = quote(&settings.pricing, &add_ons, &Interval { start: start_at, end: end_at }, category);
    let money = |cents| format_euros(cents, locale);
    let lines = quote_lines_in_words(&price, locale);
    // The per-date report: what the calendar says about each date (not the person's
    // details, which the form checks on sending).
    let until = repeat_until.and_then(crate::core::dates::parse_date);
    let probe = ParsedRequest {
        date,
        start,
        end,
        participants: 1,
        layout: None,
        purpose: String::new(),
        organisation: None,
        invoice_details: None,
        category,
        public_title: None,
        add_ons: Vec::new(),
        repeat_until: until,
    };
    let report = check_dates(db, &room, &probe, crate::core::clock::now()).await?;
    let dates: Vec<(String, Option<String>)> = report
        .iter()
        .map(|(date, _, refusals)| {
            let problem = (!refusals.is_empty())
                .then(|| refusals.iter().map(|r| refusal_words(r, &settings.rules.weekly, locale)).collect::<Vec<_>>().join(" "));
            (super::request::short_date(*date), problem)
        })
        .collect();
    let series_total = price.total_cents * series_dates(date, until).len() as i64;
    Ok(Some(super::api::QuoteView {
        lines,
        total: money(price.total_cents),
        series_total: (dates.len() > 1).then(|| money(series_total)),
        dates,
    }))
}

/// A quote's lines as (what, amount) in `locale`: the booking form's running quote and
/// the booking's page (staff check the discount there) say them the same way.
pub fn quote_lines_in_words(price: &super::rules::Quote, locale: Locale) -> Vec<(String, String)> {
    use super::model::add_on_label;
    use super::request::category_label;
    use super::rules::{format_euros, QuoteItem};
    use crate::core::i18n::fill_placeholders;
    let money = |cents| format_euros(cents, locale);
    let hours = |minutes: i64| super::rules::format_hours(minutes, locale);
    let say = |msg: Msg, params: &[(&str, String)]| {
        let params: Vec<(String, String)> = params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        fill_placeholders(msg.text(locale), &params)
    };
    price
        .lines
        .iter()
        .map(|line| {
            let label = match &line.item {
                QuoteItem::RoomHours { minutes, hourly_cents } => say(Msg::QuoteRoomHours, &[("hours", hours(*minutes)), ("rate", money(*hourly_cents))]),
                QuoteItem::RoomDay => Msg::QuoteRoomDay.text(locale).to_owned(),
                QuoteItem::AddOnHours { key, minutes, hourly_cents } => {
                    let name = add_on_label(key).map(|m| m.text(locale).to_owned()).unwrap_or_else(|| key.clone());
                    say(Msg::QuoteAddOnHours, &[("name", name), ("hours", hours(*minutes)), ("rate", money(*hourly_cents))])
                }
                QuoteItem::AddOnDay { key } => {
                    let name = add_on_label(key).map(|m| m.text(locale).to_owned()).unwrap_or_else(|| key.clone());
                    say(Msg::QuoteAddOnDay, &[("name", name)])
                }
                QuoteItem::CategoryDiscount { category, percent_paid } => say(
                    Msg::QuoteDiscount,
                    &[("category", category_label(*category).text(locale).to_owned()), ("percent", percent_paid.to_string())],
                ),
            };
            (label, money(line.cents))
        })
        .collect()
}

fn local_parts(instant: chrono::DateTime<chrono::Utc>) -> (String, String) {
    let local = super::rules::to_local(instant);
    (local.format("%Y-%m-%d").to_string(), local.format("%H:%M").to_string())
}

pub(crate) fn summary(b: super::entity::booking::Model, room: &room::Model, place: &institution::Model) -> super::api::BookingSummary {
    let (date, start) = local_parts(b.start_at);
    let (_, end) = local_parts(b.end_at);
    super::api::BookingSummary {
        id: b.id,
        status: super::model::BookingStatus::from_key(&b.status).unwrap_or(super::model::BookingStatus::Requested),
        room_slug: room.slug.clone(),
        room_name: room.name.clone(),
        institution_name: place.name.clone(),
        date,
        start,
        end,
        total_cents: b.total_cents,
    }
}

/// A person's bookings, newest first: two queries however many there are.
pub async fn bookings_of(db: &DatabaseConnection, user_id: i32) -> Result<Vec<super::api::BookingSummary>, AppError> {
    use super::entity::booking;
    let bookings = booking::Entity::find()
        .filter(booking::Column::UserId.eq(user_id))
        .order_by_desc(booking::Column::StartAt)
        .all(db)
        .await?;
    let room_ids: Vec<i32> = bookings.iter().map(|b| b.room_id).collect();
    let rooms: BTreeMap<i32, (room::Model, institution::Model)> = room::Entity::find()
        .filter(room::Column::Id.is_in(room_ids))
        .find_also_related(institution::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(room, place)| Some((room.id, (room, place?))))
        .collect();
    Ok(bookings
        .into_iter()
        .filter_map(|b| {
            let (room, place) = rooms.get(&b.room_id)?;
            Some(summary(b, room, place))
        })
        .collect())
}

/// One booking with its history, for its booker or the staff who manage its room.
pub async fn booking_details(
    db: &DatabaseConnection,
    person: &crate::core::roles::SessionUser,
    id: i32,
    locale: Locale,
) -> Result<super::api::BookingDetails, AppError> {
    use super::entity::{booking, booking_event};
    let b = booking::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let (room, place) = super::workflow::room_and_place(db, b.room_id).await?;
    let is_staff = person.manages_institution(place.id);
    if b.user_id != Some(person.id) && !is_staff {
        // Someone else's booking is as if it did not exist.
        return Err(AppError::NotFound);
    }
    let events = booking_event::Entity::find()
        .filter(booking_event::Column::BookingId.eq(b.id))
        .order_by_asc(booking_event::Column::At)
        .order_by_asc(booking_event::Column::Id)
        .all(db)
        .await?;
    let actor_ids: Vec<i32> = events.iter().filter_map(|e| e.actor_id).collect();
    // Through `names`: a deleted person is named in the reader's language.
    let actors: BTreeMap<i32, String> = crate::accounts::server::names(db, actor_ids).await?;
    let history = events
        .into_iter()
        .filter_map(|event| {
            let (date, time) = local_parts(event.at);
            Some(super::api::BookingHistoryEntry {
                status: super::model::BookingStatus::from_key(&event.status)?,
                at: format!("{date} {time}"),
                note: event.note,
                by: event.actor_id.and_then(|id| actors.get(&id).cloned()),
            })
        })
        .collect();
    let now = crate::core::clock::now();
    let cancel = super::workflow::cancel_terms(&b, &room, now).map(|(fee_cents, free_until)| {
        let (date, time) = local_parts(free_until);
        super::api::CancelTerms { fee_cents, free_until: format!("{date} {time}"), free_until_passed: free_until <= now }
    });
    let booker = if is_staff {
        match (&b.booker_name, &b.booker_email, b.user_id) {
            (Some(name), email, _) => Some((name.clone(), email.clone().unwrap_or_default())),
            (None, _, Some(user_id)) => crate::accounts::entity::user::Entity::find_by_id(user_id)
                .one(db)
                .await?
                .map(|person| (person.name, person.email)),
            _ => None,
        }
    } else {
        None
    };
    let status = super::model::BookingStatus::from_key(&b.status);
    let can_decide = is_staff && status.is_some_and(|s| s.after(super::model::BookingAction::Approve).is_some());
    let is_block = b.kind == super::model::BookingKind::Block.key();
    let series = match b.series_id {
        Some(series_id) => {
            let dates = super::workflow::series_bookings(db, series_id).await?;
            let (cancellable, cancel_fees_cents) = super::workflow::series_cancel_terms(&dates, &room, now);
            let open_requests = dates
                .iter()
                .filter(|d| super::model::BookingStatus::from_key(&d.status).is_some_and(|s| s.after(super::model::BookingAction::Approve).is_some()))
                .count();
            Some(super::api::SeriesView {
                dates: dates
                    .iter()
                    .filter_map(|d| Some((d.id, super::rules::to_local(d.start_at).format("%d.%m.%Y").to_string(), super::model::BookingStatus::from_key(&d.status)?)))
                    .collect(),
                open_requests: if is_staff { open_requests } else { 0 },
                cancellable,
                cancel_fees_cents,
            })
        }
        None => None,
    };
    Ok(super::api::BookingDetails {
        series,
        purpose: b.purpose.clone(),
        participants: b.participants.max(0) as u32,
        layout: b.layout.as_deref().and_then(super::model::LayoutKind::from_key),
        add_ons: b.add_ons.0.clone(),
        organisation: b.organisation.clone(),
        invoice_details: b.invoice_details.clone(),
        category: super::request::parse_category(Some(&b.price_category)).filter(|_| !is_block).unwrap_or_default(),
        quote_lines: if is_block { Vec::new() } else { quote_lines_in_words(&b.quote.0, locale) },
        series_id: b.series_id,
        public_title: b.public_title.clone().filter(|_| b.public),
        summary: summary(b, &room, &place),
        history,
        cancel,
        booker,
        can_decide,
        is_block,
    })
}
