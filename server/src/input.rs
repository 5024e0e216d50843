//! Text no database of ours can keep is refused at the door: a NUL character (U+0000).
//! PostgreSQL rejects it in any text value ("invalid byte sequence"), which used to make
//! a slug or a comment with `%00` in it a 500; SQLite would store it and hand it back to
//! pages and CSV files. No browser form can type one, so whoever sends it gets a plain
//! 400 that says what is wrong, naming the form field when there is one (issue 14).
//!
//! Checked here: the path, the query, and URL-encoded form bodies (every server function
//! call). Multipart uploads are checked by their own readers (`data_submission::upload`).

use app::core::i18n::{Locale, Msg};
use app::core::request::RequestContext;
use app::error::AppError;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// A form body larger than this is not buffered to be checked; the router's body limit
/// (2 MB for server functions) refuses it anyway.
const FORM_BODY_MAX: usize = 2 * 1024 * 1024;

/// `%00` anywhere in a percent-encoded string (or a raw NUL byte).
fn has_nul(encoded: &[u8]) -> bool {
    encoded.contains(&0) || encoded.windows(3).any(|w| w[0] == b'%' && w[1] == b'0' && w[2] == b'0')
}

/// The name of the first `name=value` pair of a URL-encoded body whose value (or name)
/// holds a NUL; `Some("")` when the name cannot be read.
fn field_with_nul(body: &[u8]) -> Option<String> {
    body.split(|b| *b == b'&').find(|pair| has_nul(pair)).map(|pair| {
        let name = pair.split(|b| *b == b'=').next().unwrap_or_default();
        let name = String::from_utf8_lossy(name).replace("%5B", "[").replace("%5D", "]");
        // `ratings[0]` is the field `ratings`; only a plain name is repeated back.
        let name = name.split('[').next().unwrap_or_default().to_owned();
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') { name } else { String::new() }
    })
}

fn refused(path: &str, context: Option<&RequestContext>, field: Option<String>) -> Response {
    let locale = context.map(|c| c.boot.locale).unwrap_or_default();
    let accepts_html = context.is_some_and(|c| c.accepts_html);
    tracing::info!(?field, "refused a request with a NUL character");
    if path.starts_with("/api/v1/") {
        // The read API's own error shape (its OpenAPI document promises it).
        let body = serde_json::json!({ "error": "bad_request", "message": "The address contains a NUL character, which cannot be read." });
        return (StatusCode::BAD_REQUEST, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response();
    }
    if !accepts_html {
        let error = match field.filter(|f| !f.is_empty()) {
            Some(field) => AppError::field(&field, Msg::ValInvisibleCharacter),
            None => AppError::BadRequest,
        };
        let body = serde_json::to_string(&error).unwrap_or_else(|_| "\"BadRequest\"".to_owned());
        return (StatusCode::BAD_REQUEST, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    }
    (StatusCode::BAD_REQUEST, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page(locale)).into_response()
}

fn page(locale: Locale) -> String {
    let (title, text, back) = (Msg::ErrorInvisibleCharacterTitle.text(locale), Msg::ErrorInvisibleCharacterText.text(locale), Msg::BackToHome.text(locale));
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – Raekoda</title><link rel=\"stylesheet\" href=\"/pkg/raekoda.css\"></head>\
         <body><main class=\"container page\"><h1>{title}</h1><p>{text}</p><p><a href=\"/\">{back}</a></p></main></body></html>",
        locale.code()
    )
}

/// Percent-decoded once (`%2500` is `%00`).
fn decoded(encoded: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(encoded.len());
    let mut i = 0;
    while i < encoded.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (encoded[i], encoded.get(i + 1).copied().and_then(hex), encoded.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// In an address a NUL encoded twice counts too: the router decodes a path parameter
/// once and the page's parameter map may decode it again.
fn address_has_nul(encoded: &str) -> bool {
    has_nul(encoded.as_bytes()) || has_nul(&decoded(encoded.as_bytes()))
}

/// Middleware (inside `attach_request_context`: the refusal is in the person's language).
pub async fn refuse_nul_characters(request: Request, next: Next) -> Response {
    let uri = request.uri();
    if address_has_nul(uri.path()) || uri.query().is_some_and(address_has_nul) {
        let field = uri.query().and_then(|q| field_with_nul(q.as_bytes()));
        return refused(uri.path(), request.extensions().get::<RequestContext>(), field);
    }
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let bytes = match axum::body::to_bytes(body, FORM_BODY_MAX).await {
        Ok(bytes) => bytes,
        Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, Msg::ErrorBadRequest.text(Locale::default())).into_response(),
    };
    if let Some(field) = field_with_nul(&bytes) {
        return refused(parts.uri.path(), parts.extensions.get::<RequestContext>(), Some(field));
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_is_found_encoded_or_raw_and_its_field_named() {
        assert!(has_nul(b"/rooms/a%00b") && has_nul(b"a\0b") && !has_nul(b"/rooms/a%100") && !has_nul(b"%0A"));
        assert_eq!(field_with_nul(b"room=x&purpose=Koos%00olek&date=1"), Some("purpose".to_owned()));
        assert_eq!(field_with_nul(b"ratings%5B0%5D=%00"), Some("ratings".to_owned()));
        assert_eq!(field_with_nul(b"%3Cb%3E=%00"), Some(String::new()), "only a plain name is repeated");
        assert_eq!(field_with_nul(b"room=x&purpose=y"), None);
        assert!(address_has_nul("/unsubscribe/x%2500y") && !address_has_nul("/rooms/htg-auditoorium?week=2027-W03"));
    }
}
