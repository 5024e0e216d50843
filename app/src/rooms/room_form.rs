//! Pure: the room editor's form — a room's current settings as editable text, and the
//! text read back into settings with every unusable field named.

use chrono::{NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use super::model::RoomSettings;
use super::rules::{Cents, DayRate, WeeklyWindow};
use super::search::parse_euros;
use crate::core::i18n::Msg;
use crate::error::FieldError;

pub const WEEKDAY_FIELDS: [(&str, Weekday); 7] = [
    ("hours_mon", Weekday::Mon),
    ("hours_tue", Weekday::Tue),
    ("hours_wed", Weekday::Wed),
    ("hours_thu", Weekday::Thu),
    ("hours_fri", Weekday::Fri),
    ("hours_sat", Weekday::Sat),
    ("hours_sun", Weekday::Sun),
];

/// The editor's fields as text, named as the form names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomForm {
    pub name: String,
    pub description_et: String,
    pub terms_et: String,
    pub hourly_price: String,
    /// Empty when the room has no day rate.
    pub day_price: String,
    /// "10:00–18:00": the window the day rate covers.
    pub day_hours: String,
    pub non_profit_percent: String,
    pub city_percent: String,
    /// Monday first; "17:00–21:00", several windows comma-separated, empty = not bookable.
    pub hours: [String; 7],
    pub slot_minutes: String,
    pub min_minutes: String,
    pub max_minutes: String,
    pub buffer_minutes: String,
    pub notice_hours: String,
    pub advance_days: String,
    /// Dates the room is closed besides public holidays: "2026-12-31, 2027-01-02".
    pub closed_dates: String,
    pub free_until_days: String,
    pub fee_percent: String,
    pub featured: bool,
}

/// What the editor saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomEdit {
    pub name: String,
    pub description_et: String,
    pub terms_et: String,
    pub featured: bool,
    pub settings: RoomSettings,
}

fn euros_text(cents: Cents) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn span(start: NaiveTime, end: NaiveTime) -> String {
    format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"))
}

/// "17:00–21:00" (hyphen or en dash) into a start and an end after it.
fn parse_span(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let (start, end) = text.trim().split_once(['–', '-'])?;
    let start = NaiveTime::parse_from_str(start.trim(), "%H:%M").ok()?;
    let end = NaiveTime::parse_from_str(end.trim(), "%H:%M").ok()?;
    (end > start).then_some((start, end))
}

impl RoomForm {
    /// The form as it opens: what the room has now.
    #[allow(clippy::too_many_arguments)]
    pub fn from_room(name: &str, description_et: &str, terms_et: &str, featured: bool, settings: &RoomSettings) -> RoomForm {
        let rules = &settings.rules;
        let hours = WEEKDAY_FIELDS.map(|(_, day)| {
            rules.weekly.iter().filter(|w| w.weekday == day).map(|w| span(w.start, w.end)).collect::<Vec<_>>().join(", ")
        });
        RoomForm {
            name: name.to_owned(),
            description_et: description_et.to_owned(),
            terms_et: terms_et.to_owned(),
            hourly_price: euros_text(settings.pricing.hourly_cents),
            day_price: settings.pricing.day_rate.map(|r| euros_text(r.cents)).unwrap_or_default(),
            day_hours: settings.pricing.day_rate.map(|r| span(r.window_start, r.window_end)).unwrap_or_default(),
            non_profit_percent: settings.pricing.non_profit_percent.to_string(),
            city_percent: settings.pricing.city_institution_percent.to_string(),
            hours,
            slot_minutes: rules.slot_minutes.to_string(),
            min_minutes: rules.min_duration_minutes.to_string(),
            max_minutes: rules.max_duration_minutes.to_string(),
            buffer_minutes: rules.buffer_minutes.to_string(),
            notice_hours: rules.min_notice_hours.to_string(),
            advance_days: rules.max_advance_days.to_string(),
            closed_dates: rules.closed_dates.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect::<Vec<_>>().join(", "),
            free_until_days: settings.cancellation.free_until_days.to_string(),
            fee_percent: settings.cancellation.fee_percent.to_string(),
            featured,
        }
    }

