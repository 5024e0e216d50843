//! Pure booking rules of a room: when it can be booked, what a booking costs, when two
//! bookings clash, and what cancelling costs. No I/O; every rule is unit-tested below.
//!
//! Times cross this module's boundary as UTC instants; the rules reason in the city's
//! local time (Europe/Tallinn), so a booking across a daylight-saving change is checked
//! and priced by its real length. Money is integer cents.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::core::i18n::Locale;

/// The city's time zone: every opening hour and date is in it.
pub const CITY_TZ: Tz = chrono_tz::Europe::Tallinn;

/// Money in euro cents.
pub type Cents = i64;

/// One opening window on one weekday, in local time (`end` after `start`, same day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyWindow {
    pub weekday: Weekday,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// How a room may be booked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingRules {
    pub weekly: Vec<WeeklyWindow>,
    /// Whole days the room cannot be booked (public holidays, closures, maintenance).
    pub closed_dates: Vec<NaiveDate>,
    pub slot_minutes: i64,
    pub min_duration_minutes: i64,
    pub max_duration_minutes: i64,
    /// Kept free between two bookings for set-up and cleaning.
    pub buffer_minutes: i64,
    pub min_notice_hours: i64,
    pub max_advance_days: i64,
    pub capacity: u32,
}

/// A stretch of time, start inclusive and end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interval {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Interval {
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes()
    }

    /// Whether two bookings clash once each keeps `buffer_minutes` free after it.
    pub fn clashes_with(&self, other: &Interval, buffer_minutes: i64) -> bool {
        let buffer = Duration::minutes(buffer_minutes);
        self.start < other.end + buffer && other.start < self.end + buffer
    }
}

/// Why a booking request cannot be accepted; each says what would work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    EndNotAfterStart,
    /// The local time does not exist (the spring-forward hour) or is otherwise unusable.
    NoSuchLocalTime,
    NotOnSlot { slot_minutes: i64 },
    TooShort { min_minutes: i64 },
    TooLong { max_minutes: i64 },
    /// Outside the weekly bookable hours (the page shows them in words).
    OutsideBookableHours,
    Closed { date: NaiveDate },
    TooSoon { min_notice_hours: i64 },
    TooFarAhead { max_advance_days: i64 },
    OverCapacity { capacity: u32 },
    AlreadyBooked,
    /// Free itself, but inside the setup and cleanup time kept around another booking.
    TooCloseToAnother { buffer_minutes: i64 },
}

/// Why `request` cannot have its time against `taken`, if it cannot: a real overlap is
/// "already booked"; touching only the buffer says how much room must be left between.
fn clash(request: &Interval, taken: &[Interval], buffer_minutes: i64) -> Option<Refusal> {
    if taken.iter().any(|other| request.clashes_with(other, 0)) {
        Some(Refusal::AlreadyBooked)
    } else if taken.iter().any(|other| request.clashes_with(other, buffer_minutes)) {
        Some(Refusal::TooCloseToAnother { buffer_minutes })
    } else {
        None
    }
}

/// Local date and time in the city to a UTC instant. In the autumn hour that happens
/// twice the earlier one is meant; the spring hour that never happens is refused.
pub fn local_to_utc(date: NaiveDate, time: NaiveTime) -> Result<DateTime<Utc>, Refusal> {
    CITY_TZ
        .from_local_datetime(&NaiveDateTime::new(date, time))
        .earliest()
        .map(|local| local.with_timezone(&Utc))
        .ok_or(Refusal::NoSuchLocalTime)
}

pub fn to_local(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&CITY_TZ).naive_local()
}

