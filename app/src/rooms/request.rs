//! Pure: reading a booking request form into checked values.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::model::LayoutKind;
use super::rules::PriceCategory;
use crate::core::dates::parse_date;
use crate::core::i18n::Msg;
use crate::error::FieldError;

/// The booking form's fields as typed (every one a string, as forms send them).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingForm {
    pub date: String,
    pub start: String,
    pub end: String,
    pub participants: String,
    pub layout: Option<String>,
    pub purpose: String,
    pub organisation: Option<String>,
    pub invoice_details: Option<String>,
    pub category: Option<String>,
    pub public_title: Option<String>,
    /// Keys of the add-ons ticked.
    pub add_ons: Vec<String>,
    /// Repeat weekly until this date (inclusive); empty for one booking.
    pub repeat_until: Option<String>,
    pub accept_terms: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedRequest {
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub participants: u32,
    pub layout: Option<LayoutKind>,
    pub purpose: String,
    pub organisation: Option<String>,
    pub invoice_details: Option<String>,
    pub category: PriceCategory,
    /// A title for the city calendar; `None` keeps the booking private.
    pub public_title: Option<String>,
    pub add_ons: Vec<String>,
    pub repeat_until: Option<NaiveDate>,
}

impl ParsedRequest {
    /// Every date of the request: one, or each week from `date` until `repeat_until`.
    pub fn dates(&self) -> Vec<NaiveDate> {
        series_dates(self.date, self.repeat_until)
    }
}

pub const PURPOSE_MAX_CHARS: usize = 2000;
pub const PUBLIC_TITLE_MAX_CHARS: usize = 120;
pub const INVOICE_MAX_CHARS: usize = 1000;
/// A weekly series covers at most half a year; longer arrangements are contracts.
pub const SERIES_MAX_WEEKS: i64 = 26;

/// How many booking dates one person may have waiting for a decision at once. A request
/// holds its slot until decided, so without a cap one person could hold every room of the
/// city with 26-week series. One full series and a few more is room enough for anyone.
pub const PENDING_DATES_MAX: u64 = 30;

/// Whether `asked` more dates may wait beside the `pending` ones the person has.
pub fn may_wait(pending: u64, asked: usize) -> bool {
    pending.saturating_add(asked as u64) <= PENDING_DATES_MAX
}

/// The dates of a weekly series from `first` until `until` (inclusive), at most
/// `SERIES_MAX_WEEKS` of them.
pub fn series_dates(first: NaiveDate, until: Option<NaiveDate>) -> Vec<NaiveDate> {
    let Some(until) = until.filter(|until| *until > first) else { return vec![first] };
    (0..SERIES_MAX_WEEKS).map(|week| first + Duration::weeks(week)).take_while(|date| *date <= until).collect()
}

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

fn optional(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// Every field that cannot be used, named; else the request's values.
pub fn parse_request(form: &BookingForm) -> Result<ParsedRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let date = parse_date(&form.date);
    if date.is_none() {
        errors.push(FieldError::new("date", Msg::FilterDateInvalid));
    }
    let time = |text: &str, field: &str, errors: &mut Vec<FieldError>| {
        NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| errors.push(FieldError::new(field, Msg::FilterTimeInvalid))).ok()
    };
    let start = time(&form.start, "start", &mut errors);
    let end = time(&form.end, "end", &mut errors);
    let participants = match form.participants.trim().parse::<u32>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            errors.push(FieldError::new("participants", Msg::FilterPeopleInvalid));
            None
        }
    };
    let layout = match optional(&form.layout) {
        None => None,
        Some(key) => match LayoutKind::from_key(key) {
            Some(layout) => Some(layout),
            None => {
                errors.push(FieldError::new("layout", Msg::ValChooseFromList));
                None
            }
        },
    };
    let purpose = form.purpose.trim();
    if purpose.is_empty() || purpose.chars().count() > PURPOSE_MAX_CHARS {
        errors.push(FieldError::new("purpose", Msg::ValPurposeRequired).with_param("max", PURPOSE_MAX_CHARS));
    }
    let invoice_details = optional(&form.invoice_details);
    if invoice_details.is_some_and(|t| t.chars().count() > INVOICE_MAX_CHARS) {
        errors.push(FieldError::new("invoice_details", Msg::ValInvoiceTooLong).with_param("max", INVOICE_MAX_CHARS));
    }
    let category = parse_category(form.category.as_deref());
    if category.is_none() {
        errors.push(FieldError::new("category", Msg::ValCategoryInvalid));
    }
    // A reduced price is for an organisation: the room manager checks that it is entitled.
    if category.is_some_and(|c| c != PriceCategory::Standard) && optional(&form.organisation).is_none() {
        errors.push(FieldError::new("organisation", Msg::ValOrganisationForCategory));
    }
    let public_title = optional(&form.public_title);
    if public_title.is_some_and(|t| t.chars().count() > PUBLIC_TITLE_MAX_CHARS) {
        errors.push(FieldError::new("public_title", Msg::ValPublicTitleTooLong).with_param("max", PUBLIC_TITLE_MAX_CHARS));
    }
    let repeat_until = match optional(&form.repeat_until) {
        None => None,
        Some(text) => match (parse_date(text).ok_or(()), date) {
            (Ok(until), Some(first)) if until > first && until <= first + Duration::weeks(SERIES_MAX_WEEKS - 1) => Some(until),
            (Ok(_), None) => None,
            _ => {
                errors.push(FieldError::new("repeat_until", Msg::ValRepeatUntil).with_param("weeks", SERIES_MAX_WEEKS));
                None
            }
        },
    };
    if !form.accept_terms {
        errors.push(FieldError::new("accept_terms", Msg::ValRoomTermsRequired));
    }
    let mut add_ons: Vec<String> = form.add_ons.iter().map(|k| k.trim().to_owned()).filter(|k| !k.is_empty()).collect();
    add_ons.sort();
    add_ons.dedup();
    match (date, start, end, participants, category) {
        (Some(date), Some(start), Some(end), Some(participants), Some(category)) if errors.is_empty() => Ok(ParsedRequest {
            date,
            start,
            end,
            participants,
            layout,
            purpose: purpose.to_owned(),
            organisation: optional(&form.organisation).map(str::to_owned),
            invoice_details: invoice_details.map(str::to_owned),
            category,
            public_title: public_title.map(str::to_owned),
            add_ons,
            repeat_until,
        }),
        _ => Err(errors),
    }
}

