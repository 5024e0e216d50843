//! The Raekoda HTTP server: routes, and the defences every request passes through.

pub mod config;
pub mod input;
pub mod limits;
pub mod mail;
pub mod panics;
pub mod state;

use app::core::cookies;
use app::core::i18n::{Locale, Msg};
use app::error::AppError;
use app::core::request::{attach_request_context, safe_return_path, AppServices, RequestContext};
use app::{shell, App};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::{Extension, Router};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::{CompressionLayer, Predicate};
use tower_http::set_header::SetResponseHeaderLayer;

/// The whole application router, as `main` serves it and the tests call it.
pub fn build_router(options: LeptosOptions, services: AppServices) -> Router {
    panics::install();
    // Served over https, browsers are told to use nothing else for a year (HSTS).
    let https_only = services.settings.public_url.starts_with("https://").then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    // One policy for every response: pages, files, the upload and error pages. It allows
    // the islands' inline start-up script and Leptos' streaming scripts by their hashes
    // (`app::inline_script_hashes`).
    let limiter = limits::RateLimiter::new(services.settings.rate_limit_scale);
    let policy = HeaderValue::from_str(&app::core::policy::content_security_policy(&app::inline_script_hashes(&options), &app::core::policy::map_tiles())).ok();
    let routes = route_list().clone();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/language/{code}", get(choose_language))
        .route("/my/bookings/{id}/booking.ics", get(booking_ics))
        .route("/rooms/{slug}/calendar.ics", get(room_ics))
        .route("/admin/rooms/report.csv", get(report_csv))
        .route("/admin/service-map.csv", get(service_map_csv))
        .route("/admin/consultations/{slug}/answers.csv", get(consultation_answers_csv))
        .route("/admin/consultations/{slug}/comments.csv", get(consultation_comments_csv))
        .route("/services.jsonld", get(services_jsonld))
        // The IRIs the CPSV-AP export mints resolve to JSON-LD documents.
        .route("/departments/{slug}", get(department_jsonld))
        .route("/service-owners/{id}", get(owner_jsonld))
        .route("/service-status/{key}", get(|ctx: Extension<RequestContext>, path: Path<String>| concept_jsonld("service-status", ctx, path)))
        .route("/channel-types/{key}", get(|ctx: Extension<RequestContext>, path: Path<String>| concept_jsonld("channel-types", ctx, path)))
        .route("/participation-roles/{key}", get(|ctx: Extension<RequestContext>, path: Path<String>| concept_jsonld("participation-roles", ctx, path)))
        .route("/account/my-data.json", get(app::accounts::privacy::download))
        // Multipart posts: an entry with its photo, a CSV file streamed to disk as checked.
        .route("/data-submission/{slug}", post(app::data_submission::upload::post_entry).layer(DefaultBodyLimit::max(app::data_submission::upload::ENTRY_MAX_BYTES)))
        .route("/data-submission/{slug}/upload", post(app::data_submission::upload::post_csv).layer(DefaultBodyLimit::max(app::data_submission::upload::FILE_MAX_BYTES)))
        .route("/data-submission/{slug}/template.csv", get(app::data_submission::upload::template))
        .route("/data-submission/submissions/{id}/photo", get(app::data_submission::upload::photo))
        .merge(app::open_data::read_api::routes())
        .leptos_routes(&options, routes, {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler(shell))
        .with_state(options)
        .layer(middleware::from_fn(service_jsonld))
        // Inside the request context: the refusal is in the person's language.
        .layer(middleware::from_fn(input::refuse_nul_characters))
        // Inside the request context: limits are per person as well as per address.
        .layer(middleware::from_fn_with_state(limiter, limits::enforce_rate_limits))
        .layer(middleware::from_fn_with_state(services.clone(), attach_request_context))
        .layer(middleware::from_fn_with_state(services, reject_cross_site_writes))
        // Not the wasm on the fly: brotli over a 22 MB dev build took 4 s and a core per
        // page load. Release builds ship it precompressed (.br/.gz, served as they are).
        .layer(CompressionLayer::new().compress_when(
            tower_http::compression::DefaultPredicate::new()
                .and(tower_http::compression::predicate::NotForContentType::const_new("application/wasm")),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::STRICT_TRANSPORT_SECURITY, https_only))
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, policy))
        // Outermost, so that a panic anywhere inside is answered (and logged).
        .layer(middleware::from_fn(panics::answer_panics))
}

