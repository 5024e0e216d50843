//! Participation (PRODUCT.md §3, issue 5, first part): topic hubs with indicators drawn as
//! SVG charts with tables, plans with goals and progress, and "Have your say"
//! consultations where signed-in citizens comment, reply, report, support once and answer
//! surveys; citizens' ideas that enter the city's review list at a support threshold;
//! moderation of comments and ideas. The staff editors come next.

pub mod api;
pub mod messages;
pub mod chart;
pub mod editor;
pub mod editor_api;
pub mod hub_editor_api;
pub mod ideas;
pub mod ideas_api;
pub mod model;
pub mod pages;
pub mod survey;

#[cfg(feature = "ssr")]
pub mod editor_server;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod hub_editor_server;
#[cfg(feature = "ssr")]
pub mod ideas_server;
#[cfg(feature = "ssr")]
pub mod server;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn ParticipationRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::participation::pages::{AdminConsultationsPage, ConsultationEditorPage, ConsultationPage, HaveYourSayPage, HubAdminPage, IdeaPage, IdeaReviewPage, IdeasPage, IndicatorEditorPage, ModerationPage, NewIdeaPage, PlanEditorPage, PlanPage, TopicEditorPage, TopicHubPage, TopicsPage};
    view! {
        <Route path=path!("/admin/moderation") view=ModerationPage ssr=SsrMode::Async/>
        <Route path=path!("/topics") view=TopicsPage ssr=SsrMode::Async/>
        <Route path=path!("/topics/:slug") view=TopicHubPage ssr=SsrMode::Async/>
        <Route path=path!("/plans/:slug") view=PlanPage ssr=SsrMode::Async/>
        <Route path=path!("/have-your-say") view=HaveYourSayPage ssr=SsrMode::Async/>
        <Route path=path!("/have-your-say/:slug") view=ConsultationPage ssr=SsrMode::Async/>
        <Route path=path!("/ideas") view=IdeasPage ssr=SsrMode::Async/>
        <Route path=path!("/ideas/new") view=NewIdeaPage ssr=SsrMode::Async/>
        <Route path=path!("/ideas/:id") view=IdeaPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/ideas") view=IdeaReviewPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/consultations") view=AdminConsultationsPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/topics") view=HubAdminPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/topics/new") view=TopicEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/topics/:slug/edit") view=TopicEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/topics/:slug/indicators/new") view=IndicatorEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/topics/:slug/indicators/:indicator/edit") view=IndicatorEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/plans/new") view=PlanEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/plans/:slug/edit") view=PlanEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/consultations/new") view=ConsultationEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/consultations/:slug/edit") view=ConsultationEditorPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
