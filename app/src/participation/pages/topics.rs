//! `/topics` and `/topics/{slug}`: the sustainable-development hubs (Energy, Waste,
//! Mobility …) with their key figures, plans, consultations and links.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::chart::IndicatorChart;
use super::PhaseTag;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page, ErrorPage, PageTitle};
use crate::participation::api::{get_topic_hub, list_topics, ConsultationCard, TopicHub};
use crate::participation::model::format_number;

#[component]
pub fn TopicsPage() -> impl IntoView {
    let i18n = use_i18n();
    let topics = Resource::new(|| (), |_| list_topics());
    view! {
        <PageTitle text=Msg::NavTopics/>
        <div class="container page">
            <h1>{i18n.t(Msg::NavTopics)}</h1>
            <p class="lead">{i18n.t(Msg::TopicsLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match topics.await {
                        Ok(list) => view! {
                            <ul class="card-grid">
                                {list.into_iter().map(|t| view! {
                                    <li class="card">
                                        <h2 class="card__title"><a class="card__link" href=format!("/topics/{}", t.slug)>{t.name}</a></h2>
                                        <p>{t.narrative}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
pub fn TopicHubPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug")).unwrap_or_default();
    let hub = Resource::new(move || slug.clone(), get_topic_hub);
    loaded_page(hub, |hub| view! { <Hub hub=hub/> })
}

#[component]
fn Hub(hub: TopicHub) -> impl IntoView {
    let i18n = use_i18n();
    let figures = hub
        .indicators
        .iter()
        .filter_map(|i| i.values.last().map(|v| (i.name.clone(), v.year, format!("{} {}", format_number(v.hundredths, i.decimals, i18n.locale), i.unit))))
        .collect::<Vec<_>>();
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", hub.name, i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/topics".to_owned(), i18n.t(Msg::NavTopics).to_owned())] current=hub.name.clone()/>
            <h1>{hub.name.clone()}</h1>
            // "You now follow this" and "the alert is set" after a follow or an indicator alert.
            <crate::core::forms::FlashNotice/>
            <p class="lead prose-text">{hub.narrative.clone()}</p>
            <h2>{i18n.t(Msg::TopicKeyFigures)}</h2>
            <dl class="figures">
                {figures.into_iter().map(|(name, year, value)| view! {
                    <div class="figure"><dt>{format!("{name} ({year})")}</dt><dd>{value}</dd></div>
                }).collect_view()}
            </dl>
            {hub.indicators.iter().cloned().map(|indicator| view! { <IndicatorChart indicator=indicator/> }).collect_view()}
            <TopicLists hub=hub.clone()/>
            <crate::notifications::pages::FollowPanelFor kind=crate::notifications::kinds::FollowKind::Topic key=hub.slug.clone() back=format!("/topics/{}", hub.slug)/>
            <crate::notifications::pages::IndicatorAlert
                indicators=hub.indicators.iter().map(|i| (i.slug.clone(), format!("{} ({})", i.name, i.unit))).collect()
                back=format!("/topics/{}", hub.slug)/>
        </div>
    }
    .into_any()
}

#[component]
fn TopicLists(hub: TopicHub) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(!hub.plans.is_empty()).then(|| view! {
            <h2>{i18n.t(Msg::TopicPlans)}</h2>
            <ul>{hub.plans.iter().map(|(slug, name)| view! { <li><a href=format!("/plans/{slug}")>{name.clone()}</a></li> }).collect_view()}</ul>
        })}
        <h2>{i18n.t(Msg::TopicConsultations)}</h2>
        {if hub.consultations.is_empty() {
            view! { <p>{i18n.t(Msg::ConsultationsNone)}</p> }.into_any()
        } else {
            view! { <ConsultationCards cards=hub.consultations.clone()/> }.into_any()
        }}
        {(!hub.links.is_empty()).then(|| view! {
            <h2>{i18n.t(Msg::TopicLinks)}</h2>
            <ul>{hub.links.iter().map(|(label, url)| view! { <li><a href=url.clone() rel="external">{label.clone()}</a></li> }).collect_view()}</ul>
        })}
    }
}

/// Consultations as cards: title, phase in words, topic, district, dates.
#[component]
pub(super) fn ConsultationCards(cards: Vec<ConsultationCard>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="room-list">
            {cards.into_iter().map(|c| {
                let dates = i18n.fill(Msg::ConsultationDates, &[("from".to_owned(), c.opens_on.clone()), ("to".to_owned(), c.closes_on.clone())]);
                view! {
                    <li class="card">
                        <h3 class="card__title"><a class="card__link" href=format!("/have-your-say/{}", c.slug)>{c.title.clone()}</a></h3>
                        <p><PhaseTag phase=c.phase/></p>
                        <p class="room-card__place">{format!("{} · {}", c.topic, c.district)}</p>
                        <p>{dates}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
