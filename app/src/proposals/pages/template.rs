//! `/admin/proposal-template`: administrators edit the proposal template's sections and
//! the assessment criteria, one per line in each language. Every change is a new version;
//! proposals keep the version they were written on.

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::core::forms::{form_errors, go_to_on_success, use_boot, ErrorSummary, FlashNotice, SubmitButton, TextAreaField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page, staff_gate};
use crate::proposals::api::{load_template_form, SaveTemplate, TemplateForm};

#[component]
pub fn ProposalTemplatePage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/proposal-template") {
        return gate;
    }
    let form = Resource::new(|| (), |_| load_template_form());
    loaded_page(form, |form| view! { <TemplateEditor form=form/> }).into_any()
}

#[component]
fn TemplateEditor(form: TemplateForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveTemplate>::new();
    let errors = form_errors("template", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let flash = use_boot().flash_for("template").cloned();
    // After a refused plain post, the group with the error comes back as typed.
    let value = move |field: &str, saved: &str| match flash.as_ref().and_then(|f| f.value(field)) {
        Some(kept) => kept.to_owned(),
        None => saved.to_owned(),
    };
    let current = i18n.fill(Msg::TemplateCurrent, &[("version".to_owned(), form.version.to_string())]);
    let hint = i18n.t(Msg::TemplateLinesHint).to_owned();
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", i18n.t(Msg::TemplateTitle), i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::TemplateTitle).to_owned()/>
            <FlashNotice/>
            <h1>{i18n.t(Msg::TemplateTitle)}</h1>
            <p class="lead">{i18n.t(Msg::TemplateLead)}</p>
            <p><strong>{current}</strong></p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <h2>{i18n.t(Msg::TemplateSections)}</h2>
                <TextAreaField name="sections_et" label=Msg::TemplateSectionsEt errors=errors hint=hint.clone() value=value("sections_et", &form.sections_et) rows=12/>
                <TextAreaField name="sections_en" label=Msg::TemplateSectionsEn errors=errors value=value("sections_en", &form.sections_en) rows=12/>
                <TextAreaField name="sections_ru" label=Msg::TemplateSectionsRu errors=errors value=value("sections_ru", &form.sections_ru) rows=12/>
                <h2>{i18n.t(Msg::TemplateCriteria)}</h2>
                <TextAreaField name="criteria_et" label=Msg::TemplateCriteriaEt errors=errors hint=hint value=value("criteria_et", &form.criteria_et) rows=14/>
                <TextAreaField name="criteria_en" label=Msg::TemplateCriteriaEn errors=errors value=value("criteria_en", &form.criteria_en) rows=14/>
                <TextAreaField name="criteria_ru" label=Msg::TemplateCriteriaRu errors=errors value=value("criteria_ru", &form.criteria_ru) rows=14/>
                <SubmitButton label=Msg::TemplateSave pending=action.pending().into()/>
            </ActionForm>
            <h2>{i18n.t(Msg::TemplateVersions)}</h2>
            <ol class="history">
                {form.versions.iter().map(|(version, at, who)| {
                    let who = if who.is_empty() { i18n.t(Msg::TemplateBuiltIn).to_owned() } else { who.clone() };
                    view! { <li>{format!("{} {version} · {at} · {who}", i18n.t(Msg::TemplateVersion))}</li> }
                }).collect_view()}
            </ol>
        </div>
    }
    .into_any()
}
