//! The staff editors' pure rules: a consultation as posted (texts in three languages,
//! dates, place, documents, the survey builder's rows) checked field by field; and the
//! survey as rows again, for the form.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::ideas::parse_place;
use super::survey::{Question, QuestionKind};
use crate::core::i18n::Msg;
use crate::error::FieldError;
use crate::services::model::Text;

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MAX: usize = 5000;
pub const QUESTIONS_MAX: usize = 20;

/// The survey builder's question kinds, as the form names them.
pub const KINDS: [(&str, QuestionKind); 5] = [
    ("single", QuestionKind::SingleChoice),
    ("multiple", QuestionKind::MultipleChoice),
    ("text", QuestionKind::FreeText),
    ("rating", QuestionKind::Rating),
    ("pin", QuestionKind::Pin),
];

pub fn kind_key(kind: QuestionKind) -> &'static str {
    KINDS.iter().find(|(_, k)| *k == kind).map(|(key, _)| *key).unwrap_or("text")
}

/// What staff typed, as posted. `survey` holds the builder's rows:
/// `q{i}_kind`, `q{i}_prompt_et|en|ru`, `q{i}_options` (one per line, "et | en | ru"),
/// `q{i}_required` ("on").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsultationInput {
    pub slug: String,
    pub topic: String,
    pub district: String,
    pub title: [String; 3],
    pub description: [String; 3],
    pub opens_on: String,
    pub closes_on: String,
    pub latitude: String,
    pub longitude: String,
    /// One per line: "label | address".
    pub documents: String,
    pub survey: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ValidConsultation {
    pub slug: String,
    pub topic: String,
    pub district: String,
    pub title: Text,
    pub description: Text,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub place: Option<(f64, f64)>,
    /// (label, address)
    pub documents: Vec<(Text, String)>,
    pub survey: Vec<Question>,
}

fn text(values: &[String; 3]) -> Text {
    let optional = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
    Text { et: values[0].trim().to_owned(), en: optional(&values[1]), ru: optional(&values[2]) }
}

/// A web address a document may have: on this site, or https/http elsewhere.
fn is_address(address: &str) -> bool {
    (address.starts_with("https://") || address.starts_with("http://") || address.starts_with('/')) && !address.contains(char::is_whitespace)
}

/// "Jah | Yes | Да" → a text in three languages (the later ones optional).
fn three_languages(line: &str) -> Text {
    let mut parts = line.split('|').map(str::trim);
    let et = parts.next().unwrap_or_default();
    let en = parts.next().unwrap_or_default();
    let ru = parts.next().unwrap_or_default();
    Text::new(et, en).with_ru(ru)
}

/// The builder's rows as questions. A row whose Estonian prompt is empty is no question
/// (that is how a question is removed); every problem is named at its own field.
pub fn parse_survey(rows: &BTreeMap<String, String>, errors: &mut Vec<FieldError>) -> Vec<Question> {
    let value = |key: String| rows.get(&key).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut questions = Vec::new();
    for i in 0..QUESTIONS_MAX {
        let prompt = [value(format!("q{i}_prompt_et")), value(format!("q{i}_prompt_en")), value(format!("q{i}_prompt_ru"))];
        if prompt[0].is_empty() {
            continue;
        }
        if prompt.iter().any(|p| p.chars().count() > TITLE_MAX) {
            errors.push(FieldError::new(&format!("q{i}_prompt_et"), Msg::ValQuestionPrompt).with_param("max", TITLE_MAX));
        }
        let Some(kind) = KINDS.iter().find(|(key, _)| *key == value(format!("q{i}_kind"))).map(|(_, kind)| *kind) else {
            errors.push(FieldError::new(&format!("q{i}_kind"), Msg::ValChooseFromList));
            continue;
        };
        let options: Vec<Text> = value(format!("q{i}_options")).lines().map(str::trim).filter(|l| !l.is_empty()).map(three_languages).collect();
        let choices = matches!(kind, QuestionKind::SingleChoice | QuestionKind::MultipleChoice);
        if choices && !(2..=12).contains(&options.len()) {
            errors.push(FieldError::new(&format!("q{i}_options"), Msg::ValQuestionOptions));
        }
        questions.push(Question { kind, prompt: text(&prompt), options: if choices { options } else { Vec::new() }, required: !value(format!("q{i}_required")).is_empty() });
    }
    questions
}

/// The questions as the builder's rows (the inverse of `parse_survey`).
pub fn survey_rows(questions: &[Question]) -> BTreeMap<String, String> {
    let mut rows = BTreeMap::new();
    for (i, q) in questions.iter().enumerate() {
        rows.insert(format!("q{i}_kind"), kind_key(q.kind).to_owned());
        rows.insert(format!("q{i}_prompt_et"), q.prompt.et.clone());
        rows.insert(format!("q{i}_prompt_en"), q.prompt.en.clone().unwrap_or_default());
        rows.insert(format!("q{i}_prompt_ru"), q.prompt.ru.clone().unwrap_or_default());
        let options: Vec<String> = q
            .options
            .iter()
            .map(|o| {
                let parts = [o.et.as_str(), o.en.as_deref().unwrap_or(""), o.ru.as_deref().unwrap_or("")];
                parts.join(" | ").trim_end_matches([' ', '|']).to_owned()
            })
            .collect();
        rows.insert(format!("q{i}_options"), options.join("\n"));
        if q.required {
            rows.insert(format!("q{i}_required"), "on".to_owned());
        }
    }
    rows
}

