//! `/ideas` (citizens' ideas on a map and as a list, filtered by topic and status),
//! `/ideas/new` (write one, optionally placed on the map), `/ideas/{id}` (read, support
//! once, report; the city's answer) and `/admin/ideas` (the city's review list).

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FlashNotice, SelectField, SubmitButton, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::map::{MapPlace, Pick, PlacePicker, PlacesMap};
use crate::core::pages::{loaded_page, staff_gate, ErrorPage, ForbiddenPage, PageTitle};
use crate::error::AppError;
use crate::participation::ideas::IdeaStatus;
use crate::participation::ideas_api::{get_idea, idea_review_list, list_ideas, load_idea_topics, AnswerIdea, IdeaCard, IdeaFilter, IdeaList, IdeaView, ReportIdea, SubmitIdea, SupportIdea};

/// An idea's status in words.
#[component]
fn StatusTag(status: IdeaStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("tag tag--{}", status.key())>{i18n.t(status.label())}</span> }
}

fn places(cards: &[IdeaCard]) -> Vec<MapPlace> {
    cards.iter().filter_map(|c| c.place.map(|(lat, lon)| MapPlace { title: c.title.clone(), link: format!("/ideas/{}", c.id), lat, lon })).collect()
}

#[component]
pub fn IdeasPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || query.with(|q| IdeaFilter { topic: q.get("topic"), status: q.get("status") });
    let list = Resource::new(filter, |filter| list_ideas(Some(filter)));
    view! {
        <PageTitle text=Msg::IdeasTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::IdeasTitle)}</h1>
            <p class="lead">{i18n.t(Msg::IdeasLead)}</p>
            <p><a class="button" href="/ideas/new">{i18n.t(Msg::IdeaNew)}</a></p>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! { <IdeaListing list=list filter=filter()/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn IdeaListing(list: IdeaList, filter: IdeaFilter) -> impl IntoView {
    let i18n = use_i18n();
    let errors = Signal::stored(Vec::new());
    let any = || (String::new(), i18n.t(Msg::FilterAny).to_owned());
    let topics = std::iter::once(any()).chain(list.topics.clone()).collect();
    let statuses = std::iter::once(any()).chain(IdeaStatus::ALL.iter().map(|s| (s.key().to_owned(), i18n.t(s.label()).to_owned()))).collect();
    let count = i18n.fill(Msg::IdeasFound, &[("count".to_owned(), list.items.len().to_string())]);
    let on_map = places(&list.items);
    let form = view! {
        <form class="form filter-form" method="get" action="/ideas">
            <div class="field-row">
                <SelectField name="topic" label=Msg::ConsultationTopic errors=errors options=topics selected=filter.topic.clone().unwrap_or_default()/>
                <SelectField name="status" label=Msg::IdeaStatusLabel errors=errors options=statuses selected=filter.status.clone().unwrap_or_default()/>
            </div>
            <button class="button button--secondary" type="submit">{i18n.t(Msg::FilterSubmit)}</button>
        </form>
    }
    .into_any();
    view! {
        {form}
        <h2 class="results__count">{count}</h2>
        {(!on_map.is_empty()).then(|| view! { <PlacesMap places=on_map list=false/> })}
        {if list.items.is_empty() {
            view! { <p>{i18n.t(Msg::IdeasNone)}</p> }.into_any()
        } else {
            view! { <IdeaCards cards=list.items.clone()/> }.into_any()
        }}
    }
}

#[component]
fn IdeaCards(cards: Vec<IdeaCard>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="room-list">
            {cards.into_iter().map(|c| {
                let supports = i18n.fill(Msg::IdeaSupportCount, &[("count".to_owned(), c.supports.to_string()), ("threshold".to_owned(), c.threshold.to_string())]);
                let place = c.place.map(|(lat, lon)| format!(" · {lat:.5}, {lon:.5}")).unwrap_or_default();
                view! {
                    <li class="card">
                        <h3 class="card__title"><a class="card__link" href=format!("/ideas/{}", c.id)>{c.title.clone()}</a></h3>
                        <p><StatusTag status=c.status/></p>
                        <p class="room-card__place">{format!("{} · {}{place}", c.topic, c.created)}</p>
                        <p>{supports}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn NewIdeaPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_boot().user.is_none() {
        return view! { <Redirect path="/login?next=/ideas/new"/> }.into_any();
    }
    let topics = Resource::new(|| (), |_| load_idea_topics());
    view! {
        <PageTitle text=Msg::IdeaNew/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/ideas".to_owned(), i18n.t(Msg::IdeasTitle).to_owned())] current=i18n.t(Msg::IdeaNew).to_owned()/>
            <h1>{i18n.t(Msg::IdeaNew)}</h1>
            <p class="lead">{i18n.t(Msg::IdeaNewLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match topics.await {
                        Ok(topics) => view! { <IdeaForm topics=topics/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn IdeaForm(topics: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SubmitIdea>::new();
    let errors = form_errors("idea", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let topics = std::iter::once((String::new(), i18n.t(Msg::ChooseOne).to_owned())).chain(topics).collect();
    view! {
        <ErrorSummary errors=errors/>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <TextField name="title" label=Msg::IdeaTitleLabel errors=errors value=kept_value("idea", "title")/>
            <TextAreaField name="description" label=Msg::IdeaDescription errors=errors value=kept_value("idea", "description") rows=6/>
            <SelectField name="topic" label=Msg::ConsultationTopic errors=errors options=topics selected=kept_value("idea", "topic")/>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{i18n.t(Msg::IdeaPlace)}</legend>
                <p class="field__hint">{i18n.t(Msg::IdeaPlaceHint)}</p>
                <PlacePicker pick=Pick { lat: "latitude".to_owned(), lon: "longitude".to_owned() }/>
                <div class="field-row">
                    <TextField name="latitude" label=Msg::SurveyLatitude errors=errors value=kept_value("idea", "latitude")/>
                    <TextField name="longitude" label=Msg::SurveyLongitude errors=errors value=kept_value("idea", "longitude")/>
                </div>
            </fieldset>
            <SubmitButton label=Msg::IdeaSubmit pending=action.pending().into()/>
        </ActionForm>
    }
}

#[component]
pub fn IdeaPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i32>().ok()).unwrap_or(0);
    let idea = Resource::new(move || id, get_idea);
    loaded_page(idea, |idea| view! { <Idea idea=idea/> })
}

#[component]
fn Idea(idea: IdeaView) -> impl IntoView {
    let i18n = use_i18n();
    let card = idea.card.clone();
    let id = card.id;
    let mut trail = vec![("/ideas".to_owned(), i18n.t(Msg::IdeasTitle).to_owned())];
    if !idea.topic_slug.is_empty() {
        trail.insert(0, (format!("/topics/{}", idea.topic_slug), card.topic.clone()));
    }
    let person = use_boot().user;
    let admin = person.as_ref().is_some_and(crate::participation::model::runs_consultations);
    let body = if idea.hidden {
        view! {
            <div class="panel">
                <p><strong>{i18n.t(Msg::IdeaHiddenText)}</strong></p>
                {idea.hidden_reason.clone().map(|reason| view! { <p>{format!("{}: ", i18n.t(Msg::ModerationReason))}{reason}</p> })}
            </div>
        }
        .into_any()
    } else {
        let place = card.place.map(|(lat, lon)| view! {
            <h2>{i18n.t(Msg::IdeaPlaceShown)}</h2>
            <PlacesMap places=vec![MapPlace { title: card.title.clone(), link: crate::core::map::openstreetmap_link(lat, lon), lat, lon }]/>
        });
        view! {
            <p>{format!("{} · {} · {}", card.topic, idea.author, card.created)}</p>
            // Text, never markup: Leptos escapes it.
            <p class="lead prose-text">{idea.description.clone()}</p>
            {place}
            {idea.answer.clone().map(|answer| view! {
                <section class="panel" id="answer" aria-labelledby="answer-title">
                    <h2 id="answer-title">{i18n.t(Msg::IdeaCityAnswer)}</h2>
                    <p class="prose-text">{answer}</p>
                </section>
            })}
            {(admin && card.status == IdeaStatus::InReview).then(|| view! { <AnswerForm id=id/> })}
            <Support idea=idea.clone()/>
            <crate::notifications::pages::FollowPanel kind=crate::notifications::kinds::FollowKind::Idea key=id.to_string() following=idea.following back=format!("/ideas/{id}")/>
            {(person.is_some() && !idea.mine).then(|| view! { <Report id=id/> })}
        }
        .into_any()
    };
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", card.title, i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail current=card.title.clone()/>
            <FlashNotice/>
            <h1>{card.title.clone()}</h1>
            <p><StatusTag status=card.status/></p>
            {body}
        </div>
    }
    .into_any()
}

#[component]
fn Support(idea: IdeaView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SupportIdea>::new();
    let errors = form_errors("idea-support", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let card = idea.card.clone();
    let count = i18n.fill(Msg::IdeaSupportCount, &[("count".to_owned(), card.supports.to_string()), ("threshold".to_owned(), card.threshold.to_string())]);
    let body = if idea.supported {
        view! { <p><strong>{i18n.t(Msg::ConsultationSupported)}</strong></p> }.into_any()
    } else if idea.mine {
        view! { <p>{i18n.t(Msg::IdeaYours)}</p> }.into_any()
    } else if card.status == IdeaStatus::Answered {
        ().into_any()
    } else if use_boot().user.is_some() {
        view! {
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=card.id/>
                <button class="button" type="submit">{i18n.t(Msg::ConsultationSupport)}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! { <p><a href=format!("/login?next=/ideas/{}", card.id)>{i18n.t(Msg::IdeaLogInToSupport)}</a></p> }.into_any()
    };
    view! {
        <section class="panel" id="support" aria-labelledby="support-title">
            <h2 id="support-title">{i18n.t(Msg::ConsultationSupportTitle)}</h2>
            <p>{count}</p>
            <p>{i18n.t(Msg::IdeaThresholdExplained)}</p>
            {body}
        </section>
    }
}

#[component]
fn Report(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ReportIdea>::new();
    let errors = form_errors("idea-report", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <details class="comment__form" id="report" open=move || !errors.get().is_empty()>
            <summary>{i18n.t(Msg::IdeaReport)}</summary>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <TextAreaField name="reason" label=Msg::CommentReportReason errors=errors value=kept_value("idea-report", "reason") rows=3/>
                <SubmitButton label=Msg::CommentReportSend pending=action.pending().into()/>
            </ActionForm>
        </details>
    }
}

/// Administrators: the city's answer to an idea in review; its author is told.
#[component]
fn AnswerForm(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AnswerIdea>::new();
    let errors = form_errors("idea-answer", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <section class="panel" aria-labelledby="answer-form-title">
            <h2 id="answer-form-title">{i18n.t(Msg::IdeaAnswerTitle)}</h2>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <TextAreaField name="answer" label=Msg::IdeaCityAnswer errors=errors value=kept_value("idea-answer", "answer") rows=5/>
                <SubmitButton label=Msg::IdeaAnswerPublish pending=action.pending().into()/>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn IdeaReviewPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/ideas") {
        return gate;
    }
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| idea_review_list());
    view! {
        <PageTitle text=Msg::IdeaReviewTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::IdeaReviewTitle).to_owned()/>
            <h1>{i18n.t(Msg::IdeaReviewTitle)}</h1>
            <p class="lead">{i18n.t(Msg::IdeaReviewLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(cards) if cards.is_empty() => view! { <p>{i18n.t(Msg::IdeaReviewEmpty)}</p> }.into_any(),
                        Ok(cards) => view! { <IdeaCards cards=cards/> }.into_any(),
                        Err(AppError::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}
