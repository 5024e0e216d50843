//! The survey on a consultation page: the questions as a plain form while it is open, the
//! results (counts with bars, the average rating, written answers, pins) once it closes.

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::core::forms::{field_error, form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FieldErrorMessage, SubmitButton};
use crate::core::i18n::{use_i18n, Msg};
use crate::error::FieldError;
use crate::participation::api::{AnswerSurvey, QuestionView, SurveyView};
use crate::participation::model::Phase;
use crate::participation::survey::{QuestionKind, Tally};

#[component]
pub fn Survey(slug: String, phase: Phase, survey: SurveyView) -> impl IntoView {
    let i18n = use_i18n();
    if survey.questions.is_empty() {
        return ().into_any();
    }
    let body = if let Some(results) = survey.results.clone() {
        let count = i18n.fill(Msg::SurveyResponses, &[("count".to_owned(), survey.responses.to_string())]);
        view! {
            <p>{count}</p>
            {survey.questions.iter().cloned().zip(results).map(|(question, tally)| view! { <Results question=question tally=tally/> }).collect_view()}
        }
        .into_any()
    } else if survey.answered {
        view! { <p><strong>{i18n.t(Msg::SurveyAnswered)}</strong></p> }.into_any()
    } else if phase != Phase::Open {
        view! { <p>{i18n.t(Msg::ConsultationNotOpen)}</p> }.into_any()
    } else if use_boot().user.is_none() {
        view! { <p><a href=crate::core::pages::login_path(&format!("/have-your-say/{slug}"))>{i18n.t(Msg::ConsultationLogInToTakePart)}</a></p> }.into_any()
    } else {
        view! { <SurveyForm slug=slug questions=survey.questions.clone()/> }.into_any()
    };
    view! {
        <section class="panel" id="survey" aria-labelledby="survey-title">
            <h2 id="survey-title">{i18n.t(Msg::SurveyTitle)}</h2>
            {body}
        </section>
    }
    .into_any()
}

#[component]
fn SurveyForm(slug: String, questions: Vec<QuestionView>) -> impl IntoView {
    let action = ServerAction::<AnswerSurvey>::new();
    let errors = form_errors("survey", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <ErrorSummary errors=errors/>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="slug" value=slug/>
            {questions.into_iter().enumerate().map(|(index, question)| view! { <QuestionField index=index question=question errors=errors/> }).collect_view()}
            <SubmitButton label=Msg::SurveySend pending=action.pending().into()/>
        </ActionForm>
    }
    .into_any()
}

fn kept(key: &str) -> String {
    kept_value("survey", &format!("answers[{key}]"))
}

