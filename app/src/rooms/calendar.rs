//! Pure: the week and month a calendar shows, and each day's open and busy times in the
//! city's local time. Others' bookings appear only as busy; public ones with their title.

use chrono::{DateTime, Datelike, Duration, IsoWeek, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::rules::{to_local, BookingRules};

pub use crate::core::dates::{parse_iso_week, parse_month};

/// `2026-W49` for any day of that week.
pub fn iso_week_label(day: NaiveDate) -> String {
    let week: IsoWeek = day.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(day.weekday().num_days_from_monday() as i64)
}

pub fn month_label(day: NaiveDate) -> String {
    format!("{}-{:02}", day.year(), day.month())
}

/// The first day of the next month.
pub fn next_month(first: NaiveDate) -> NaiveDate {
    if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1).unwrap_or(first)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1).unwrap_or(first)
    }
}

pub fn previous_month(first: NaiveDate) -> NaiveDate {
    if first.month() == 1 {
        NaiveDate::from_ymd_opt(first.year() - 1, 12, 1).unwrap_or(first)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() - 1, 1).unwrap_or(first)
    }
}

/// A booking as a calendar shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BusyTime {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Shown only when the booker made the booking public.
    pub public_title: Option<String>,
    /// Which room, when a calendar covers several.
    pub room_name: Option<String>,
    /// A staff block (maintenance, the institution's own use): closed, not booked.
    pub block: bool,
}

/// A stretch of one local day, "18:00"–"20:00"; a booking past midnight ends at "24:00".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaySpan {
    pub from: String,
    pub to: String,
    pub title: Option<String>,
    pub room_name: Option<String>,
    /// Closed by staff rather than booked.
    #[serde(default)]
    pub block: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarDay {
    /// `2026-12-08`.
    pub date: String,
    /// 0 = Monday.
    pub weekday: u32,
    /// A public holiday or closure.
    pub closed: bool,
    pub open: Vec<DaySpan>,
    pub busy: Vec<DaySpan>,
    /// Open times long enough for a booking once buffers around busy times are kept.
    pub free: Vec<DaySpan>,
}

impl CalendarDay {
    /// Busy spans that are bookings.
    pub fn bookings(&self) -> usize {
        self.busy.iter().filter(|span| !span.block).count()
    }

    /// Busy spans that are staff blocks.
    pub fn blocks(&self) -> usize {
        self.busy.iter().filter(|span| span.block).count()
    }
}

fn hhmm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

fn minutes_of(text: &str) -> i64 {
    let (hours, minutes) = text.split_once(':').unwrap_or(("0", "0"));
    hours.parse::<i64>().unwrap_or(0) * 60 + minutes.parse::<i64>().unwrap_or(0)
}

