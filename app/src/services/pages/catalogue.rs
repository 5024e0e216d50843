//! `/services`: full-text search (Estonian word forms handled) and browsing by topic, life
//! event, audience and institution. A plain GET form, so every result is a link.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::forms::{ErrorSummary, SelectField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};
use crate::services::api::{search_services, ServiceCard, ServiceFilter, ServiceSearch};
use crate::services::model::{Audience, LifeEvent, Topic};

#[component]
pub fn ServicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || {
        query.with(|q| ServiceFilter {
            q: q.get("q"),
            topic: q.get("topic"),
            life_event: q.get("life_event"),
            audience: q.get("audience"),
            institution: q.get("institution"),
        })
    };
    let search = Resource::new(filter, search_services);
    view! {
        <PageTitle text=Msg::NavServices/>
        <div class="container page">
            <h1>{i18n.t(Msg::NavServices)}</h1>
            <p class="lead">{i18n.t(Msg::ServicesLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match search.await {
                        Ok(result) => view! { <Results result=result filter=filter()/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

fn options<K: Copy>(i18n: crate::core::i18n::I18n, all: &[K], key: fn(K) -> &'static str, label: fn(K) -> Msg) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), i18n.t(Msg::FilterAny).to_owned())];
    list.extend(all.iter().map(|k| (key(*k).to_owned(), i18n.t(label(*k)).to_owned())));
    list
}

#[component]
fn Results(result: ServiceSearch, filter: ServiceFilter) -> impl IntoView {
    let i18n = use_i18n();
    let errors = Signal::stored(result.errors.clone());
    let mut institutions = vec![(String::new(), i18n.t(Msg::FilterAny).to_owned())];
    institutions.extend(result.departments.clone());
    let form = view! {
        <form class="form filter-form" method="get" action="/services" role="search">
            <ErrorSummary errors=errors/>
            <TextField name="q" label=Msg::ServicesSearchLabel errors=errors input_type="search" hint=i18n.t(Msg::ServicesSearchHint).to_owned() value=filter.q.clone().unwrap_or_default()/>
            <div class="field-row">
                <SelectField name="topic" label=Msg::ServicesTopic errors=errors options=options(i18n, Topic::ALL, Topic::key, Topic::label) selected=filter.topic.clone().unwrap_or_default()/>
                <SelectField name="life_event" label=Msg::ServicesLifeEvent errors=errors options=options(i18n, LifeEvent::ALL, LifeEvent::key, LifeEvent::label) selected=filter.life_event.clone().unwrap_or_default()/>
            </div>
            <div class="field-row">
                <SelectField name="audience" label=Msg::ServicesAudience errors=errors options=options(i18n, Audience::ALL, Audience::key, Audience::label) selected=filter.audience.clone().unwrap_or_default()/>
                <SelectField name="institution" label=Msg::FilterInstitution errors=errors options=institutions selected=filter.institution.clone().unwrap_or_default()/>
            </div>
            <button class="button" type="submit">{i18n.t(Msg::FilterSubmit)}</button>
        </form>
    }
    .into_any();
    let body = if !result.searched {
        view! { <TopicLinks/> }.into_any()
    } else if result.services.is_empty() {
        view! { <div class="panel"><h2>{i18n.t(Msg::ServicesNone)}</h2><p>{i18n.t(Msg::ServicesNoneHint)}</p></div> }.into_any()
    } else {
        let count = i18n.fill(Msg::ServicesFound, &[("count".to_owned(), result.total.to_string())]);
        let shown = (result.total > result.services.len())
            .then(|| i18n.fill(Msg::ServicesShowingFirst, &[("count".to_owned(), result.services.len().to_string())]));
        view! {
            <h2 class="results__count">{count}</h2>
            {shown.map(|text| view! { <p>{text}</p> })}
            <ul class="room-list">
                {result.services.into_iter().map(|card| view! { <ServiceCardView card=card/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="catalogue">
            {form}
            <section class="results" aria-live="polite">{body}</section>
        </div>
    }
}

#[component]
fn ServiceCardView(card: ServiceCard) -> impl IntoView {
    let i18n = use_i18n();
    let place = match &card.subdivision {
        Some(sub) => format!("{} · {sub}", card.department),
        None => card.department.clone(),
    };
    view! {
        <li class="card">
            <h3 class="card__title"><a class="card__link" href=format!("/services/{}", card.slug)>{card.name}</a></h3>
            <p>{card.description}</p>
            <p class="room-card__place">{place}{card.digital.then(|| format!(" · {}", i18n.t(Msg::ServicesOnline)))}</p>
        </li>
    }
}

/// Before any search: the topics and life events as links, the way people browse.
#[component]
fn TopicLinks() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2>{i18n.t(Msg::ServicesTopic)}</h2>
        <ul class="plain-list inline-links">
            {Topic::ALL.iter().map(|t| view! { <li><a href=format!("/services?topic={}", t.key())>{i18n.t(t.label())}</a></li> }).collect_view()}
        </ul>
        <h2>{i18n.t(Msg::ServicesLifeEvent)}</h2>
        <ul class="plain-list inline-links">
            {LifeEvent::ALL.iter().map(|e| view! { <li><a href=format!("/services?life_event={}", e.key())>{i18n.t(e.label())}</a></li> }).collect_view()}
        </ul>
    }
}
