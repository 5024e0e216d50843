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
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::accounts::pages::{AccountPage, LoginPage, SignupPage};
use crate::core::boot::BootData;
use crate::core::i18n::{I18n, Msg};
use crate::core::layout::{SiteFooter, SiteHeader, SkipLink};
use crate::core::pages::{AccessibilityPage, NotFoundPage, PrivacyPage};
use crate::dashboard::pages::AdminOverviewPage;
use crate::data_submission::pages::{AdminFormsPage, AdminSubmissionPage, AdminSubmissionsPage, DataSubmissionPage, FormEditorPage, SubmissionFormPage, SubmissionPage, UploadPage};
use crate::home::HomePage;
use crate::open_data::pages::OpenDataPage;
use crate::notifications::pages::{InboxPage, OutboxPage, SubscriptionsPage, UnsubscribePage};
use crate::participation::pages::{AdminConsultationsPage, ConsultationEditorPage, ConsultationPage, HubAdminPage, IndicatorEditorPage, PlanEditorPage, TopicEditorPage, HaveYourSayPage, IdeaPage, IdeaReviewPage, IdeasPage, ModerationPage, NewIdeaPage, PlanPage, TopicHubPage, TopicsPage};
use crate::proposals::pages::{AssessProposalPage, EditProposalPage, ProposalBoardPage, ProposalLibraryPage, ProposalPage, ProposalTemplatePage, ProposalsPage};
use crate::services::pages::{MyServicesPage, ServiceEditPage, ServiceMapListPage, ServiceMapPage, ServicePageView, ServicesPage};
use crate::rooms::pages::{
    AdminBookingPage, AdminBookingsPage, AdminNewEntryPage, AdminRoomEditPage, AdminRoomReportPage, AdminRoomsPage, BookRoomPage, CityCalendarPage, InstitutionPage, InstitutionsPage,
    MyBookingPage, MyBookingsPage, RoomPage, RoomsPage,
};

