//! Pure: utilisation (booked hours / bookable hours) and revenue per room and month, and
//! the same as CSV for spreadsheets.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::rules::{BookingRules, Cents};
use crate::core::csv::field;

/// Minutes the room may be booked between `first` and `until` (exclusive): its weekly
/// hours on every day that is not closed.
pub fn bookable_minutes(rules: &BookingRules, first: NaiveDate, until: NaiveDate) -> i64 {
    let mut total = 0;
    let mut day = first;
    while day < until {
        if !rules.closed_dates.contains(&day) {
            total += rules
                .weekly
                .iter()
                .filter(|window| window.weekday == day.weekday())
                .map(|window| (window.end - window.start).num_minutes().max(0))
                .sum::<i64>();
        }
        day += Duration::days(1);
    }
    total
}

/// One room's month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomMonth {
    pub room_slug: String,
    pub room_name: String,
    pub institution_name: String,
    /// Approved bookings only; staff blocks are `blocked_minutes`.
    pub booked_minutes: i64,
    pub bookable_minutes: i64,
    pub bookings: u32,
    pub revenue_cents: Cents,
    /// Staff blocks: closed time, neither use nor revenue.
    pub blocks: u32,
    pub blocked_minutes: i64,
}

impl RoomMonth {
    /// Booked hours over bookable hours as a whole percent, rounded half up; 0 when the
    /// room had no bookable hours. Blocks are not use.
    pub fn utilisation_percent(&self) -> i64 {
        if self.bookable_minutes <= 0 { 0 } else { (self.booked_minutes * 100 + self.bookable_minutes / 2) / self.bookable_minutes }
    }
}

fn hours(minutes: i64) -> String {
    format!("{}.{:02}", minutes / 60, (minutes % 60) * 100 / 60)
}

fn euros(cents: Cents) -> String {
    format!("{}.{:02}", cents / 100, (cents % 100).abs())
}

/// The report as CSV (comma-separated, dot decimals, one header line), as spreadsheet
/// programs and the city's accounting expect. The block columns come last, so a sheet
/// that read the first eight columns before reads them still.
pub fn to_csv(month: &str, rows: &[RoomMonth]) -> String {
    let mut out = String::from("month,institution,room,bookings,booked_hours,bookable_hours,utilisation_percent,revenue_eur,blocks,blocked_hours\r\n");
    for row in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{}\r\n",
            month,
            field(&row.institution_name),
            field(&row.room_name),
            row.bookings,
            hours(row.booked_minutes),
            hours(row.bookable_minutes),
            row.utilisation_percent(),
            euros(row.revenue_cents),
            row.blocks,
            hours(row.blocked_minutes)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rooms::rules::tests::auditorium_rules;

    fn d(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn december_2026_has_21_bookable_evenings_in_the_auditorium() {
        // 23 weekdays, minus Christmas Eve and Christmas Day (Boxing Day is a Saturday),
        // 4 hours each.
        let minutes = bookable_minutes(&auditorium_rules(), d(2026, 12, 1), d(2027, 1, 1));
        assert_eq!(minutes, 21 * 4 * 60);
    }

    #[test]
    fn utilisation_is_rounded_and_safe_without_hours() {
        let mut row = RoomMonth {
            room_slug: "a".into(),
            room_name: "Auditoorium".into(),
            institution_name: "HTG".into(),
            booked_minutes: 120,
            bookable_minutes: 5040,
            bookings: 1,
            revenue_cents: 10_000,
            blocks: 1,
            blocked_minutes: 2_000,
        };
        assert_eq!(row.utilisation_percent(), 2, "the block's hours are not use");
        row.bookable_minutes = 0;
        assert_eq!(row.utilisation_percent(), 0);
    }

    #[test]
    fn csv_quotes_commas_and_neutralises_formulas() {
        let row = RoomMonth {
            room_slug: "a".into(),
            room_name: "Saal, suur".into(),
            institution_name: "=HYPERLINK(\"x\")".into(),
            booked_minutes: 90,
            bookable_minutes: 600,
            bookings: 1,
            revenue_cents: 7_550,
            blocks: 2,
            blocked_minutes: 180,
        };
        let csv = to_csv("2026-12", &[row]);
        let line = csv.lines().nth(1).unwrap();
        assert_eq!(line, "2026-12,\"'=HYPERLINK(\"\"x\"\")\",\"Saal, suur\",1,1.50,10.00,15,75.50,2,3.00");
    }
}
