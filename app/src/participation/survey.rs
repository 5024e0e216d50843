//! A consultation's survey: the question kinds, reading a posted answer sheet, and
//! counting the results. Pure; unit-tested.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::error::FieldError;
use crate::services::model::Text;

/// What a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    SingleChoice,
    MultipleChoice,
    FreeText,
    /// 1 (worst) to 5 (best).
    Rating,
    /// A place: latitude and longitude.
    Pin,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub kind: QuestionKind,
    pub prompt: Text,
    /// The choices of single- and multiple-choice questions.
    #[serde(default)]
    pub options: Vec<Text>,
    pub required: bool,
}

/// One answer; `None` where an optional question was left empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Choice(usize),
    Choices(Vec<usize>),
    Text(String),
    Rating(u8),
    Pin { latitude: f64, longitude: f64 },
}

pub const TEXT_MAX: usize = 2000;

/// The form's field names: `q{i}` for one value, `q{i}_{option}` for each ticked choice,
/// `q{i}_lat` and `q{i}_lon` for a pin.
pub fn field(index: usize) -> String {
    format!("q{index}")
}

/// Reads the posted answers; each problem is named next to its question.
pub fn parse_answers(questions: &[Question], posted: &BTreeMap<String, String>) -> Result<Vec<Option<Answer>>, Vec<FieldError>> {
    let mut answers = Vec::new();
    let mut errors = Vec::new();
    for (index, question) in questions.iter().enumerate() {
        let name = field(index);
        let value = |key: &str| posted.get(key).map(|v| v.trim()).filter(|v| !v.is_empty());
        let answer = match question.kind {
            QuestionKind::SingleChoice => match value(&name) {
                None => None,
                Some(v) => match v.parse::<usize>().ok().filter(|i| *i < question.options.len()) {
                    Some(i) => Some(Answer::Choice(i)),
                    None => {
                        errors.push(FieldError::new(&name, Msg::ValChooseFromList));
                        continue;
                    }
                },
            },
            QuestionKind::MultipleChoice => {
                let ticked: Vec<usize> = (0..question.options.len()).filter(|i| value(&format!("{name}_{i}")).is_some()).collect();
                (!ticked.is_empty()).then_some(Answer::Choices(ticked))
            }
            QuestionKind::FreeText => match value(&name) {
                Some(text) if text.chars().count() > TEXT_MAX => {
                    errors.push(FieldError::new(&name, Msg::ValProposalSectionLong).with_param("max", TEXT_MAX));
                    continue;
                }
                Some(text) => Some(Answer::Text(text.to_owned())),
                None => None,
            },
            QuestionKind::Rating => match value(&name) {
                None => None,
                Some(v) => match v.parse::<u8>().ok().filter(|r| (1..=5).contains(r)) {
                    Some(r) => Some(Answer::Rating(r)),
                    None => {
                        errors.push(FieldError::new(&name, Msg::ValRatingScale));
                        continue;
                    }
                },
            },
            QuestionKind::Pin => match super::ideas::parse_place(value(&format!("{name}_lat")).unwrap_or(""), value(&format!("{name}_lon")).unwrap_or("")) {
                Ok(place) => place.map(|(latitude, longitude)| Answer::Pin { latitude, longitude }),
                Err(()) => {
                    errors.push(FieldError::new(&format!("{name}_lat"), Msg::ValPin));
                    continue;
                }
            },
        };
        if answer.is_none() && question.required {
            errors.push(FieldError::new(&name, Msg::ValAnswerRequired));
        }
        answers.push(answer);
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// One question's results: counts per option, the average rating, how many wrote text,
/// the pins.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    pub answered: usize,
    /// Per option (choices) or per score 1–5 (ratings).
    pub counts: Vec<usize>,
    /// Average rating in tenths (4.3 = 43).
    pub average_tenths: Option<u32>,
    pub texts: Vec<String>,
    pub pins: Vec<(f64, f64)>,
}

pub fn tally(questions: &[Question], responses: &[Vec<Option<Answer>>]) -> Vec<Tally> {
    questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let given: Vec<&Answer> = responses.iter().filter_map(|r| r.get(index).and_then(|a| a.as_ref())).collect();
            let mut result = Tally { answered: given.len(), ..Tally::default() };
            match question.kind {
                QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                    result.counts = vec![0; question.options.len()];
                    for answer in &given {
                        let chosen: &[usize] = match answer {
                            Answer::Choice(i) => std::slice::from_ref(i),
                            Answer::Choices(list) => list,
                            _ => &[],
                        };
                        for i in chosen {
                            if let Some(count) = result.counts.get_mut(*i) {
                                *count += 1;
                            }
                        }
                    }
                }
                QuestionKind::Rating => {
                    result.counts = vec![0; 5];
                    let mut sum = 0u32;
                    for answer in &given {
                        if let Answer::Rating(r) = answer {
                            result.counts[usize::from(*r - 1)] += 1;
                            sum += u32::from(*r);
                        }
                    }
                    if !given.is_empty() {
                        // Rounded to the nearest tenth.
                        result.average_tenths = Some((sum * 100 / given.len() as u32 + 5) / 10);
                    }
                }
                QuestionKind::FreeText => result.texts = given.iter().filter_map(|a| if let Answer::Text(t) = a { Some(t.clone()) } else { None }).collect(),
                QuestionKind::Pin => result.pins = given.iter().filter_map(|a| if let Answer::Pin { latitude, longitude } = a { Some((*latitude, *longitude)) } else { None }).collect(),
            }
            result
        })
        .collect()
}