/// The whole page as the server renders it. Server only: the browser hydrates `App`.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::MetaTags;
    let boot = crate::core::request::request_context().map(|context| context.boot).unwrap_or_default();
    let lang = boot.locale.code();
    let path = use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned()).unwrap_or_default();
    let hydrates = page_has_islands(&path);
    // The map tiles' address is configuration: a city may run its own tile server.
    let map_tiles = std::env::var("RAEKODA_MAP_TILES").unwrap_or_else(|_| "https://tile.openstreetmap.org/{z}/{x}/{y}.png".to_owned());
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
    // Every route renders in full before the first byte is sent: pages work without
    // JavaScript, and redirects and status codes (403, 404) reach the browser.
    let ssr = SsrMode::Async;
    view! {
        <Stylesheet id="leptos" href="/pkg/raekoda.css"/>
        <Title text=i18n.t(Msg::SiteName)/>
        // One description for the site, in the reader's language (search results show it).
        <leptos_meta::Meta name="description" content=format!("{}. {}", i18n.t(Msg::SiteTagline), i18n.t(Msg::HomeLead))/>
        <Router>
            <SkipLink/>
            <SiteHeader/>
            <main id="main-content" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage ssr=ssr.clone()/>
                    <Route path=path!("/login") view=LoginPage ssr=ssr.clone()/>
                    <Route path=path!("/signup") view=SignupPage ssr=ssr.clone()/>
                    <Route path=path!("/account") view=AccountPage ssr=ssr.clone()/>
                    <Route path=path!("/admin") view=AdminOverviewPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/bookings") view=AdminBookingsPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/bookings/new") view=AdminNewEntryPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/bookings/:id") view=AdminBookingPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/rooms") view=AdminRoomsPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/rooms/report") view=AdminRoomReportPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/rooms/:slug") view=AdminRoomEditPage ssr=ssr.clone()/>
                    <Route path=path!("/calendar") view=CityCalendarPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/service-map") view=ServiceMapPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/service-map/list") view=ServiceMapListPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/my-services") view=MyServicesPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/services/:slug") view=ServiceEditPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/moderation") view=ModerationPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/proposal-template") view=ProposalTemplatePage ssr=ssr.clone()/>
                    <Route path=path!("/proposals") view=ProposalsPage ssr=ssr.clone()/>
                    <Route path=path!("/proposals/board") view=ProposalBoardPage ssr=ssr.clone()/>
                    <Route path=path!("/proposals/library") view=ProposalLibraryPage ssr=ssr.clone()/>
                    <Route path=path!("/proposals/:id") view=ProposalPage ssr=ssr.clone()/>
                    <Route path=path!("/proposals/:id/edit") view=EditProposalPage ssr=ssr.clone()/>
                    <Route path=path!("/proposals/:id/assess") view=AssessProposalPage ssr=ssr.clone()/>
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=ssr.clone()/>
                    <Route path=path!("/privacy") view=PrivacyPage ssr=ssr.clone()/>
                    <Route path=path!("/rooms") view=RoomsPage ssr=ssr.clone()/>
                    <Route path=path!("/rooms/:slug") view=RoomPage ssr=ssr.clone()/>
                    <Route path=path!("/rooms/:slug/book") view=BookRoomPage ssr=ssr.clone()/>
                    <Route path=path!("/my/bookings") view=MyBookingsPage ssr=ssr.clone()/>
                    <Route path=path!("/my/bookings/:id") view=MyBookingPage ssr=ssr.clone()/>
                    <Route path=path!("/institutions") view=InstitutionsPage ssr=ssr.clone()/>
                    <Route path=path!("/institutions/:slug") view=InstitutionPage ssr=ssr.clone()/>
                    <Route path=path!("/services") view=ServicesPage ssr=ssr.clone()/>
                    <Route path=path!("/services/:slug") view=ServicePageView ssr=ssr.clone()/>
                    <Route path=path!("/topics") view=TopicsPage ssr=ssr.clone()/>
                    <Route path=path!("/topics/:slug") view=TopicHubPage ssr=ssr.clone()/>
                    <Route path=path!("/plans/:slug") view=PlanPage ssr=ssr.clone()/>
                    <Route path=path!("/have-your-say") view=HaveYourSayPage ssr=ssr.clone()/>
                    <Route path=path!("/have-your-say/:slug") view=ConsultationPage ssr=ssr.clone()/>
                    <Route path=path!("/ideas") view=IdeasPage ssr=ssr.clone()/>
                    <Route path=path!("/ideas/new") view=NewIdeaPage ssr=ssr.clone()/>
                    <Route path=path!("/ideas/:id") view=IdeaPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/ideas") view=IdeaReviewPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/consultations") view=AdminConsultationsPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/topics") view=HubAdminPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/topics/new") view=TopicEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/topics/:slug/edit") view=TopicEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/topics/:slug/indicators/new") view=IndicatorEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/topics/:slug/indicators/:indicator/edit") view=IndicatorEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/plans/new") view=PlanEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/plans/:slug/edit") view=PlanEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/consultations/new") view=ConsultationEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/consultations/:slug/edit") view=ConsultationEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/my/inbox") view=InboxPage ssr=ssr.clone()/>
                    <Route path=path!("/my/subscriptions") view=SubscriptionsPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/outbox") view=OutboxPage ssr=ssr.clone()/>
                    <Route path=path!("/unsubscribe/:token") view=UnsubscribePage ssr=ssr.clone()/>
                    <Route path=path!("/data-submission") view=DataSubmissionPage ssr=ssr.clone()/>
                    <Route path=path!("/data-submission/:slug") view=SubmissionFormPage ssr=ssr.clone()/>
                    <Route path=path!("/data-submission/:slug/upload") view=UploadPage ssr=ssr.clone()/>
                    <Route path=path!("/data-submission/submissions/:id") view=SubmissionPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/submissions") view=AdminSubmissionsPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/submissions/:id") view=AdminSubmissionPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/submission-forms") view=AdminFormsPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/submission-forms/new") view=FormEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/admin/submission-forms/:slug/edit") view=FormEditorPage ssr=ssr.clone()/>
                    <Route path=path!("/open-data") view=OpenDataPage ssr=ssr/>
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
