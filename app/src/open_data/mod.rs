//! Open data (PRODUCT.md §3, issue 6): the dataset catalogue at `/open-data` with CSV and
//! JSON downloads, and the read API under `/api/v1/` with its OpenAPI document.

pub mod api;
pub mod messages;
pub mod catalogue;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod read_api;
#[cfg(feature = "ssr")]
pub mod server;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn OpenDataRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::open_data::pages::{OpenDataPage};
    view! {
        <Route path=path!("/open-data") view=OpenDataPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