/// The app's routes, worked out once per process. Working them out renders the app with
/// resource loading switched off by a process-wide flag (leptos_server's
/// `SuppressResourceLoad`); a page whose resource first polls while another thread does
/// this waits forever (leptos-rs/leptos#4773). The server builds its router once, but the
/// tests build one per test, in parallel, and hung on it now and then.
fn route_list() -> &'static Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(|| view! { <App boot=Default::default()/> }))
}

/// `GET /healthz`: 200 only when the database answers, else 503. The `Raekoda-Clock`
/// header is the server's "now" in Tartu, so browser tests take their dates from the
/// server's clock (which `RAEKODA_NOW` may have moved), not from the machine they run on.
async fn healthz(Extension(context): Extension<RequestContext>) -> impl IntoResponse {
    let clock = app::core::clock::now().with_timezone(&chrono_tz::Europe::Tallinn).to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let clock = [(header::HeaderName::from_static("raekoda-clock"), clock)];
    if app::core::database::database_answers(&context.services.db).await {
        (StatusCode::OK, clock, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, clock, "database unavailable")
    }
}

/// The host this site is known by, for calendar UIDs that stay the same across downloads.
fn site_host(context: &RequestContext) -> String {
    let url = &context.services.settings.public_url;
    let rest = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
    rest.split(['/', ':']).next().unwrap_or("raekoda").to_owned()
}

fn file_response(content_type: &'static str, filename: String, body: String) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")).unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        body,
    )
        .into_response()
}

/// A plain-text answer for a file route that failed: the status tells the program, the
/// words tell a person; no internal detail.
fn file_error(context: &RequestContext, error: AppError) -> Response {
    let status = StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let text = error.user_message().text(context.boot.locale);
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text.to_owned()).into_response()
}

/// `GET /my/bookings/{id}/booking.ics`: one booking for the booker's calendar.
async fn booking_ics(Extension(context): Extension<RequestContext>, Path(id): Path<i32>) -> Response {
    let Some(person) = context.boot.user.clone() else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/login?next=/my/bookings/{id}"))]).into_response();
    };
    match app::rooms::schedule::booking_file(&context.services.db, &person, id, &site_host(&context)).await {
        Ok(file) => file_response("text/calendar; charset=utf-8", format!("booking-{id}.ics"), file),
        Err(error) => file_error(&context, error),
    }
}

/// `GET /rooms/{slug}/calendar.ics`: the room's busy times, for calendar subscriptions.
async fn room_ics(Extension(context): Extension<RequestContext>, Path(slug): Path<String>) -> Response {
    let busy = Msg::CalendarBusy.text(context.boot.locale);
    match app::rooms::schedule::room_feed(&context.services.db, &slug, &site_host(&context), busy).await {
        Ok(file) => file_response("text/calendar; charset=utf-8", format!("{slug}.ics"), file),
        Err(error) => file_error(&context, error),
    }
}

#[derive(serde::Deserialize)]
struct MonthQuery {
    month: Option<String>,
}

/// `GET /admin/rooms/report.csv?month=2026-12`: the monthly report for spreadsheets.
async fn report_csv(Extension(context): Extension<RequestContext>, Query(query): Query<MonthQuery>) -> Response {
    let Some(staff) = context.boot.user.clone() else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/login?next=/admin/rooms/report".to_owned())]).into_response();
    };
    if !staff.is_staff() {
        return file_error(&context, AppError::Forbidden);
    }
    let month = query.month.unwrap_or_default();
    match app::rooms::staff::report(&context.services.db, &staff, &month).await {
        Ok(report) => file_response("text/csv; charset=utf-8", format!("rooms-{}.csv", report.month), app::rooms::report::to_csv(&report.month, &report.rows)),
        Err(error) => file_error(&context, error),
    }
}

fn jsonld_response(document: serde_json::Value) -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/ld+json; charset=utf-8")], document.to_string()).into_response()
}

