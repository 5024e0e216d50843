//! `/rooms`: the catalogue with filters as GET parameters, so every result is a link and
//! the search works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::forms::{use_boot, CheckboxField, ErrorSummary, SelectField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};
use crate::rooms::api::{search_rooms, RoomCard};
use crate::rooms::model::{format_area, Feature};
use crate::rooms::rules::{format_euros, hours_in_words};
use crate::rooms::search::{feature_key, RoomFilter};

#[component]
pub fn RoomsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = query.with_untracked(|q| RoomFilter {
        date: q.get("date"),
        from: q.get("from"),
        to: q.get("to"),
        people: q.get("people"),
        institution: q.get("institution"),
        district: q.get("district"),
        feature: q.get("feature"),
        step_free: q.get("step_free"),
        max_price: q.get("max_price"),
    });
    let search = Resource::new(move || filter.clone(), search_rooms);
    view! {
        <PageTitle text=Msg::NavRooms/>
        <div class="container page">
            <h1>{i18n.t(Msg::NavRooms)}</h1>
            <p class="lead">{i18n.t(Msg::RoomsLead)}</p>
            <ul class="plain-list inline-links">
                <li><a href="/institutions">{i18n.t(Msg::SeeInstitutions)}</a></li>
                <li><a href="/calendar">{i18n.t(Msg::CityCalendarTitle)}</a></li>
                {use_boot().user.is_some().then(|| view! { <li><a href="/my/bookings">{i18n.t(Msg::MyBookingsTitle)}</a></li> })}
            </ul>
            <Suspense>
                {move || Suspend::new(async move {
                    match search.await {
                        Ok(result) => view! { <Results result=result/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Results(result: crate::rooms::api::RoomSearch) -> impl IntoView {
    let i18n = use_i18n();
    let count = result.rooms.len();
    let searched = result.errors.is_empty();
    view! {
        <div class="catalogue">
            <FilterForm institutions=result.institutions.clone() districts=result.districts.clone() errors=result.errors.clone()/>
            <section class="results" aria-live="polite">
                {searched.then(|| view! {
                    <h2 class="results__count">{i18n.fill(Msg::RoomsFound, &[("count".into(), count.to_string())])}</h2>
                })}
                {(searched && count == 0).then(|| {
                    let left_out = result.left_out.clone();
                    view! {
                        <div class="panel">
                            <h3>{i18n.t(Msg::RoomsNoneTitle)}</h3>
                            <p>{i18n.t(Msg::RoomsNoneIntro)}</p>
                            <ul>
                                {left_out.into_iter().map(|(reason, n)| view! {
                                    <li>{i18n.fill(reason.label(), &[("count".into(), n.to_string())])}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                })}
                <ul class="room-list">
                    {result.rooms.into_iter().map(|room| view! { <RoomCardView room=room/> }).collect_view()}
                </ul>
            </section>
        </div>
    }
    .into_any()
}

/// The filters as a plain GET form, filled in from the address bar.
#[component]
fn FilterForm(institutions: Vec<(String, String)>, districts: Vec<String>, errors: Vec<crate::error::FieldError>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let value = move |name: &str| query.with_untracked(|q| q.get(name)).unwrap_or_default();
    let errors = Signal::stored(errors);
    let any = || (String::new(), i18n.t(Msg::FilterAny).to_owned());
    let institutions: Vec<_> = std::iter::once(any()).chain(institutions).collect();
    let districts: Vec<_> = std::iter::once(any()).chain(districts.into_iter().map(|d| (d.clone(), d))).collect();
    let features: Vec<_> = std::iter::once(any())
        .chain(Feature::ALL.into_iter().map(|f| (feature_key(f), i18n.t(f.label()).to_owned())))
        .collect();
    let dates = view! {
        <TextField name="date" label=Msg::FilterDate errors=errors input_type="date" value=value("date")/>
        <div class="field-row">
            <TextField name="from" label=Msg::FilterFrom errors=errors input_type="time" value=value("from")/>
            <TextField name="to" label=Msg::FilterTo errors=errors input_type="time" value=value("to")/>
        </div>
        <p class="field__hint">{i18n.t(Msg::FilterTimeHint)}</p>
        <TextField name="people" label=Msg::FilterPeople errors=errors input_type="number" value=value("people")/>
    }
    .into_any();
    let choices = view! {
        <SelectField name="institution" label=Msg::FilterInstitution errors=errors options=institutions selected=value("institution")/>
        <SelectField name="district" label=Msg::FilterDistrict errors=errors options=districts selected=value("district")/>
        <SelectField name="feature" label=Msg::FilterFeature errors=errors options=features selected=value("feature")/>
        <CheckboxField name="step_free" label=Msg::FilterStepFree errors=errors checked=!value("step_free").is_empty()/>
        <TextField name="max_price" label=Msg::FilterMaxPrice errors=errors value=value("max_price")/>
    }
    .into_any();
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="filters__title">{i18n.t(Msg::FilterHeading)}</h2>
            <ErrorSummary errors=errors/>
            <form method="get" action="/rooms" class="form" novalidate>
                {dates}
                {choices}
                <div class="button-group">
                    <button class="button" type="submit">{i18n.t(Msg::FilterSubmit)}</button>
                    <a href="/rooms" rel="external">{i18n.t(Msg::FilterClear)}</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}

#[component]
pub fn RoomCardView(room: RoomCard) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/rooms/{}", room.slug);
    let price = i18n.fill(Msg::RoomFromPrice, &[("price".into(), format_euros(room.hourly_cents, i18n.locale))]);
    let people = i18n.fill(Msg::RoomPeople, &[("count".into(), room.max_capacity.to_string())]);
    view! {
        <li class="card room-card">
            <h3 class="card__title"><a class="card__link" href=href>{room.name}</a></h3>
            <p class="room-card__place">{room.institution_name} " · " {room.district}</p>
            <ul class="facts">
                <li>{price}</li>
                <li>{people}</li>
                <li>{format_area(room.area_dm2, i18n.locale)}</li>
                <li>{i18n.t(Msg::RoomBookable)} ": " {hours_in_words(&room.weekly, i18n.locale)}</li>
            </ul>
        </li>
    }
    .into_any()
}
