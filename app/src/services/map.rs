//! Pure: the service map — the city's mapping exercise in numbers: services per
//! department and subdivision, how many lack an owner or a review in the last year, how
//! many can be used online, and each owner's workload.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::csv::field;

/// What the map needs of one service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapEntry {
    pub department: String,
    pub subdivision: Option<String>,
    pub owner: Option<String>,
    pub last_reviewed: NaiveDate,
    pub digital: bool,
}

/// One line of the map: a department, or a subdivision within it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapCounts {
    pub department: String,
    pub subdivision: Option<String>,
    pub services: usize,
    pub without_owner: usize,
    pub overdue: usize,
    pub digital: usize,
}

impl MapCounts {
    /// Share of services with an e-service channel, whole percent.
    pub fn digital_percent(&self) -> usize {
        (self.digital * 100 + self.services / 2).checked_div(self.services).unwrap_or(0)
    }
}

/// A review older than this is overdue.
pub const REVIEW_DAYS: i64 = 365;

pub fn is_overdue(last_reviewed: NaiveDate, today: NaiveDate) -> bool {
    last_reviewed < today - Duration::days(REVIEW_DAYS)
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceMap {
    pub departments: Vec<MapCounts>,
    pub subdivisions: Vec<MapCounts>,
    pub total: MapCounts,
    /// (owner, services owned), most first.
    pub workload: Vec<(String, usize)>,
}

fn add(counts: &mut MapCounts, entry: &MapEntry, today: NaiveDate) {
    counts.services += 1;
    counts.without_owner += usize::from(entry.owner.is_none());
    counts.overdue += usize::from(is_overdue(entry.last_reviewed, today));
    counts.digital += usize::from(entry.digital);
}

pub fn build(entries: &[MapEntry], today: NaiveDate) -> ServiceMap {
    let mut departments: BTreeMap<&str, MapCounts> = BTreeMap::new();
    let mut subdivisions: BTreeMap<(&str, &str), MapCounts> = BTreeMap::new();
    let mut workload: BTreeMap<&str, usize> = BTreeMap::new();
    let mut total = MapCounts::default();
    for entry in entries {
        add(&mut total, entry, today);
        let dept = departments.entry(&entry.department).or_insert_with(|| MapCounts { department: entry.department.clone(), ..MapCounts::default() });
        add(dept, entry, today);
        if let Some(sub) = &entry.subdivision {
            let line = subdivisions.entry((&entry.department, sub)).or_insert_with(|| MapCounts {
                department: entry.department.clone(),
                subdivision: Some(sub.clone()),
                ..MapCounts::default()
            });
            add(line, entry, today);
        }
        if let Some(owner) = &entry.owner {
            *workload.entry(owner).or_default() += 1;
        }
    }
    let mut workload: Vec<(String, usize)> = workload.into_iter().map(|(owner, n)| (owner.to_owned(), n)).collect();
    workload.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ServiceMap { departments: departments.into_values().collect(), subdivisions: subdivisions.into_values().collect(), total, workload }
}

/// Every service as one CSV line, for spreadsheets.
pub fn to_csv(rows: &[(String, MapEntry)], today: NaiveDate) -> String {
    let mut out = String::from("service,department,subdivision,owner,last_reviewed,overdue,digital\r\n");
    for (name, entry) in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\r\n",
            field(name),
            field(&entry.department),
            field(entry.subdivision.as_deref().unwrap_or("")),
            field(entry.owner.as_deref().unwrap_or("")),
            entry.last_reviewed.format("%Y-%m-%d"),
            if is_overdue(entry.last_reviewed, today) { "yes" } else { "no" },
            if entry.digital { "yes" } else { "no" },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn entry(dept: &str, sub: Option<&str>, owner: Option<&str>, reviewed: NaiveDate, digital: bool) -> MapEntry {
        MapEntry { department: dept.into(), subdivision: sub.map(Into::into), owner: owner.map(Into::into), last_reviewed: reviewed, digital }
    }

    #[test]
    fn counts_add_up_by_department_and_subdivision() {
        let today = d(2026, 11, 28);
        let entries = [
            entry("Haridus", None, Some("Kadri"), d(2026, 1, 1), true),
            entry("Haridus", Some("Lasteaed Sipsik"), None, d(2025, 11, 1), false),
            entry("Haridus", Some("Lasteaed Sipsik"), Some("Kadri"), d(2026, 6, 1), true),
            entry("Kultuur", None, Some("Mart"), d(2024, 1, 1), false),
        ];
        let map = build(&entries, today);
        assert_eq!(map.total.services, 4);
        assert_eq!((map.total.without_owner, map.total.overdue, map.total.digital), (1, 2, 2));
        let education = &map.departments[0];
        assert_eq!((education.department.as_str(), education.services, education.digital_percent()), ("Haridus", 3, 67));
        assert_eq!(map.subdivisions.len(), 1);
        assert_eq!(map.subdivisions[0].services, 2);
        assert_eq!(map.workload[0], ("Kadri".to_owned(), 2));
    }

    #[test]
    fn a_review_a_year_and_a_day_ago_is_overdue() {
        let today = d(2026, 11, 28);
        assert!(!is_overdue(d(2025, 11, 28), today));
        assert!(is_overdue(d(2025, 11, 27), today));
    }

    #[test]
    fn the_csv_quotes_and_neutralises() {
        let rows = [("=Teenus, uus".to_owned(), entry("Haridus", None, None, d(2026, 1, 1), true))];
        let csv = to_csv(&rows, d(2026, 11, 28));
        assert_eq!(csv.lines().nth(1).unwrap(), "\"'=Teenus, uus\",Haridus,,,2026-01-01,no,yes");
    }
}
