//! Raekoda: the city's public e-services in one web app — the `App`, its routes, the HTML
//! shell the server renders, and the browser's entry point.
//!
//! Islands: every page renders on the server and works as plain HTML; the browser hydrates
//! only the `#[island]`s (the booking form's live quote, the proposal editor's autosave).
//! A page that holds none loads no script of ours and no wasm.

pub mod accounts;
pub mod core;
pub mod dashboard;
pub mod data_submission;
pub mod error;
pub mod home;
pub mod notifications;
pub mod open_data;
pub mod participation;
pub mod proposals;
pub mod rooms;
pub mod services;

#[cfg(feature = "ssr")]
pub mod migrations;
#[cfg(feature = "ssr")]
pub mod seed;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Stylesheet, Title};
use leptos_router::components::{Router, Routes};

use crate::core::boot::BootData;
use crate::core::i18n::{I18n, Msg};
use crate::core::layout::{SiteFooter, SiteHeader, SkipLink};
use crate::core::pages::NotFoundPage;

/// The whole page as the server renders it. Server only: the browser hydrates islands alone.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;
    let boot = crate::core::request::request_context().map(|context| context.boot).unwrap_or_default();
    let lang = boot.locale.code();
    let path = use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned()).unwrap_or_default();
    let hydrates = page_has_islands(&path);
    // The map tiles' address is configuration: a city may run its own tile server.
    let map_tiles = crate::core::policy::map_tiles();
    // leptos_axum gives every response a nonce, which its inline hydration script carries.
    let nonce = leptos::nonce::use_nonce().map(|nonce| nonce.to_string()).unwrap_or_default();
    let policy = crate::core::policy::content_security_policy(if hydrates { &nonce } else { "" }, &map_tiles);
    if let (Some(response), Ok(policy)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&policy)) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, policy);
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0b3b60"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                {hydrates.then(|| view! { <HydrationScripts options islands=true/> })}
                <meta name="raekoda-map-tiles" content=map_tiles/>
                <MetaTags/>
            </head>
            <body>
                <App boot/>
            </body>
        </html>
    }
}

/// Whether the page at `path` holds an island, so its HTML loads the wasm. Each feature
/// says which of its pages do; a test checks that the others fetch no wasm.
#[cfg(feature = "ssr")]
pub fn page_has_islands(path: &str) -> bool {
    crate::rooms::pages::holds_island(path) || crate::proposals::pages::holds_island(path)
}

#[component]
pub fn App(boot: BootData) -> impl IntoView {
    provide_meta_context();
    let i18n = I18n { locale: boot.locale };
    provide_context(i18n);
    provide_context(boot);
    view! {
        <Stylesheet id="leptos" href="/pkg/raekoda.css"/>
        <Title text=i18n.t(Msg::SiteName)/>
        // One description for the site, in the reader's language (search results show it).
        <leptos_meta::Meta name="description" content=format!("{}. {}", i18n.t(Msg::SiteTagline), i18n.t(Msg::HomeLead))/>
        <Router>
            <SkipLink/>
            <SiteHeader/>
            <main id="main-content" tabindex="-1">
                // Each feature gives its own routes.
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <crate::home::HomeRoutes/>
                    <crate::accounts::AccountRoutes/>
                    <crate::dashboard::DashboardRoutes/>
                    <crate::rooms::RoomRoutes/>
                    <crate::services::ServiceRoutes/>
                    <crate::participation::ParticipationRoutes/>
                    <crate::proposals::ProposalRoutes/>
                    <crate::core::CoreRoutes/>
                    <crate::notifications::NotificationRoutes/>
                    <crate::data_submission::DataSubmissionRoutes/>
                    <crate::open_data::OpenDataRoutes/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Lets end-to-end tests wait until the islands are live, not only their server HTML.
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.set_attribute("data-hydrated", "");
    }
}
