//! `/have-your-say` (Räägi kaasa!): open consultations first, then upcoming, then closed;
//! filtered by phase, topic and district with a plain GET form.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::topics::ConsultationCards;
use crate::core::forms::{ErrorSummary, SelectField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};
use crate::participation::api::{list_consultations, ConsultationFilter, ConsultationList};
use crate::participation::model::Phase;

#[component]
pub fn HaveYourSayPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || query.with(|q| ConsultationFilter { phase: q.get("phase"), topic: q.get("topic"), district: q.get("district") });
    let list = Resource::new(filter, |filter| list_consultations(Some(filter)));
    view! {
        <PageTitle text=Msg::NavHaveYourSay/>
        <div class="container page">
            <h1>{i18n.t(Msg::NavHaveYourSay)}</h1>
            <p class="lead">{i18n.t(Msg::HaveYourSayLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! { <Listing list=list filter=filter()/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Listing(list: ConsultationList, filter: ConsultationFilter) -> impl IntoView {
    let i18n = use_i18n();
    let errors = Signal::stored(list.errors.clone());
    let any = || (String::new(), i18n.t(Msg::FilterAny).to_owned());
    let phases = std::iter::once(any()).chain([Phase::Open, Phase::Upcoming, Phase::Closed].map(|p| (p.key().to_owned(), i18n.t(p.label()).to_owned()))).collect();
    let topics = std::iter::once(any()).chain(list.topics.clone()).collect();
    let districts = std::iter::once(any()).chain(list.districts.iter().map(|d| (d.clone(), d.clone()))).collect();
    let count = i18n.fill(Msg::ConsultationsFound, &[("count".to_owned(), list.items.len().to_string())]);
    let form = view! {
        <form class="form filter-form" method="get" action="/have-your-say">
            <ErrorSummary errors=errors/>
            <div class="field-row">
                <SelectField name="phase" label=Msg::ConsultationPhase errors=errors options=phases selected=filter.phase.clone().unwrap_or_default()/>
                <SelectField name="topic" label=Msg::ConsultationTopic errors=errors options=topics selected=filter.topic.clone().unwrap_or_default()/>
                <SelectField name="district" label=Msg::ConsultationDistrict errors=errors options=districts selected=filter.district.clone().unwrap_or_default()/>
            </div>
            <button class="button button--secondary" type="submit">{i18n.t(Msg::FilterSubmit)}</button>
        </form>
    }
    .into_any();
    let on_map: Vec<crate::core::map::MapPlace> = list
        .items
        .iter()
        .filter_map(|c| c.place.map(|(lat, lon)| crate::core::map::MapPlace { title: c.title.clone(), link: format!("/have-your-say/{}", c.slug), lat, lon }))
        .collect();
    view! {
        {form}
        <h2 class="results__count">{count}</h2>
        {(!on_map.is_empty()).then(|| view! { <crate::core::map::PlacesMap places=on_map list=false/> })}
        {if list.items.is_empty() {
            view! { <p>{i18n.t(Msg::ConsultationsNone)}</p> }.into_any()
        } else {
            view! { <ConsultationCards cards=list.items.clone()/> }.into_any()
        }}
    }
}