/// Every problem with the consultation, each named next to its field.
pub fn check_consultation(input: &ConsultationInput) -> Result<ValidConsultation, Vec<FieldError>> {
    let mut errors = Vec::new();
    let slug = input.slug.trim().to_owned();
    let slug_ok = (3..=60).contains(&slug.len()) && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !slug.starts_with('-');
    if !slug_ok {
        errors.push(FieldError::new("slug", Msg::ValSlug));
    }
    if input.topic.trim().is_empty() {
        errors.push(FieldError::new("topic", Msg::ValChooseFromList));
    }
    if input.district.trim().is_empty() || input.district.chars().count() > 60 {
        errors.push(FieldError::new("district", Msg::ValDistrict));
    }
    let title = text(&input.title);
    if title.et.chars().count() < 3 || input.title.iter().any(|t| t.trim().chars().count() > TITLE_MAX) {
        errors.push(FieldError::new("title_et", Msg::ValConsultationTitle).with_param("max", TITLE_MAX));
    }
    let description = text(&input.description);
    if description.et.is_empty() || input.description.iter().any(|t| t.trim().chars().count() > DESCRIPTION_MAX) {
        errors.push(FieldError::new("description_et", Msg::ValConsultationDescription).with_param("max", DESCRIPTION_MAX));
    }
    let date = |value: &str| NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
    let opens_on = date(&input.opens_on);
    let closes_on = date(&input.closes_on);
    if opens_on.is_none() {
        errors.push(FieldError::new("opens_on", Msg::ValDate));
    }
    match (opens_on, closes_on) {
        (_, None) => errors.push(FieldError::new("closes_on", Msg::ValDate)),
        (Some(opens), Some(closes)) if closes < opens => errors.push(FieldError::new("closes_on", Msg::ValClosesBeforeOpens)),
        _ => {}
    }
    let place = parse_place(&input.latitude, &input.longitude).unwrap_or_else(|()| {
        errors.push(FieldError::new("latitude", Msg::ValPin));
        None
    });
    let mut documents = Vec::new();
    for line in input.documents.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.rsplit_once('|').map(|(label, address)| (label.trim(), address.trim())) {
            Some((label, address)) if !label.is_empty() && is_address(address) => documents.push((Text::new(label, ""), address.to_owned())),
            _ => {
                errors.push(FieldError::new("documents", Msg::ValDocuments));
                break;
            }
        }
    }
    let survey = parse_survey(&input.survey, &mut errors);
    match (opens_on, closes_on, errors.is_empty()) {
        (Some(opens_on), Some(closes_on), true) => Ok(ValidConsultation {
            slug,
            topic: input.topic.trim().to_owned(),
            district: input.district.trim().to_owned(),
            title,
            description,
            opens_on,
            closes_on,
            place,
            documents,
            survey,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn input() -> ConsultationInput {
        ConsultationInput {
            slug: "pargipingid-2027".into(),
            topic: "mobility".into(),
            district: "Karlova".into(),
            title: ["Pargipingid".into(), "Park benches".into(), String::new()],
            description: ["Kuhu panna uued pingid?".into(), String::new(), String::new()],
            opens_on: "2027-01-10".into(),
            closes_on: "2027-02-10".into(),
            documents: "Kaart | https://www.tartu.ee/kaart.pdf\nSelgitus | /files/selgitus.pdf".into(),
            survey: rows(&[
                ("q0_kind", "single"),
                ("q0_prompt_et", "Kas istud pargis?"),
                ("q0_prompt_en", "Do you sit in the park?"),
                ("q0_options", "Jah | Yes | Да\nEi | No"),
                ("q0_required", "on"),
                ("q1_kind", "rating"),
                ("q1_prompt_et", ""),
                ("q2_kind", "pin"),
                ("q2_prompt_et", "Kuhu pink sobiks?"),
            ]),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_consultation_keeps_its_languages_documents_and_questions() {
        let valid = check_consultation(&input()).unwrap();
        assert_eq!((valid.title.en.as_deref(), valid.title.ru.as_deref()), (Some("Park benches"), None));
        assert_eq!(valid.documents.len(), 2);
        assert_eq!(valid.survey.len(), 2, "the row without a prompt is no question");
        assert_eq!((valid.survey[0].kind, valid.survey[0].options.len(), valid.survey[0].required), (QuestionKind::SingleChoice, 2, true));
        assert_eq!(valid.survey[0].options[0].ru.as_deref(), Some("Да"));
        assert_eq!((valid.survey[1].kind, valid.survey[1].required), (QuestionKind::Pin, false));
    }

    #[test]
    fn the_builder_rows_round_trip() {
        let valid = check_consultation(&input()).unwrap();
        let again = parse_survey(&survey_rows(&valid.survey), &mut Vec::new());
        assert_eq!(again, valid.survey);
    }

    #[test]
    fn each_mistake_is_named_at_its_field() {
        let mut bad = input();
        bad.slug = "Pargi Pingid".into();
        bad.title[0] = "x".into();
        bad.closes_on = "2027-01-01".into();
        bad.latitude = "59.4".into();
        bad.longitude = "24.7".into();
        bad.documents = "Kaart ilma aadressita".into();
        bad.survey.insert("q0_options".into(), "Ainult üks".into());
        bad.survey.insert("q2_kind".into(), "dance".into());
        let fields: Vec<String> = check_consultation(&bad).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["slug", "title_et", "closes_on", "latitude", "documents", "q0_options", "q2_kind"]);
    }
}