#[component]
fn QuestionField(index: usize, question: QuestionView, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let key = format!("q{index}");
    let name = format!("answers[{key}]");
    let error_key = if question.kind == QuestionKind::Pin { format!("{key}_lat") } else { key.clone() };
    let error = field_error(errors, error_key.clone());
    let legend = if question.required { format!("{}. {} ({})", index + 1, question.prompt, i18n.t(Msg::SurveyRequired)) } else { format!("{}. {}", index + 1, question.prompt) };
    let choice = |input_type: &'static str, input_name: String, value: String, id: String, label: String, checked: bool| {
        view! {
            <div class="checkbox">
                <input class="checkbox__input" type=input_type id=id.clone() name=input_name value=value checked=checked/>
                <label class="checkbox__label" for=id>{label}</label>
            </div>
        }
    };
    let inputs = match question.kind {
        QuestionKind::SingleChoice => question
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| choice("radio", name.clone(), i.to_string(), format!("{key}-{i}"), option.clone(), kept(&key) == i.to_string()))
            .collect_view()
            .into_any(),
        QuestionKind::MultipleChoice => question
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| choice("checkbox", format!("answers[{key}_{i}]"), "on".to_owned(), format!("{key}-{i}"), option.clone(), !kept(&format!("{key}_{i}")).is_empty()))
            .collect_view()
            .into_any(),
        QuestionKind::Rating => (1..=5u8)
            .map(|r| {
                let label = match r {
                    1 => format!("1 – {}", i18n.t(Msg::SurveyRatingLow)),
                    5 => format!("5 – {}", i18n.t(Msg::SurveyRatingHigh)),
                    other => other.to_string(),
                };
                choice("radio", name.clone(), r.to_string(), format!("{key}-{r}"), label, kept(&key) == r.to_string())
            })
            .collect_view()
            .into_any(),
        QuestionKind::FreeText => view! {
            // The fieldset carries the question's id (the error summary links to it).
            <label class="visually-hidden" for=format!("{key}-text")>{question.prompt.clone()}</label>
            <textarea class="field__input field__input--area" id=format!("{key}-text") name=name.clone() rows=3>{kept(&key)}</textarea>
        }
        .into_any(),
        QuestionKind::Pin => view! {
            <p class="field__hint">{i18n.t(Msg::SurveyPinHint)}</p>
            <crate::core::map::PlacePicker pick=crate::core::map::Pick { lat: format!("{key}_lat"), lon: format!("{key}_lon") }/>
            <div class="field-row">
                <div class="field">
                    <label class="field__label field__label--small" for=format!("{key}_lat")>{i18n.t(Msg::SurveyLatitude)}</label>
                    <input class="field__input" type="text" inputmode="decimal" id=format!("{key}_lat") name=format!("answers[{key}_lat]") value=kept(&format!("{key}_lat"))/>
                </div>
                <div class="field">
                    <label class="field__label field__label--small" for=format!("{key}_lon")>{i18n.t(Msg::SurveyLongitude)}</label>
                    <input class="field__input" type="text" inputmode="decimal" id=format!("{key}_lon") name=format!("answers[{key}_lon]") value=kept(&format!("{key}_lon"))/>
                </div>
            </div>
        }
        .into_any(),
    };
    view! {
        // The fieldset is `q{i}`; a pin's error names (and links to) its latitude field.
        <fieldset class="field fieldset" id=key.clone()>
            <legend class="field__label">{legend}</legend>
            <FieldErrorMessage id=format!("{error_key}-error") error=error/>
            {inputs}
        </fieldset>
    }
}

#[component]
fn Results(question: QuestionView, tally: Tally) -> impl IntoView {
    let i18n = use_i18n();
    let answered = i18n.fill(Msg::SurveyAnsweredCount, &[("count".to_owned(), tally.answered.to_string())]);
    let bars = |labels: Vec<String>, counts: Vec<usize>| {
        let most = counts.iter().copied().max().unwrap_or(0).max(1);
        view! {
            <ul class="results">
                {labels.into_iter().zip(counts).map(|(label, count)| {
                    let width = count * 100 / most;
                    view! {
                        <li class="results__row">
                            <span class="results__label">{format!("{label}: {count}")}</span>
                            <crate::core::layout::ProgressBar percent=u32::try_from(width).unwrap_or(100)/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let detail = match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => bars(question.options.clone(), tally.counts.clone()),
        QuestionKind::Rating => {
            let average = tally.average_tenths.map(|t| i18n.fill(Msg::SurveyAverage, &[("value".to_owned(), crate::participation::model::format_number(i64::from(t) * 10, 1, i18n.locale))]));
            view! {
                {average.map(|a| view! { <p><strong>{a}</strong></p> })}
                {bars((1..=5).map(|r| r.to_string()).collect(), tally.counts.clone())}
            }
            .into_any()
        }
        QuestionKind::FreeText => view! { <ul>{tally.texts.iter().map(|t| view! { <li class="prose-text">{t.clone()}</li> }).collect_view()}</ul> }.into_any(),
        QuestionKind::Pin => {
            let places = tally
                .pins
                .iter()
                .map(|&(lat, lon)| crate::core::map::MapPlace { title: format!("{lat:.5}, {lon:.5}"), link: crate::core::map::openstreetmap_link(lat, lon), lat, lon })
                .collect();
            view! { <crate::core::map::PlacesMap places=places/> }.into_any()
        }
    };
    view! {
        <h3>{question.prompt.clone()}</h3>
        <p>{answered}</p>
        {detail}
    }
}
