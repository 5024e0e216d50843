//! The front page: the way in to every pillar.

pub mod messages;

use leptos::prelude::*;

use crate::core::forms::FlashNotice;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::PageTitle;
use crate::rooms::pages::FeaturedRooms;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let services_count = Resource::new(|| (), |_| crate::services::api::count_services());
    let pillars = [
        ("/rooms", Msg::NavRooms, Msg::HomeRoomsText),
        ("/services", Msg::NavServices, Msg::HomeServicesText),
        ("/have-your-say", Msg::NavHaveYourSay, Msg::HomeHaveYourSayText),
        ("/topics", Msg::NavTopics, Msg::HomeTopicsText),
        ("/open-data", Msg::NavOpenData, Msg::HomeOpenDataText),
    ];
    view! {
        <PageTitle text=Msg::SiteTagline/>
        <div class="hero">
            <div class="container">
                <FlashNotice/>
                <h1 class="hero__title">{i18n.t(Msg::HomeTitle)}</h1>
                <p class="lead">{i18n.t(Msg::HomeLead)}</p>
            </div>
        </div>
        <div class="container page">
            <ul class="card-grid">
                {pillars
                    .into_iter()
                    .map(|(href, title, text)| {
                        // The services' count is the catalogue's own, never a number in a text.
                        let words = if text == Msg::HomeServicesText {
                            view! {
                                <Suspense fallback=move || i18n.fill(Msg::HomeServicesText, &[("count".to_owned(), "…".to_owned())])>
                                    {move || Suspend::new(async move {
                                        let count = services_count.await.map(|n| n.to_string()).unwrap_or_else(|_| "…".to_owned());
                                        i18n.fill(Msg::HomeServicesText, &[("count".to_owned(), count)])
                                    })}
                                </Suspense>
                            }
                            .into_any()
                        } else {
                            i18n.t(text).into_any()
                        };
                        view! {
                            <li class="card">
                                <h2 class="card__title"><a class="card__link" href=href>{i18n.t(title)}</a></h2>
                                <p>{words}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <FeaturedRooms/>
        </div>
    }
}

/// This feature's pages and their paths: `App` lists features, each feature its routes.
/// Every page renders in full before the first byte is sent (`SsrMode::Async`): pages work
/// without JavaScript, and redirects and status codes (403, 404) reach the browser.
#[leptos::component(transparent)]
pub fn HomeRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos::prelude::*;
    use leptos_router::any_nested_route::IntoAnyNestedRoute;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
    }
    .into_inner()
    // One route, however many: what the router takes in debug builds (erased types) too.
    .into_any_nested_route()
}
