//! `/admin/consultations` (every consultation, with "New consultation") and the editor at
//! `/admin/consultations/new` and `/admin/consultations/{slug}/edit`: texts in three
//! languages, dates, place, documents, and the survey builder — one row per question and
//! a blank one to add the next; clearing a question's Estonian wording removes it. Plain
//! forms throughout; administrators only.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::PhaseTag;
use crate::core::forms::{field_error, form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FieldErrorMessage, FlashNotice, SelectField, SubmitButton, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page, staff_gate, ErrorPage, ForbiddenPage, PageTitle};
use crate::error::{AppError, FieldError};
use crate::participation::editor::KINDS;
use crate::participation::editor_api::{load_consultation_admin_list, load_consultation_form, CloseConsultation, ConsultationFormData, SaveConsultation};

fn trail() -> Vec<(String, String)> {
    let i18n = use_i18n();
    vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()), ("/admin/consultations".to_owned(), i18n.t(Msg::ConsultationsAdminTitle).to_owned())]
}

#[component]
pub fn AdminConsultationsPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/consultations") {
        return gate;
    }
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| load_consultation_admin_list());
    view! {
        <PageTitle text=Msg::ConsultationsAdminTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::ConsultationsAdminTitle).to_owned()/>
            <FlashNotice/>
            <h1>{i18n.t(Msg::ConsultationsAdminTitle)}</h1>
            <p><a class="button" href="/admin/consultations/new">{i18n.t(Msg::ConsultationNew)}</a></p>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(cards) => view! {
                            <ul class="room-list">
                                {cards.into_iter().map(|c| view! {
                                    <li class="card">
                                        <h2 class="card__title"><a class="card__link" href=format!("/admin/consultations/{}/edit", c.slug)>{c.title.clone()}</a></h2>
                                        <p><PhaseTag phase=c.phase/></p>
                                        <p>{format!("{} · {} · {} – {}", c.topic, c.district, c.opens_on, c.closes_on)}</p>
                                        <p><a href=format!("/have-your-say/{}", c.slug)>{i18n.t(Msg::ConsultationSeePublic)}</a></p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(AppError::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
pub fn ConsultationEditorPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug"));
    let here = slug.as_ref().map_or("/admin/consultations/new".to_owned(), |s| format!("/admin/consultations/{s}/edit"));
    if let Some(gate) = staff_gate(&here) {
        return gate;
    }
    let form = Resource::new(move || slug.clone(), load_consultation_form);
    loaded_page(form, |data| view! { <Editor data=data/> }).into_any()
}

/// A one-line input whose name is only known at run time (`survey[q2_prompt_en]`); its
/// id is the key errors are named by (`q2_prompt_en`).
#[component]
fn RowText(id: String, name: String, label: String, errors: Signal<Vec<FieldError>>, value: String, disabled: bool) -> impl IntoView {
    let error = field_error(errors, id.clone());
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>{label}</label>
            <FieldErrorMessage id=error_id error=error/>
            <input class="field__input" type="text" id=id name=name value=value disabled=disabled aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| described.clone())/>
        </div>
    }
}

#[component]
fn QuestionRow(index: usize, data: ConsultationFormData, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let has_flash = use_boot().flash_for("consultation").is_some();
    let value = move |key: &str| {
        if has_flash {
            kept_value("consultation", &format!("survey[q{index}_{key}]"))
        } else {
            data.survey.get(&format!("q{index}_{key}")).cloned().unwrap_or_default()
        }
    };
    let locked = data.has_answers;
    let id = |key: &str| format!("q{index}_{key}");
    let name = |key: &str| format!("survey[q{index}_{key}]");
    let kind = value("kind");
    let kind_error = field_error(errors, id("kind"));
    let options_error = field_error(errors, id("options"));
    let kind_labels = [Msg::QuestionSingle, Msg::QuestionMultiple, Msg::QuestionText, Msg::QuestionRating, Msg::QuestionPin];
    let required = !value("required").is_empty();
    view! {
        <fieldset class="fieldset question-row">
            <legend class="fieldset__legend">{i18n.fill(Msg::QuestionNumber, &[("number".to_owned(), (index + 1).to_string())])}</legend>
            <div class="field" class:field--error=move || kind_error.get().is_some()>
                <label class="field__label" for=id("kind")>{i18n.t(Msg::QuestionKindLabel)}</label>
                <FieldErrorMessage id=format!("q{index}_kind-error") error=kind_error/>
                <select class="field__input" id=id("kind") name=name("kind") disabled=locked>
                    {KINDS.iter().zip(kind_labels).map(|((key, _), label)| {
                        let selected = kind == *key;
                        view! { <option value=*key selected=selected>{i18n.t(label)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <RowText id=id("prompt_et") name=name("prompt_et") label=i18n.t(Msg::QuestionPromptEt).to_owned() errors=errors value=value("prompt_et") disabled=locked/>
            <RowText id=id("prompt_en") name=name("prompt_en") label=i18n.t(Msg::QuestionPromptEn).to_owned() errors=errors value=value("prompt_en") disabled=locked/>
            <RowText id=id("prompt_ru") name=name("prompt_ru") label=i18n.t(Msg::QuestionPromptRu).to_owned() errors=errors value=value("prompt_ru") disabled=locked/>
            <div class="field" class:field--error=move || options_error.get().is_some()>
                <label class="field__label" for=id("options")>{i18n.t(Msg::QuestionOptions)}</label>
                <p class="field__hint" id=format!("q{index}_options-hint")>{i18n.t(Msg::QuestionOptionsHint)}</p>
                <FieldErrorMessage id=format!("q{index}_options-error") error=options_error/>
                <textarea class="field__input field__input--area" id=id("options") name=name("options") rows=4 disabled=locked aria-describedby=format!("q{index}_options-hint")>{value("options")}</textarea>
            </div>
            <div class="checkbox">
                <input class="checkbox__input" type="checkbox" id=id("required") name=name("required") value="on" checked=required disabled=locked/>
                <label class="checkbox__label" for=id("required")>{i18n.t(Msg::QuestionRequired)}</label>
            </div>
        </fieldset>
    }
}

#[component]
fn Editor(data: ConsultationFormData) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveConsultation>::new();
    let errors = form_errors("consultation", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let has_flash = use_boot().flash_for("consultation").is_some();
    let value = move |field: &str, saved: &str| if has_flash { kept_value("consultation", field) } else { saved.to_owned() };
    let heading = match &data.original {
        Some(_) => format!("{}: {}", i18n.t(Msg::ConsultationEdit), data.title[0]),
        None => i18n.t(Msg::ConsultationNew).to_owned(),
    };
    let topics: Vec<(String, String)> = std::iter::once((String::new(), i18n.t(Msg::ChooseOne).to_owned())).chain(data.topics.clone()).collect();
    let rows = data.question_rows;
    let locked = data.has_answers;
    let close = (data.open && data.original.is_some()).then(|| view! { <CloseNow slug=data.slug.clone()/> });
    view! {
        <crate::core::pages::SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail() current=heading.clone()/>
            <FlashNotice/>
            <h1>{heading.clone()}</h1>
            {data.original.clone().map(|slug| view! { <p><a href=format!("/have-your-say/{slug}")>{i18n.t(Msg::ConsultationSeePublic)}</a></p> })}
            {close}
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="original" value=data.original.clone().unwrap_or_default()/>
                <TextField name="title_et" label=Msg::FieldTitleEt errors=errors value=value("title_et", &data.title[0])/>
                <TextField name="title_en" label=Msg::FieldTitleEn errors=errors value=value("title_en", &data.title[1])/>
                <TextField name="title_ru" label=Msg::FieldTitleRu errors=errors value=value("title_ru", &data.title[2])/>
                <TextField name="slug" label=Msg::FieldSlug errors=errors hint=i18n.t(Msg::FieldSlugHint).to_owned() value=value("slug", &data.slug)/>
                <SelectField name="topic" label=Msg::ConsultationTopic errors=errors options=topics selected=value("topic", &data.topic)/>
                <TextField name="district" label=Msg::ConsultationDistrict errors=errors value=value("district", &data.district)/>
                <TextAreaField name="description_et" label=Msg::FieldDescriptionEt errors=errors value=value("description_et", &data.description[0]) rows=6/>
                <TextAreaField name="description_en" label=Msg::FieldDescriptionEn errors=errors value=value("description_en", &data.description[1]) rows=4/>
                <TextAreaField name="description_ru" label=Msg::FieldDescriptionRu errors=errors value=value("description_ru", &data.description[2]) rows=4/>
                <div class="field-row">
                    <TextField name="opens_on" label=Msg::FieldOpensOn errors=errors input_type="date" value=value("opens_on", &data.opens_on)/>
                    <TextField name="closes_on" label=Msg::FieldClosesOn errors=errors input_type="date" value=value("closes_on", &data.closes_on)/>
                </div>
                <div class="field-row">
                    <TextField name="latitude" label=Msg::SurveyLatitude errors=errors value=value("latitude", &data.latitude)/>
                    <TextField name="longitude" label=Msg::SurveyLongitude errors=errors value=value("longitude", &data.longitude)/>
                </div>
                <TextAreaField name="documents" label=Msg::FieldDocuments errors=errors hint=i18n.t(Msg::FieldDocumentsHint).to_owned() value=value("documents", &data.documents) rows=3/>
                <section aria-labelledby="builder-title">
                    <h2 id="builder-title">{i18n.t(Msg::SurveyBuilderTitle)}</h2>
                    <p>{i18n.t(if locked { Msg::SurveyBuilderLocked } else { Msg::SurveyBuilderHint })}</p>
                    {(0..rows).map(|index| view! { <QuestionRow index=index data=data.clone() errors=errors/> }).collect_view()}
                </section>
                <SubmitButton label=Msg::ConsultationSave pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
}

/// Ends an open consultation today (its last day becomes yesterday).
#[component]
fn CloseNow(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CloseConsultation>::new();
    let errors = form_errors("consultation-close", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <section class="panel" aria-labelledby="close-title">
            <h2 id="close-title">{i18n.t(Msg::ConsultationCloseTitle)}</h2>
            <p>{i18n.t(Msg::ConsultationCloseText)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="slug" value=slug/>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::ConsultationCloseNow)}</button>
            </ActionForm>
        </section>
    }
}
