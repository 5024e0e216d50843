//! `/my/bookings` and `/my/bookings/{id}`: a person's bookings, each with its status in
//! words, price and history, so nobody has to wonder what happened to a request.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;

use crate::core::forms::{use_boot, FlashNotice};
use crate::core::layout::Breadcrumbs;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{loaded_page, ErrorPage, PageTitle};
use crate::rooms::api::{my_booking, my_bookings, BookingDetails, BookingSummary};
use crate::rooms::rules::format_euros;

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_boot().user.is_none() {
        return view! { <Redirect path="/login?next=/my/bookings"/> }.into_any();
    }
    let bookings = Resource::new(|| (), |_| my_bookings());
    view! {
        <PageTitle text=Msg::MyBookingsTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::MyBookingsTitle)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match bookings.await {
                        Ok(list) if list.is_empty() => view! {
                            <p>{i18n.t(Msg::MyBookingsNone)}</p>
                            <p><a href="/rooms">{i18n.t(Msg::FindARoom)}</a></p>
                        }.into_any(),
                        Ok(list) => view! {
                            <ul class="room-list">
                                {list.into_iter().map(|booking| view! { <BookingCard booking=booking/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn BookingCard(booking: BookingSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/my/bookings/{}", booking.id);
    view! {
        <li class="card">
            <h2 class="card__title">
                <a class="card__link" href=href>{format!("{} · {} {}–{}", booking.room_name, booking.date, booking.start, booking.end)}</a>
            </h2>
            <p class="room-card__place">{booking.institution_name}</p>
            <p><strong class="status">{i18n.t(booking.status.label())}</strong>{format!(" · {}", format_euros(booking.total_cents, i18n.locale))}</p>
        </li>
    }
}

#[component]
pub fn MyBookingPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i32>().ok()).unwrap_or(0);
    if use_boot().user.is_none() {
        return view! { <Redirect path=format!("/login?next=/my/bookings/{id}")/> }.into_any();
    }
    let booking = Resource::new(move || id, my_booking);
    loaded_page(booking, |booking| view! { <BookingView booking=booking/> }).into_any()
}

#[component]
fn BookingView(booking: BookingDetails) -> impl IntoView {
    let i18n = use_i18n();
    let summary = booking.summary;
    let title = i18n.fill(Msg::BookingTitle, &[("id".into(), summary.id.to_string())]);
    let room_href = format!("/rooms/{}", summary.room_slug);
    view! {
        <leptos_meta::Title text=format!("{title} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <FlashNotice/>
            <Breadcrumbs trail=vec![("/my/bookings".to_owned(), i18n.t(Msg::MyBookingsTitle).to_owned())] current=title.clone()/>
            <h1>{title.clone()}</h1>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookingStatusLabel)}</dt>
                    <dd><strong class="status">{i18n.t(summary.status.label())}</strong></dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookingRoomLabel)}</dt>
                    <dd><a href=room_href>{summary.room_name.clone()}</a>{format!(", {}", summary.institution_name)}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookingWhen)}</dt>
                    <dd>{format!("{} {}–{}", summary.date, summary.start, summary.end)}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookPurpose)}</dt>
                    <dd>{booking.purpose.clone()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookingPrice)}</dt>
                    <dd>{format_euros(summary.total_cents, i18n.locale)}</dd>
                </div>
            </dl>
            <h2>{i18n.t(Msg::BookingHistory)}</h2>
            <ol class="history">
                {booking.history.into_iter().map(|entry| view! {
                    <li>{format!("{} · {}", entry.at, i18n.t(entry.status.label()))}{entry.note.map(|note| format!(" — {note}"))}</li>
                }).collect_view()}
            </ol>
        </div>
    }
    .into_any()
}
