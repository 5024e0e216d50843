//! Rooms: city institutions' rooms, their booking rules and prices, calendars, booking
//! requests with quotes, and the staff's approval workflow (issue 3).

pub mod admin_api;
pub mod api;
pub mod messages;
pub mod calendar;
pub mod ics;
pub mod model;
pub mod pages;
pub mod report;
pub mod room_form;
pub mod request;
pub mod rules;
pub mod search;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod schedule;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod staff;
#[cfg(feature = "ssr")]
pub mod workflow;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn RoomRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::rooms::pages::{AdminBookingPage, AdminBookingsPage, AdminNewEntryPage, AdminRoomEditPage, AdminRoomReportPage, AdminRoomsPage, BookRoomPage, CityCalendarPage, InstitutionPage, InstitutionsPage, MyBookingPage, MyBookingsPage, RoomPage, RoomsPage};
    view! {
        <Route path=path!("/admin/bookings") view=AdminBookingsPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/bookings/new") view=AdminNewEntryPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/bookings/:id") view=AdminBookingPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/rooms") view=AdminRoomsPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/rooms/report") view=AdminRoomReportPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/rooms/:slug") view=AdminRoomEditPage ssr=SsrMode::Async/>
        <Route path=path!("/calendar") view=CityCalendarPage ssr=SsrMode::Async/>
        <Route path=path!("/rooms") view=RoomsPage ssr=SsrMode::Async/>
        <Route path=path!("/rooms/:slug") view=RoomPage ssr=SsrMode::Async/>
        <Route path=path!("/rooms/:slug/book") view=BookRoomPage ssr=SsrMode::Async/>
        <Route path=path!("/my/bookings") view=MyBookingsPage ssr=SsrMode::Async/>
        <Route path=path!("/my/bookings/:id") view=MyBookingPage ssr=SsrMode::Async/>
        <Route path=path!("/institutions") view=InstitutionsPage ssr=SsrMode::Async/>
        <Route path=path!("/institutions/:slug") view=InstitutionPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