/// "Tue 08.12." style dates are for pages; reports and messages use this: "08.12.2026".
pub fn short_date(date: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
}

/// What staff put into the calendar themselves: a block (maintenance, the institution's
/// own event) or a booking on behalf of someone who called or came in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffEntry {
    pub room_slug: String,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub kind: super::model::BookingKind,
    /// For a booking on behalf: the person's name and e-mail (messages go there).
    pub booker: Option<(String, String)>,
    pub participants: u32,
    /// The block's reason, or the booking's purpose.
    pub purpose: String,
    pub category: PriceCategory,
}

/// Reads the staff form for a block or a booking on someone's behalf.
#[allow(clippy::too_many_arguments)]
pub fn parse_staff_entry(
    room: &str,
    date: &str,
    start: &str,
    end: &str,
    kind: &str,
    name: &str,
    email: &str,
    participants: &str,
    purpose: &str,
    category: &str,
) -> Result<StaffEntry, Vec<FieldError>> {
    use super::model::BookingKind;
    use crate::accounts::rules::{looks_like_email, normalise_email};
    let mut errors = Vec::new();
    let kind = match kind {
        "block" => Some(BookingKind::Block),
        "booking" => Some(BookingKind::Booking),
        _ => {
            errors.push(FieldError::new("kind", Msg::ValChooseFromList));
            None
        }
    };
    if room.trim().is_empty() {
        errors.push(FieldError::new("room", Msg::ValChooseFromList));
    }
    let date = parse_date(date);
    if date.is_none() {
        errors.push(FieldError::new("date", Msg::FilterDateInvalid));
    }
    let start = NaiveTime::parse_from_str(start.trim(), "%H:%M").map_err(|_| errors.push(FieldError::new("start", Msg::FilterTimeInvalid))).ok();
    let end = NaiveTime::parse_from_str(end.trim(), "%H:%M").map_err(|_| errors.push(FieldError::new("end", Msg::FilterTimeInvalid))).ok();
    let booker = if kind == Some(BookingKind::Booking) {
        let (name, email) = (name.trim(), normalise_email(email));
        if name.is_empty() {
            errors.push(FieldError::new("name", Msg::ValBookerNameRequired));
        }
        if !looks_like_email(&email) {
            errors.push(FieldError::new("email", Msg::ValEmailInvalid));
        }
        Some((name.to_owned(), email))
    } else {
        None
    };
    let participants = match participants.trim() {
        "" if kind == Some(BookingKind::Block) => Some(0),
        text => match text.parse::<u32>() {
            Ok(n) if n > 0 || kind == Some(BookingKind::Block) => Some(n),
            _ => {
                errors.push(FieldError::new("participants", Msg::FilterPeopleInvalid));
                None
            }
        },
    };
    let purpose = purpose.trim();
    if purpose.is_empty() || purpose.chars().count() > PURPOSE_MAX_CHARS {
        errors.push(FieldError::new("purpose", Msg::ValPurposeRequired).with_param("max", PURPOSE_MAX_CHARS));
    }
    let category = parse_category(Some(category));
    if category.is_none() {
        errors.push(FieldError::new("category", Msg::ValCategoryInvalid));
    }
    match (kind, date, start, end, participants, category) {
        (Some(kind), Some(date), Some(start), Some(end), Some(participants), Some(category)) if errors.is_empty() => Ok(StaffEntry {
            room_slug: room.trim().to_owned(),
            date,
            start,
            end,
            kind,
            booker,
            participants,
            purpose: purpose.to_owned(),
            category,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_may_keep_only_so_many_dates_waiting() {
        assert!(may_wait(0, 26));
        assert!(may_wait(4, 26));
        assert!(!may_wait(5, 26));
        assert!(!may_wait(PENDING_DATES_MAX, 1));
        assert!(may_wait(PENDING_DATES_MAX - 1, 1));
    }

    #[test]
    fn a_block_needs_no_person_and_a_booking_on_behalf_does() {
        let block = parse_staff_entry("htg-auditoorium", "2026-12-08", "08:00", "16:00", "block", "", "", "", "Remont", "").unwrap();
        assert_eq!(block.kind, super::super::model::BookingKind::Block);
        assert_eq!(block.booker, None);
        let errors = parse_staff_entry("htg-auditoorium", "2026-12-08", "18:00", "20:00", "booking", " ", "pole-e-post", "0", "", "standard").unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "email", "participants", "purpose"]);
        let on_behalf = parse_staff_entry("htg-auditoorium", "2026-12-08", "18:00", "20:00", "booking", "Mari", " Mari@Example.EE ", "12", "Koosolek", "non_profit").unwrap();
        assert_eq!(on_behalf.booker, Some(("Mari".to_owned(), "mari@example.ee".to_owned())));
    }

    fn form() -> BookingForm {
        BookingForm {
            date: "2026-12-08".into(),
            start: "18:00".into(),
            end: "20:00".into(),
            participants: "80".into(),
            layout: Some("theatre".into()),
            purpose: " Koolitus ".into(),
            organisation: Some(" MTÜ Näide ".into()),
            invoice_details: Some("MTÜ Näide, reg 80000000".into()),
            category: Some("non_profit".into()),
            public_title: Some(" Avatud loeng ".into()),
            add_ons: vec!["equipment".into(), "equipment".into(), " ".into()],
            repeat_until: None,
            accept_terms: true,
        }
    }

    #[test]
    fn a_complete_request_is_read() {
        let parsed = parse_request(&form()).unwrap();
        assert_eq!(parsed.participants, 80);
        assert_eq!(parsed.layout, Some(LayoutKind::Theatre));
        assert_eq!(parsed.purpose, "Koolitus");
        assert_eq!(parsed.organisation.as_deref(), Some("MTÜ Näide"));
        assert_eq!(parsed.category, PriceCategory::NonProfit);
        assert_eq!(parsed.public_title.as_deref(), Some("Avatud loeng"));
        assert_eq!(parsed.add_ons, ["equipment"]);
        assert_eq!(parsed.dates().len(), 1);
    }

    #[test]
    fn a_reduced_price_needs_the_organisation_it_is_for() {
        let nameless = BookingForm { organisation: Some(" ".into()), ..form() };
        let fields: Vec<String> = parse_request(&nameless).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["organisation"]);
        let standard = BookingForm { organisation: None, category: Some("standard".into()), ..form() };
        assert_eq!(parse_request(&standard).unwrap().organisation, None, "the standard price needs none");
    }

    #[test]
    fn every_unusable_field_is_named() {
        let bad = BookingForm {
            date: "homme".into(),
            start: "kuus".into(),
            end: "".into(),
            participants: "0".into(),
            layout: Some("circus".into()),
            purpose: "  ".into(),
            invoice_details: Some("x".repeat(1001)),
            category: Some("vip".into()),
            public_title: Some("x".repeat(121)),
            accept_terms: false,
            ..BookingForm::default()
        };
        let errors = parse_request(&bad).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["date", "start", "end", "participants", "layout", "purpose", "invoice_details", "category", "public_title", "accept_terms"]
        );
    }

    #[test]
    fn a_weekly_series_runs_until_its_last_date() {
        let parsed = parse_request(&BookingForm { repeat_until: Some("2026-12-29".into()), ..form() }).unwrap();
        let dates: Vec<String> = parsed.dates().iter().map(|d| d.to_string()).collect();
        assert_eq!(dates, ["2026-12-08", "2026-12-15", "2026-12-22", "2026-12-29"]);
        // Before the first date, or longer than half a year, is refused by name.
        for until in ["2026-12-01", "2027-12-08", "jõulud"] {
            let errors = parse_request(&BookingForm { repeat_until: Some(until.into()), ..form() }).unwrap_err();
            assert_eq!(errors[0].field, "repeat_until", "{until}");
        }
    }

    #[test]
    fn a_series_never_exceeds_its_limit() {
        let first = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(series_dates(first, Some(first + Duration::weeks(100))).len() as i64, SERIES_MAX_WEEKS);
        assert_eq!(series_dates(first, None), vec![first]);
    }
}
