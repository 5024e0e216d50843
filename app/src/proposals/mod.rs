//! Service-development proposals (PRODUCT.md §2): staff propose a new or redesigned
//! service on a versioned template; the public service development team assesses it in the
//! GOV.UK Service Standard's manner and decides; approved proposals are piloted and
//! implemented, which writes into the service's changelog. The board shows every stage;
//! the library keeps implemented proposals as examples for the organisation.

pub mod api;
pub mod messages;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn ProposalRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::proposals::pages::{AssessProposalPage, EditProposalPage, ProposalBoardPage, ProposalLibraryPage, ProposalPage, ProposalTemplatePage, ProposalsPage};
    view! {
        <Route path=path!("/admin/proposal-template") view=ProposalTemplatePage ssr=SsrMode::Async/>
        <Route path=path!("/proposals") view=ProposalsPage ssr=SsrMode::Async/>
        <Route path=path!("/proposals/board") view=ProposalBoardPage ssr=SsrMode::Async/>
        <Route path=path!("/proposals/library") view=ProposalLibraryPage ssr=SsrMode::Async/>
        <Route path=path!("/proposals/:id") view=ProposalPage ssr=SsrMode::Async/>
        <Route path=path!("/proposals/:id/edit") view=EditProposalPage ssr=SsrMode::Async/>
        <Route path=path!("/proposals/:id/assess") view=AssessProposalPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
