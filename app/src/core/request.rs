//! Server only: what every request carries into rendering and server functions — the
//! database, settings, the signed-in person, language and flash — and the helpers server
//! functions use to reach them and to answer plain HTML form posts.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, SET_COOKIE};
use http::request::Parts;
use http::HeaderValue;
use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use super::boot::{BootData, Flash};
use super::cookies;
use super::i18n::{Locale, Msg};
use super::roles::SessionUser;
use crate::error::AppError;

/// Settings the app needs from the server's configuration (see `server/src/config.rs`).
#[derive(Clone, Debug)]
pub struct AppSettings {
    /// Mark cookies `Secure`: on whenever the public URL is https.
    pub secure_cookies: bool,
    /// The address people reach Raekoda at, e.g. `https://raekoda.tartu.ee`.
    pub public_url: String,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`RAEKODA_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<IpAddr>,
    /// Multiplies every rate limit (`RAEKODA_RATE_LIMIT_SCALE`; 1 in production).
    pub rate_limit_scale: u32,
}

impl AppSettings {
    /// A deployment at `public_url` with no proxy and the production rate limits.
    pub fn at(public_url: &str) -> Self {
        AppSettings { secure_cookies: public_url.starts_with("https://"), public_url: public_url.to_owned(), trusted_proxies: Vec::new(), rate_limit_scale: 1 }
    }
}

/// The client's address: the connection's, unless that is a trusted proxy; then the
/// nearest address in `X-Forwarded-For` (read from the right, as each proxy appends the
/// one it saw) that is not a trusted proxy itself. Anything a client put further left is
/// its own claim and is not believed; nor is the header when no proxy is trusted.
pub fn client_address(peer: Option<IpAddr>, forwarded_for: Option<&str>, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let mut nearest = peer;
    for hop in forwarded_for.unwrap_or_default().rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(address) if trusted.contains(&address) => nearest = address,
            Ok(address) => return Some(address),
            // A hop we cannot read ends what can be believed.
            Err(_) => return Some(nearest),
        }
    }
    Some(nearest)
}

/// Finds the signed-in person a session token belongs to (`None`: no such live session).
/// The accounts feature provides it and `server/` wires it in, so `core` imports no feature.
pub type SessionLookup = fn(DatabaseConnection, String) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Option<SessionUser>, AppError>> + Send>>;

/// Shared by every request: cheap to clone.
#[derive(Clone)]
pub struct AppServices {
    pub db: DatabaseConnection,
    pub settings: Arc<AppSettings>,
    pub sessions: SessionLookup,
}

/// Put into each request's extensions by [`attach_request_context`].
#[derive(Clone)]
pub struct RequestContext {
    pub services: AppServices,
    pub boot: BootData,
    pub session_token: Option<String>,
    pub client_ip: Option<IpAddr>,
    /// Whether the request is a plain HTML navigation or form post (no JavaScript).
    pub accepts_html: bool,
}

/// Axum middleware: resolves the session, language and flash once per request.
pub async fn attach_request_context(State(services): State<AppServices>, mut req: Request, next: Next) -> Response {
    // Compiled assets never need to know who is asking.
    if req.uri().path().starts_with("/pkg/") {
        return next.run(req).await;
    }
    let (chosen_language, accept_language, accepts_html, session_token, flash) = {
        let header = |name| req.headers().get(name).and_then(|v: &HeaderValue| v.to_str().ok());
        let cookie_header = header(COOKIE).unwrap_or_default();
        (
            cookies::read(cookie_header, cookies::LANGUAGE_COOKIE).and_then(Locale::from_code),
            header(ACCEPT_LANGUAGE).map(str::to_owned),
            header(ACCEPT).is_some_and(|accept| accept.contains("text/html")),
            cookies::read(cookie_header, cookies::session_cookie_name(services.settings.secure_cookies)).filter(|token| !token.is_empty()).map(str::to_owned),
            cookies::read(cookie_header, cookies::FLASH_COOKIE).and_then(cookies::decode_flash),
        )
    };
    let user = match &session_token {
        Some(token) => (services.sessions)(services.db.clone(), token.clone()).await.unwrap_or_else(|err| {
            tracing::error!(error = ?err, "could not resolve the session");
            None
        }),
        None => None,
    };
    // The language chosen on the page, else the one on the person's account, else the browser's.
    let locale = match (chosen_language, &user) {
        (Some(chosen), _) => chosen,
        (None, Some(person)) => person.locale,
        (None, None) => Locale::negotiate(None, accept_language.as_deref()),
    };
    let peer = req.extensions().get::<ConnectInfo<std::net::SocketAddr>>().map(|info| info.0.ip());
    let forwarded_for = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    let client_ip = client_address(peer, forwarded_for, &services.settings.trusted_proxies);
    let had_flash = flash.is_some();
    let secure = services.settings.secure_cookies;
    req.extensions_mut().insert(RequestContext {
        services,
        boot: BootData { locale, user, flash },
        session_token,
        client_ip,
        accepts_html,
    });
    let mut response = next.run(req).await;
    // A flash is shown once: the page that rendered it clears it.
    let rendered_page = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if had_flash && rendered_page {
        if let Ok(value) = HeaderValue::from_str(&cookies::clear_flash(secure)) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

/// The current request's context, inside rendering or a server function.
pub fn request_context() -> Result<RequestContext, AppError> {
    use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<RequestContext>().cloned())
        .ok_or_else(|| {
            tracing::error!("request context missing: is attach_request_context layered?");
            AppError::Internal
        })
}

pub fn db() -> Result<DatabaseConnection, AppError> {
    Ok(request_context()?.services.db)
}

pub fn current_user() -> Result<Option<SessionUser>, AppError> {
    Ok(request_context()?.boot.user)
}

/// Permission check #1 of every server function that needs a person.
pub fn require_user() -> Result<SessionUser, AppError> {
    current_user()?.ok_or(AppError::Unauthorized)
}

/// Permission check #1 of what speaks for a person to others or holds something for them
/// (booking, commenting, submitting, following): their address must be proven.
pub fn require_verified_user() -> Result<SessionUser, AppError> {
    let user = require_user()?;
    if user.email_verified { Ok(user) } else { Err(AppError::Unverified) }
}

/// Permission check for anything under `/admin`.
pub fn require_staff() -> Result<SessionUser, AppError> {
    let user = require_user()?;
    if user.is_staff() { Ok(user) } else { Err(AppError::Forbidden) }
}

/// The browser's `User-Agent`, for naming a session in words.
pub fn user_agent() -> Option<String> {
    use_context::<Parts>().and_then(|parts| parts.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned))
}

pub fn append_set_cookie(cookie: &str) {
    if let (Some(response), Ok(value)) = (use_context::<leptos_axum::ResponseOptions>(), HeaderValue::from_str(cookie)) {
        response.append_header(SET_COOKIE, value);
    }
}

/// Ends a form's server function the same way with or without JavaScript.
///
/// Success gives the page to go to next; a plain post is redirected there, JavaScript
/// loads it itself. A failure returns the error to JavaScript; a plain post gets the
/// errors and the typed values (`kept`, never passwords) as a flash and goes back.
pub fn finish_form(
    form: &str,
    kept: &[(&str, &str)],
    result: Result<(String, Option<Msg>), AppError>,
) -> Result<String, AppError> {
    let context = request_context()?;
    let secure = context.services.settings.secure_cookies;
    match result {
        Ok((target, notice)) => {
            if let Some(notice) = notice {
                append_set_cookie(&cookies::flash(&Flash { notice: Some(notice), ..Flash::default() }, secure));
            }
            if context.accepts_html {
                leptos_axum::redirect(&target);
            }
            Ok(target)
        }
        Err(error) => {
            if context.accepts_html {
                let flash = Flash {
                    form: form.to_owned(),
                    errors: error.field_errors(),
                    values: kept.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect(),
                    notice: None,
                };
                append_set_cookie(&cookies::flash(&flash, secure));
                // Back to the form's own clean address: the flash carries the errors.
                leptos_axum::redirect(&referring_path());
                Err(error)
            } else {
                answer(Err(error))
            }
        }
    }
}

/// Gives a server function's result to a script caller with the honest HTTP status
/// (403, 400 …) instead of a blanket 500. Every server function ends with it.
pub fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(error) = &result {
        if let (Some(response), Ok(status)) =
            (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(error.http_status()))
        {
            response.set_status(status);
        }
    }
    result
}

/// The path of the page a plain form was posted from (its `Referer`), or `/`.
pub fn referring_path() -> String {
    let referer = use_context::<Parts>()
        .and_then(|parts| parts.headers.get(http::header::REFERER).and_then(|v| v.to_str().ok()).map(str::to_owned));
    let path = referer.as_deref().map(|url| {
        let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        without_scheme.find('/').map_or("/", |start| &without_scheme[start..])
    });
    safe_return_path(path)
}

/// Only paths on this site may be returned to after a form: never another host.
pub fn safe_return_path(candidate: Option<&str>) -> String {
    match candidate {
        Some(path) if is_path_of_this_site(path) => path.to_owned(),
        _ => "/".to_owned(),
    }
}

/// A path as a browser reads it in `Location`: `/` not followed by `/` or `\`, and only
/// visible ASCII. Browsers drop tabs and newlines anywhere in a URL (`/\t/evil.example`
/// is `//evil.example` to them, another host) and read `\` as `/`; a real path of ours
/// comes percent-encoded, so nothing else is needed.
fn is_path_of_this_site(path: &str) -> bool {
    path.starts_with('/') && !path[1..].starts_with('/') && !path.contains('\\') && path.bytes().all(|byte| byte.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn the_client_is_the_connection_unless_a_trusted_proxy_forwarded_it() {
        use super::client_address;
        let ip = |text: &str| text.parse::<std::net::IpAddr>().unwrap();
        let proxy = [ip("10.0.0.5")];
        assert_eq!(client_address(Some(ip("192.0.2.7")), Some("203.0.113.9"), &[]), Some(ip("192.0.2.7")), "no proxy trusted: the header is a claim");
        assert_eq!(client_address(Some(ip("192.0.2.7")), Some("203.0.113.9"), &proxy), Some(ip("192.0.2.7")), "not from the proxy");
        assert_eq!(client_address(Some(ip("10.0.0.5")), Some("203.0.113.9"), &proxy), Some(ip("203.0.113.9")));
        assert_eq!(client_address(Some(ip("10.0.0.5")), Some("6.6.6.6, 203.0.113.9"), &proxy), Some(ip("203.0.113.9")), "what the client wrote itself is not believed");
        assert_eq!(client_address(Some(ip("10.0.0.5")), Some("203.0.113.9, 10.0.0.5"), &proxy), Some(ip("203.0.113.9")), "proxies in a chain are skipped");
        assert_eq!(client_address(Some(ip("10.0.0.5")), Some("junk"), &proxy), Some(ip("10.0.0.5")));
        assert_eq!(client_address(Some(ip("10.0.0.5")), None, &proxy), Some(ip("10.0.0.5")));
        assert_eq!(client_address(None, Some("203.0.113.9"), &proxy), None);
    }

    #[test]
    fn return_paths_stay_on_this_site() {
        assert_eq!(safe_return_path(Some("/admin")), "/admin");
        assert_eq!(safe_return_path(Some("/rooms?district=Karlova")), "/rooms?district=Karlova");
        assert_eq!(safe_return_path(Some("//evil.example")), "/");
        assert_eq!(safe_return_path(Some("https://evil.example")), "/");
        assert_eq!(safe_return_path(Some("/\\evil.example")), "/");
        assert_eq!(safe_return_path(None), "/");
        assert_eq!(safe_return_path(Some("/rooms?q=%20x&date=2026-12-08#week")), "/rooms?q=%20x&date=2026-12-08#week");
    }

    #[test]
    fn a_path_a_browser_would_read_as_another_host_goes_home() {
        for path in ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/\u{7f}/evil.example", "\t//evil.example", "/\u{3000}/evil.example", "", "evil.example", "/x\\y"] {
            assert_eq!(safe_return_path(Some(path)), "/", "{path:?}");
        }
    }
}
