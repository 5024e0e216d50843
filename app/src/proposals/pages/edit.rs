//! `/proposals/{id}/edit`: the proposer writes the proposal section by section. The page
//! renders on the server and is a plain form: "Save the draft" saves it. With JavaScript an
//! island saves each change as it is made. Submitting checks the whole proposal; nothing
//! written is lost when it is refused.

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
    let errors = form_errors("proposal", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = crate::core::forms::kept_or_saved("proposal");
    let mut options = vec![(String::new(), i18n.t(Msg::ProposalNewService).to_owned())];
    options.extend(form.services.clone());
    let id = form.id;
    let heading = format!("{}: {}", i18n.t(Msg::ProposalEditTitle), form.title);
    let version = i18n.fill(Msg::ProposalWrittenOn, &[("version".to_owned(), form.template_version.to_string())]);
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
            <ActionForm action=action attr:class="form" attr:novalidate=true attr:id=PROPOSAL_FORM_ID>
                <input type="hidden" name="id" value=id/>
                <TextField name="title" label=Msg::ProposalTitleField errors=errors value=value("title", &form.title)/>
                <SelectField name="service" label=Msg::ProposalServiceField errors=errors options=options selected=value("service", &form.service)/>
                <TextField name="intended_owner" label=Msg::ProposalOwnerField errors=errors value=value("intended_owner", &form.intended_owner)/>
                {form.sections.iter().enumerate().map(|(index, (title, answer))| view! {
                    <SectionField name=format!("sections[{index}]") label=format!("{}. {title}", index + 1) errors=errors value=answer.clone()/>
                }).collect_view()}
                <TextAreaField name="comment" label=Msg::ProposalSubmitComment errors=errors rows=3/>
                // What the autosave says, translated here: the island carries no catalogue.
                <p class="autosave" role="status" id=AUTOSAVE_STATUS_ID
                    data-failed=i18n.t(Msg::ProposalAutosaveFailed) data-sending=i18n.t(Msg::Sending)
                    data-unsaved=i18n.t(Msg::ProposalUnsaved) data-saved=i18n.t(Msg::ProposalAutosaved)></p>
                <Autosave/>
                <div class="button-group">
                    <button class="button" type="submit" name="intent" value="submit">{i18n.t(Msg::ProposalSubmit)}</button>
                    <button class="button button--secondary" type="submit" name="intent" value="save">{i18n.t(Msg::ProposalSaveDraft)}</button>
                </div>
            </ActionForm>
        </div>
    }
    .into_any()
}

const PROPOSAL_FORM_ID: &str = "proposal-form";

const AUTOSAVE_STATUS_ID: &str = "autosave-status";

/// Save as you go. Every change, and a pause of 0.8 s while typing, sends the whole form;
/// one save is in flight at a time (a later one waits, so an older text never lands last);
/// leaving the page sends what is not saved yet. "Saved" is said only when the last save
/// held the latest keystroke: typing quickly through 13 sections lost sections 9–13 while
/// the page said "saved", because only a field that lost focus was sent. Sending the form
/// (submit or "Save the draft") stops it: that post carries everything.
///
/// The island has no props and renders nothing: it writes its status into the paragraph
/// the page rendered (whose `data-` attributes hold the words), and posts the form with
/// `fetch` rather than Leptos' server-function client, so the wasm needs no serde_json.
#[island]
pub fn Autosave() -> impl IntoView {
    let autosave = Action::new_unsync(|_: &()| save_the_form());
    let edits = RwSignal::new(0_u64);
    let saved_upto = RwSignal::new(0_u64);
    let sent_upto = StoredValue::new(0_u64);
    let again = StoredValue::new(false);
    let posting = StoredValue::new(false);
    let save_now = move || {
        if posting.get_value() {
            return;
        }
        if autosave.pending().get_untracked() {
            again.set_value(true);
            return;
        }
        sent_upto.set_value(edits.get_untracked());
        autosave.dispatch(());
    };
    Effect::new(move |_| {
        if autosave.pending().get() {
            return;
        }
        if let Some(Ok(_)) = autosave.value().get_untracked() {
            saved_upto.set(sent_upto.get_value());
        }
        if again.get_value() {
            again.set_value(false);
            save_now();
        }
    });
    let typed = move || {
        edits.update(|count| *count += 1);
        let at = edits.get_untracked();
        set_timeout(move || if edits.get_untracked() == at { save_now() }, std::time::Duration::from_millis(800));
    };
    let changed = move || {
        edits.update(|count| *count += 1);
        save_now();
    };
    listen_to_the_form(typed, changed, posting);
    send_unsaved_on_leaving(edits, saved_upto, posting);
    let status = move || {
        let unsaved = edits.get() > saved_upto.get();
        match autosave.value().get() {
            Some(Err(_)) => Some("failed"),
            _ if unsaved && autosave.pending().get() => Some("sending"),
            _ if unsaved => Some("unsaved"),
            Some(Ok(_)) => Some("saved"),
            None => None,
        }
    };
    show_status(status);
}

