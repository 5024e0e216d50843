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
    if !slug_ok(&slug) {
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
    let date = crate::core::dates::parse_date;
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
    let documents = parse_links(&input.documents, "documents", &mut errors);
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

/// A slug: 3–60 lower-case letters, digits and hyphens, not starting with a hyphen.
pub fn slug_ok(slug: &str) -> bool {
    (3..=60).contains(&slug.len()) && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !slug.starts_with('-')
}

/// A number as people type it: "23 491,13", "23491.13", "-5" → hundredths (2 349 113).
/// At most two decimals; thin and ordinary spaces between digit groups are ignored.
pub fn parse_hundredths(text: &str) -> Option<i64> {
    let cleaned: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).map(|c| if c == ',' { '.' } else { c }).collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || fraction.len() > 2 || !fraction.chars().all(|c| c.is_ascii_digit()) || whole.len() > 15 {
        return None;
    }
    let cents = format!("{fraction:0<2}").parse::<i64>().ok()?;
    let value = whole.parse::<i64>().ok()? * 100 + cents;
    Some(if negative { -value } else { value })
}

/// An indicator's yearly values, one per line: "2022 23 491,13" (year, then the value).
/// Returns them oldest first; the first bad line is named by its number.
pub fn parse_values(text: &str) -> Result<Vec<super::model::YearValue>, usize> {
    let mut values: Vec<super::model::YearValue> = Vec::new();
    for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let line = line.trim();
        let (year, value) = line.split_once([' ', '\t', ';', ':']).ok_or(number + 1)?;
        let year = year.trim().parse::<i32>().ok().filter(|y| (1900..=2100).contains(y)).ok_or(number + 1)?;
        let hundredths = parse_hundredths(value).ok_or(number + 1)?;
        if values.iter().any(|v| v.year == year) {
            return Err(number + 1);
        }
        values.push(super::model::YearValue { year, hundredths });
    }
    values.sort_by_key(|v| v.year);
    Ok(values)
}

/// The values as the form shows them, one "year value" per line, the value with a
/// decimal comma as Estonians write it.
pub fn values_text(values: &[super::model::YearValue], decimals: u8) -> String {
    values.iter().map(|v| format!("{} {}", v.year, super::model::format_number(v.hundredths, decimals, crate::core::i18n::Locale::Et).replace('\u{a0}', " "))).collect::<Vec<_>>().join("\n")
}

/// A topic or an indicator's texts in three languages: the Estonian one is needed.
pub fn three(values: &[String; 3], field: &str, max: usize, errors: &mut Vec<FieldError>) -> Text {
    let value = text(values);
    if value.et.is_empty() || values.iter().any(|v| v.trim().chars().count() > max) {
        errors.push(FieldError::new(field, Msg::ValTextEt).with_param("max", max));
    }
    value
}

/// Links as staff type them: "label | address" per line.
pub fn parse_links(text: &str, field: &str, errors: &mut Vec<FieldError>) -> Vec<(Text, String)> {
    let mut links = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.rsplit_once('|').map(|(label, address)| (label.trim(), address.trim())) {
            Some((label, address)) if !label.is_empty() && is_address(address) => links.push((Text::new(label, ""), address.to_owned())),
            _ => {
                errors.push(FieldError::new(field, Msg::ValDocuments));
                break;
            }
        }
    }
    links
}

/// A plan's goals, one per line:
/// "indicator | baseline year | target year | target value | goal in Estonian | English | Russian".
pub fn parse_goals(text: &str, known_indicators: &[String]) -> Result<Vec<super::model::Goal>, usize> {
    let mut goals = Vec::new();
    for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let bad = number + 1;
        if parts.len() < 5 || !known_indicators.iter().any(|k| k == parts[0]) || parts[4].is_empty() {
            return Err(bad);
        }
        let year = |v: &str| v.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
        let (Some(baseline_year), Some(target_year), Some(target_hundredths)) = (year(parts[1]), year(parts[2]), parse_hundredths(parts[3])) else {
            return Err(bad);
        };
        if target_year <= baseline_year {
            return Err(bad);
        }
        goals.push(super::model::Goal {
            title: Text::new(parts[4], parts.get(5).copied().unwrap_or("")).with_ru(parts.get(6).copied().unwrap_or("")),
            indicator: parts[0].to_owned(),
            baseline_year,
            target_year,
            target_hundredths,
        });
    }
    Ok(goals)
}

/// The goals as the form shows them (the inverse of `parse_goals`).
pub fn goals_text(goals: &[super::model::Goal]) -> String {
    goals
        .iter()
        .map(|g| {
            let value = super::model::format_number(g.target_hundredths, 2, crate::core::i18n::Locale::Et).replace('\u{a0}', " ");
            let value = value.trim_end_matches(",00").to_owned();
            format!("{} | {} | {} | {} | {} | {} | {}", g.indicator, g.baseline_year, g.target_year, value, g.title.et, g.title.en.as_deref().unwrap_or(""), g.title.ru.as_deref().unwrap_or(""))
                .trim_end_matches([' ', '|'])
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
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

    #[test]
    fn numbers_are_read_as_people_write_them() {
        assert_eq!(parse_hundredths("23 491,13"), Some(2_349_113));
        assert_eq!(parse_hundredths("23491.1"), Some(2_349_110));
        assert_eq!(parse_hundredths("516\u{a0}442"), Some(51_644_200));
        assert_eq!(parse_hundredths("-5"), Some(-500));
        assert_eq!(parse_hundredths("1,234"), None, "three decimals is a mistake");
        assert_eq!(parse_hundredths("kaks"), None);
        assert_eq!(parse_hundredths(""), None);
    }

    #[test]
    fn yearly_values_are_one_per_line_and_a_bad_line_is_named() {
        let values = parse_values("2023 24 100,5\n\n2022 23 491,13").unwrap();
        assert_eq!(values.iter().map(|v| (v.year, v.hundredths)).collect::<Vec<_>>(), [(2022, 2_349_113), (2023, 2_410_050)]);
        assert_eq!(parse_values("2022 1\n2022 2"), Err(2), "a year twice");
        assert_eq!(parse_values("2022 1\n\nsee aasta 5"), Err(3));
        assert_eq!(parse_values(&values_text(&values, 2)).unwrap(), values, "the form's text reads back the same");
    }

    #[test]
    fn goals_need_a_known_indicator_and_a_later_target_year() {
        let known = vec!["energy-use".to_owned()];
        let goals = parse_goals("energy-use | 2018 | 2030 | 59 360 | Linna hoonete energiatarve −20% | City buildings use 20% less", &known).unwrap();
        assert_eq!((goals[0].target_hundredths, goals[0].title.en.as_deref()), (5_936_000, Some("City buildings use 20% less")));
        assert_eq!(parse_goals(&goals_text(&goals), &known).unwrap(), goals, "the form's text reads back the same");
        assert_eq!(parse_goals("tundmatu | 2018 | 2030 | 1 | Eesmärk", &known), Err(1));
        assert_eq!(parse_goals("energy-use | 2030 | 2018 | 1 | Eesmärk", &known), Err(1));
    }
}
