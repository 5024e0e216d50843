//! Services: the city's public-service catalogue with named service owners (issue 4, in
//! progress: the catalogue, search, service pages, feedback, the service map, owners'
//! editing with a changelog and the CPSV-AP export exist; service-development proposals
//! come next).

pub mod api;
pub mod messages;
pub mod hours;
pub mod map;
pub mod model;
pub mod pages;
pub mod search;

#[cfg(feature = "ssr")]
pub mod cpsv;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn ServiceRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::services::pages::{MyServicesPage, ServiceEditPage, ServiceMapListPage, ServiceMapPage, ServicePageView, ServicesPage};
    view! {
        <Route path=path!("/admin/service-map") view=ServiceMapPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/service-map/list") view=ServiceMapListPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/my-services") view=MyServicesPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/services/:slug") view=ServiceEditPage ssr=SsrMode::Async/>
        <Route path=path!("/services") view=ServicesPage ssr=SsrMode::Async/>
        <Route path=path!("/services/:slug") view=ServicePageView ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
