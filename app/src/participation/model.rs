//! Participation's shared vocabulary: indicators with yearly values (exact, in hundredths),
//! plan goals and their progress, and a consultation's phase by date. Pure; unit-tested.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::i18n::{Locale, Msg};
use crate::services::model::Text;

/// One year's value of an indicator, in hundredths of its unit (23 491.13 t = 2 349 113),
/// so sums and comparisons stay exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearValue {
    pub year: i32,
    pub hundredths: i64,
}

/// A key figure of a topic: its name, unit, how many decimals it is shown with, and its
/// yearly values, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub slug: String,
    pub name: Text,
    pub unit: Text,
    pub decimals: u8,
    pub values: Vec<YearValue>,
}

impl Indicator {
    pub fn latest(&self) -> Option<YearValue> {
        self.values.iter().max_by_key(|v| v.year).copied()
    }

    pub fn value_in(&self, year: i32) -> Option<i64> {
        self.values.iter().find(|v| v.year == year).map(|v| v.hundredths)
    }
}

/// A number for people: thousands grouped with a no-break space (as the SI and Estonian
/// usage have it), the decimal mark of the reader's language.
pub fn format_number(hundredths: i64, decimals: u8, locale: Locale) -> String {
    let negative = hundredths < 0;
    let magnitude = hundredths.unsigned_abs();
    let decimals = decimals.min(2);
    // Round half away from zero to the decimals shown.
    let step = 10u64.pow(2 - u32::from(decimals));
    let rounded = (magnitude + step / 2) / step * step;
    let whole = rounded / 100;
    let fraction = rounded % 100;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(digit);
    }
    let mark = match locale {
        Locale::En => '.',
        Locale::Et | Locale::Ru => ',',
    };
    let mut text = if negative { format!("−{grouped}") } else { grouped };
    if decimals > 0 {
        let fraction = format!("{fraction:02}");
        text.push(mark);
        text.push_str(&fraction[..usize::from(decimals)]);
    }
    text
}

/// A goal of a plan: where an indicator should be by a year, measured from a baseline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub title: Text,
    pub indicator: String,
    pub baseline_year: i32,
    pub target_year: i32,
    pub target_hundredths: i64,
}

/// How far a goal has come: the share of the way from the baseline to the target that the
/// latest value covers, in whole per cent, 0–100. `None` without the values to say.
pub fn progress_percent(goal: &Goal, indicator: &Indicator) -> Option<u8> {
    let baseline = indicator.value_in(goal.baseline_year)?;
    let latest = indicator.latest()?;
    let way = goal.target_hundredths - baseline;
    if way == 0 {
        return Some(100);
    }
    let covered = latest.hundredths - baseline;
    let percent = (i128::from(covered) * 100 / i128::from(way)).clamp(0, 100);
    Some(percent as u8)
}

/// Where a consultation is in its life, by today's date in Tallinn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    Upcoming,
    Open,
    Closed,
}

impl Phase {
    pub fn of(opens_on: NaiveDate, closes_on: NaiveDate, today: NaiveDate) -> Phase {
        if today < opens_on {
            Phase::Upcoming
        } else if today <= closes_on {
            Phase::Open
        } else {
            Phase::Closed
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Phase::Upcoming => "upcoming",
            Phase::Open => "open",
            Phase::Closed => "closed",
        }
    }

    pub fn from_key(key: &str) -> Option<Phase> {
        [Phase::Upcoming, Phase::Open, Phase::Closed].into_iter().find(|p| p.key() == key)
    }

    pub fn label(self) -> Msg {
        match self {
            Phase::Upcoming => Msg::PhaseUpcoming,
            Phase::Open => Msg::PhaseOpen,
            Phase::Closed => Msg::PhaseClosed,
        }
    }
}

/// Moderators (and administrators) look after what citizens write.
pub fn moderates(person: &crate::core::roles::SessionUser) -> bool {
    person.has_role(crate::core::roles::Role::Moderator) || person.is_administrator()
}

/// Administrators run consultations: they publish the city's response.
pub fn runs_consultations(person: &crate::core::roles::SessionUser) -> bool {
    person.is_administrator()
}

/// A comment may be edited by its author for this long after writing it.
pub const EDIT_WINDOW_MINUTES: i64 = 15;
pub const COMMENT_MAX: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    fn waste() -> Indicator {
        Indicator {
            slug: "waste-handed-over".into(),
            name: Text::new("Üle antud jäätmed", "Waste handed over"),
            unit: Text::new("t", "t"),
            decimals: 2,
            values: vec![YearValue { year: 2020, hundredths: 2_512_040 }, YearValue { year: 2022, hundredths: 2_349_113 }, YearValue { year: 2021, hundredths: 2_430_000 }],
        }
    }

    #[test]
    fn numbers_are_grouped_and_marked_for_the_reader() {
        assert_eq!(format_number(2_349_113, 2, Locale::Et), "23\u{a0}491,13");
        assert_eq!(format_number(2_349_113, 2, Locale::En), "23\u{a0}491.13");
        assert_eq!(format_number(51_644_200, 0, Locale::Et), "516\u{a0}442");
        assert_eq!(format_number(28_718_316, 2, Locale::Ru), "287\u{a0}183,16");
        assert_eq!(format_number(99, 0, Locale::En), "1");
        assert_eq!(format_number(-150, 1, Locale::En), "−1.5");
        assert_eq!(format_number(0, 0, Locale::Et), "0");
    }

    #[test]
    fn the_latest_value_is_the_newest_year_not_the_last_written() {
        assert_eq!(waste().latest(), Some(YearValue { year: 2022, hundredths: 2_349_113 }));
        assert_eq!(waste().value_in(2021), Some(2_430_000));
        assert_eq!(waste().value_in(2019), None);
    }

    #[test]
    fn progress_is_the_share_of_the_way_to_the_target() {
        let goal = Goal { title: Text::new("Vähem jäätmeid", "Less waste"), indicator: "waste-handed-over".into(), baseline_year: 2020, target_year: 2030, target_hundredths: 2_012_040 };
        // From 25 120.40 t towards 20 120.40 t, now at 23 491.13 t: a third of the way.
        assert_eq!(progress_percent(&goal, &waste()), Some(32));
        let overshot = Goal { target_hundredths: 2_400_000, ..goal.clone() };
        assert_eq!(progress_percent(&overshot, &waste()), Some(100));
        let wrong_way = Goal { target_hundredths: 3_000_000, ..goal.clone() };
        assert_eq!(progress_percent(&wrong_way, &waste()), Some(0));
        let no_baseline = Goal { baseline_year: 2010, ..goal };
        assert_eq!(progress_percent(&no_baseline, &waste()), None);
    }

    #[test]
    fn a_consultation_is_open_through_its_last_day() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(Phase::of(day(5), day(20), day(4)), Phase::Upcoming);
        assert_eq!(Phase::of(day(5), day(20), day(5)), Phase::Open);
        assert_eq!(Phase::of(day(5), day(20), day(20)), Phase::Open);
        assert_eq!(Phase::of(day(5), day(20), day(21)), Phase::Closed);
        for phase in [Phase::Upcoming, Phase::Open, Phase::Closed] {
            assert_eq!(Phase::from_key(phase.key()), Some(phase));
        }
    }
}