/// One answer as a spreadsheet cell: choices by their text, a pin as "lat lon".
pub fn answer_text(question: &Question, answer: Option<&Answer>, locale: crate::core::i18n::Locale) -> String {
    let option = |i: &usize| question.options.get(*i).map(|o| o.get(locale).to_owned()).unwrap_or_default();
    match answer {
        None => String::new(),
        Some(Answer::Choice(i)) => option(i),
        Some(Answer::Choices(list)) => list.iter().map(option).collect::<Vec<_>>().join("; "),
        Some(Answer::Text(text)) => text.clone(),
        Some(Answer::Rating(r)) => r.to_string(),
        Some(Answer::Pin { latitude, longitude }) => format!("{latitude:.5} {longitude:.5}"),
    }
}

/// The survey's answers as CSV: one row per response, one column per question.
pub fn answers_csv(questions: &[Question], responses: &[(String, Vec<Option<Answer>>)], locale: crate::core::i18n::Locale) -> String {
    use crate::core::csv::field;
    let mut out = std::iter::once(field(Msg::CsvAnsweredAt.text(locale)))
        .chain(questions.iter().map(|q| field(q.prompt.get(locale))))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for (at, answers) in responses {
        let row = std::iter::once(field(at)).chain(questions.iter().enumerate().map(|(i, q)| field(&answer_text(q, answers.get(i).and_then(|a| a.as_ref()), locale))));
        out.push_str(&row.collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions() -> Vec<Question> {
        let q = |kind, options: &[&str], required| Question { kind, prompt: Text::new("K", "Q"), options: options.iter().map(|o| Text::new(o, o)).collect(), required };
        vec![
            q(QuestionKind::SingleChoice, &["Jah", "Ei"], true),
            q(QuestionKind::MultipleChoice, &["Paber", "Klaas", "Bio"], false),
            q(QuestionKind::FreeText, &[], false),
            q(QuestionKind::Rating, &[], true),
            q(QuestionKind::Pin, &[], false),
        ]
    }

    fn posted(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_whole_answer_sheet_is_read() {
        let answers = parse_answers(&questions(), &posted(&[("q0", "1"), ("q1_0", "on"), ("q1_2", "on"), ("q2", " Rohkem konteinereid "), ("q3", "4"), ("q4_lat", "58,3720"), ("q4_lon", "26.756")])).unwrap();
        assert_eq!(
            answers,
            vec![
                Some(Answer::Choice(1)),
                Some(Answer::Choices(vec![0, 2])),
                Some(Answer::Text("Rohkem konteinereid".into())),
                Some(Answer::Rating(4)),
                Some(Answer::Pin { latitude: 58.372, longitude: 26.756 }),
            ]
        );
    }

    #[test]
    fn missing_required_and_impossible_answers_are_named() {
        let errors = parse_answers(&questions(), &posted(&[("q0", "7"), ("q3", "6"), ("q4_lat", "59.4"), ("q4_lon", "24.7")])).unwrap_err();
        let fields: Vec<(&str, Msg)> = errors.iter().map(|e| (e.field.as_str(), e.message)).collect();
        assert_eq!(fields, [("q0", Msg::ValChooseFromList), ("q3", Msg::ValRatingScale), ("q4_lat", Msg::ValPin)]);
        let errors = parse_answers(&questions(), &posted(&[])).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["q0", "q3"]);
        let optional_left = parse_answers(&questions(), &posted(&[("q0", "0"), ("q3", "5")])).unwrap();
        assert_eq!(optional_left[1..3], [None, None]);
    }

    #[test]
    fn answers_export_as_text_cells_without_names() {
        let csv = answers_csv(
            &questions(),
            &[("2026-12-01 10:00".into(), vec![Some(Answer::Choice(1)), Some(Answer::Choices(vec![0, 2])), Some(Answer::Text("=1+1, ja".into())), Some(Answer::Rating(3)), None])],
            crate::core::i18n::Locale::Et,
        );
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "Vastatud,K,K,K,K,K");
        // "Paber; Bio" is quoted: Estonian Excel would split it on the `;`.
        assert_eq!(lines[1], "2026-12-01 10:00,Ei,\"Paber; Bio\",\"'=1+1, ja\",3,");
    }

    #[test]
    fn results_count_each_choice_and_average_the_ratings() {
        let sheets = vec![
            vec![Some(Answer::Choice(0)), Some(Answer::Choices(vec![0, 1])), None, Some(Answer::Rating(5)), None],
            vec![Some(Answer::Choice(0)), Some(Answer::Choices(vec![1])), Some(Answer::Text("Hea".into())), Some(Answer::Rating(4)), Some(Answer::Pin { latitude: 58.37, longitude: 26.75 })],
            vec![Some(Answer::Choice(1)), None, None, Some(Answer::Rating(4)), None],
        ];
        let results = tally(&questions(), &sheets);
        assert_eq!(results[0].counts, [2, 1]);
        assert_eq!((results[1].answered, results[1].counts.clone()), (2, vec![1, 2, 0]));
        assert_eq!(results[2].texts, ["Hea"]);
        assert_eq!((results[3].counts.clone(), results[3].average_tenths), (vec![0, 0, 0, 2, 1], Some(43)));
        assert_eq!(results[4].pins, [(58.37, 26.75)]);
    }
}
