//! Pages every site has: not found, no access, an error, statements, and the honest
//! placeholder for parts still being built.

use leptos::prelude::*;
use leptos_meta::Title;

use super::i18n::{use_i18n, Msg};
use crate::error::AppError;

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
    view! { <SafeTitle text=format!("{} – {}", i18n.t(text), i18n.t(Msg::SiteName))/> }
}

/// The browser tab's title. leptos_meta writes it into the page's HTML unescaped, so a
/// name people wrote (an idea's title: `</title><script>…`) could end the element and start
/// markup. Angle brackets become look-alike quotation marks; the tab still reads the same.
#[component]
pub fn SafeTitle(text: String) -> impl IntoView {
    view! { <Title text=title_text(&text)/> }
}

pub fn title_text(text: &str) -> String {
    text.replace('<', "‹").replace('>', "›")
}

/// A page that only explains: a status, a heading, one paragraph and the way home.
#[component]
fn StatusPage(status: u16, title: Msg, text: Msg) -> impl IntoView {
    set_http_status(status);
    let i18n = use_i18n();
    view! {
        <PageTitle text=title/>
        <div class="container page">
            <h1>{i18n.t(title)}</h1>
            <p class="lead">{i18n.t(text)}</p>
            <p><a href="/">{i18n.t(Msg::BackToHome)}</a></p>
        </div>
    }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <StatusPage status=404 title=Msg::NotFoundTitle text=Msg::NotFoundText/> }
}

#[component]
pub fn ForbiddenPage() -> impl IntoView {
    view! { <StatusPage status=403 title=Msg::ForbiddenTitle text=Msg::ForbiddenText/> }
}

/// 403 for a member of staff without the role a page needs, naming the roles that would do.
#[component]
pub fn NeedsRolePage(roles: Vec<super::roles::Role>) -> impl IntoView {
    set_http_status(403);
    let i18n = use_i18n();
    let names = roles.iter().map(|role| i18n.t(role.label())).collect::<Vec<_>>().join(", ");
    view! {
        <PageTitle text=Msg::ForbiddenTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::ForbiddenTitle)}</h1>
            <p class="lead">{i18n.fill(Msg::NeedsRoleText, &[("roles".to_owned(), names)])}</p>
            <p><a href="/admin">{i18n.t(Msg::NavAdmin)}</a></p>
        </div>
    }
}

/// The gate in front of a staff page that needs one of `roles`: as `staff_gate`, and staff
/// without any of them see, instead of the page, which role it needs (its server functions
/// check again).
pub fn role_gate(next: &str, roles: &[super::roles::Role]) -> Option<AnyView> {
    if let Some(gate) = staff_gate(next) {
        return Some(gate);
    }
    let user = crate::core::forms::use_boot().user?;
    if roles.iter().any(|role| user.has_role(*role)) {
        return None;
    }
    Some(view! { <NeedsRolePage roles=roles.to_vec()/> }.into_any())
}

/// Shown when loading a page's data failed for a reason the person cannot fix.
#[component]
pub fn ErrorPage() -> impl IntoView {
    view! { <StatusPage status=500 title=Msg::ErrorPageTitle text=Msg::ErrorPageText/> }
}

/// A statement the law asks for: a heading, an introduction and titled sections.
#[component]
fn StatementPage(title: Msg, intro: Msg, sections: &'static [(Msg, Msg)]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=title/>
        <div class="container page prose">
            <h1>{i18n.t(title)}</h1>
            <p class="lead">{i18n.t(intro)}</p>
            {sections
                .iter()
                .map(|(heading, text)| view! { <h2>{i18n.t(*heading)}</h2><p>{i18n.t(*text)}</p> })
                .collect_view()}
        </div>
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    const SECTIONS: &[(Msg, Msg)] = &[(Msg::A11yHowTitle, Msg::A11yHowText), (Msg::A11yContactTitle, Msg::A11yContactText)];
    view! { <StatementPage title=Msg::A11yTitle intro=Msg::A11yIntro sections=SECTIONS/> }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    const SECTIONS: &[(Msg, Msg)] =
        &[(Msg::PrivacyWhatTitle, Msg::PrivacyWhatText), (Msg::PrivacyRightsTitle, Msg::PrivacyRightsText)];
    view! { <StatementPage title=Msg::PrivacyTitle intro=Msg::PrivacyIntro sections=SECTIONS/> }
}

/// A page whose content is one record loaded from the server: its view once loaded,
/// the 404 page if there is no such record, the error page if loading failed.
pub fn loaded_page<T, V>(record: Resource<Result<T, AppError>>, render: fn(T) -> V) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match record.await {
                    Ok(value) => render(value).into_any(),
                    Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(AppError::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
                    Err(_) => view! { <ErrorPage/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Like `loaded_page`, for a page that only fits some stages of its record (a proposal's
/// editor, its assessment): when the record has moved on (`Conflict`), the person is sent to
/// `elsewhere`, where it shows as it is now, never to an error page.
pub fn loaded_page_or_go<T, V>(record: Resource<Result<T, AppError>>, render: fn(T) -> V, elsewhere: String) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || {
                let elsewhere = elsewhere.clone();
                Suspend::new(async move {
                    match record.await {
                        Ok(value) => render(value).into_any(),
                        Err(AppError::Conflict(_)) => view! { <leptos_router::components::Redirect path=elsewhere/> }.into_any(),
                        Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                        Err(AppError::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The login page, coming back to `next` afterwards. `next` is percent-encoded: a path
/// built from what a person typed (a slug with a control character, say) must still make
/// a valid `Location` header — Leptos' redirect panics on one that is not.
pub fn login_path(next: &str) -> String {
    format!("/login?next={}", super::layout::percent_encode(next))
}

/// `path` as a `Location` header can carry it: every byte that is not visible ASCII
/// percent-encoded (a slug from the address bar may hold anything).
pub fn location_safe(path: &str) -> String {
    path.bytes().map(|byte| if byte.is_ascii_graphic() { (byte as char).to_string() } else { format!("%{byte:02X}") }).collect()
}

/// The gate in front of every staff page: anonymous people go to login and come back to
/// `next`; signed-in people who are not staff get the 403 page; staff pass (`None`).
/// The page's server functions check again on the server.
pub fn staff_gate(next: &str) -> Option<AnyView> {
    match crate::core::forms::use_boot().user {
        None => Some(view! { <leptos_router::components::Redirect path=login_path(next)/> }.into_any()),
        Some(user) if !user.is_staff() => Some(view! { <ForbiddenPage/> }.into_any()),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_way_back_after_login_is_always_a_valid_header() {
        assert_eq!(super::login_path("/admin/rooms/htg-auditoorium"), "/login?next=/admin/rooms/htg-auditoorium");
        let odd = super::login_path("/rooms/a\u{0}b\r\nSet-Cookie: x/book?y=1&z");
        assert_eq!(odd, "/login?next=/rooms/a%00b%0D%0ASet-Cookie%3A%20x/book%3Fy%3D1%26z");
        assert!(odd.bytes().all(|byte| byte.is_ascii_graphic()), "visible ASCII only: a valid Location header");
    }

    #[test]
    fn a_title_cannot_end_the_title_element() {
        assert_eq!(super::title_text("Pingid </title><script>x</script>"), "Pingid ‹/title›‹script›x‹/script›");
        assert_eq!(super::title_text("Tartu & Tähtvere"), "Tartu & Tähtvere");
    }
}
