//! Pages every site has: not found, no access, an error, statements, and the honest
//! placeholder for parts still being built.

use leptos::prelude::*;
use leptos_meta::Title;

use super::i18n::{use_i18n, Msg};

/// Sets the HTTP status of the page being rendered on the server; nothing in the browser.
pub fn set_http_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(code))
    {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

#[component]
pub fn PageTitle(text: Msg) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=format!("{} – {}", i18n.t(text), i18n.t(Msg::SiteName))/> }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_http_status(404);
    let i18n = use_i18n();
    view! {
        <PageTitle text=Msg::NotFoundTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::NotFoundTitle)}</h1>
            <p class="lead">{i18n.t(Msg::NotFoundText)}</p>
            <p><a href="/">{i18n.t(Msg::BackToHome)}</a></p>
        </div>
    }
}

#[component]
pub fn ForbiddenPage() -> impl IntoView {
    set_http_status(403);
    let i18n = use_i18n();
    view! {
        <PageTitle text=Msg::ForbiddenTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::ForbiddenTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ForbiddenText)}</p>
            <p><a href="/">{i18n.t(Msg::BackToHome)}</a></p>
        </div>
    }
}

/// Shown when loading a page's data failed for a reason the person cannot fix.
#[component]
pub fn ErrorPage() -> impl IntoView {
    set_http_status(500);
    let i18n = use_i18n();
    view! {
        <PageTitle text=Msg::ErrorPageTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::ErrorPageTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ErrorPageText)}</p>
            <p><a href="/">{i18n.t(Msg::BackToHome)}</a></p>
        </div>
    }
}

/// The entry points of pillars whose issues are still open. Says so plainly rather than
/// pretending, and keeps the public URL stable for when the real page arrives.
#[component]
pub fn ComingSoonPage(title: Msg) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=title/>
        <div class="container page">
            <h1>{i18n.t(title)}</h1>
            <div class="panel">
                <h2>{i18n.t(Msg::ComingSoonTitle)}</h2>
                <p>{i18n.t(Msg::ComingSoonText)}</p>
            </div>
            <p><a href="/">{i18n.t(Msg::BackToHome)}</a></p>
        </div>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Msg::A11yTitle/>
        <div class="container page prose">
            <h1>{i18n.t(Msg::A11yTitle)}</h1>
            <p class="lead">{i18n.t(Msg::A11yIntro)}</p>
            <h2>{i18n.t(Msg::A11yHowTitle)}</h2>
            <p>{i18n.t(Msg::A11yHowText)}</p>
            <h2>{i18n.t(Msg::A11yContactTitle)}</h2>
            <p>{i18n.t(Msg::A11yContactText)}</p>
        </div>
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Msg::PrivacyTitle/>
        <div class="container page prose">
            <h1>{i18n.t(Msg::PrivacyTitle)}</h1>
            <p class="lead">{i18n.t(Msg::PrivacyIntro)}</p>
            <h2>{i18n.t(Msg::PrivacyWhatTitle)}</h2>
            <p>{i18n.t(Msg::PrivacyWhatText)}</p>
            <h2>{i18n.t(Msg::PrivacyRightsTitle)}</h2>
            <p>{i18n.t(Msg::PrivacyRightsText)}</p>
        </div>
    }
}
