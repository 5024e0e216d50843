//! Notifications: messages to people. Each goes to the person's inbox (`/my/inbox`) and,
//! as an e-mail, to the outbox, sent over SMTP in the background. People follow subjects
//! across the pillars with immediate e-mail or a weekly digest.

pub mod api;
pub mod messages;
#[cfg(feature = "ssr")]
pub mod delivery;
pub mod kinds;
pub mod mail;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod subjects;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn NotificationRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::notifications::pages::{InboxPage, OutboxPage, SubscriptionsPage, UnsubscribePage};
    view! {
        <Route path=path!("/my/inbox") view=InboxPage ssr=SsrMode::Async/>
        <Route path=path!("/my/subscriptions") view=SubscriptionsPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/outbox") view=OutboxPage ssr=SsrMode::Async/>
        <Route path=path!("/unsubscribe/:token") view=UnsubscribePage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
