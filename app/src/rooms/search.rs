//! Pure rules of the room catalogue's filters: reading them from the address bar, and why
//! a room does or does not match.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::model::{AccessibilityFact, Feature};
use super::rules::{calendar_refusals, local_to_utc, BookingRules, Cents, Interval};
use crate::core::i18n::Msg;
use crate::error::FieldError;

/// The filters exactly as they stand in the URL (`/rooms?people=80&date=…`); every one optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomFilter {
    pub date: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub people: Option<String>,
    pub institution: Option<String>,
    pub district: Option<String>,
    pub feature: Option<String>,
    pub step_free: Option<String>,
    pub max_price: Option<String>,
}

/// The filters once understood.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedFilter {
    pub when: Option<(NaiveDate, NaiveTime, NaiveTime)>,
    pub people: Option<u32>,
    pub institution: Option<String>,
    pub district: Option<String>,
    pub feature: Option<Feature>,
    pub step_free: bool,
    pub max_hourly_cents: Option<Cents>,
}

/// What the catalogue knows of one room to filter it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomFacts {
    pub institution_slug: String,
    pub district: String,
    pub max_capacity: u32,
    pub hourly_cents: Cents,
    pub features: Vec<Feature>,
    pub accessibility: Vec<AccessibilityFact>,
    pub rules: BookingRules,
}

/// Why a room is not in the results; the page counts them when nothing matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mismatch {
    TooSmall,
    OtherInstitution,
    OtherDistrict,
    MissingFeature,
    NotStepFree,
    TooExpensive,
    NotBookableThen,
}

impl Mismatch {
    /// "{count} rooms are too small" and the like.
    pub fn label(self) -> Msg {
        match self {
            Mismatch::TooSmall => Msg::MismatchTooSmall,
            Mismatch::OtherInstitution => Msg::MismatchOtherInstitution,
            Mismatch::OtherDistrict => Msg::MismatchOtherDistrict,
            Mismatch::MissingFeature => Msg::MismatchMissingFeature,
            Mismatch::NotStepFree => Msg::MismatchNotStepFree,
            Mismatch::TooExpensive => Msg::MismatchTooExpensive,
            Mismatch::NotBookableThen => Msg::MismatchNotBookableThen,
        }
    }
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

pub fn feature_key(feature: Feature) -> String {
    format!("{feature:?}").to_lowercase()
}

fn parse_feature(key: &str) -> Option<Feature> {
    Feature::ALL.into_iter().find(|feature| feature_key(*feature) == key)
}

/// "50", "50.5", "50,50" euros to cents; `None` if it is not an amount.
pub fn parse_euros(text: &str) -> Option<Cents> {
    let text = text.trim().trim_end_matches('€').trim().replace(',', ".");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || fraction.len() > 2 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let euros: Cents = whole.parse().ok()?;
    let cents: Cents = format!("{fraction:0<2}").parse().ok()?;
    euros.checked_mul(100)?.checked_add(cents)
}

/// Reads the filters; each one that cannot be understood is named for its field.
pub fn parse_filter(filter: &RoomFilter) -> Result<ParsedFilter, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut parsed = ParsedFilter {
        institution: present(&filter.institution).map(str::to_owned),
        district: present(&filter.district).map(str::to_owned),
        step_free: present(&filter.step_free).is_some(),
        ..ParsedFilter::default()
    };
    let date = present(&filter.date).map(|d| crate::core::dates::parse_date(d).ok_or(()));
    let time = |value: &Option<String>| present(value).map(|t| NaiveTime::parse_from_str(t, "%H:%M"));
    let (from, to) = (time(&filter.from), time(&filter.to));
    match (date, from, to) {
        (None, None, None) => {}
        (Some(Ok(date)), Some(Ok(from)), Some(Ok(to))) if to > from => parsed.when = Some((date, from, to)),
        (Some(Ok(_)), Some(Ok(_)), Some(Ok(_))) => errors.push(FieldError::new("to", Msg::FilterEndAfterStart)),
        (date, from, to) => {
            if !matches!(date, Some(Ok(_))) {
                errors.push(FieldError::new("date", Msg::FilterDateInvalid));
            }
            if !matches!(from, Some(Ok(_))) {
                errors.push(FieldError::new("from", Msg::FilterTimeInvalid));
            }
            if !matches!(to, Some(Ok(_))) {
                errors.push(FieldError::new("to", Msg::FilterTimeInvalid));
            }
        }
    }
    if let Some(people) = present(&filter.people) {
        match people.parse::<u32>() {
            Ok(n) if n > 0 => parsed.people = Some(n),
            _ => errors.push(FieldError::new("people", Msg::FilterPeopleInvalid)),
        }
    }
    if let Some(key) = present(&filter.feature) {
        match parse_feature(key) {
            Some(feature) => parsed.feature = Some(feature),
            None => errors.push(FieldError::new("feature", Msg::FilterFeatureInvalid)),
        }
    }
    if let Some(price) = present(&filter.max_price) {
        match parse_euros(price) {
            Some(cents) => parsed.max_hourly_cents = Some(cents),
            None => errors.push(FieldError::new("max_price", Msg::FilterPriceInvalid)),
        }
    }
    if errors.is_empty() { Ok(parsed) } else { Err(errors) }
}

