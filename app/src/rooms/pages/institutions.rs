//! `/institutions` and `/institutions/{slug}`: the city institutions that let rooms.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::catalogue::RoomCardView;
use crate::core::layout::Breadcrumbs;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{loaded_page, ErrorPage, PageTitle};
use crate::rooms::api::{get_institution, list_institutions, InstitutionDetails};

#[component]
pub fn InstitutionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let places = Resource::new(|| (), |_| list_institutions());
    view! {
        <PageTitle text=Msg::InstitutionsTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::InstitutionsTitle)}</h1>
            <p class="lead">{i18n.t(Msg::InstitutionsLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match places.await {
                        Ok(places) => view! {
                            <ul class="card-grid">
                                {places.into_iter().map(|place| {
                                    let href = format!("/institutions/{}", place.slug);
                                    let kind = place.kind.map(|k| i18n.t(k.label())).unwrap_or_default();
                                    let rooms = i18n.fill(Msg::InstitutionRoomCount, &[("count".into(), place.room_count.to_string())]);
                                    view! {
                                        <li class="card">
                                            <h2 class="card__title"><a class="card__link" href=href>{place.name}</a></h2>
                                            <p class="room-card__place">{format!("{kind} · {}", place.district)}</p>
                                            <p>{place.address}</p>
                                            <p>{rooms}</p>
                                        </li>
                                    }
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
pub fn InstitutionPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    let place = Resource::new(move || slug.clone(), get_institution);
    loaded_page(place, |place| view! { <InstitutionView place=place/> })
}

#[component]
fn InstitutionView(place: InstitutionDetails) -> impl IntoView {
    let i18n = use_i18n();
    let title = format!("{} – {}", place.name, i18n.t(Msg::SiteName));
    let kind = place.kind.map(|k| i18n.t(k.label())).unwrap_or_default();
    let mailto = format!("mailto:{}", place.contact_email);
    let tel = format!("tel:{}", place.contact_phone.replace(' ', ""));
    view! {
        <crate::core::pages::SafeTitle text=title/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/institutions".to_owned(), i18n.t(Msg::InstitutionsTitle).to_owned())] current=place.name.clone()/>
            <h1>{place.name.clone()}</h1>
            <p class="lead">{format!("{kind} · {} · {}", place.district, place.address)}</p>
            <p class="prose-text">{place.description.clone()}</p>
            <p>
                <a href=mailto>{place.contact_email.clone()}</a>
                <br/>
                <a href=tel>{place.contact_phone.clone()}</a>
            </p>
            <h2>{i18n.t(Msg::InstitutionRoomsTitle)}</h2>
            <ul class="room-list">
                {place.rooms.into_iter().map(|room| view! { <RoomCardView room=room/> }).collect_view()}
            </ul>
            <InstitutionCalendar slug=place.slug.clone()/>
        </div>
    }
    .into_any()
}

#[component]
fn InstitutionCalendar(slug: String) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let base = format!("/institutions/{slug}");
    let calendar = Resource::new(
        move || (slug.clone(), query.with(|q| q.get("week"))),
        |(slug, week)| crate::rooms::api::institution_calendar(slug, week),
    );
    view! {
        <Suspense>
            {move || {
                let base = base.clone();
                Suspend::new(async move {
                    calendar.await.ok().map(|calendar| view! {
                        <crate::rooms::pages::calendar::CalendarSection calendar=calendar base=base heading=Msg::InstitutionCalendarHeading/>
                    })
                })
            }}
        </Suspense>
    }
}
