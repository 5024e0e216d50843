//! The frame around every page: skip link, header with navigation and language switcher,
//! and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::forms::use_boot;
use super::i18n::{use_i18n, Locale, Msg};

#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="skip-link" href="#main-content">{i18n.t(Msg::SkipToContent)}</a> }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let user = use_boot().user;
    let nav = [
        ("/rooms", Msg::NavRooms),
        ("/services", Msg::NavServices),
        ("/have-your-say", Msg::NavHaveYourSay),
        ("/ideas", Msg::NavIdeas),
        ("/topics", Msg::NavTopics),
        ("/open-data", Msg::NavOpenData),
    ];
    let location = use_location();
    let pathname = location.pathname;
    let current = move |href: &'static str| {
        move || {
            let path = pathname.get();
            (path == href || path.starts_with(&format!("{href}/"))).then_some("page")
        }
    };
    let is_staff = user.as_ref().is_some_and(|u| u.is_staff());
    let signed_in = user.is_some();
    view! {
        <header class="site-header">
            <div class="site-header__bar container">
                <a class="site-header__brand" href="/">
                    <span class="site-header__name">{i18n.t(Msg::SiteName)}</span>
                    <span class="site-header__tagline">{i18n.t(Msg::SiteTagline)}</span>
                </a>
                <LanguageSwitcher/>
            </div>
            <nav class="site-nav" aria-label=i18n.t(Msg::NavMainLabel)>
                <ul class="site-nav__list container">
                    {nav
                        .into_iter()
                        .map(|(href, label)| {
                            view! {
                                <li>
                                    <a class="site-nav__link" href=href aria-current=current(href)>
                                        {i18n.t(label)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                    {is_staff
                        .then(|| {
                            view! {
                                <li>
                                    <a class="site-nav__link" href="/admin" aria-current=current("/admin")>
                                        {i18n.t(Msg::NavAdmin)}
                                    </a>
                                </li>
                            }
                        })}
                    <li class="site-nav__account">
                        {if signed_in {
                            view! {
                                <a class="site-nav__link" href="/account" aria-current=current("/account")>
                                    {i18n.t(Msg::NavMyAccount)}
                                </a>
                            }
                                .into_any()
                        } else {
                            view! {
                                <a class="site-nav__link" href="/login" aria-current=current("/login")>
                                    {i18n.t(Msg::NavLogIn)}
                                </a>
                            }
                                .into_any()
                        }}
                    </li>
                </ul>
            </nav>
        </header>
    }
}

/// Links, not a form, as GOV.UK does: each names its language in that language, and goes
/// through the server so the choice is remembered in a cookie and the page comes back
/// rendered in full in the new language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let here = move || {
        let (path, search) = (location.pathname.get(), location.search.get());
        let search = search.trim_start_matches('?');
        if search.is_empty() { path } else { format!("{path}?{search}") }
    };
    view! {
        <nav class="language-switcher" aria-label=i18n.t(Msg::LanguageLabel)>
            <ul class="language-switcher__list">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        if locale == i18n.locale {
                            view! {
                                <li>
                                    <span class="language-switcher__current" lang=locale.code() aria-current="true">
                                        {locale.endonym()}
                                        <span class="visually-hidden">" (" {i18n.t(Msg::LanguageCurrent)} ")"</span>
                                    </span>
                                </li>
                            }
                                .into_any()
                        } else {
                            let href = move || format!("/language/{}?return_to={}", locale.code(), percent_encode(&here()));
                            view! {
                                <li>
                                    <a class="language-switcher__link" href=href rel="external" lang=locale.code() hreflang=locale.code()>
                                        {locale.endonym()}
                                    </a>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Percent-encodes a path for use as a query value.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (byte as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="container">
                <nav aria-label=i18n.t(Msg::FooterLabel)>
                    <ul class="site-footer__links">
                        <li><a href="/accessibility">{i18n.t(Msg::FooterAccessibility)}</a></li>
                        <li><a href="/privacy">{i18n.t(Msg::FooterPrivacy)}</a></li>
                    </ul>
                </nav>
                <p>{i18n.t(Msg::FooterOwner)}</p>
                <p>{i18n.t(Msg::FooterOpenSource)}</p>
            </div>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn return_paths_are_encoded_for_a_query() {
        assert_eq!(percent_encode("/rooms?district=Karlova&min=80"), "/rooms%3Fdistrict%3DKarlova%26min%3D80");
        assert_eq!(percent_encode("/otsing?q=lasteaed õde"), "/otsing%3Fq%3Dlasteaed%20%C3%B5de");
    }
}

/// "Home › Rooms › Auditoorium": the links above a page's heading; the last crumb is
/// the page itself.
#[component]
pub fn Breadcrumbs(trail: Vec<(String, String)>, current: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="breadcrumbs" aria-label=i18n.t(Msg::Breadcrumbs)>
            <ol>
                <li><a href="/">{i18n.t(Msg::HomeCrumb)}</a></li>
                {trail.into_iter().map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}

/// A bar filled to `percent` (0–100), beside a figure in words: decorative, hidden from
/// assistive technology. SVG, not a `style="width:…"`: the Content-Security-Policy allows
/// no inline styles.
#[component]
pub fn ProgressBar(#[prop(into)] percent: u32) -> impl IntoView {
    let percent = percent.min(100);
    view! {
        <svg class="progress" aria-hidden="true" focusable="false" viewBox="0 0 100 1" preserveAspectRatio="none">
            <rect class="progress__done" width=percent height="1"/>
        </svg>
    }
}
