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
            AppError::Forbidden => 403,
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
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => AppError::BadRequest,
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                let _ = other;
                AppError::Internal
            }
        }
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