/// Keeps the status paragraph saying `status()`: the word under that `data-` attribute.
fn show_status(status: impl Fn() -> Option<&'static str> + 'static) {
    #[cfg(feature = "hydrate")]
    {
        let Some(paragraph) = document().get_element_by_id(AUTOSAVE_STATUS_ID) else { return };
        Effect::new(move |_| {
            let text = status().and_then(|key| paragraph.get_attribute(&format!("data-{key}"))).unwrap_or_default();
            paragraph.set_text_content(Some(&text));
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = status;
}

/// Typing and changes in the editor's form (outside the island) drive the autosave; the
/// form's own post ends it.
fn listen_to_the_form(typed: impl Fn() + 'static, changed: impl Fn() + 'static, posting: StoredValue<bool>) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(form) = document().get_element_by_id(PROPOSAL_FORM_ID) else { return };
        let listeners: [(&str, Box<dyn Fn()>); 3] = [
            ("input", Box::new(typed)),
            ("change", Box::new(changed)),
            ("submit", Box::new(move || posting.set_value(true))),
        ];
        for (kind, listener) in listeners {
            let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| listener());
            let _ = form.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
            // The form lives as long as the page.
            closure.forget();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (typed, changed, posting);
}

/// The editor's form as it is now, as an autosave (browser only; None on the server).
fn autosave_data() -> Option<FormDataOnBrowser> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let form = document().get_element_by_id(PROPOSAL_FORM_ID)?.dyn_into::<web_sys::HtmlFormElement>().ok()?;
        let data = web_sys::FormData::new_with_form(&form).ok()?;
        // The buttons' `intent` is not part of a draft being saved.
        data.delete("intent");
        Some(data)
    }
    #[cfg(not(feature = "hydrate"))]
    None
}

#[cfg(feature = "hydrate")]
type FormDataOnBrowser = web_sys::FormData;
#[cfg(not(feature = "hydrate"))]
type FormDataOnBrowser = ();

/// Posts the form as it is now to the autosave (browser only).
async fn save_the_form() -> Result<(), ()> {
    #[cfg(feature = "hydrate")]
    {
        let data = autosave_data().ok_or(())?;
        let fields = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).map_err(drop)?;
        crate::core::browser::post_form("/api/proposals/autosave", &fields).await.map(drop)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = autosave_data();
        Err(())
    }
}

/// When the person leaves the page (closes it, follows a link) with text not yet saved, the
/// browser sends it anyway (`sendBeacon` outlives the page).
fn send_unsaved_on_leaving(edits: RwSignal<u64>, saved_upto: RwSignal<u64>, posting: StoredValue<bool>) {
    #[cfg(feature = "hydrate")]
    {
        let handle = window_event_listener(leptos::ev::pagehide, move |_| {
            if posting.get_value() || edits.get_untracked() <= saved_upto.get_untracked() {
                return;
            }
            let Some(data) = autosave_data() else { return };
            if let Ok(params) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) {
                let _ = window().navigator().send_beacon_with_opt_url_search_params("/api/proposals/autosave", Some(&params));
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (edits, saved_upto, posting);
}