/// `GET /services.jsonld`: the whole catalogue as CPSV-AP 3.2.0 JSON-LD.
async fn services_jsonld(Extension(context): Extension<RequestContext>) -> Response {
    match app::services::server::export(&context.services.db, &context.services.settings.public_url, None).await {
        Ok(document) => jsonld_response(document),
        Err(error) => file_error(&context, error),
    }
}

/// `GET /departments/{slug}`: a department as a CPSV-AP `PublicOrganisation`.
async fn department_jsonld(
    Extension(context): Extension<RequestContext>,
    Path(slug): Path<String>,
) -> Response {
    match app::services::server::department_document(
        &context.services.db,
        &context.services.settings.public_url,
        &slug,
    )
    .await
    {
        Ok(document) => jsonld_response(document),
        Err(error) => file_error(&context, error),
    }
}

/// `GET /service-owners/{id}`: a published service owner as a `foaf:Agent`.
async fn owner_jsonld(
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<i32>() else {
        return file_error(&context, AppError::NotFound);
    };
    match app::services::server::owner_document(
        &context.services.db,
        &context.services.settings.public_url,
        id,
    )
    .await
    {
        Ok(document) => jsonld_response(document),
        Err(error) => file_error(&context, error),
    }
}

/// `GET /{scheme}/{key}`: one concept of the export's own schemes as a `skos:Concept`.
async fn concept_jsonld(
    scheme: &'static str,
    Extension(context): Extension<RequestContext>,
    Path(key): Path<String>,
) -> Response {
    match app::services::cpsv::concept(
        context.services.settings.public_url.trim_end_matches('/'),
        scheme,
        &key,
    ) {
        Some(document) => jsonld_response(document),
        None => file_error(&context, AppError::NotFound),
    }
}

/// `GET /services/{slug}.jsonld`: one service as JSON-LD. A middleware, because the same
/// path segment is the app's `/services/{slug}` page route otherwise.
async fn service_jsonld(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let Some(slug) = path.strip_prefix("/services/").and_then(|rest| rest.strip_suffix(".jsonld")).filter(|s| !s.contains('/')) else {
        return next.run(req).await;
    };
    let slug = slug.to_owned();
    let Some(context) = req.extensions().get::<RequestContext>().cloned() else {
        return next.run(req).await;
    };
    match app::services::server::export(&context.services.db, &context.services.settings.public_url, Some(&slug)).await {
        Ok(document) => jsonld_response(document),
        Err(error) => file_error(&context, error),
    }
}

/// `GET /admin/service-map.csv`: every service with its department, owner and review.
async fn service_map_csv(Extension(context): Extension<RequestContext>) -> Response {
    let Some(staff) = context.boot.user.clone() else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/login?next=/admin/service-map".to_owned())]).into_response();
    };
    if !staff.is_staff() {
        return file_error(&context, AppError::Forbidden);
    }
    match app::services::server::map_entries(&context.services.db, context.boot.locale).await {
        Ok(entries) => {
            let rows: Vec<(String, app::services::map::MapEntry)> = entries.into_iter().map(|(_, name, entry)| (name, entry)).collect();
            let today = app::core::clock::now().date_naive();
            file_response("text/csv; charset=utf-8", "service-map.csv".to_owned(), app::services::map::to_csv(&rows, today))
        }
        Err(error) => file_error(&context, error),
    }
}

/// `GET /admin/consultations/{slug}/answers.csv` and `…/comments.csv`: for staff.
async fn consultation_answers_csv(Extension(context): Extension<RequestContext>, Path(slug): Path<String>) -> Response {
    consultation_csv(context, slug, true).await
}

async fn consultation_comments_csv(Extension(context): Extension<RequestContext>, Path(slug): Path<String>) -> Response {
    consultation_csv(context, slug, false).await
}

async fn consultation_csv(context: RequestContext, slug: String, answers: bool) -> Response {
    let Some(staff) = context.boot.user.clone() else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/login?next=/have-your-say/{slug}"))]).into_response();
    };
    let db = &context.services.db;
    let locale = context.boot.locale;
    let (file, result) = if answers {
        (format!("{slug}-answers.csv"), app::participation::server::answers_export(db, &staff, &slug, locale).await)
    } else {
        (format!("{slug}-comments.csv"), app::participation::server::comments_export(db, &staff, &slug, locale).await)
    };
    match result {
        Ok(csv) => file_response("text/csv; charset=utf-8", file, csv),
        Err(error) => file_error(&context, error),
    }
}

