//! What every feature shares: languages, roles, the session, forms, layout and common pages.

pub mod boot;
#[cfg(feature = "hydrate")]
pub mod browser;
pub mod csv;
pub mod dates;
pub mod forms;
pub mod i18n;
pub mod layout;
pub mod map;
pub mod messages;
pub mod pages;
pub mod policy;
pub mod roles;

#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod cookies;
#[cfg(feature = "ssr")]
pub mod database;
#[cfg(feature = "ssr")]
pub mod request;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn CoreRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::core::pages::{AccessibilityPage, PrivacyPage};
    view! {
        <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
        <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
