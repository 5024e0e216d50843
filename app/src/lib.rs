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

/// Every catalogue of interface text: the shell's and each feature's (`Msg::all`).
pub const MESSAGES: &[&[core::i18n::Msg]] = &[
    core::messages::MESSAGES,
    accounts::messages::MESSAGES,
    dashboard::messages::MESSAGES,
    data_submission::messages::MESSAGES,
    home::messages::MESSAGES,
    notifications::messages::MESSAGES,
    open_data::messages::MESSAGES,
    participation::messages::MESSAGES,
    proposals::messages::MESSAGES,
    rooms::messages::MESSAGES,
    services::messages::MESSAGES,
];

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
    if !hydrates {
        // Nothing in the browser reads the page's data back: do not write it into the page
        // as scripts (`<HydrationScripts islands>` does the same on pages with islands; the
        // islands take what they need as props).
        if let Some(context) = Owner::current_shared_context() {
            context.set_is_hydrating(false);
        }
    }
    // The map tiles' address is configuration: a city may run its own tile server.
    let map_tiles = crate::core::policy::map_tiles();
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

/// The SHA-256s (base64) of the inline scripts pages carry, which the
/// Content-Security-Policy allows by hash: Leptos' start-up script for the islands (worked
/// out by rendering it as a page does), and the two scripts its streaming ends every page
/// with, empty because no page writes its data into scripts (see `shell`). One policy
/// serves every response, set once by the server: a per-request nonce had to travel from
/// the page to its header, and now and then a page's header did not carry it, its start-up
/// script was blocked and its island never came alive.
#[cfg(feature = "ssr")]
pub fn inline_script_hashes(options: &LeptosOptions) -> Vec<String> {
    let html = Owner::new().with(|| view! { <HydrationScripts options=options.clone() islands=true/> }.to_html());
    let start_up = crate::core::policy::inline_scripts(&html).first().copied().unwrap_or_default().to_owned();
    let streaming = ["__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];", "__INCOMPLETE_CHUNKS=[];"];
    std::iter::once(start_up.as_str()).chain(streaming).map(crate::core::policy::script_hash).collect()
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
                <crate::accounts::pages::UnverifiedBanner/>
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
    // A panic's message in the console, in development builds only: the hook and the
    // formatting it pulls in cost the release wasm 615 B brotli (issue 19: 100 KB).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Lets end-to-end tests wait until the islands are live, not only their server HTML.
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.set_attribute("data-hydrated", "");
    }
}
