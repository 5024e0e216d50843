//! Accounts: sign-up, login and sessions, and the roles a person holds.

pub mod api;
pub mod mail;
pub mod messages;
pub mod pages;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod privacy;
#[cfg(feature = "ssr")]
pub mod server;

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn AccountRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    use crate::accounts::pages::{AccountPage, ForgotPasswordPage, LoginPage, ResetPasswordPage, SignupPage, VerifyEmailPage};
    view! {
        <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
        <Route path=path!("/signup") view=SignupPage ssr=SsrMode::Async/>
        <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
        <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
        <Route path=path!("/reset-password/:token") view=ResetPasswordPage ssr=SsrMode::Async/>
        <Route path=path!("/account/verify/:token") view=VerifyEmailPage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
