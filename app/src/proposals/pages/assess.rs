//! `/proposals/{id}/assess`: the development team rates each criterion red, amber or
//! green with a comment, lists actions with owners and due dates, and decides. Saving
//! without a decision keeps a half-done assessment; a refused one keeps what it can.

use leptos::form::ActionForm;
use leptos::prelude::*;

use super::{proposal_id, trail};
use crate::core::forms::{field_error, form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FieldErrorMessage, FlashNotice, SubmitButton, TextAreaField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page_or_go, staff_gate};
use crate::error::FieldError;
use crate::proposals::api::{load_assessment_form, AssessmentFormData, SaveAssessment};
use crate::proposals::model::{Rating, Transition};

/// Blank action rows offered below the ones already written.
const SPARE_ACTION_ROWS: usize = 2;

#[component]
pub fn AssessProposalPage() -> impl IntoView {
    let id = proposal_id();
    if let Some(gate) = staff_gate(&format!("/proposals/{id}/assess")) {
        return gate;
    }
    let form = Resource::new(move || id, load_assessment_form);
    // A proposal that has moved past this page (Back after submitting) shows as it is now.
    loaded_page_or_go(form, |form| view! { <AssessmentEditor form=form/> }, format!("/proposals/{id}")).into_any()
}

/// A labelled input whose name is only known at run time (`action_owners[1]`).
#[component]
fn RowInput(name: String, label: String, errors: Signal<Vec<FieldError>>, value: String, #[prop(default = "text")] input_type: &'static str) -> impl IntoView {
    let error = field_error(errors, name.clone());
    let error_id = format!("{name}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=name.clone()>{label}</label>
            <FieldErrorMessage id=error_id error=error/>
            <input class="field__input" type=input_type id=name.clone() name=name value=value aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| described.clone())/>
        </div>
    }
}

#[component]
fn AssessmentEditor(form: AssessmentFormData) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveAssessment>::new();
    let errors = form_errors("assessment", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let has_flash = use_boot().flash_for("assessment").is_some();
    let id = form.id;
    let heading = format!("{}: {}", i18n.t(Msg::AssessTitle), form.title);
    let mut crumbs = trail();
    crumbs.push((format!("/proposals/{id}"), form.title.clone()));
    let rows = form.actions.len() + SPARE_ACTION_ROWS;
    let action_value = move |field: &str, index: usize, saved: Option<&String>| {
        if has_flash { kept_value("assessment", &format!("{field}[{index}]")) } else { saved.cloned().unwrap_or_default() }
    };
    let chosen_decision = if has_flash { kept_value("assessment", "decision") } else { String::new() };
    let decision_error = field_error(errors, "decision");
    view! {
        <crate::core::pages::SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=crumbs current=i18n.t(Msg::AssessTitle).to_owned()/>
            <FlashNotice/>
            <h1>{heading}</h1>
            <p class="lead">{i18n.t(Msg::AssessLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                {form.criteria.iter().enumerate().map(|(index, (criterion, rating, comment))| {
                    let name = format!("ratings[{index}]");
                    let error = field_error(errors, name.clone());
                    let choices = std::iter::once(("", Msg::RatingNone)).chain(Rating::ALL.iter().map(|r| (r.key(), r.label()))).map(|(key, label)| {
                        let input_id = format!("rating-{index}-{}", if key.is_empty() { "none" } else { key });
                        view! {
                            <div class="checkbox checkbox--inline">
                                <input class="checkbox__input" type="radio" id=input_id.clone() name=name.clone() value=key checked=rating.as_str() == key/>
                                <label class="checkbox__label" for=input_id>{i18n.t(label)}</label>
                            </div>
                        }
                    }).collect_view();
                    view! {
                        <fieldset class="field fieldset criterion" id=name.clone()>
                            <legend class="field__label">{format!("{}. {criterion}", index + 1)}</legend>
                            <FieldErrorMessage id=format!("{name}-error") error=error/>
                            <div class="choices">{choices}</div>
                            <CommentField index=index errors=errors value=comment.clone() criterion=criterion.clone()/>
                        </fieldset>
                    }
                }).collect_view()}
                <h2>{i18n.t(Msg::AssessmentActions)}</h2>
                <p class="field__hint">{i18n.t(Msg::AssessActionsHint)}</p>
                {(0..rows).map(|index| {
                    let saved = form.actions.get(index);
                    let number = index + 1;
                    let label = |msg: Msg| format!("{} {number}: {}", i18n.t(Msg::AssessActionRow), i18n.t(msg));
                    view! {
                        <div class="field-row action-row">
                            <RowInput name=format!("action_descriptions[{index}]") label=label(Msg::AssessActionWhat) errors=errors value=action_value("action_descriptions", index, saved.map(|a| &a.description))/>
                            <RowInput name=format!("action_owners[{index}]") label=label(Msg::AssessmentActionOwner) errors=errors value=action_value("action_owners", index, saved.map(|a| &a.owner))/>
                            <RowInput name=format!("action_dues[{index}]") label=label(Msg::AssessmentActionDue) errors=errors input_type="date" value=action_value("action_dues", index, saved.map(|a| &a.due))/>
                        </div>
                    }
                }).collect_view()}
                <TextAreaField name="summary" label=Msg::AssessSummary errors=errors hint=i18n.t(Msg::AssessSummaryHint).to_owned() value=form.summary.clone() rows=4/>
                <fieldset class="field fieldset" id="decision">
                    <legend class="field__label">{i18n.t(Msg::AssessmentDecision)}</legend>
                    <FieldErrorMessage id="decision-error".to_owned() error=decision_error/>
                    {std::iter::once(("", Msg::AssessNoDecision)).chain(Transition::DECISIONS.iter().map(|d| (d.key(), d.label()))).map(|(key, label)| {
                        let input_id = format!("decision-{}", if key.is_empty() { "none" } else { key });
                        view! {
                            <div class="checkbox">
                                <input class="checkbox__input" type="radio" id=input_id.clone() name="decision" value=key checked=chosen_decision == key/>
                                <label class="checkbox__label" for=input_id>{i18n.t(label)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <SubmitButton label=Msg::AssessSave pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
    .into_any()
}

#[component]
fn CommentField(index: usize, errors: Signal<Vec<FieldError>>, value: String, criterion: String) -> impl IntoView {
    let i18n = use_i18n();
    let name = format!("comments[{index}]");
    let error = field_error(errors, name.clone());
    let error_id = format!("{name}-error");
    let described = error_id.clone();
    // The label names the criterion, so the field makes sense out of its group too.
    let label = format!("{} ({})", i18n.t(Msg::AssessmentComment), criterion);
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label field__label--small" for=name.clone()>{label}</label>
            <FieldErrorMessage id=error_id error=error/>
            <textarea class="field__input field__input--area" id=name.clone() name=name rows=2 aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| described.clone())>
                {value}
            </textarea>
        </div>
    }
}
