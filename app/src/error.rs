//! One error type for the whole app: what users may see, and what only logs may see.
//!
//! Expected outcomes of a form (a taken e-mail, a wrong password) are `Validation` with a
//! message key per field; the page translates and shows it next to the field. Anything the
//! user cannot act on becomes `Internal`, whose cause is logged on the server and never sent.

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

use crate::core::i18n::Msg;

/// A message about one form field (or `""` for the form as a whole).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: Msg,
    /// Values to put into the message's `{placeholders}`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<(String, String)>,
}

impl FieldError {
    pub fn new(field: &str, message: Msg) -> Self {
        Self { field: field.to_owned(), message, params: Vec::new() }
    }

    pub fn with_param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.push((name.to_owned(), value.to_string()));
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("not signed in")]
    Unauthorized,
    /// Signed in, but the e-mail address is not proven yet: booking, commenting,
    /// submitting and following wait for it.
    #[error("e-mail address not verified")]
    Unverified,
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("conflict")]
    Conflict(Msg),
    /// The request itself was malformed (missing or unreadable arguments).
    #[error("bad request")]
    BadRequest,
    /// The browser could not reach the server.
    #[error("server unreachable")]
    Unreachable,
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn field(field: &str, message: Msg) -> Self {
        AppError::Validation(vec![FieldError::new(field, message)])
    }

    /// The message a user sees for this error as a whole.
    pub fn user_message(&self) -> Msg {
        match self {
            AppError::NotFound => Msg::ErrorNotFound,
            AppError::Forbidden => Msg::ErrorForbidden,
            AppError::Unauthorized => Msg::ErrorUnauthorized,
            AppError::Unverified => Msg::ErrorUnverified,
            AppError::Validation(_) => Msg::ErrorValidation,
            AppError::Conflict(msg) => *msg,
            AppError::BadRequest => Msg::ErrorBadRequest,
            AppError::Unreachable => Msg::ErrorUnreachable,
            AppError::Internal => Msg::ErrorInternal,
        }
    }

    /// Field errors for a form: validation errors as they are, anything else as one
    /// form-level message so the page always says what happened.
    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            AppError::Validation(errors) => errors.clone(),
            other => vec![FieldError::new("", other.user_message())],
        }
    }

    pub fn http_status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Forbidden | AppError::Unverified => 403,
            AppError::Unauthorized => 401,
            AppError::Validation(_) | AppError::BadRequest => 400,
            AppError::Conflict(_) => 409,
            AppError::Unreachable => 503,
            AppError::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => AppError::Unreachable,
            // The request's fields could not be read (missing, mistyped, not UTF-8): the
            // client's mistake, so 400 and the field when the parser names it, never 500.
            // (On the server, `Deserialization` is reading the request's own body.)
            ServerFnErrorErr::Args(reason) | ServerFnErrorErr::MissingArg(reason) => malformed_request(&reason),
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(reason) => malformed_request(&reason),
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                let _ = other;
                AppError::Internal
            }
        }
    }
}

/// A request whose fields could not be read. Its HTTP status is set here, as the server
/// function itself never runs to say so (server_fn answers every error with 500).
fn malformed_request(reason: &str) -> AppError {
    #[cfg(feature = "ssr")]
    {
        tracing::info!(reason, "refused a malformed request");
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::BAD_REQUEST);
        }
    }
    match field_named_in(reason) {
        Some(field) => AppError::field(&field, Msg::ErrorBadRequest),
        None => AppError::BadRequest,
    }
}

/// The field a parser's message names, as in "missing field `title`".
fn field_named_in(reason: &str) -> Option<String> {
    let (_, rest) = reason.split_once("field `")?;
    let (field, _) = rest.split_once('`')?;
    Some(field.to_owned()).filter(|field| !field.is_empty() && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_request_names_the_field_its_parser_named() {
        assert_eq!(malformed_request("missing field `title`"), AppError::field("title", Msg::ErrorBadRequest));
        assert_eq!(malformed_request("unknown field `x<script>`, expected one of …"), AppError::BadRequest, "only a plain name is repeated");
        assert_eq!(malformed_request("invalid digit found in string"), AppError::BadRequest);
    }
}

/// What an island hears when its call to the server fails: only that it failed. Islands
/// show their own words for it (translated on the server, passed as props). Answering them
/// with `AppError` would put its `Deserialize`, with the name of every message key, into
/// the browser's wasm: 40 KB of it, brotli, on the booking form.
///
/// A malformed call is still the client's mistake: 400, with the field when the parser
/// named it (`{"field": "date"}`), for whoever reads the answer; the island ignores it.
#[derive(Clone, Debug, Default, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("the call failed")]
pub struct CallFailed {
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl FromServerFnError for CallFailed {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(reason) | ServerFnErrorErr::MissingArg(reason) => CallFailed::malformed(&reason),
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(reason) => CallFailed::malformed(&reason),
            other => {
                #[cfg(feature = "ssr")]
                tracing::warn!(error = %other, "an island's call failed");
                let _ = other;
                CallFailed::default()
            }
        }
    }
}

impl CallFailed {
    fn malformed(reason: &str) -> CallFailed {
        match malformed_request(reason) {
            AppError::Validation(errors) => CallFailed { field: errors.first().map(|e| e.field.clone()) },
            _ => CallFailed::default(),
        }
    }
}

impl From<AppError> for CallFailed {
    fn from(_: AppError) -> Self {
        CallFailed::default()
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(db) => db.into(),
            sea_orm::TransactionError::Transaction(app) => app,
        }
    }
}
