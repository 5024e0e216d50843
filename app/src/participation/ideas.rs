//! Citizens' ideas, the pure rules: what a valid idea is, where it may be placed, and
//! when support takes it into the city's review list.

use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::error::FieldError;
use crate::services::model::keyed;

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 3000;

keyed! {
    /// How far an idea has come.
    IdeaStatus {
        Collecting = "collecting" => IdeaCollecting,
        InReview = "in-review" => IdeaInReview,
        Answered = "answered" => IdeaAnswered,
    }
}

/// What the author typed, as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdeaInput {
    pub title: String,
    pub description: String,
    pub topic: String,
    pub latitude: String,
    pub longitude: String,
}

/// A checked idea, ready to save (the topic is still a slug: the server looks it up).
#[derive(Clone, Debug, PartialEq)]
pub struct ValidIdea {
    pub title: String,
    pub description: String,
    pub topic: String,
    pub place: Option<(f64, f64)>,
}

/// Tartu and its surroundings: a place outside this box is a typing mistake.
pub const AREA: (f64, f64, f64, f64) = (58.30, 58.45, 26.55, 26.90);

/// Latitude and longitude as typed ("58,3780" or "58.3780"): both empty is no place;
/// one missing, not a number, or outside Tartu is an error.
pub fn parse_place(latitude: &str, longitude: &str) -> Result<Option<(f64, f64)>, ()> {
    let (latitude, longitude) = (latitude.trim(), longitude.trim());
    if latitude.is_empty() && longitude.is_empty() {
        return Ok(None);
    }
    let number = |v: &str| v.replace(',', ".").parse::<f64>().ok();
    match (number(latitude), number(longitude)) {
        (Some(lat), Some(lon)) if (AREA.0..=AREA.1).contains(&lat) && (AREA.2..=AREA.3).contains(&lon) => Ok(Some((lat, lon))),
        _ => Err(()),
    }
}

/// Every problem with the idea, each named next to its field.
pub fn check_idea(input: &IdeaInput) -> Result<ValidIdea, Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = input.title.trim();
    if title.chars().count() < 3 || title.chars().count() > TITLE_MAX {
        errors.push(FieldError::new("title", Msg::ValIdeaTitle).with_param("max", TITLE_MAX));
    }
    let description = input.description.trim();
    if description.is_empty() || description.chars().count() > DESCRIPTION_MAX {
        errors.push(FieldError::new("description", Msg::ValIdeaDescription).with_param("max", DESCRIPTION_MAX));
    }
    if input.topic.trim().is_empty() {
        errors.push(FieldError::new("topic", Msg::ValChooseFromList));
    }
    let place = match parse_place(&input.latitude, &input.longitude) {
        Ok(place) => place,
        Err(()) => {
            errors.push(FieldError::new("latitude", Msg::ValPin));
            None
        }
    };
    if errors.is_empty() {
        Ok(ValidIdea { title: title.to_owned(), description: description.to_owned(), topic: input.topic.trim().to_owned(), place })
    } else {
        Err(errors)
    }
}

/// Whether one more support takes the idea into the city's review list: only while it is
/// still collecting, and exactly when the count reaches the topic's threshold.
pub fn enters_review(status: IdeaStatus, supports_now: i32, threshold: i32) -> bool {
    status == IdeaStatus::Collecting && supports_now >= threshold.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(title: &str, description: &str, lat: &str, lon: &str) -> IdeaInput {
        IdeaInput { title: title.into(), description: description.into(), topic: "mobility".into(), latitude: lat.into(), longitude: lon.into() }
    }

    #[test]
    fn a_place_is_optional_but_must_be_in_tartu() {
        assert_eq!(parse_place("", " "), Ok(None));
        assert_eq!(parse_place("58,3780", "26.7290"), Ok(Some((58.378, 26.729))));
        assert_eq!(parse_place("59.437", "24.7536"), Err(()), "Tallinn is not Tartu");
        assert_eq!(parse_place("58.378", ""), Err(()), "half a place");
        assert_eq!(parse_place("põhi", "ida"), Err(()));
    }

    #[test]
    fn an_idea_needs_a_title_a_description_and_a_topic() {
        let valid = check_idea(&input(" Jalgrattaparkla Raekoja platsile ", "Rattad on praegu puude küljes.", "58.3802", "26.7223")).unwrap();
        assert_eq!((valid.title.as_str(), valid.place), ("Jalgrattaparkla Raekoja platsile", Some((58.3802, 26.7223))));
        let errors = check_idea(&IdeaInput { title: "Ok".into(), latitude: "1".into(), ..Default::default() }).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "description", "topic", "latitude"]);
        assert!(check_idea(&input(&"x".repeat(TITLE_MAX + 1), "Kirjeldus", "", "")).is_err());
    }

    #[test]
    fn support_takes_an_idea_into_review_once_at_the_threshold() {
        assert!(!enters_review(IdeaStatus::Collecting, 49, 50));
        assert!(enters_review(IdeaStatus::Collecting, 50, 50));
        assert!(!enters_review(IdeaStatus::InReview, 51, 50), "already there: no second notice");
        assert!(!enters_review(IdeaStatus::Answered, 80, 50));
        assert!(enters_review(IdeaStatus::Collecting, 1, 0), "a threshold below one means the first support");
    }
}