/// Every reason `room` does not match (empty when it does). `taken` are the room's
/// busy times; `holidays` the city's closed days.
pub fn mismatches(room: &RoomFacts, filter: &ParsedFilter, taken: &[Interval], holidays: &[NaiveDate]) -> Vec<Mismatch> {
    let mut reasons = Vec::new();
    if filter.people.is_some_and(|people| people > room.max_capacity) {
        reasons.push(Mismatch::TooSmall);
    }
    if filter.institution.as_ref().is_some_and(|slug| *slug != room.institution_slug) {
        reasons.push(Mismatch::OtherInstitution);
    }
    if filter.district.as_ref().is_some_and(|district| *district != room.district) {
        reasons.push(Mismatch::OtherDistrict);
    }
    if filter.feature.is_some_and(|feature| !room.features.contains(&feature)) {
        reasons.push(Mismatch::MissingFeature);
    }
    if filter.step_free && !room.accessibility.contains(&AccessibilityFact::StepFreeAccess) {
        reasons.push(Mismatch::NotStepFree);
    }
    if filter.max_hourly_cents.is_some_and(|max| room.hourly_cents > max) {
        reasons.push(Mismatch::TooExpensive);
    }
    if let Some((date, from, to)) = filter.when {
        let free = match (local_to_utc(date, from), local_to_utc(date, to)) {
            (Ok(start), Ok(end)) => {
                let mut rules = room.rules.clone();
                rules.closed_dates.extend_from_slice(holidays);
                calendar_refusals(&rules, &Interval { start, end }, taken).is_empty()
            }
            _ => false,
        };
        if !free {
            reasons.push(Mismatch::NotBookableThen);
        }
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rooms::rules::estonian_public_holidays;
    use crate::rooms::rules::tests::auditorium_rules;

    fn auditorium() -> RoomFacts {
        let mut rules = auditorium_rules();
        // Holidays are passed to `mismatches` separately, as the catalogue does.
        rules.closed_dates.clear();
        RoomFacts {
            institution_slug: "hugo-treffneri-gumnaasium".into(),
            district: "Kesklinn".into(),
            max_capacity: 100,
            hourly_cents: 5000,
            features: vec![Feature::ForcedVentilation, Feature::DeskSockets],
            accessibility: vec![AccessibilityFact::StepFreeAccess],
            rules,
        }
    }

    fn filter(pairs: &[(&str, &str)]) -> RoomFilter {
        let get = |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string());
        RoomFilter {
            date: get("date"),
            from: get("from"),
            to: get("to"),
            people: get("people"),
            institution: get("institution"),
            district: get("district"),
            feature: get("feature"),
            step_free: get("step_free"),
            max_price: get("max_price"),
        }
    }

    #[test]
    fn eighty_people_on_a_weekday_evening_find_the_auditorium() {
        let parsed = parse_filter(&filter(&[("people", "80"), ("date", "2026-12-08"), ("from", "18:00"), ("to", "20:00")])).unwrap();
        assert_eq!(mismatches(&auditorium(), &parsed, &[], &[]), vec![]);
    }

    #[test]
    fn a_saturday_or_a_holiday_is_not_bookable() {
        let saturday = parse_filter(&filter(&[("date", "2026-12-12"), ("from", "18:00"), ("to", "20:00")])).unwrap();
        assert_eq!(mismatches(&auditorium(), &saturday, &[], &[]), vec![Mismatch::NotBookableThen]);
        let christmas_eve = parse_filter(&filter(&[("date", "2026-12-24"), ("from", "18:00"), ("to", "20:00")])).unwrap();
        assert_eq!(mismatches(&auditorium(), &christmas_eve, &[], &estonian_public_holidays(2026)), vec![Mismatch::NotBookableThen]);
    }

    #[test]
    fn every_reason_is_named() {
        let parsed = parse_filter(&filter(&[
            ("people", "300"),
            ("institution", "tartu-linnaraamatukogu"),
            ("district", "Annelinn"),
            ("feature", "piano"),
            ("step_free", "on"),
            ("max_price", "20"),
        ]))
        .unwrap();
        let mut room = auditorium();
        room.accessibility.clear();
        assert_eq!(
            mismatches(&room, &parsed, &[], &[]),
            vec![
                Mismatch::TooSmall,
                Mismatch::OtherInstitution,
                Mismatch::OtherDistrict,
                Mismatch::MissingFeature,
                Mismatch::NotStepFree,
                Mismatch::TooExpensive
            ]
        );
    }

    #[test]
    fn unreadable_filters_are_named_by_field() {
        let errors = parse_filter(&filter(&[("people", "many"), ("date", "8.12.2026"), ("from", "18"), ("feature", "jacuzzi"), ("max_price", "cheap")])).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["date", "from", "to", "people", "feature", "max_price"]);
        let backwards = parse_filter(&filter(&[("date", "2026-12-08"), ("from", "20:00"), ("to", "18:00")])).unwrap_err();
        assert_eq!(backwards[0].message, Msg::FilterEndAfterStart);
    }

    #[test]
    fn empty_values_are_no_filter() {
        assert_eq!(parse_filter(&filter(&[("people", ""), ("date", " "), ("district", "")])).unwrap(), ParsedFilter::default());
    }

    #[test]
    fn euro_amounts_are_read_exactly() {
        assert_eq!(parse_euros("50"), Some(5000));
        assert_eq!(parse_euros("50,5"), Some(5050));
        assert_eq!(parse_euros("49.99 €"), Some(4999));
        assert_eq!(parse_euros("0.001"), None);
        assert_eq!(parse_euros("-5"), None);
        assert_eq!(parse_euros(""), None);
    }

    #[test]
    fn feature_keys_round_trip() {
        for feature in Feature::ALL {
            assert_eq!(parse_feature(&feature_key(feature)), Some(feature));
        }
    }
}
