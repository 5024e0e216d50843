//! Pure: reading the dates people type into forms and URLs. Only years a city could mean
//! are dates here: `?date=-0002-06-01` or `?week=99999-W10` is a mistake to name next to
//! its field, not a year to compute Easter for (that panicked inside a page's rendering and
//! left the connection hanging) or to add weeks to (chrono's arithmetic overflows).

use chrono::{Datelike, NaiveDate, Weekday};

/// The first and last years a date may have anywhere in Raekoda.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

pub fn year_within_reason(year: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

/// `2026-12-08` (spaces around it allowed), in the years above.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok().filter(|date| year_within_reason(date.year()))
}

/// The Monday of an ISO week written `2026-W49`.
pub fn parse_iso_week(text: &str) -> Option<NaiveDate> {
    let (year, week) = text.trim().split_once("-W")?;
    let year = year.parse().ok().filter(|year| year_within_reason(*year))?;
    NaiveDate::from_isoywd_opt(year, week.parse().ok()?, Weekday::Mon)
}

/// The first day of a month written `2026-12`.
pub fn parse_month(text: &str) -> Option<NaiveDate> {
    let (year, month) = text.trim().split_once('-')?;
    let year = year.parse().ok().filter(|year| year_within_reason(*year))?;
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_read_only_within_the_years_a_city_could_mean() {
        assert_eq!(parse_date(" 2026-12-08 "), NaiveDate::from_ymd_opt(2026, 12, 8));
        assert_eq!(parse_date("1900-01-01"), NaiveDate::from_ymd_opt(1900, 1, 1));
        assert_eq!(parse_date("2200-12-31"), NaiveDate::from_ymd_opt(2200, 12, 31));
        for text in ["-0002-06-01", "1899-12-31", "2201-01-01", "262143-12-31", "+99999-01-01", "2026-02-30", "08.12.2026", ""] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn weeks_and_months_outside_those_years_are_not_read() {
        assert_eq!(parse_iso_week("2026-W49"), NaiveDate::from_ymd_opt(2026, 11, 30));
        assert_eq!(parse_month("2026-12"), NaiveDate::from_ymd_opt(2026, 12, 1));
        for text in ["-0002-W10", "99999-W10", "2026-W54", "2026-W"] {
            assert_eq!(parse_iso_week(text), None, "{text}");
        }
        for text in ["-0002-06", "99999-01", "2026-13", "2026"] {
            assert_eq!(parse_month(text), None, "{text}");
        }
    }
}