fn clock(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The open windows minus the busy spans (each widened by the buffer on both sides),
/// keeping only gaps of at least `min_minutes`.
fn free_gaps(open: &[DaySpan], busy: &[DaySpan], buffer: i64, min_minutes: i64) -> Vec<DaySpan> {
    let mut free = Vec::new();
    for window in open {
        let mut pieces = vec![(minutes_of(&window.from), minutes_of(&window.to))];
        for taken in busy {
            let (from, to) = (minutes_of(&taken.from) - buffer, minutes_of(&taken.to) + buffer);
            pieces = pieces
                .into_iter()
                .flat_map(|(start, end)| [(start, end.min(from)), (start.max(to), end)])
                .filter(|(start, end)| start < end)
                .collect();
        }
        free.extend(
            pieces
                .into_iter()
                .filter(|(start, end)| end - start >= min_minutes.max(1))
                .map(|(start, end)| DaySpan { from: clock(start), to: clock(end), title: None, room_name: None, block: false }),
        );
    }
    free
}

/// Each day from `first` for `days` days: when the room is open and when it is taken.
pub fn days_of(rules: &BookingRules, first: NaiveDate, days: i64, busy: &[BusyTime]) -> Vec<CalendarDay> {
    (0..days)
        .map(|offset| {
            let date = first + Duration::days(offset);
            let closed = rules.closed_dates.contains(&date);
            let open = if closed {
                Vec::new()
            } else {
                rules
                    .weekly
                    .iter()
                    .filter(|window| window.weekday == date.weekday())
                    .map(|window| DaySpan { from: hhmm(window.start), to: hhmm(window.end), title: None, room_name: None, block: false })
                    .collect()
            };
            let mut taken: Vec<&BusyTime> = busy
                .iter()
                .filter(|b| to_local(b.start).date() <= date && date <= to_local(b.end - Duration::seconds(1)).date())
                .collect();
            taken.sort_by_key(|b| b.start);
            let busy: Vec<DaySpan> = taken
                .into_iter()
                .map(|b| {
                    let (start, end) = (to_local(b.start), to_local(b.end));
                    DaySpan {
                        from: if start.date() < date { "00:00".to_owned() } else { hhmm(start.time()) },
                        to: if end.date() > date { "24:00".to_owned() } else { hhmm(end.time()) },
                        title: b.public_title.clone(),
                        room_name: b.room_name.clone(),
                        block: b.block,
                    }
                })
                .collect();
            let free = free_gaps(&open, &busy, rules.buffer_minutes, rules.min_duration_minutes);
            CalendarDay { date: date.format("%Y-%m-%d").to_string(), weekday: date.weekday().num_days_from_monday(), closed, open, busy, free }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rooms::rules::local_to_utc;
    use crate::rooms::rules::tests::{auditorium_rules, t};

    fn d(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn iso_weeks_round_trip() {
        assert_eq!(parse_iso_week("2026-W49"), Some(d(2026, 11, 30)));
        assert_eq!(iso_week_label(d(2026, 12, 6)), "2026-W49");
        // 1 January 2027 is a Friday of 2026's week 53.
        assert_eq!(iso_week_label(d(2027, 1, 1)), "2026-W53");
        assert_eq!(parse_iso_week("2026-W99"), None);
        assert_eq!(parse_iso_week("homme"), None);
    }

    #[test]
    fn months_step_across_years() {
        assert_eq!(parse_month("2026-12"), Some(d(2026, 12, 1)));
        assert_eq!(next_month(d(2026, 12, 1)), d(2027, 1, 1));
        assert_eq!(previous_month(d(2027, 1, 1)), d(2026, 12, 1));
        assert_eq!(parse_month("2026-13"), None);
    }

    #[test]
    fn a_week_shows_open_closed_and_busy_days() {
        let monday = d(2026, 12, 21);
        let busy = [BusyTime {
            start: local_to_utc(d(2026, 12, 22), t(18, 0)).unwrap(),
            end: local_to_utc(d(2026, 12, 22), t(20, 0)).unwrap(),
            public_title: None,
            room_name: None,
            block: false,
        }];
        let week = days_of(&auditorium_rules(), monday, 7, &busy);
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].open[0].from, "17:00");
        assert_eq!(week[1].busy, vec![DaySpan { from: "18:00".into(), to: "20:00".into(), title: None, room_name: None, block: false }]);
        // Christmas Eve (Thursday) is a public holiday; Sunday simply has no hours.
        assert!(week[3].closed && week[3].open.is_empty());
        assert!(!week[6].closed && week[6].open.is_empty());
        // Monday is all free; on Tuesday the 30-minute buffer leaves 17:00–17:30 (shorter
        // than the hour a booking needs) and 20:30–21:00 (likewise): nothing bookable.
        assert_eq!(week[0].free, vec![DaySpan { from: "17:00".into(), to: "21:00".into(), title: None, room_name: None, block: false }]);
        assert!(week[1].free.is_empty());
    }

    #[test]
    fn free_gaps_keep_the_buffer_and_the_minimum_length() {
        let span = |from: &str, to: &str| DaySpan { from: from.into(), to: to.into(), title: None, room_name: None, block: false };
        let open = [span("10:00", "18:00")];
        let busy = [span("12:00", "13:00"), span("15:00", "16:00")];
        assert_eq!(free_gaps(&open, &busy, 30, 60), vec![span("10:00", "11:30"), span("13:30", "14:30"), span("16:30", "18:00")]);
        assert_eq!(free_gaps(&open, &busy, 30, 90), vec![span("10:00", "11:30"), span("16:30", "18:00")]);
        assert_eq!(free_gaps(&open, &[span("00:00", "24:00")], 0, 30), vec![]);
    }

    #[test]
    fn a_booking_past_midnight_shows_on_both_days() {
        let busy = [BusyTime {
            start: local_to_utc(d(2026, 12, 8), t(22, 0)).unwrap(),
            end: local_to_utc(d(2026, 12, 9), t(2, 0)).unwrap(),
            public_title: Some("Öökino".into()),
            room_name: None,
            block: false,
        }];
        let days = days_of(&auditorium_rules(), d(2026, 12, 8), 2, &busy);
        assert_eq!((days[0].busy[0].from.as_str(), days[0].busy[0].to.as_str()), ("22:00", "24:00"));
        assert_eq!((days[1].busy[0].from.as_str(), days[1].busy[0].to.as_str()), ("00:00", "02:00"));
        assert_eq!(days[1].busy[0].title.as_deref(), Some("Öökino"));
    }

    #[test]
    fn a_staff_block_is_a_closed_span_not_a_booking() {
        let busy = [BusyTime {
            start: local_to_utc(d(2026, 12, 8), t(17, 0)).unwrap(),
            end: local_to_utc(d(2026, 12, 8), t(19, 0)).unwrap(),
            public_title: None,
            room_name: None,
            block: true,
        }];
        let days = days_of(&auditorium_rules(), d(2026, 12, 8), 1, &busy);
        assert!(days[0].busy[0].block);
        assert_eq!(days[0].bookings(), 0);
        assert_eq!(days[0].blocks(), 1);
    }
}
