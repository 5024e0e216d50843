//! The hub editors: `/admin/topics` (topics with their indicators, and plans), a topic's
//! editor, an indicator's editor with its yearly values, and a plan's editor with its
//! goals. One plain form per page; the server checks who may save what.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::forms::{form_errors, go_to_on_success, kept_or_saved, ErrorSummary, FlashNotice, SelectField, SubmitButton, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page, staff_gate, ErrorPage, ForbiddenPage, PageTitle, SafeTitle};
use crate::error::AppError;
use crate::participation::hub_editor_api::{load_hub_admin_list, load_indicator_form, load_plan_form, load_topic_form, IndicatorFormData, PlanFormData, SaveIndicator, SavePlan, SaveTopic, TopicFormData};

fn trail() -> Vec<(String, String)> {
    let i18n = use_i18n();
    vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()), ("/admin/topics".to_owned(), i18n.t(Msg::HubAdminTitle).to_owned())]
}

/// What a refused plain form brought back, else what is stored.
#[component]
pub fn HubAdminPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/topics") {
        return gate;
    }
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| load_hub_admin_list());
    view! {
        <PageTitle text=Msg::HubAdminTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::HubAdminTitle).to_owned()/>
            <FlashNotice/>
            <h1>{i18n.t(Msg::HubAdminTitle)}</h1>
            <p class="lead">{i18n.t(Msg::HubAdminLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! {
                            {list.edits_topics.then(|| view! {
                                <p class="inline-links">
                                    <a class="button" href="/admin/topics/new">{i18n.t(Msg::TopicNew)}</a>
                                    " "
                                    <a class="button button--secondary" href="/admin/plans/new">{i18n.t(Msg::PlanNew)}</a>
                                </p>
                            })}
                            <ul class="room-list">
                                {list.topics.into_iter().map(|t| {
                                    let slug = t.slug.clone();
                                    view! {
                                        <li class="card">
                                            <h2 class="card__title">{t.name.clone()}</h2>
                                            <p class="inline-links">
                                                <a href=format!("/topics/{slug}")>{i18n.t(Msg::ConsultationSeePublic)}</a>
                                                " "
                                                {list.edits_topics.then(|| view! { <a href=format!("/admin/topics/{slug}/edit")>{i18n.fill(Msg::TopicEditNamed, &[("name".to_owned(), t.name.clone())])}</a> })}
                                            </p>
                                            <h3>{i18n.t(Msg::TopicIndicators)}</h3>
                                            <ul>
                                                {t.indicators.iter().map(|(indicator, name)| view! {
                                                    <li><a href=format!("/admin/topics/{slug}/indicators/{indicator}/edit")>{name.clone()}</a></li>
                                                }).collect_view()}
                                            </ul>
                                            <p><a href=format!("/admin/topics/{slug}/indicators/new")>{i18n.t(Msg::IndicatorNew)}</a></p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            {list.edits_topics.then(|| view! {
                                <h2>{i18n.t(Msg::PlansTitle)}</h2>
                                <ul>
                                    {list.plans.into_iter().map(|(slug, name)| view! { <li><a href=format!("/admin/plans/{slug}/edit")>{name}</a></li> }).collect_view()}
                                </ul>
                            })}
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
pub fn TopicEditorPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug"));
    let here = slug.as_ref().map_or("/admin/topics/new".to_owned(), |s| format!("/admin/topics/{s}/edit"));
    if let Some(gate) = staff_gate(&here) {
        return gate;
    }
    let form = Resource::new(move || slug.clone(), load_topic_form);
    loaded_page(form, |data| view! { <TopicEditor data=data/> }).into_any()
}

#[component]
fn TopicEditor(data: TopicFormData) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveTopic>::new();
    let errors = form_errors("topic", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = kept_or_saved("topic");
    let heading = if data.original.is_some() { i18n.fill(Msg::TopicEditNamed, &[("name".to_owned(), data.name[0].clone())]) } else { i18n.t(Msg::TopicNew).to_owned() };
    view! {
        <SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail() current=heading.clone()/>
            <FlashNotice/>
            <h1>{heading.clone()}</h1>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="original" value=data.original.clone().unwrap_or_default()/>
                <TextField name="name_et" label=Msg::FieldNameEt errors=errors value=value("name_et", &data.name[0])/>
                <TextField name="name_en" label=Msg::FieldNameEn errors=errors value=value("name_en", &data.name[1])/>
                <TextField name="name_ru" label=Msg::FieldNameRu errors=errors value=value("name_ru", &data.name[2])/>
                <TextField name="slug" label=Msg::FieldSlug errors=errors hint=i18n.t(Msg::TopicSlugHint).to_owned() value=value("slug", &data.slug)/>
                <TextAreaField name="narrative_et" label=Msg::FieldNarrativeEt errors=errors value=value("narrative_et", &data.narrative[0]) rows=5/>
                <TextAreaField name="narrative_en" label=Msg::FieldNarrativeEn errors=errors value=value("narrative_en", &data.narrative[1]) rows=4/>
                <TextAreaField name="narrative_ru" label=Msg::FieldNarrativeRu errors=errors value=value("narrative_ru", &data.narrative[2]) rows=4/>
                <TextField name="idea_threshold" label=Msg::FieldIdeaThreshold errors=errors hint=i18n.t(Msg::FieldIdeaThresholdHint).to_owned() value=value("idea_threshold", &data.idea_threshold)/>
                <TextAreaField name="links" label=Msg::FieldLinks errors=errors hint=i18n.t(Msg::FieldDocumentsHint).to_owned() value=value("links", &data.links) rows=3/>
                <SubmitButton label=Msg::SaveButton pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn IndicatorEditorPage() -> impl IntoView {
    let (topic, slug) = use_params_map().with_untracked(|p| (p.get("slug").unwrap_or_default(), p.get("indicator")));
    let here = match &slug {
        Some(s) => format!("/admin/topics/{topic}/indicators/{s}/edit"),
        None => format!("/admin/topics/{topic}/indicators/new"),
    };
    if let Some(gate) = staff_gate(&here) {
        return gate;
    }
    let form = Resource::new(move || (topic.clone(), slug.clone()), |(topic, slug)| load_indicator_form(topic, slug));
    loaded_page(form, |data| view! { <IndicatorEditor data=data/> }).into_any()
}

#[component]
fn IndicatorEditor(data: IndicatorFormData) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveIndicator>::new();
    let errors = form_errors("indicator", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = kept_or_saved("indicator");
    let heading = if data.original.is_some() { i18n.fill(Msg::IndicatorEditNamed, &[("name".to_owned(), data.name[0].clone())]) } else { i18n.t(Msg::IndicatorNew).to_owned() };
    let decimals: Vec<(String, String)> = ["0", "1", "2"].iter().map(|d| ((*d).to_owned(), (*d).to_owned())).collect();
    let mut crumbs = trail();
    crumbs.push((format!("/topics/{}", data.topic), data.topic_name.clone()));
    view! {
        <SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=crumbs current=heading.clone()/>
            <FlashNotice/>
            <h1>{heading.clone()}</h1>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="topic" value=data.topic.clone()/>
                <input type="hidden" name="original" value=data.original.clone().unwrap_or_default()/>
                <TextField name="name_et" label=Msg::FieldNameEt errors=errors value=value("name_et", &data.name[0])/>
                <TextField name="name_en" label=Msg::FieldNameEn errors=errors value=value("name_en", &data.name[1])/>
                <TextField name="name_ru" label=Msg::FieldNameRu errors=errors value=value("name_ru", &data.name[2])/>
                <TextField name="slug" label=Msg::FieldShortName errors=errors hint=i18n.t(Msg::IndicatorSlugHint).to_owned() value=value("slug", &data.slug)/>
                <div class="field-row">
                    <TextField name="unit_et" label=Msg::FieldUnitEt errors=errors value=value("unit_et", &data.unit[0])/>
                    <TextField name="unit_en" label=Msg::FieldUnitEn errors=errors value=value("unit_en", &data.unit[1])/>
                    <TextField name="unit_ru" label=Msg::FieldUnitRu errors=errors value=value("unit_ru", &data.unit[2])/>
                </div>
                <SelectField name="decimals" label=Msg::FieldDecimals errors=errors options=decimals selected=value("decimals", &data.decimals)/>
                <TextAreaField name="values" label=Msg::FieldValues errors=errors hint=i18n.t(Msg::FieldValuesHint).to_owned() value=value("values", &data.values) rows=8/>
                <TextField name="source" label=Msg::FieldSource errors=errors value=value("source", &data.source)/>
                <SubmitButton label=Msg::SaveButton pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn PlanEditorPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug"));
    let here = slug.as_ref().map_or("/admin/plans/new".to_owned(), |s| format!("/admin/plans/{s}/edit"));
    if let Some(gate) = staff_gate(&here) {
        return gate;
    }
    let form = Resource::new(move || slug.clone(), load_plan_form);
    loaded_page(form, |data| view! { <PlanEditor data=data/> }).into_any()
}

#[component]
fn PlanEditor(data: PlanFormData) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SavePlan>::new();
    let errors = form_errors("plan", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = kept_or_saved("plan");
    let heading = if data.original.is_some() { i18n.fill(Msg::PlanEditNamed, &[("name".to_owned(), data.name[0].clone())]) } else { i18n.t(Msg::PlanNew).to_owned() };
    let topics: Vec<(String, String)> = std::iter::once((String::new(), i18n.t(Msg::PlanNoTopic).to_owned())).chain(data.topics.clone()).collect();
    let indicators = data.indicators.iter().map(|(slug, name)| format!("{slug} ({name})")).collect::<Vec<_>>().join(", ");
    let hint = format!("{} {}: {indicators}", i18n.t(Msg::FieldGoalsHint), i18n.t(Msg::TopicIndicators));
    view! {
        <SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail() current=heading.clone()/>
            <FlashNotice/>
            <h1>{heading.clone()}</h1>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="original" value=data.original.clone().unwrap_or_default()/>
                <TextField name="name_et" label=Msg::FieldNameEt errors=errors value=value("name_et", &data.name[0])/>
                <TextField name="name_en" label=Msg::FieldNameEn errors=errors value=value("name_en", &data.name[1])/>
                <TextField name="name_ru" label=Msg::FieldNameRu errors=errors value=value("name_ru", &data.name[2])/>
                <TextField name="slug" label=Msg::FieldSlug errors=errors hint=i18n.t(Msg::PlanSlugHint).to_owned() value=value("slug", &data.slug)/>
                <SelectField name="topic" label=Msg::ConsultationTopic errors=errors options=topics selected=value("topic", &data.topic)/>
                <TextAreaField name="summary_et" label=Msg::FieldSummaryEt errors=errors value=value("summary_et", &data.summary[0]) rows=4/>
                <TextAreaField name="summary_en" label=Msg::FieldSummaryEn errors=errors value=value("summary_en", &data.summary[1]) rows=3/>
                <TextAreaField name="summary_ru" label=Msg::FieldSummaryRu errors=errors value=value("summary_ru", &data.summary[2]) rows=3/>
                <TextAreaField name="goals" label=Msg::FieldGoals errors=errors hint=hint value=value("goals", &data.goals) rows=6/>
                <SubmitButton label=Msg::SaveButton pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
}