/// Every reason a request breaks the room's rules (empty when it may be sent).
///
/// `taken` are the room's active bookings and blocks; a clash counts buffers on both sides.
pub fn check_request(rules: &BookingRules, request: &Interval, participants: u32, now: DateTime<Utc>, taken: &[Interval]) -> Vec<Refusal> {
    if request.end <= request.start {
        return vec![Refusal::EndNotAfterStart];
    }
    let mut refusals = Vec::new();
    let (start, end) = (to_local(request.start), to_local(request.end));
    let on_slot = |t: NaiveDateTime| (t.time() - NaiveTime::MIN).num_minutes() % rules.slot_minutes.max(1) == 0;
    if !on_slot(start) || !on_slot(end) {
        refusals.push(Refusal::NotOnSlot { slot_minutes: rules.slot_minutes });
    }
    let minutes = request.minutes();
    if minutes < rules.min_duration_minutes {
        refusals.push(Refusal::TooShort { min_minutes: rules.min_duration_minutes });
    }
    if minutes > rules.max_duration_minutes {
        refusals.push(Refusal::TooLong { max_minutes: rules.max_duration_minutes });
    }
    refusals.extend(calendar_refusals(rules, request, &[]));
    if request.start < now + Duration::hours(rules.min_notice_hours) {
        refusals.push(Refusal::TooSoon { min_notice_hours: rules.min_notice_hours });
    }
    if request.start > now + Duration::days(rules.max_advance_days) {
        refusals.push(Refusal::TooFarAhead { max_advance_days: rules.max_advance_days });
    }
    if participants > rules.capacity {
        refusals.push(Refusal::OverCapacity { capacity: rules.capacity });
    }
    refusals.extend(clash(request, taken, rules.buffer_minutes));
    refusals
}

/// Whether the room's calendar has the time free: open that day and hour, not closed,
/// not taken. The catalogue's "free at" filter asks only this; a request asks more.
pub fn calendar_refusals(rules: &BookingRules, request: &Interval, taken: &[Interval]) -> Vec<Refusal> {
    let (start, end) = (to_local(request.start), to_local(request.end));
    let mut refusals = Vec::new();
    if rules.closed_dates.contains(&start.date()) {
        refusals.push(Refusal::Closed { date: start.date() });
    } else if !within_weekly_hours(&rules.weekly, start, end) {
        refusals.push(Refusal::OutsideBookableHours);
    }
    refusals.extend(clash(request, taken, rules.buffer_minutes));
    refusals
}

fn within_weekly_hours(weekly: &[WeeklyWindow], start: NaiveDateTime, end: NaiveDateTime) -> bool {
    start.date() == end.date()
        && weekly
            .iter()
            .any(|w| w.weekday == start.weekday() && w.start <= start.time() && end.time() <= w.end)
}

// --- Bookable hours in words --------------------------------------------------------------

const WEEKDAYS: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

pub fn weekday_short(day: Weekday, locale: Locale) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    match locale {
        Locale::Et => ["E", "T", "K", "N", "R", "L", "P"][index],
        Locale::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index],
        Locale::Ru => ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"][index],
    }
}

