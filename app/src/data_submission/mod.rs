//! Data submission (PRODUCT.md §3 "Andmete esitamine", issue 6): forms staff define with
//! typed fields, units and ranges; entries typed in (with a place and a photo where the
//! form asks) or whole CSV files checked row by row before anything is kept, all or
//! nothing; stewards accept or reject with a reason; accepted rows feed open datasets.

pub mod api;
pub mod messages;
pub mod pages;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod csv_check;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod upload;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn DataSubmissionRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::data_submission::pages::{AdminFormsPage, AdminSubmissionPage, AdminSubmissionsPage, DataSubmissionPage, FormEditorPage, SubmissionFormPage, SubmissionPage, UploadPage};
    view! {
        <Route path=path!("/data-submission") view=DataSubmissionPage ssr=SsrMode::Async/>
        <Route path=path!("/data-submission/:slug") view=SubmissionFormPage ssr=SsrMode::Async/>
        <Route path=path!("/data-submission/:slug/upload") view=UploadPage ssr=SsrMode::Async/>
        <Route path=path!("/data-submission/submissions/:id") view=SubmissionPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/submissions") view=AdminSubmissionsPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/submissions/:id") view=AdminSubmissionPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/submission-forms") view=AdminFormsPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/submission-forms/new") view=FormEditorPage ssr=SsrMode::Async/>
        <Route path=path!("/admin/submission-forms/:slug/edit") view=FormEditorPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
