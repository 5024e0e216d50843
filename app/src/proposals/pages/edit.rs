//! `/proposals/{id}/edit`: the proposer writes the proposal section by section. With
//! JavaScript each change is saved as it is made; without it, "Save the draft" does the
//! same. Submitting checks the whole proposal; nothing written is lost when it is refused.

use leptos::form::ActionForm;
use leptos::prelude::*;

use super::{proposal_id, trail};
use crate::core::forms::{described_by, field_error, form_errors, go_to_on_success, ErrorSummary, FieldErrorMessage, FlashNotice, SelectField, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page_or_go, staff_gate};
use crate::error::FieldError;
use crate::proposals::api::{load_proposal_form, ProposalForm, SaveProposal};

#[component]
pub fn EditProposalPage() -> impl IntoView {
    let id = proposal_id();
    if let Some(gate) = staff_gate(&format!("/proposals/{id}/edit")) {
        return gate;
    }
    let form = Resource::new(move || id, load_proposal_form);
    // A proposal that has moved past this page (Back after submitting) shows as it is now.
    loaded_page_or_go(form, |form| view! { <ProposalEditor form=form/> }, format!("/proposals/{id}")).into_any()
}

/// A text area whose name is only known at run time (`sections[3]`).
#[component]
fn SectionField(name: String, label: String, errors: Signal<Vec<FieldError>>, value: String) -> impl IntoView {
    let error = field_error(errors, name.clone());
    let error_id = format!("{name}-error");
    let described = described_by(None, error_id.clone(), error);
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=name.clone()>{label}</label>
            <FieldErrorMessage id=error_id error=error/>
            <textarea class="field__input field__input--area" id=name.clone() name=name rows=5 aria-invalid=move || error.get().map(|_| "true") aria-describedby=described>
                {value}
            </textarea>
        </div>
    }
}

#[component]
fn ProposalEditor(form: ProposalForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveProposal>::new();
    let autosave = ServerAction::<SaveProposal>::new();
    let errors = form_errors("proposal", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = crate::core::forms::kept_or_saved("proposal");
    let mut options = vec![(String::new(), i18n.t(Msg::ProposalNewService).to_owned())];
    options.extend(form.services.clone());
    let id = form.id;
    let heading = format!("{}: {}", i18n.t(Msg::ProposalEditTitle), form.title);
    let version = i18n.fill(Msg::ProposalWrittenOn, &[("version".to_owned(), form.template_version.to_string())]);
    let autosave_status = move || {
        autosave.value().get().map(|result| match result {
            Ok(_) => i18n.t(Msg::ProposalAutosaved),
            Err(_) => i18n.t(Msg::ProposalAutosaveFailed),
        })
    };
    let mut crumbs = trail();
    crumbs.push((format!("/proposals/{id}"), form.title.clone()));
    view! {
        <crate::core::pages::SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=crumbs current=i18n.t(Msg::ProposalEditTitle).to_owned()/>
            <FlashNotice/>
            <h1>{heading}</h1>
            <p>{version}</p>
            {form.feedback.clone().map(|feedback| view! {
                <div class="panel">
                    <h2>{i18n.t(Msg::ProposalTeamFeedback)}</h2>
                    <p class="prose-text">{feedback}</p>
                    <p><a href=format!("/proposals/{id}#assessment")>{i18n.t(Msg::ProposalSeeAssessment)}</a></p>
                </div>
            })}
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                // Changes bubble up here; with JavaScript each one is saved at once.
                <div on:change=move |ev| save_as_you_go(ev, autosave)>
                    <TextField name="title" label=Msg::ProposalTitleField errors=errors value=value("title", &form.title)/>
                    <SelectField name="service" label=Msg::ProposalServiceField errors=errors options=options selected=value("service", &form.service)/>
                    <TextField name="intended_owner" label=Msg::ProposalOwnerField errors=errors value=value("intended_owner", &form.intended_owner)/>
                    {form.sections.iter().enumerate().map(|(index, (title, answer))| view! {
                        <SectionField name=format!("sections[{index}]") label=format!("{}. {title}", index + 1) errors=errors value=answer.clone()/>
                    }).collect_view()}
                    <TextAreaField name="comment" label=Msg::ProposalSubmitComment errors=errors rows=3/>
                </div>
                <p class="autosave" role="status">{autosave_status}</p>
                <div class="button-group">
                    <button class="button" type="submit" name="intent" value="submit">{i18n.t(Msg::ProposalSubmit)}</button>
                    <button class="button button--secondary" type="submit" name="intent" value="save">{i18n.t(Msg::ProposalSaveDraft)}</button>
                </div>
            </ActionForm>
        </div>
    }
    .into_any()
}

/// Sends the whole form as an "autosave" whenever a field changes (browser only).
fn save_as_you_go(ev: leptos::ev::Event, autosave: ServerAction<SaveProposal>) {
    #[cfg(feature = "hydrate")]
    {
        use leptos::form::FromFormData;
        use wasm_bindgen::JsCast;
        let form = ev.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()).and_then(|element| element.closest("form").ok().flatten());
        let Some(form) = form.and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
        let _ = data.set_with_str("intent", "autosave");
        if let Ok(args) = SaveProposal::from_form_data(&data) {
            autosave.dispatch(args);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, autosave);
}