/// "E–R 17:00–21:00": consecutive days with the same hours are joined.
pub fn hours_in_words(weekly: &[WeeklyWindow], locale: Locale) -> String {
    let hours_of = |day: Weekday| {
        let mut windows: Vec<(NaiveTime, NaiveTime)> =
            weekly.iter().filter(|w| w.weekday == day).map(|w| (w.start, w.end)).collect();
        windows.sort();
        windows
    };
    let mut groups: Vec<(Weekday, Weekday, Vec<(NaiveTime, NaiveTime)>)> = Vec::new();
    for day in WEEKDAYS {
        let hours = hours_of(day);
        if hours.is_empty() {
            continue;
        }
        match groups.last_mut() {
            Some((_, last, same)) if *same == hours && last.succ() == day => *last = day,
            _ => groups.push((day, day, hours)),
        }
    }
    groups
        .iter()
        .map(|(first, last, hours)| {
            let days = if first == last {
                weekday_short(*first, locale).to_owned()
            } else {
                format!("{}–{}", weekday_short(*first, locale), weekday_short(*last, locale))
            };
            let times: Vec<String> =
                hours.iter().map(|(s, e)| format!("{}–{}", s.format("%H:%M"), e.format("%H:%M"))).collect();
            format!("{days} {}", times.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

// --- Estonian public holidays ---------------------------------------------------------------

/// Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. `None` for a year the
/// algorithm is not meant for (before 1583) or that chrono cannot hold: dates people type
/// are kept to 1900–2200 (`core::dates`), and this stays total for any year anyway, as it
/// runs while a page renders, where a panic would leave the person waiting.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The public holidays (riigipühad) of Estonia in `year`, when city rooms are closed; in
/// order. Empty for a year chrono cannot hold.
pub fn estonian_public_holidays(year: i32) -> Vec<NaiveDate> {
    let date = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let easter = easter_sunday(year);
    let from_easter = |days: i64| easter.and_then(|easter| easter.checked_add_signed(Duration::days(days)));
    let mut days: Vec<NaiveDate> = [
        date(1, 1),        // uusaasta
        date(2, 24),       // iseseisvuspäev
        from_easter(-2),   // suur reede
        easter,            // ülestõusmispühade 1. püha
        date(5, 1),        // kevadpüha
        from_easter(49),   // nelipühade 1. püha
        date(6, 23),       // võidupüha
        date(6, 24),       // jaanipäev
        date(8, 20),       // taasiseseisvumispäev
        date(12, 24),      // jõululaupäev
        date(12, 25),      // esimene jõulupüha
        date(12, 26),      // teine jõulupüha
    ]
    .into_iter()
    .flatten()
    .collect();
    days.sort();
    days
}

// --- Prices ------------------------------------------------------------------------------------

/// A price for a whole day that covers a fixed local window (e.g. 150 € for 10:00–18:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRate {
    pub cents: Cents,
    pub window_start: NaiveTime,
    pub window_end: NaiveTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pricing {
    pub hourly_cents: Cents,
    pub day_rate: Option<DayRate>,
    /// Share of the price non-profit organisations pay, in percent (e.g. 50).
    pub non_profit_percent: i64,
    /// Share city institutions pay, in percent (0 = free).
    pub city_institution_percent: i64,
}

/// Something booked with the room for a price (equipment, technical assistance …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddOn {
    pub key: String,
    pub per_hour_cents: Option<Cents>,
    pub per_day_cents: Option<Cents>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceCategory {
    #[default]
    Standard,
    NonProfit,
    CityInstitution,
}

/// What a quote line is for; the page names it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteItem {
    RoomHours { minutes: i64, hourly_cents: Cents },
    RoomDay,
    AddOnHours { key: String, minutes: i64, hourly_cents: Cents },
    AddOnDay { key: String },
    CategoryDiscount { category: PriceCategory, percent_paid: i64 },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub item: QuoteItem,
    pub cents: Cents,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub lines: Vec<QuoteLine>,
    pub total_cents: Cents,
}

/// `cents_per_hour` for `minutes`, rounded to the nearest cent (halves up).
fn pro_rata(cents_per_hour: Cents, minutes: i64) -> Cents {
    (cents_per_hour * minutes + 30).div_euclid(60)
}

/// Whether the booking lies inside the day rate's window on one local date.
fn within_day_window(day_rate: &DayRate, booking: &Interval) -> bool {
    let (start, end) = (to_local(booking.start), to_local(booking.end));
    start.date() == end.date() && day_rate.window_start <= start.time() && end.time() <= day_rate.window_end
}

/// The itemised price of a booking: per hour of its real length, or the day rate when
/// that is cheaper and covers it; each add-on likewise; then the category's share.
pub fn quote(pricing: &Pricing, add_ons: &[AddOn], booking: &Interval, category: PriceCategory) -> Quote {
    let minutes = booking.minutes().max(0);
    let day_applies = pricing.day_rate.filter(|rate| within_day_window(rate, booking)).is_some();
    let mut lines = Vec::new();

    let by_hours = pro_rata(pricing.hourly_cents, minutes);
    match pricing.day_rate {
        Some(rate) if day_applies && rate.cents < by_hours => lines.push(QuoteLine { item: QuoteItem::RoomDay, cents: rate.cents }),
        _ => lines.push(QuoteLine {
            item: QuoteItem::RoomHours { minutes, hourly_cents: pricing.hourly_cents },
            cents: by_hours,
        }),
    }
    for add_on in add_ons {
        let hourly = add_on.per_hour_cents.map(|per_hour| pro_rata(per_hour, minutes));
        let daily = add_on.per_day_cents.filter(|_| day_applies || pricing.day_rate.is_none());
        let line = match (hourly, daily) {
            (Some(h), Some(d)) if d < h => QuoteLine { item: QuoteItem::AddOnDay { key: add_on.key.clone() }, cents: d },
            (Some(h), _) => QuoteLine {
                item: QuoteItem::AddOnHours { key: add_on.key.clone(), minutes, hourly_cents: add_on.per_hour_cents.unwrap_or(0) },
                cents: h,
            },
            (None, Some(d)) => QuoteLine { item: QuoteItem::AddOnDay { key: add_on.key.clone() }, cents: d },
            (None, None) => continue,
        };
        lines.push(line);
    }
    let subtotal: Cents = lines.iter().map(|line| line.cents).sum();
    let percent_paid = match category {
        PriceCategory::Standard => 100,
        PriceCategory::NonProfit => pricing.non_profit_percent,
        PriceCategory::CityInstitution => pricing.city_institution_percent,
    }
    .clamp(0, 100);
    if percent_paid < 100 {
        let paid = (subtotal * percent_paid + 50).div_euclid(100);
        lines.push(QuoteLine { item: QuoteItem::CategoryDiscount { category, percent_paid }, cents: paid - subtotal });
    }
    let total_cents = lines.iter().map(|line| line.cents).sum();
    Quote { lines, total_cents }
}

/// "50,00 €" / "50.00 €": exact, from cents.
pub fn format_euros(cents: Cents, locale: Locale) -> String {
    let sign = if cents < 0 { "−" } else { "" };
    let (euros, rest) = (cents.abs() / 100, cents.abs() % 100);
    let separator = if locale == Locale::En { '.' } else { ',' };
    format!("{sign}{euros}{separator}{rest:02} €")
}

/// "2", "1,5", "2,33" (English "1.5") hours from minutes, rounded to the hundredth, with
/// no float in between.
pub fn format_hours(minutes: i64, locale: Locale) -> String {
    let (whole, rest) = (minutes / 60, minutes % 60);
    let hundredths = (rest * 100 + 30) / 60;
    if hundredths == 0 {
        return whole.to_string();
    }
    let separator = if locale == Locale::En { '.' } else { ',' };
    let fraction = format!("{hundredths:02}");
    format!("{whole}{separator}{}", fraction.trim_end_matches('0'))
}

// --- Cancelling ----------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancellationPolicy {
    /// Free until this many days before the start.
    pub free_until_days: i64,
    /// After that, this share of the price, in percent.
    pub fee_percent: i64,
}

/// What cancelling at `now` costs.
pub fn cancellation_fee(policy: &CancellationPolicy, total_cents: Cents, start: DateTime<Utc>, now: DateTime<Utc>) -> Cents {
    if now <= start - Duration::days(policy.free_until_days) {
        0
    } else {
        (total_cents * policy.fee_percent.clamp(0, 100) + 50).div_euclid(100)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn t(hour: u32, minute: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(hour, minute, 0).unwrap()
    }

    fn d(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn local(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
        local_to_utc(date, t(hour, minute)).unwrap()
    }

    fn span(date: NaiveDate, from: (u32, u32), to: (u32, u32)) -> Interval {
        Interval { start: local(date, from.0, from.1), end: local(date, to.0, to.1) }
    }

    /// Hugo Treffneri Gümnaasium's Auditoorium: Mon–Fri 17:00–21:00, 100 people.
    pub(crate) fn auditorium_rules() -> BookingRules {
        BookingRules {
            weekly: [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]
                .into_iter()
                .map(|weekday| WeeklyWindow { weekday, start: t(17, 0), end: t(21, 0) })
                .collect(),
            closed_dates: estonian_public_holidays(2026),
            slot_minutes: 30,
            min_duration_minutes: 60,
            max_duration_minutes: 240,
            buffer_minutes: 30,
            min_notice_hours: 24,
            max_advance_days: 180,
            capacity: 100,
        }
    }

    fn auditorium_pricing() -> Pricing {
        Pricing { hourly_cents: 5000, day_rate: None, non_profit_percent: 50, city_institution_percent: 0 }
    }

    /// Tartu City Library's conference hall: 30 €/h or 150 €/day 10:00–18:00.
    fn library_pricing() -> (Pricing, AddOn, AddOn) {
        (
            Pricing {
                hourly_cents: 3000,
                day_rate: Some(DayRate { cents: 15000, window_start: t(10, 0), window_end: t(18, 0) }),
                non_profit_percent: 50,
                city_institution_percent: 0,
            },
            AddOn { key: "equipment".into(), per_hour_cents: Some(500), per_day_cents: Some(2500) },
            AddOn { key: "technical_assistance".into(), per_hour_cents: Some(700), per_day_cents: None },
        )
    }

    // A Monday well ahead of "now".
    const NOW: (i32, u32, u32) = (2026, 11, 28);

    fn now() -> DateTime<Utc> {
        local(d(NOW.0, NOW.1, NOW.2), 12, 0)
    }

    #[test]
    fn hours_are_written_without_floating_point() {
        assert_eq!(format_hours(120, Locale::Et), "2");
        assert_eq!(format_hours(90, Locale::Et), "1,5");
        assert_eq!(format_hours(135, Locale::En), "2.25");
        assert_eq!(format_hours(140, Locale::Et), "2,33");
    }

    #[test]
    fn tuesday_evening_in_the_auditorium_is_fine_and_costs_100_euros() {
        let booking = span(d(2026, 12, 1), (18, 0), (20, 0));
        assert_eq!(check_request(&auditorium_rules(), &booking, 80, now(), &[]), vec![]);
        let quote = quote(&auditorium_pricing(), &[], &booking, PriceCategory::Standard);
        assert_eq!(quote.total_cents, 10_000);
        assert_eq!(format_euros(quote.total_cents, Locale::Et), "100,00 €");
        assert_eq!(format_euros(quote.total_cents, Locale::En), "100.00 €");
    }

    #[test]
    fn saturday_is_outside_bookable_hours() {
        let saturday = span(d(2026, 12, 5), (18, 0), (20, 0));
        assert_eq!(check_request(&auditorium_rules(), &saturday, 10, now(), &[]), vec![Refusal::OutsideBookableHours]);
    }

    #[test]
    fn a_public_holiday_is_closed() {
        // 24 December 2026 is a Thursday and jõululaupäev.
        let christmas_eve = span(d(2026, 12, 24), (18, 0), (20, 0));
        assert_eq!(
            check_request(&auditorium_rules(), &christmas_eve, 10, now(), &[]),
            vec![Refusal::Closed { date: d(2026, 12, 24) }]
        );
    }

    #[test]
    fn running_past_closing_time_is_refused() {
        let late = span(d(2026, 12, 1), (20, 0), (22, 0));
        assert_eq!(check_request(&auditorium_rules(), &late, 10, now(), &[]), vec![Refusal::OutsideBookableHours]);
    }

    #[test]
    fn every_broken_rule_is_named() {
        let rules = auditorium_rules();
        let odd = span(d(2026, 12, 1), (17, 10), (17, 40));
        let refusals = check_request(&rules, &odd, 150, now(), &[]);
        assert_eq!(
            refusals,
            vec![Refusal::NotOnSlot { slot_minutes: 30 }, Refusal::TooShort { min_minutes: 60 }, Refusal::OverCapacity { capacity: 100 }]
        );
        let long = Interval { start: local(d(2026, 12, 1), 17, 0), end: local(d(2026, 12, 1), 21, 0) + Duration::minutes(30) };
        assert!(check_request(&rules, &long, 1, now(), &[]).contains(&Refusal::TooLong { max_minutes: 240 }));
        assert_eq!(check_request(&rules, &Interval { start: long.end, end: long.start }, 1, now(), &[]), vec![Refusal::EndNotAfterStart]);
    }

    #[test]
    fn notice_and_advance_limits() {
        let rules = auditorium_rules();
        let tomorrow_evening_too_soon = span(d(2026, 11, 30), (17, 0), (18, 0));
        let monday_now = local(d(2026, 11, 30), 9, 0);
        assert_eq!(check_request(&rules, &tomorrow_evening_too_soon, 1, monday_now, &[]), vec![Refusal::TooSoon { min_notice_hours: 24 }]);
        let far = span(d(2027, 6, 1), (17, 0), (18, 0));
        assert_eq!(check_request(&rules, &far, 1, now(), &[]), vec![Refusal::TooFarAhead { max_advance_days: 180 }]);
    }

    #[test]
    fn buffers_keep_bookings_apart() {
        let rules = auditorium_rules();
        let first = span(d(2026, 12, 1), (17, 0), (18, 0));
        let right_after = span(d(2026, 12, 1), (18, 0), (19, 0));
        let after_buffer = span(d(2026, 12, 1), (18, 30), (19, 30));
        // Free itself, but inside the 30 minutes kept after the first: said as such.
        assert_eq!(check_request(&rules, &right_after, 1, now(), &[first]), vec![Refusal::TooCloseToAnother { buffer_minutes: 30 }]);
        assert_eq!(check_request(&rules, &after_buffer, 1, now(), &[first]), vec![]);
        // 19:00–21:00 against an approved 18:00–20:00.
        let approved = span(d(2026, 12, 1), (18, 0), (20, 0));
        let second = span(d(2026, 12, 1), (19, 0), (21, 0));
        assert_eq!(check_request(&rules, &second, 1, now(), &[approved]), vec![Refusal::AlreadyBooked]);
    }

    #[test]
    fn the_library_day_rate_wins_when_cheaper() {
        let (pricing, equipment, assistance) = library_pricing();
        let whole_day = span(d(2026, 12, 2), (10, 0), (18, 0));
        let quote = quote(&pricing, &[equipment.clone(), assistance.clone()], &whole_day, PriceCategory::Standard);
        assert_eq!(
            quote.lines,
            vec![
                QuoteLine { item: QuoteItem::RoomDay, cents: 15_000 },
                QuoteLine { item: QuoteItem::AddOnDay { key: "equipment".into() }, cents: 2_500 },
                QuoteLine {
                    item: QuoteItem::AddOnHours { key: "technical_assistance".into(), minutes: 480, hourly_cents: 700 },
                    cents: 5_600
                },
            ]
        );
        assert_eq!(quote.total_cents, 23_100);

        let two_hours = span(d(2026, 12, 2), (10, 0), (12, 0));
        let short = super::quote(&pricing, &[equipment], &two_hours, PriceCategory::Standard);
        assert_eq!(short.total_cents, 6_000 + 1_000, "hourly is cheaper for two hours");
    }

    #[test]
    fn the_day_rate_needs_the_booking_inside_its_window() {
        let (pricing, _, _) = library_pricing();
        let evening = span(d(2026, 12, 2), (12, 0), (20, 0));
        let quote = quote(&pricing, &[], &evening, PriceCategory::Standard);
        assert_eq!(quote.total_cents, 24_000);
    }

    #[test]
    fn categories_pay_their_share_exactly() {
        let booking = span(d(2026, 12, 1), (17, 0), (18, 30));
        let pricing = Pricing { hourly_cents: 3333, day_rate: None, non_profit_percent: 50, city_institution_percent: 0 };
        let standard = quote(&pricing, &[], &booking, PriceCategory::Standard);
        assert_eq!(standard.total_cents, 5000, "1.5 h × 33.33 € = 49.995 € rounds to 50.00 €");
        let non_profit = quote(&pricing, &[], &booking, PriceCategory::NonProfit);
        assert_eq!(non_profit.total_cents, 2500);
        assert_eq!(non_profit.lines.last().unwrap().cents, -2500);
        assert_eq!(quote(&pricing, &[], &booking, PriceCategory::CityInstitution).total_cents, 0);
    }

    #[test]
    fn daylight_saving_changes_are_priced_by_real_length() {
        let pricing = Pricing { hourly_cents: 1000, day_rate: None, non_profit_percent: 100, city_institution_percent: 100 };
        // 25 October 2026: clocks go back at 04:00, so 02:00–05:00 lasts four hours.
        let autumn = span(d(2026, 10, 25), (2, 0), (5, 0));
        assert_eq!(autumn.minutes(), 240);
        assert_eq!(quote(&pricing, &[], &autumn, PriceCategory::Standard).total_cents, 4000);
        // 29 March 2026: clocks go forward at 03:00, so 02:00–05:00 lasts two hours.
        let spring = span(d(2026, 3, 29), (2, 0), (5, 0));
        assert_eq!(spring.minutes(), 120);
        assert_eq!(quote(&pricing, &[], &spring, PriceCategory::Standard).total_cents, 2000);
        // 03:30 does not exist that night.
        assert_eq!(local_to_utc(d(2026, 3, 29), t(3, 30)), Err(Refusal::NoSuchLocalTime));
        // Local wall-clock times round-trip on both sides of the change.
        assert_eq!(to_local(autumn.end).time(), t(5, 0));
        assert_eq!(to_local(spring.start).time(), t(2, 0));
    }

    #[test]
    fn a_night_across_the_autumn_change_is_checked_in_local_time() {
        let always = BookingRules {
            weekly: WEEKDAYS.into_iter().map(|weekday| WeeklyWindow { weekday, start: t(0, 0), end: t(23, 59) }).collect(),
            closed_dates: vec![],
            slot_minutes: 30,
            min_duration_minutes: 30,
            max_duration_minutes: 240,
            buffer_minutes: 0,
            min_notice_hours: 0,
            max_advance_days: 3650,
            capacity: 10,
        };
        let autumn = span(d(2026, 10, 25), (2, 0), (5, 0));
        assert_eq!(check_request(&always, &autumn, 1, local(d(2026, 10, 1), 0, 0), &[]), vec![]);
    }

    #[test]
    fn bookable_hours_read_naturally() {
        let rules = auditorium_rules();
        assert_eq!(hours_in_words(&rules.weekly, Locale::Et), "E–R 17:00–21:00");
        assert_eq!(hours_in_words(&rules.weekly, Locale::En), "Mon–Fri 17:00–21:00");
        assert_eq!(hours_in_words(&rules.weekly, Locale::Ru), "Пн–Пт 17:00–21:00");
        let mut weekly = rules.weekly.clone();
        weekly.push(WeeklyWindow { weekday: Weekday::Sat, start: t(10, 0), end: t(14, 0) });
        assert_eq!(hours_in_words(&weekly, Locale::Et), "E–R 17:00–21:00; L 10:00–14:00");
        assert_eq!(hours_in_words(&[], Locale::En), "");
    }

    #[test]
    fn holidays_of_any_year_are_worked_out_without_a_panic() {
        for year in [i32::MIN, -2, 0, 1582, 1583, 2200, 262_142, 262_143, 262_144, i32::MAX] {
            let holidays = estonian_public_holidays(year);
            assert!(holidays.len() <= 12, "{year}");
        }
        assert_eq!(estonian_public_holidays(-2).len(), 9, "the fixed days, without Easter's three");
    }

    #[test]
    fn easter_and_the_moving_holidays() {
        assert_eq!(easter_sunday(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(d(2027, 3, 28)));
        assert_eq!(easter_sunday(2024), Some(d(2024, 3, 31)));
        let holidays = estonian_public_holidays(2026);
        assert_eq!(holidays.len(), 12);
        assert!(holidays.contains(&d(2026, 4, 3)), "suur reede");
        assert!(holidays.contains(&d(2026, 5, 24)), "nelipühade 1. püha");
        assert!(holidays.contains(&d(2026, 2, 24)));
        assert!(holidays.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn cancelling_is_free_until_the_policy_says() {
        let policy = CancellationPolicy { free_until_days: 7, fee_percent: 50 };
        let start = local(d(2026, 12, 15), 18, 0);
        assert_eq!(cancellation_fee(&policy, 10_000, start, local(d(2026, 12, 8), 18, 0)), 0);
        assert_eq!(cancellation_fee(&policy, 10_000, start, local(d(2026, 12, 8), 18, 1)), 5_000);
        assert_eq!(cancellation_fee(&policy, 3_333, start, local(d(2026, 12, 14), 9, 0)), 1_667);
    }

    proptest! {
        /// Accepting requests one by one through `check_request` never yields two accepted
        /// bookings that clash, whatever the requests.
        #[test]
        fn accepted_bookings_never_overlap(requests in prop::collection::vec((0i64..14, 17u32..21, 0u32..2, 1i64..5), 1..60)) {
            let mut rules = auditorium_rules();
            rules.closed_dates.clear();
            let base = d(2026, 12, 7);
            let mut accepted: Vec<Interval> = Vec::new();
            for (day, hour, half, slots) in requests {
                let date = base + Duration::days(day);
                let start = local(date, hour, half * 30);
                let request = Interval { start, end: start + Duration::minutes(30 * slots) };
                if check_request(&rules, &request, 10, now(), &accepted).is_empty() {
                    accepted.push(request);
                }
            }
            for (i, a) in accepted.iter().enumerate() {
                for b in &accepted[i + 1..] {
                    prop_assert!(!a.clashes_with(b, rules.buffer_minutes), "{a:?} clashes with {b:?}");
                }
            }
        }

        /// A quote's total is always the sum of its lines and never negative.
        #[test]
        fn quote_total_is_the_sum_of_its_lines(hourly in 0i64..20_000, minutes in 30i64..600, percent in 0i64..=100) {
            let start = local(d(2026, 12, 2), 8, 0);
            let booking = Interval { start, end: start + Duration::minutes(minutes) };
            let pricing = Pricing { hourly_cents: hourly, day_rate: None, non_profit_percent: percent, city_institution_percent: 0 };
            let quote = quote(&pricing, &[], &booking, PriceCategory::NonProfit);
            prop_assert_eq!(quote.total_cents, quote.lines.iter().map(|l| l.cents).sum::<i64>());
            prop_assert!(quote.total_cents >= 0);
        }
    }
}