    /// The room's settings with this form applied, or every field that cannot be used.
    pub fn apply(&self, current: &RoomSettings) -> Result<RoomEdit, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut settings = current.clone();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            errors.push(FieldError::new("name", Msg::ValRoomName));
        }
        match parse_euros(&self.hourly_price) {
            Some(cents) => settings.pricing.hourly_cents = cents,
            None => errors.push(FieldError::new("hourly_price", Msg::FilterPriceInvalid)),
        }
        settings.pricing.day_rate = match (self.day_price.trim(), self.day_hours.trim()) {
            ("", _) => None,
            (price, hours) => match (parse_euros(price), parse_span(hours)) {
                (Some(cents), Some((window_start, window_end))) => Some(DayRate { cents, window_start, window_end }),
                (None, _) => {
                    errors.push(FieldError::new("day_price", Msg::FilterPriceInvalid));
                    None
                }
                (_, None) => {
                    errors.push(FieldError::new("day_hours", Msg::ValHoursSpan));
                    None
                }
            },
        };
        let mut number = |field: &str, text: &str, min: i64, max: i64, target: &mut i64| match text.trim().parse::<i64>() {
            Ok(value) if (min..=max).contains(&value) => *target = value,
            _ => errors.push(
                FieldError::new(field, Msg::ValNumberBetween).with_param("min", min).with_param("max", max),
            ),
        };
        number("non_profit_percent", &self.non_profit_percent, 0, 100, &mut settings.pricing.non_profit_percent);
        number("city_percent", &self.city_percent, 0, 100, &mut settings.pricing.city_institution_percent);
        number("slot_minutes", &self.slot_minutes, 5, 240, &mut settings.rules.slot_minutes);
        number("min_minutes", &self.min_minutes, 15, 24 * 60, &mut settings.rules.min_duration_minutes);
        number("max_minutes", &self.max_minutes, 15, 24 * 60, &mut settings.rules.max_duration_minutes);
        number("buffer_minutes", &self.buffer_minutes, 0, 240, &mut settings.rules.buffer_minutes);
        number("notice_hours", &self.notice_hours, 0, 24 * 30, &mut settings.rules.min_notice_hours);
        number("advance_days", &self.advance_days, 1, 730, &mut settings.rules.max_advance_days);
        number("free_until_days", &self.free_until_days, 0, 365, &mut settings.cancellation.free_until_days);
        number("fee_percent", &self.fee_percent, 0, 100, &mut settings.cancellation.fee_percent);
        if settings.rules.max_duration_minutes < settings.rules.min_duration_minutes {
            errors.push(FieldError::new("max_minutes", Msg::ValMaxBelowMin));
        }
        let mut weekly = Vec::new();
        for ((field, day), text) in WEEKDAY_FIELDS.iter().zip(self.hours.iter()) {
            for piece in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match parse_span(piece) {
                    Some((start, end)) => weekly.push(WeeklyWindow { weekday: *day, start, end }),
                    None => {
                        errors.push(FieldError::new(field, Msg::ValHoursSpan));
                        break;
                    }
                }
            }
        }
        settings.rules.weekly = weekly;
        let mut closed = Vec::new();
        for piece in self.closed_dates.split([',', ' ', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
            match crate::core::dates::parse_date(piece) {
                Some(date) => closed.push(date),
                None => {
                    errors.push(FieldError::new("closed_dates", Msg::ValClosedDates));
                    break;
                }
            }
        }
        closed.sort();
        closed.dedup();
        settings.rules.closed_dates = closed;
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(RoomEdit {
            name: name.to_owned(),
            description_et: self.description_et.trim().to_owned(),
            terms_et: self.terms_et.trim().to_owned(),
            featured: self.featured,
            settings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use crate::rooms::model::{Layout, LayoutKind};
    use crate::rooms::rules::tests::auditorium_rules;
    use crate::rooms::rules::{CancellationPolicy, Pricing};

    fn auditorium() -> RoomSettings {
        RoomSettings {
            layouts: vec![Layout { kind: LayoutKind::Theatre, capacity: 100 }],
            features: Vec::new(),
            accessibility: Vec::new(),
            rules: without_holidays(auditorium_rules()),
            pricing: Pricing { hourly_cents: 5_000, day_rate: None, non_profit_percent: 50, city_institution_percent: 0 },
            add_ons: Vec::new(),
            cancellation: CancellationPolicy { free_until_days: 7, fee_percent: 50 },
            phone_hours: Vec::new(),
        }
    }

    /// Public holidays are added when a request is checked, never stored with the room.
    fn without_holidays(mut rules: crate::rooms::rules::BookingRules) -> crate::rooms::rules::BookingRules {
        rules.closed_dates.clear();
        rules
    }

    #[test]
    fn an_unchanged_form_gives_back_the_same_settings() {
        let settings = auditorium();
        let form = RoomForm::from_room("Auditoorium", "Kirjeldus", "Tingimused", true, &settings);
        assert_eq!(form.hours[0], "17:00–21:00");
        assert_eq!(form.hours[5], "");
        assert_eq!(form.hourly_price, "50.00");
        let edit = form.apply(&settings).unwrap();
        assert_eq!(edit.settings, settings);
        assert!(edit.featured);
    }

    #[test]
    fn staff_change_hours_prices_and_closures() {
        let settings = auditorium();
        let mut form = RoomForm::from_room("Auditoorium", "", "", false, &settings);
        form.hours[5] = "10:00-14:00, 15:00–18:00".into();
        form.hourly_price = "55,50".into();
        form.day_price = "300".into();
        form.day_hours = "09:00–21:00".into();
        form.closed_dates = "2027-01-02, 2026-12-31".into();
        let edit = form.apply(&settings).unwrap();
        let saturday: Vec<_> = edit.settings.rules.weekly.iter().filter(|w| w.weekday == Weekday::Sat).collect();
        assert_eq!(saturday.len(), 2);
        assert_eq!(edit.settings.pricing.hourly_cents, 5_550);
        assert_eq!(edit.settings.pricing.day_rate.unwrap().cents, 30_000);
        assert_eq!(edit.settings.rules.closed_dates[0], NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
    }

    #[test]
    fn every_unusable_field_is_named() {
        let settings = auditorium();
        let mut form = RoomForm::from_room("", "", "", false, &settings);
        form.hourly_price = "palju".into();
        form.day_price = "100".into();
        form.day_hours = "hommikul".into();
        form.hours[1] = "21:00–17:00".into();
        form.fee_percent = "150".into();
        form.min_minutes = "120".into();
        form.max_minutes = "60".into();
        form.closed_dates = "jõulud".into();
        let errors = form.apply(&settings).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "hourly_price", "day_hours", "fee_percent", "max_minutes", "hours_tue", "closed_dates"]);
    }
}