#[derive(serde::Deserialize)]
struct ReturnTo {
    return_to: Option<String>,
}

/// `GET /language/{et|en|ru}?return_to=/path`: remembers the choice and goes back.
async fn choose_language(
    Extension(context): Extension<RequestContext>,
    Path(code): Path<String>,
    Query(query): Query<ReturnTo>,
) -> Response {
    let target = safe_return_path(query.return_to.as_deref());
    let Some(locale) = Locale::from_code(&code) else {
        return (StatusCode::NOT_FOUND, "unknown language").into_response();
    };
    let cookie = cookies::language(locale.code(), context.services.settings.secure_cookies);
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// CSRF defence: a request that changes something must come from a page of this site,
/// as its `Origin` (or, failing that, `Referer`) shows. Session cookies are also
/// `SameSite=Lax`, so this is the second of two locks.
async fn reject_cross_site_writes(State(services): State<AppServices>, req: Request, next: Next) -> Response {
    // The read API has no writes: any other method there is answered 405 by its router.
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) || req.uri().path().starts_with("/api/v1/") {
        return next.run(req).await;
    }
    let headers = req.headers();
    let text = |name| headers.get(name).and_then(|value: &HeaderValue| value.to_str().ok());
    let source = text(header::ORIGIN).filter(|origin| *origin != "null").or_else(|| text(header::REFERER));
    if is_same_site(source, text(header::HOST), &services.settings.public_url) {
        next.run(req).await
    } else {
        tracing::warn!(method = %req.method(), path = %req.uri().path(), origin = ?source, "refused a cross-site write");
        (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "Päring lükati tagasi, sest see ei tulnud Raekoja lehelt. Ava leht uuesti ja proovi veel kord.\n\
             The request was refused because it did not come from a Raekoda page. Reload the page and try again.\n\
             Запрос отклонён, так как он поступил не со страницы Raekoda. Обновите страницу и попробуйте снова.\n",
        )
            .into_response()
    }
}

/// Whether `source` (an Origin or Referer) is this site: the configured public URL, or
/// the host the browser addressed.
pub fn is_same_site(source: Option<&str>, host: Option<&str>, public_url: &str) -> bool {
    let Some(source) = source else { return false };
    let Some(source_authority) = authority(source) else { return false };
    authority(public_url).is_some_and(|public| public.eq_ignore_ascii_case(source_authority))
        || host.is_some_and(|host| host.eq_ignore_ascii_case(source_authority))
}

/// `host[:port]` of an absolute http(s) URL.
fn authority(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&rest[..end]).filter(|authority| !authority.is_empty())
}

#[cfg(test)]
mod tests {
    use super::is_same_site;

    const PUBLIC: &str = "https://raekoda.tartu.ee";

    #[test]
    fn same_host_is_allowed() {
        assert!(is_same_site(Some("http://127.0.0.1:3000"), Some("127.0.0.1:3000"), PUBLIC));
        assert!(is_same_site(Some("http://127.0.0.1:3000/login?next=/"), Some("127.0.0.1:3000"), PUBLIC));
    }

    #[test]
    fn public_url_is_allowed_behind_a_proxy() {
        assert!(is_same_site(Some("https://raekoda.tartu.ee"), Some("10.0.0.5:3000"), PUBLIC));
    }

    #[test]
    fn other_sites_and_missing_origins_are_refused() {
        assert!(!is_same_site(Some("https://evil.example"), Some("127.0.0.1:3000"), PUBLIC));
        assert!(!is_same_site(Some("https://raekoda.tartu.ee.evil.example"), Some("127.0.0.1:3000"), PUBLIC));
        assert!(!is_same_site(Some("http://127.0.0.1:3001"), Some("127.0.0.1:3000"), PUBLIC));
        assert!(!is_same_site(None, Some("127.0.0.1:3000"), PUBLIC));
        assert!(!is_same_site(Some("null"), Some("127.0.0.1:3000"), PUBLIC));
    }
}
