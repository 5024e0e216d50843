//! Pure: reading a booking request form into checked values.

use chrono::{NaiveDate, NaiveTime};

use super::rules::PriceCategory;
use crate::core::i18n::Msg;
use crate::error::FieldError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedRequest {
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub participants: u32,
    pub purpose: String,
    pub organisation: Option<String>,
    pub category: PriceCategory,
    /// A title for the city calendar; `None` keeps the booking private.
    pub public_title: Option<String>,
}

pub const PUBLIC_TITLE_MAX_CHARS: usize = 120;

pub const PURPOSE_MAX_CHARS: usize = 2000;

pub fn parse_category(key: Option<&str>) -> Option<PriceCategory> {
    match key.map(str::trim).unwrap_or("") {
        "" | "standard" => Some(PriceCategory::Standard),
        "non_profit" => Some(PriceCategory::NonProfit),
        "city_institution" => Some(PriceCategory::CityInstitution),
        _ => None,
    }
}

pub fn category_label(category: PriceCategory) -> Msg {
    match category {
        PriceCategory::Standard => Msg::CategoryStandard,
        PriceCategory::NonProfit => Msg::CategoryNonProfit,
        PriceCategory::CityInstitution => Msg::CategoryCityInstitution,
    }
}

pub fn category_key(category: PriceCategory) -> &'static str {
    match category {
        PriceCategory::Standard => "standard",
        PriceCategory::NonProfit => "non_profit",
        PriceCategory::CityInstitution => "city_institution",
    }
}

/// Every field that cannot be used, named; else the request's values.
pub fn parse_request(
    date: &str,
    start: &str,
    end: &str,
    participants: &str,
    purpose: &str,
    organisation: Option<&str>,
    category: Option<&str>,
    public_title: Option<&str>,
    accepted_terms: bool,
) -> Result<ParsedRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| errors.push(FieldError::new("date", Msg::FilterDateInvalid))).ok();
    let start = NaiveTime::parse_from_str(start.trim(), "%H:%M").map_err(|_| errors.push(FieldError::new("start", Msg::FilterTimeInvalid))).ok();
    let end = NaiveTime::parse_from_str(end.trim(), "%H:%M").map_err(|_| errors.push(FieldError::new("end", Msg::FilterTimeInvalid))).ok();
    let participants = match participants.trim().parse::<u32>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            errors.push(FieldError::new("participants", Msg::FilterPeopleInvalid));
            None
        }
    };
    let purpose = purpose.trim();
    if purpose.is_empty() || purpose.chars().count() > PURPOSE_MAX_CHARS {
        errors.push(FieldError::new("purpose", Msg::ValPurposeRequired).with_param("max", PURPOSE_MAX_CHARS));
    }
    let category = parse_category(category);
    if category.is_none() {
        errors.push(FieldError::new("category", Msg::ValCategoryInvalid));
    }
    let public_title = public_title.map(str::trim).filter(|t| !t.is_empty());
    if public_title.is_some_and(|t| t.chars().count() > PUBLIC_TITLE_MAX_CHARS) {
        errors.push(FieldError::new("public_title", Msg::ValPublicTitleTooLong).with_param("max", PUBLIC_TITLE_MAX_CHARS));
    }
    if !accepted_terms {
        errors.push(FieldError::new("accept_terms", Msg::ValRoomTermsRequired));
    }
    match (date, start, end, participants, category) {
        (Some(date), Some(start), Some(end), Some(participants), Some(category)) if errors.is_empty() => Ok(ParsedRequest {
            date,
            start,
            end,
            participants,
            purpose: purpose.to_owned(),
            organisation: organisation.map(str::trim).filter(|o| !o.is_empty()).map(str::to_owned),
            category,
            public_title: public_title.map(str::to_owned),
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_request_is_read() {
        let parsed = parse_request("2026-12-08", "18:00", "20:00", "80", " Koolitus ", Some(""), Some("non_profit"), Some(" Avatud loeng "), true).unwrap();
        assert_eq!(parsed.participants, 80);
        assert_eq!(parsed.purpose, "Koolitus");
        assert_eq!(parsed.organisation, None);
        assert_eq!(parsed.category, PriceCategory::NonProfit);
        assert_eq!(parsed.public_title.as_deref(), Some("Avatud loeng"));
    }

    #[test]
    fn every_unusable_field_is_named() {
        let errors = parse_request("homme", "kuus", "", "0", "  ", None, Some("vip"), Some(&"x".repeat(121)), false).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["date", "start", "end", "participants", "purpose", "category", "public_title", "accept_terms"]);
    }
}
