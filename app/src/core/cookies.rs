//! The cookies Raekoda sets, and reading them back. Server only.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::boot::Flash;

pub const SESSION_COOKIE: &str = "raekoda_session";
/// The session cookie's name on https: browsers take a `__Host-` cookie only when it is
/// `Secure`, for `Path=/` and with no `Domain`, so no other host (a subdomain, a plain-http
/// page on the network) can set or overwrite it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-raekoda_session";
pub const LANGUAGE_COOKIE: &str = "raekoda_lang";
pub const FLASH_COOKIE: &str = "raekoda_flash";

/// A session lasts 30 days from sign-in.
pub const SESSION_MAX_AGE_SECONDS: i64 = 30 * 24 * 60 * 60;
const LANGUAGE_MAX_AGE_SECONDS: i64 = 365 * 24 * 60 * 60;
/// A flash only has to survive one redirect.
const FLASH_MAX_AGE_SECONDS: i64 = 120;

/// The value of cookie `name` in a `Cookie:` header.
pub fn read<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then_some(value)
    })
}

fn build(name: &str, value: &str, max_age: i64, http_only: bool, secure: bool) -> String {
    let mut cookie = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        cookie.push_str("; HttpOnly");
    }
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

/// The session cookie's name: `__Host-` prefixed when the site is served over https.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { SECURE_SESSION_COOKIE } else { SESSION_COOKIE }
}

pub fn session(token: &str, secure: bool) -> String {
    build(session_cookie_name(secure), token, SESSION_MAX_AGE_SECONDS, true, secure)
}

pub fn clear_session(secure: bool) -> String {
    build(session_cookie_name(secure), "", 0, true, secure)
}

pub fn language(code: &str, secure: bool) -> String {
    build(LANGUAGE_COOKIE, code, LANGUAGE_MAX_AGE_SECONDS, false, secure)
}

pub fn flash(flash: &Flash, secure: bool) -> String {
    let json = serde_json::to_vec(flash).unwrap_or_default();
    build(FLASH_COOKIE, &URL_SAFE_NO_PAD.encode(json), FLASH_MAX_AGE_SECONDS, true, secure)
}

pub fn clear_flash(secure: bool) -> String {
    build(FLASH_COOKIE, "", 0, true, secure)
}

/// A flash we cannot read is dropped: it only ever carries display hints.
pub fn decode_flash(value: &str) -> Option<Flash> {
    let json = URL_SAFE_NO_PAD.decode(value).ok()?;
    serde_json::from_slice(&json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Msg;
    use crate::error::FieldError;

    #[test]
    fn reads_one_cookie_among_many() {
        let header = "a=1; raekoda_session=abc; raekoda_lang=en";
        assert_eq!(read(header, SESSION_COOKIE), Some("abc"));
        assert_eq!(read(header, LANGUAGE_COOKIE), Some("en"));
        assert_eq!(read(header, FLASH_COOKIE), None);
    }

    #[test]
    fn on_https_the_session_cookie_is_a_host_only_secure_one() {
        let cookie = session("tok", true);
        assert!(cookie.starts_with("__Host-raekoda_session=tok; Path=/;"), "{cookie}");
        assert!(cookie.contains("; Secure") && !cookie.contains("Domain"), "{cookie}");
        assert!(clear_session(true).starts_with("__Host-raekoda_session=;"));
        assert!(session("tok", false).starts_with("raekoda_session=tok;"), "plain http (local runs) cannot hold a __Host- cookie");
    }

    #[test]
    fn session_cookie_is_http_only_and_same_site() {
        let cookie = session("tok", true);
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Lax"));
        assert!(cookie.contains("Secure"));
        assert!(!session("tok", false).contains("Secure"));
    }

    #[test]
    fn flash_round_trips() {
        let flash = Flash {
            form: "login".into(),
            errors: vec![FieldError::new("password", Msg::ValLoginWrong)],
            values: vec![("email".into(), "mari@raekoda.test".into())],
            notice: None,
        };
        let cookie = super::flash(&flash, false);
        let value = cookie.split(';').next().unwrap().split_once('=').unwrap().1;
        assert_eq!(decode_flash(value), Some(flash));
        assert_eq!(decode_flash("not base64 json"), None);
    }
}
